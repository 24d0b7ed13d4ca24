import { ConfigError } from '../errors.ts';
import { fingerprintProblem } from '../fingerprint.ts';

/**
 * Baselines: the fingerprints of the findings a project has accepted for now, one per line, sorted, with no line
 * numbers and no timestamps, so that the file changes only when the findings do and two pull requests that touch it
 * merge cleanly. `--baseline FILE` then reports only what is not in it. A JSON report (`--format json`) is read too:
 * its findings' and incidents' fingerprints.
 */
const HEADER = '# leakwarden baseline: fingerprints of accepted findings (ruleId:path:hash); `leakwarden <scan> --baseline FILE` reports only new ones';

/** The baseline file for these fingerprints: the same set always gives the same bytes. */
export function formatBaseline(fingerprints: Iterable<string>): string {
  const sorted = [...new Set(fingerprints)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${[HEADER, ...sorted].join('\n')}\n`;
}

/** The fingerprints a baseline file holds; every malformed line is thrown together, as `FILE: line N: what`. */
export function parseBaseline(text: string, label: string): ReadonlySet<string> {
  if (text.trimStart().startsWith('{')) return fromJsonReport(text, label);
  const fingerprints = new Set<string>();
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const problem = fingerprintProblem(line);
    if (problem === null) fingerprints.add(line);
    else problems.push(`${label}: line ${i + 1}: ${problem}`);
  });
  if (problems.length > 0) throw new ConfigError(problems, 'write the baseline with `leakwarden baseline [dir|history] > FILE`');
  return fingerprints;
}

function fromJsonReport(text: string, label: string): ReadonlySet<string> {
  let report: { findings?: unknown; incidents?: unknown };
  try {
    report = JSON.parse(text) as typeof report;
  } catch (error) {
    // Not JSON.parse's message: it quotes the text (a baseline given the wrong file, `.env`, would print secrets).
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ConfigError([`${label}: not a baseline: neither fingerprints, one a line, nor a JSON report${at ? ` (invalid JSON at offset ${at})` : ''}`]);
  }
  const list = (items: unknown) => (Array.isArray(items) ? items : []).map((item: { fingerprint?: unknown }) => item?.fingerprint);
  const fingerprints = [...list(report.findings), ...list(report.incidents)];
  if (!Array.isArray(report.findings) || !fingerprints.every((f) => typeof f === 'string' && fingerprintProblem(f) === null)) {
    throw new ConfigError([`${label}: findings: not a leakwarden JSON report (each finding carries a fingerprint)`]);
  }
  return new Set(fingerprints as string[]);
}
