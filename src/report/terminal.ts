import { createColors } from 'picocolors';
import type { Finding, ScanResult, Severity } from '../types.ts';
import type { Reporter } from './reporter.ts';

/** Skipped files listed one by one before the rest are only counted. */
const SKIPPED_LISTED = 20;

/**
 * For people: findings grouped by file with the masked line, then what to do per rule, then one summary line of
 * what was scanned. Colour is decided by the caller; everything stays readable without it. Text that comes from
 * scanned files is stripped of control characters so that a file cannot drive the terminal.
 */
export const terminalReporter = {
  id: 'terminal',
  format(result, context) {
    const c = createColors(context.color);
    const severity: Record<Severity, (s: string) => string> = { high: (s) => c.bold(c.red(s)), medium: c.yellow, low: c.cyan };
    const lines: string[] = [];
    let currentPath: string | null = null;
    for (const finding of result.findings) {
      const group = `${finding.commit ? `${finding.commit.slice(0, 12)}:` : ''}${finding.path}`;
      if (group !== currentPath) {
        if (currentPath !== null) lines.push('');
        lines.push(c.underline(clean(group)));
        currentPath = group;
      }
      const where = finding.line === null ? 'file' : `${finding.line}:${finding.column}`;
      const headline = `${finding.message ?? finding.description}${finding.encoding ? ` (${finding.encoding}-encoded)` : ''}`;
      const extra = describeDetails(finding);
      lines.push(`  ${c.dim(where.padEnd(8))} ${severity[finding.severity](finding.severity.padEnd(6))}  ${finding.ruleId}  ${clean(headline)}${extra ? c.dim(`  (${clean(extra)})`) : ''}`);
      if (finding.snippet !== null) lines.push(`  ${' '.repeat(8)} ${c.dim('│')} ${clean(finding.snippet.trim())}`);
      if (typeof finding.details.fix === 'string') lines.push(`  ${' '.repeat(8)} ${c.dim('fix:')} ${clean(finding.details.fix)}`);
    }

    const firedRules = [...new Set(result.findings.map((f) => f.ruleId))];
    if (firedRules.length > 0) {
      lines.push('', c.bold('What to do'));
      for (const id of firedRules) {
        const rule = context.rules.get(id);
        if (rule) lines.push(`  ${id}: ${rule.remediation}`);
      }
      if (result.redacted) lines.push(c.dim('  Secrets are redacted in this report; --no-redact shows them.'));
    }

    const skipped = result.stats.skipped;
    const listed = skipped.filter((s) => s.reason !== 'binary');
    if (listed.length > 0) {
      lines.push('', c.bold('Not scanned'));
      for (const s of listed.slice(0, SKIPPED_LISTED)) lines.push(`  ${clean(s.path)}  ${c.dim(s.reason === 'too-large' ? 'larger than --max-file-size' : `unreadable${s.detail ? ` (${s.detail})` : ''}`)}`);
      if (listed.length > SKIPPED_LISTED) lines.push(c.dim(`  … and ${listed.length - SKIPPED_LISTED} more (--format json lists every one)`));
    }

    if (lines.length > 0) lines.push('');
    lines.push(summary(result, c));
    return `${lines.join('\n')}\n`;
  },
} satisfies Reporter;

function summary(result: ScanResult, c: ReturnType<typeof createColors>): string {
  const { stats, findings } = result;
  const scanned = `scanned ${stats.files} ${stats.files === 1 ? 'file' : 'files'} (${formatBytes(stats.bytes)})`;
  const reasons = new Map<string, number>();
  for (const s of stats.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const skipped = stats.skipped.length === 0 ? '' : ` · skipped ${stats.skipped.length} (${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')})`;
  if (findings.length === 0) return `${c.green('✔')} no secrets found · ${scanned}${skipped}`;
  const bySeverity = (['high', 'medium', 'low'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const files = new Set(findings.map((f) => f.path)).size;
  return `${c.red('✖')} ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${bySeverity}) in ${files} ${files === 1 ? 'file' : 'files'} · ${scanned}${skipped}`;
}

function describeDetails(finding: Finding): string {
  return Object.entries(finding.details)
    .filter(([key]) => key !== 'fix' && key !== 'state' && key !== 'ignoredByGitignore')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join(', ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Replaces control and bidi-override characters with U+FFFD (tabs become spaces). */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
