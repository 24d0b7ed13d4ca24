import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fastImport } from '../helpers/fast-import.ts';
import { genericAssignment } from '../helpers/secrets.ts';
import type { JsonReport } from '../helpers/temp-repo.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * A history with very many findings (issue 12, point 11: 449,000 findings took 1.46 GB, and a JSON report that size
 * is past what one JavaScript string holds). Findings are kept compact (one object each, incidents sharing what they
 * can) and the report is written a piece at a time.
 */

const MAX_RSS = fileURLToPath(new URL('../helpers/max-rss.cjs', import.meta.url));
const COMMITS = 100;
const PER_COMMIT = 500;

describe('history: 50,000 findings', () => {
  const repo = TempRepo.create();
  const secrets = new Set<string>();
  fastImport(
    repo,
    Array.from({ length: COMMITS }, (_, c) => {
      const lines = Array.from({ length: PER_COMMIT }, (_, i) => {
        const assignment = genericAssignment(`many-${c}-${i}`);
        secrets.add(assignment.secret);
        return assignment.line;
      });
      return { files: { [`config/service-${c}.js`]: `${lines.join('\n')}\n` } };
    }),
  );

  for (const format of ['json', 'terminal'] as const) {
    // A limit that stops a hung run, not a bound on time: 50,000 findings take a while on a loaded 2-core machine.
    it(`reports every one (${format}), within a memory bound`, { timeout: 180_000 }, () => {
      const output = path.join(repo.base, `report.${format}`);
      const run = repo.runNode(['--require', MAX_RSS, CLI, 'history', '--format', format, '--output', output], { timeoutMs: 150_000 });
      expect(run.code, run.stderr).toBe(1);
      const rssMB = Number(/max-rss: (\d+)/.exec(run.stderr)![1]) / 1024;
      console.log(`50,000 findings, ${format}: peak RSS ${rssMB.toFixed(0)} MB`);
      const text = readFileSync(output, 'utf8');
      if (format === 'json') {
        const report = JSON.parse(text) as JsonReport;
        // Every secret once (the generic rule's scoring may pass over the odd random value: the rule's business).
        const found = report.findings.length;
        expect(found).toBeGreaterThan(0.99 * COMMITS * PER_COMMIT);
        expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(found);
        expect(report.incidents).toHaveLength(found);
        expect(report.incidents!.every((i) => i.occurrences === 1 && i.status === 'in-head' && i.branches.join() === 'main')).toBe(true);
        expect(report.scan).toMatchObject({ commits: COMMITS, blobs: COMMITS, files: COMMITS });
        // Written in pieces, it is still the one JSON.stringify would write.
        expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        const summary = /✖ (\d+) incidents \((\d+) in-head\) from (\d+) findings/.exec(text);
        expect(summary, text.slice(-500)).not.toBeNull();
        const [, incidents, inHead, findings] = summary!.map(Number);
        expect([incidents, inHead]).toEqual([findings, findings]);
        expect(findings).toBeGreaterThan(0.99 * COMMITS * PER_COMMIT);
        // Each incident is printed with its snippet.
        expect(text.split('\n  first seen ').length - 1).toBe(findings);
      }
      expect(rssMB).toBeLessThan(300);
    });
  }
});
