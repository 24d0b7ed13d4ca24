import { findingFingerprint } from '../fingerprint.ts';
import type { Finding, RawFinding } from '../types.ts';

/**
 * The last step before any reporter: deduplicate, sort, fingerprint, and (unless the user opted out) redact the
 * secret and every secret on the finding's line in its snippet: those reported and those left out (`masked`: what
 * an allowlist, an ignore entry, a baseline or an allow comment suppressed is still a secret, and a snippet that
 * printed it in full beside a reported one would leak it). Nothing after this sees a secret in full.
 */
export function finalizeFindings(raw: readonly RawFinding[], options: { readonly redact: boolean; readonly masked?: readonly RawFinding[] }): Finding[] {
  const sorted = unique(raw).sort(compareFindings);
  // The reported findings come first, so that a suppressed duplicate of one is not kept in its place.
  const context = options.masked && options.masked.length > 0 ? unique([...sorted, ...options.masked]).sort(compareFindings) : sorted;
  // Findings by line, in column order (the sort above), so a snippet looks only at its neighbours.
  const onLine = new Map<string, RawFinding[]>();
  const position = new Map<RawFinding, number>();
  const lineKey = (f: RawFinding, line = f.line) => `${f.commit ?? ''}\0${f.path}\0${line}`;
  // Findings that span lines, by each line after their first: a snippet of that line masks what they cover of it.
  const continuing = new Map<string, RawFinding[]>();
  for (const finding of context) {
    if (finding.line === null) continue;
    let list = onLine.get(lineKey(finding));
    if (!list) onLine.set(lineKey(finding), (list = []));
    position.set(finding, list.length);
    list.push(finding);
    for (let line = finding.line + 1; finding.endLine !== null && line <= finding.endLine; line++) {
      const key = lineKey(finding, line);
      const spanning = continuing.get(key);
      if (spanning) spanning.push(finding);
      else continuing.set(key, [finding]);
    }
  }
  return sorted.map((finding) => ({
    ruleId: finding.ruleId,
    description: finding.description,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    secret: options.redact ? redactSecret(finding.secret) : finding.secret,
    fingerprint: findingFingerprint(finding),
    ...(finding.encoding !== undefined ? { encoding: finding.encoding } : {}),
    message: finding.message ?? null,
    commit: finding.commit,
    author: finding.author ?? null,
    details: finding.details,
    snippet: snippet(finding, onLine.get(lineKey(finding)) ?? [finding], position.get(finding) ?? 0, continuing.get(lineKey(finding)) ?? [], options.redact),
    ...(finding.verification !== undefined ? { verification: finding.verification } : {}),
  }));
}

/** One finding per rule, place and secret (the same secret found twice at one place, e.g. plain and decoded, is one). */
function unique(findings: readonly RawFinding[]): RawFinding[] {
  const seen = new Map<string, RawFinding>();
  for (const finding of findings) {
    const key = [finding.ruleId, finding.path, finding.line, finding.column, finding.commit, finding.identity ?? finding.secret].join('\0');
    if (!seen.has(key)) seen.set(key, finding);
  }
  return [...seen.values()];
}

/** `sk-pro…QA (redacted)`: enough to recognise which key it is, never enough to use it. */
export function redactSecret(secret: string): string {
  return secret === '' ? '' : `${mask(secret)} (redacted)`;
}

function mask(secret: string): string {
  const flat = secret.replace(/\s+/g, ' ');
  const head = Math.min(6, Math.floor(flat.length / 4));
  const tail = flat.length >= 20 ? 2 : 0;
  return `${flat.slice(0, head)}…${flat.slice(flat.length - tail)}`;
}

/**
 * The finding's line around the secret, with every secret that sits on that line masked: those that start on it,
 * and the ends of those that started on a line above (`continuing`; a wrapped base64 run, a pretty-printed file).
 */
function snippet(finding: RawFinding, sameLine: readonly RawFinding[], at: number, continuing: readonly RawFinding[], redact: boolean): string | null {
  const excerpt = finding.excerpt;
  if (excerpt === null || finding.column === null) return null;
  if (!redact) return excerpt.text;
  // Column (1-based) of the excerpt's first character on this line.
  const origin = finding.column - excerpt.secretStart;
  const windowEnd = origin + excerpt.text.length;
  const ranges: { from: number; to: number; secret: string }[] = [];
  // sameLine is in column order: walk out from this finding (at `at`) while neighbours can still reach the excerpt.
  const add = (other: RawFinding) => {
    const from = other.column! - origin;
    const to = other.endLine === other.line ? other.endColumn! - origin : excerpt.text.length;
    const range = { from: Math.max(0, from), to: Math.min(excerpt.text.length, to), secret: other.secret };
    if (range.from < range.to) ranges.push(range);
  };
  for (let i = at; i >= 0; i--) {
    const other = sameLine[i]!;
    if (other.column! < origin - MAX_SECRET_REACH) break;
    add(other);
  }
  for (let i = at + 1; i < sameLine.length && sameLine[i]!.column! < windowEnd; i++) add(sameLine[i]!);
  for (const other of continuing) {
    const to = other.endLine === finding.line ? other.endColumn! - origin : excerpt.text.length;
    if (to > 0) ranges.push({ from: 0, to: Math.min(excerpt.text.length, to), secret: other.secret });
  }
  // Ranges may overlap (the base64 quanta around two neighbouring secrets): each stretch is masked once.
  ranges.sort((a, b) => a.from - b.from);
  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from < last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  let text = excerpt.text;
  for (const range of merged.reverse()) text = `${text.slice(0, range.from)}${mask(range.secret)}${text.slice(range.to)}`;
  return text;
}

/** Findings that start this far before an excerpt are not looked at (no single-line secret is this long). */
const MAX_SECRET_REACH = 4096;

function compareFindings(a: RawFinding, b: RawFinding): number {
  return (
    compare(a.path, b.path)
    || (a.line ?? 0) - (b.line ?? 0)
    || (a.column ?? 0) - (b.column ?? 0)
    || compare(a.ruleId, b.ruleId)
    || compare(a.commit ?? '', b.commit ?? '')
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
