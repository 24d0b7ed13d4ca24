import { createColors } from 'picocolors';
import type { Finding, IncidentStatus, ScanResult, Severity, Sighting, SuppressionKind, Verification, VerificationStatus } from '../types.ts';
import { SEVERITIES, verificationRank } from '../types.ts';
import { describeDetails, STATUS_ADVICE, STATUS_ORDER, verificationCounts, verificationText } from './finding-text.ts';
import type { ReportContext, Reporter } from './reporter.ts';
import { batched } from './reporter.ts';
import { notScanned, SKIPPED_LISTED, skipReason } from './skipped.ts';

/**
 * For people: findings grouped by file with the masked line, then what to do per rule, then one summary line of
 * what was scanned. Colour is decided by the caller; everything stays readable without it. Text that comes from
 * scanned files is stripped of control characters so that a file cannot drive the terminal.
 */
export const terminalReporter = {
  id: 'terminal',
  format: (result, context) => `${[...terminalLines(result, context)].join('\n')}\n`,
  // A history with hundreds of thousands of incidents prints millions of lines: written as they are made.
  chunks: (result, context) => batched(withNewlines(terminalLines(result, context))),
} satisfies Reporter;

function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** The report's lines, handed on a few thousand at a time. */
function* terminalLines(result: ScanResult, context: ReportContext): Generator<string> {
  const c = createColors(context.color);
  const severity: Record<Severity, (s: string) => string> = { high: (s) => c.bold(c.red(s)), medium: c.yellow, low: c.cyan };
  const lines: string[] = [];
  let emitted = 0;
  function* drain(): Generator<string> {
    emitted += lines.length;
    yield* lines.splice(0);
  }
  const live = result.verification?.secrets.live ?? 0;
  if (live > 0 && result.findings.length > 0) lines.push(c.bold(c.red(`${live} live ${live === 1 ? 'secret' : 'secrets'}: rotate ${live === 1 ? 'it' : 'these'} first (listed first)`)), '');
  // One at a time: spread into push, hundreds of thousands of lines overflow the call stack.
  if (result.incidents) {
    for (const line of incidentLines(result, c, severity)) {
      lines.push(line);
      if (lines.length >= 4096) yield* drain();
    }
  }
  let currentPath: string | null = null;
  for (const finding of result.incidents ? [] : liveFirst(result.findings)) {
    const group = `${finding.commit ? `${finding.commit.slice(0, 12)}:` : ''}${finding.path}`;
    if (group !== currentPath) {
      if (currentPath !== null) lines.push('');
      lines.push(c.underline(clean(group)));
      currentPath = group;
    }
    const where = finding.line === null ? 'file' : `${finding.line}:${finding.column}`;
    const headline = `${finding.message ?? finding.description}${finding.encoding ? ` (${finding.encoding}-encoded)` : ''}`;
    const extra = describeDetails(finding);
    const status = finding.verification ? `${statusWord(finding.verification.status, c)}  ` : '';
    lines.push(`  ${c.dim(where.padEnd(8))} ${severity[finding.severity](finding.severity.padEnd(6))}  ${finding.ruleId}  ${status}${clean(headline)}${extra ? c.dim(`  (${clean(extra)})`) : ''}`);
    if (finding.snippet !== null) lines.push(`  ${' '.repeat(8)} ${c.dim('│')} ${clean(finding.snippet.trim())}`);
    if (typeof finding.details.fix === 'string') lines.push(`  ${' '.repeat(8)} ${c.dim('fix:')} ${clean(finding.details.fix)}`);
    // The fingerprint is what an ignore needs; shown with the exact command, so that nobody copies it out of JSON.
    lines.push(`  ${' '.repeat(8)} ${c.dim('not a secret?')} leakwarden ignore ${shellWord(clean(finding.fingerprint))} --reason "…"`);
    if (finding.verification) lines.push(verificationLine(finding.verification, `  ${' '.repeat(8)} `, c));
    if (lines.length >= 4096) yield* drain();
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

  if (emitted + lines.length > 0) lines.push('');
  lines.push(summary(result, c));
  yield* drain();
}

type Colors = ReturnType<typeof createColors>;

/** The status word next to a finding or an incident: loud for live, quiet for revoked. */
function statusWord(status: VerificationStatus, c: Colors): string {
  const word = status.padEnd(12);
  switch (status) {
    case 'live':
      return c.bold(c.red(word));
    case 'unknown':
      return c.yellow(word);
    case 'unverifiable':
      return c.dim(word);
    case 'revoked':
      return c.green(word);
  }
}

function verificationLine(verification: Verification, indent: string, c: Colors): string {
  return `${indent}${c.dim('verify:')} ${clean(verificationText(verification))}`;
}

/**
 * --verify: the files (and commits) holding a live secret first, then those that may hold one, and so on; each group
 * keeps its findings in line order. Without verification, the order given.
 */
function liveFirst(findings: readonly Finding[]): readonly Finding[] {
  if (!findings.some((f) => f.verification)) return findings;
  const groupOf = (f: Finding) => `${f.commit ?? ''}\0${f.path}`;
  const rank = new Map<string, number>();
  for (const f of findings) rank.set(groupOf(f), Math.min(rank.get(groupOf(f)) ?? Infinity, verificationRank(f.verification)));
  // Array.prototype.sort is stable: within a rank, groups and findings keep their order.
  return [...findings].sort((a, b) => rank.get(groupOf(a))! - rank.get(groupOf(b))!);
}

/** History scans: one block per incident, most urgent first, with the finding that first brought it in. */
function* incidentLines(result: ScanResult, c: Colors, severity: Record<Severity, (s: string) => string>): Generator<string> {
  const status: Record<IncidentStatus, (s: string) => string> = { 'in-head': (s) => c.bold(c.red(s)), 'unmerged-branch': c.yellow, 'history-only': c.magenta };
  // The finding each incident was first seen as, looked up by place: searching the findings for each incident took
  // minutes with 50,000 of them.
  const sightingKey = (commit: string | null, path: string, line: number | null, ruleId: string) => `${commit ?? ''}\0${path}\0${line ?? ''}\0${ruleId}`;
  const firstFindings = new Map<string, Finding>();
  for (const f of result.findings) {
    const key = sightingKey(f.commit, f.path, f.line, f.ruleId);
    if (!firstFindings.has(key)) firstFindings.set(key, f);
  }
  let first = true;
  for (const incident of result.incidents ?? []) {
    const lines: string[] = first ? [] : [''];
    first = false;
    const { firstSeen, lastSeen } = incident;
    const finding = firstFindings.get(sightingKey(firstSeen.commit, firstSeen.path, firstSeen.line, incident.ruleId));
    const verified = incident.verification ? `${statusWord(incident.verification.status, c)}  ` : '';
    lines.push(`${status[incident.status](incident.status.padEnd(15))} ${severity[incident.severity](incident.severity.padEnd(6))}  ${incident.ruleId}  ${verified}${clean(incident.ruleId === 'dotenv-not-gitignored' ? incident.secret : `${incident.description} ${incident.secret}`)}`);
    if (incident.verification) lines.push(verificationLine(incident.verification, '  ', c));
    lines.push(`  ${c.dim('first seen')}  ${sightingText(firstSeen)}`);
    if (lastSeen.commit !== firstSeen.commit || lastSeen.path !== firstSeen.path) lines.push(`  ${c.dim('last seen ')}  ${sightingText(lastSeen)}`);
    if (finding?.snippet) lines.push(`  ${' '.repeat(10)}  ${c.dim('│')} ${clean(finding.snippet.trim())}`);
    const spread = [
      `${incident.occurrences} ${incident.occurrences === 1 ? 'occurrence' : 'occurrences'} in ${incident.commits} ${incident.commits === 1 ? 'commit' : 'commits'}`,
      incident.paths.length > 1 ? `paths: ${incident.paths.slice(0, 5).join(', ')}${incident.paths.length > 5 ? ', …' : ''}` : '',
      incident.branches.length > 0 ? `branches: ${incident.branches.slice(0, 5).join(', ')}${incident.branches.length > 5 ? ` and ${incident.branches.length - 5} more` : ''}` : '',
    ].filter((part) => part !== '');
    lines.push(`  ${c.dim(clean(spread.join(' · ')))}`);
    lines.push(`  ${c.dim('do:')} ${STATUS_ADVICE[incident.status]}`);
    yield* lines;
  }
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
  const skipped = `${stats.skipped.length === 0 ? '' : ` · skipped ${stats.skipped.length} (${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')})`}${suppressedText(result)}${verifiedText(result)}`;
  if (findings.length === 0) return `${c.green('✔')} no ${result.verification?.leftOut ? 'live ' : ''}secrets found · ${scanned}${skipped}`;
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

/**
 * ` · verified 4 secrets: 1 live, 3 revoked`, and with --only-verified what it left out; nothing when the scan did
 * not verify.
 */
function verifiedText(result: ScanResult): string {
  const summary = result.verification;
  if (!summary) return '';
  const checked = Object.values(summary.secrets).reduce((sum, n) => sum + n, 0);
  const counts = verificationCounts(summary);
  const left = summary.leftOut;
  const leftOut = left && left.findings > 0
    ? ` · left out ${left.findings} ${left.findings === 1 ? 'finding' : 'findings'}${left.incidents > 0 ? ` (${left.incidents} ${left.incidents === 1 ? 'incident' : 'incidents'})` : ''} not live (--only-verified)`
    : '';
  return ` · verified ${checked} ${checked === 1 ? 'secret' : 'secrets'}${counts ? `: ${counts}` : ''}${leftOut}`;
}

const SUPPRESSION_NAMES: Record<SuppressionKind, string> = { inline: 'inline', ignoreFile: 'ignore file', baseline: 'baseline', allowlist: 'allowlist' };

/** ` · suppressed 3 (2 inline, 1 baseline)`, or nothing when nothing was. */
function suppressedText(result: ScanResult): string {
  const counts = Object.entries(result.suppressed ?? {}).filter(([, n]) => n > 0) as [SuppressionKind, number][];
  if (counts.length === 0) return '';
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return ` · suppressed ${total} (${counts.map(([kind, n]) => `${n} ${SUPPRESSION_NAMES[kind]}`).join(', ')})`;
}

/** `word` as one shell word: as is when it is plain, else single-quoted. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
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
