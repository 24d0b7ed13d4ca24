import { createColors } from 'picocolors';
import type { IncidentStatus, ScanResult, Severity, Sighting, SuppressionKind } from '../types.ts';
import { SEVERITIES } from '../types.ts';
import { describeDetails, STATUS_ADVICE, STATUS_ORDER } from './finding-text.ts';
import type { Reporter } from './reporter.ts';
import { notScanned, SKIPPED_LISTED, skipReason } from './skipped.ts';

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
    if (result.incidents) lines.push(...incidentLines(result, c, severity));
    let currentPath: string | null = null;
    for (const finding of result.incidents ? [] : result.findings) {
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
      if (result.stats.mode === 'staged') {
        lines.push('  Remove the secret from the staged files (and rotate it if it was ever shared), then commit again.');
        lines.push(c.dim('  Bypass: `git commit --no-verify` — only for a false positive: a committed secret is one push away from public history.'));
      }
    }

    const listed = notScanned(result.stats);
    if (listed.length > 0) {
      lines.push('', c.bold('Not scanned'));
      for (const s of listed.slice(0, SKIPPED_LISTED)) lines.push(`  ${clean(s.path)}  ${c.dim(clean(skipReason(s)))}`);
      if (listed.length > SKIPPED_LISTED) lines.push(c.dim(`  … and ${listed.length - SKIPPED_LISTED} more (--format json lists every one)`));
    }

    if (lines.length > 0) lines.push('');
    lines.push(summary(result, c));
    return `${lines.join('\n')}\n`;
  },
} satisfies Reporter;

type Colors = ReturnType<typeof createColors>;

/** History scans: one block per incident, most urgent first, with the finding that first brought it in. */
function incidentLines(result: ScanResult, c: Colors, severity: Record<Severity, (s: string) => string>): string[] {
  const lines: string[] = [];
  const status: Record<IncidentStatus, (s: string) => string> = { 'in-head': (s) => c.bold(c.red(s)), 'unmerged-branch': c.yellow, 'history-only': c.magenta };
  for (const incident of result.incidents ?? []) {
    if (lines.length > 0) lines.push('');
    const { firstSeen, lastSeen } = incident;
    const first = result.findings.find((f) => f.commit === firstSeen.commit && f.path === firstSeen.path && f.line === firstSeen.line && f.ruleId === incident.ruleId);
    lines.push(`${status[incident.status](incident.status.padEnd(15))} ${severity[incident.severity](incident.severity.padEnd(6))}  ${incident.ruleId}  ${clean(incident.ruleId === 'dotenv-not-gitignored' ? incident.secret : `${incident.description} ${incident.secret}`)}`);
    lines.push(`  ${c.dim('first seen')}  ${sightingText(firstSeen)}`);
    if (lastSeen.commit !== firstSeen.commit || lastSeen.path !== firstSeen.path) lines.push(`  ${c.dim('last seen ')}  ${sightingText(lastSeen)}`);
    if (first?.snippet) lines.push(`  ${' '.repeat(10)}  ${c.dim('│')} ${clean(first.snippet.trim())}`);
    const spread = [
      `${incident.occurrences} ${incident.occurrences === 1 ? 'occurrence' : 'occurrences'} in ${incident.commits} ${incident.commits === 1 ? 'commit' : 'commits'}`,
      incident.paths.length > 1 ? `paths: ${incident.paths.slice(0, 5).join(', ')}${incident.paths.length > 5 ? ', …' : ''}` : '',
      incident.branches.length > 0 ? `branches: ${incident.branches.slice(0, 5).join(', ')}${incident.branches.length > 5 ? ` and ${incident.branches.length - 5} more` : ''}` : '',
    ].filter((part) => part !== '');
    lines.push(`  ${c.dim(clean(spread.join(' · ')))}`);
    lines.push(`  ${c.dim('do:')} ${STATUS_ADVICE[incident.status]}`);
  }
  return lines;
}

function sightingText(sighting: Sighting): string {
  const where = `${sighting.path}${sighting.line === null ? '' : `:${sighting.line}`}`;
  return clean(`${sighting.commit.slice(0, 12)}  ${sighting.author.date.slice(0, 10)}  ${sighting.author.name} <${sighting.author.email}>  ${where}`);
}

function summary(result: ScanResult, c: Colors): string {
  const { stats, findings } = result;
  const history = stats.history;
  const scanned = history
    ? `scanned ${history.commits} ${history.commits === 1 ? 'commit' : 'commits'}${history.range ? ` (${history.range})` : ''}, ${history.blobs} ${history.blobs === 1 ? 'blob' : 'blobs'} (${stats.files} text, ${formatBytes(stats.bytes)})`
    : `scanned ${stats.files} ${stats.files === 1 ? 'file' : 'files'} (${formatBytes(stats.bytes)})`;
  const reasons = new Map<string, number>();
  for (const s of stats.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const skipped = `${stats.skipped.length === 0 ? '' : ` · skipped ${stats.skipped.length} (${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')})`}${suppressedText(result)}`;
  if (findings.length === 0) return `${c.green('✔')} no secrets found · ${scanned}${skipped}`;
  const bySeverity = SEVERITIES
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const files = new Set(findings.map((f) => f.path)).size;
  if (result.incidents) {
    const byStatus = STATUS_ORDER
      .map((s) => [s, result.incidents!.filter((i) => i.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    const n = result.incidents.length;
    return `${c.red('✖')} ${n} ${n === 1 ? 'incident' : 'incidents'} (${byStatus}) from ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${bySeverity}) · ${scanned}${skipped}`;
  }
  return `${c.red('✖')} ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${bySeverity}) in ${files} ${files === 1 ? 'file' : 'files'} · ${scanned}${skipped}`;
}

const SUPPRESSION_NAMES: Record<SuppressionKind, string> = { inline: 'inline', ignoreFile: 'ignore file', baseline: 'baseline', allowlist: 'allowlist' };

/** ` · suppressed 3 (2 inline, 1 baseline)`, or nothing when nothing was. */
function suppressedText(result: ScanResult): string {
  const counts = Object.entries(result.suppressed ?? {}).filter(([, n]) => n > 0) as [SuppressionKind, number][];
  if (counts.length === 0) return '';
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return ` · suppressed ${total} (${counts.map(([kind, n]) => `${n} ${SUPPRESSION_NAMES[kind]}`).join(', ')})`;
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
