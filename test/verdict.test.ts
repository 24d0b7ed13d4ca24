import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, ScanOutcome, Skipped } from '../src/types.ts';
import { verdict } from '../src/verdict.ts';

const finding = { ruleId: 'openai-api-key', severity: 'high', path: 'a.py' } as unknown as Finding;

function outcome(parts: { findings?: number; skipped?: Skipped[]; unused?: number; strict?: boolean; complete?: boolean }): ScanOutcome {
  return {
    result: {
      stats: { mode: 'dir', files: 1, bytes: 1, skipped: parts.skipped ?? [], durationMs: 0 },
      findings: Array.from({ length: parts.findings ?? 0 }, () => finding),
      redacted: true,
      ...(parts.unused ? { ignoreEntries: { unused: Array.from({ length: parts.unused }, () => ({ fingerprint: 'x:0123456789abcdef', reason: 'r', expires: null })), expired: [] } } : {}),
    },
    rules: new Map(),
    strictIgnores: parts.strict ?? false,
    complete: parts.complete ?? !(parts.skipped ?? []).some((s) => s.reason === 'unreadable'),
  };
}

const on = { failOnFindings: true };
const off = { failOnFindings: false };

describe('verdict: the one place an outcome becomes an exit status and a conclusion', () => {
  it('is clean (0, success) with nothing found, and with only binary or too-large files skipped (skipped on purpose)', () => {
    expect(verdict(outcome({}), on)).toMatchObject({ exitCode: 0, conclusion: 'success', incomplete: null });
    const skipped: Skipped[] = [{ path: 'a.png', reason: 'binary' }, { path: 'big', reason: 'too-large' }];
    expect(verdict(outcome({ skipped }), on)).toMatchObject({ exitCode: 0, conclusion: 'success' });
  });

  it('is 1 (failure) with findings; with findings not failing the run (fail-on-findings: false, baseline) it is 0 and says so', () => {
    expect(verdict(outcome({ findings: 2 }), on)).toMatchObject({ exitCode: 1, conclusion: 'failure', reason: '2 secrets found' });
    expect(verdict(outcome({ findings: 1 }), off)).toMatchObject({ exitCode: 0, conclusion: 'success', reason: '1 secret found; findings do not fail this run' });
  });

  it('is 2 (failure) when the scan is incomplete, with or without findings, and says what was not scanned', () => {
    const skipped: Skipped[] = [{ path: 'locked.txt', reason: 'unreadable', detail: 'EACCES' }, { path: 'gone.txt', reason: 'unreadable', detail: 'object missing from the repository' }];
    for (const findings of [0, 3]) {
      for (const policy of [on, off]) {
        const judged = verdict(outcome({ findings, skipped }), policy);
        expect(judged).toMatchObject({ exitCode: 2, conclusion: 'failure' });
        expect(judged.incomplete!.line).toBe('the scan is incomplete: 2 files could not be read (locked.txt, …)');
      }
    }
    expect(verdict(outcome({ complete: false }), on).exitCode).toBe(2);
  });

  it('is 1 under strict ignores when an ignore entry matched nothing, and 0 without them', () => {
    expect(verdict(outcome({ unused: 1, strict: true }), on)).toMatchObject({ exitCode: 1, conclusion: 'failure' });
    expect(verdict(outcome({ unused: 1, strict: false }), on)).toMatchObject({ exitCode: 0 });
  });

  it('is the only place an exit status is decided: the entry points call it and compare no counts of their own', () => {
    for (const file of ['src/cli/scan-command.ts', 'src/cli/hook-commands.ts', 'src/action/main.ts']) {
      const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      expect(text, file).toMatch(/\bverdict\(/);
      expect(text, file).not.toMatch(/findings\.length\s*>\s*0\s*\?\s*ExitCode|reason === 'unreadable'|ExitCode\.Findings/);
    }
  });
});
