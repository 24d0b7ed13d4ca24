/**
 * SARIF stays within what GitHub code scanning accepts: at most 25,000 results in a run (a file over it is rejected
 * whole). The reporter is the one `--format sarif` and the Action's sarif-file share; a capped run says so.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { SARIF_MAX_RESULTS, sarifReporter } from '../../src/report/sarif.ts';
import type { Finding, RuleInfo, ScanResult } from '../../src/types.ts';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

const rule: RuleInfo = { id: 'generic-secret', description: 'A generic secret', severity: 'medium', remediation: 'Rotate it.' };

function findings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: rule.id, description: rule.description, severity: rule.severity, path: `src/file-${i % 100}.js`, line: i + 1, column: 7, endLine: i + 1, endColumn: 30,
    secret: 'abc…xyz (redacted)', fingerprint: `generic-secret:src/file-${i % 100}.js:${i.toString(16).padStart(16, '0')}`, message: null, commit: null, author: null, details: {}, snippet: null,
  }));
}

function sarif(n: number): Log {
  const result: ScanResult = { stats: { mode: 'dir', files: 100, bytes: 1, skipped: [], durationMs: 1 }, findings: findings(n), redacted: true };
  const log = JSON.parse(sarifReporter.format(result, { toolVersion: '0.0.0', rules: new Map([[rule.id, rule]]), color: false })) as Log;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
  return log;
}

describe('SARIF within GitHub\'s limits', () => {
  it('keeps a run to 25,000 results, the first ones, and says how many there were', () => {
    const log = sarif(SARIF_MAX_RESULTS + 7);
    const run = log.runs[0]!;
    expect(SARIF_MAX_RESULTS).toBe(25_000);
    expect(run.results).toHaveLength(25_000);
    expect(run.results![0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(1);
    expect(run.properties).toMatchObject({ resultsCapped: { findings: 25_007, results: 25_000 } });
    const notes = run.invocations![0]!.toolExecutionNotifications ?? [];
    expect(notes.map((n) => n.message.text)).toEqual([expect.stringMatching(/^25007 findings: this run holds the first 25000 .*JSON report/)]);
  });

  it('says nothing of a cap under it', () => {
    const run = sarif(3).runs[0]!;
    expect(run.results).toHaveLength(3);
    expect(run.properties?.resultsCapped).toBeUndefined();
    expect(run.invocations![0]!.toolExecutionNotifications).toBeUndefined();
  });
});
