import { createHash } from 'node:crypto';
import type { Finding, RawFinding } from '../types.ts';

/**
 * The last step before any reporter: deduplicate, sort, fingerprint, and (unless the user opted out) redact the
 * secret and every secret on the finding's line in its snippet. Nothing after this sees a secret in full.
 */
export function finalizeFindings(raw: readonly RawFinding[], options: { readonly redact: boolean }): Finding[] {
  const unique = new Map<string, RawFinding>();
  for (const finding of raw) {
    const key = [finding.ruleId, finding.path, finding.line, finding.column, finding.commit, finding.identity ?? finding.secret].join('\0');
    if (!unique.has(key)) unique.set(key, finding);
  }
  const sorted = [...unique.values()].sort(compareFindings);
  const onLine = new Map<string, RawFinding[]>();
  for (const finding of sorted) {
    if (finding.line === null) continue;
    const key = `${finding.commit ?? ''}\0${finding.path}\0${finding.line}`;
    onLine.set(key, [...(onLine.get(key) ?? []), finding]);
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
    fingerprint: fingerprint(finding),
    message: finding.message ?? null,
    commit: finding.commit,
    details: finding.details,
    snippet: snippet(finding, onLine.get(`${finding.commit ?? ''}\0${finding.path}\0${finding.line}`) ?? [finding], options.redact),
  }));
}

/** `ruleId:path:hash`: the hash is of the secret (or what identifies it), so the line number plays no part. */
export function fingerprint(finding: Pick<RawFinding, 'ruleId' | 'path' | 'secret' | 'identity'>): string {
  const hash = createHash('sha256').update(finding.identity ?? finding.secret).digest('hex').slice(0, 16);
  return `${finding.ruleId}:${finding.path}:${hash}`;
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

/** The finding's line around the secret, with every secret that sits on that line masked. */
function snippet(finding: RawFinding, sameLine: readonly RawFinding[], redact: boolean): string | null {
  const excerpt = finding.excerpt;
  if (excerpt === null || finding.column === null) return null;
  if (!redact) return excerpt.text;
  // Column (1-based) of the excerpt's first character on this line.
  const origin = finding.column - excerpt.secretStart;
  const ranges = sameLine
    .filter((other) => other.column !== null)
    .map((other) => {
      const from = other.column! - origin;
      const to = other.endLine === other.line ? other.endColumn! - origin : excerpt.text.length;
      return { from: Math.max(0, from), to: Math.min(excerpt.text.length, to), secret: other.secret };
    })
    .filter((r) => r.from < r.to)
    .sort((a, b) => b.from - a.from);
  let text = excerpt.text;
  for (const range of ranges) text = `${text.slice(0, range.from)}${mask(range.secret)}${text.slice(range.to)}`;
  return text;
}

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
