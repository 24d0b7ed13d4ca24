import type { ConfigAllowlist } from '../config/config-file.ts';
import { fingerprintsOf } from '../fingerprint.ts';
import type { IgnoreEntry } from '../config/ignore-file.ts';
import type { RawFinding, SuppressedCounts, SuppressionKind } from '../types.ts';

export interface Suppressions {
  readonly allowlist: ConfigAllowlist | null;
  readonly ignores: readonly IgnoreEntry[];
  readonly baseline: ReadonlySet<string> | null;
  /** Today, YYYY-MM-DD: an entry that expires on or before it no longer suppresses. */
  readonly today: string;
}

export interface Filtered {
  /** The findings to report. */
  readonly kept: RawFinding[];
  readonly suppressed: SuppressedCounts;
  /** Ignore entries that matched a finding (whether or not something else suppressed it first). */
  readonly used: ReadonlySet<IgnoreEntry>;
  /** Expired entries that matched a finding: it is reported again. */
  readonly expired: readonly IgnoreEntry[];
}

/**
 * The filter step: drops what the config's allowlist covers, what an allow comment covers, what an active ignore
 * entry names and what the baseline holds, and counts each finding under the first of those that applies.
 * Ignore entries and baselines match by fingerprint: the finding's own (`ruleId:path:hash`) or its incident's
 * (`ruleId:hash`), so that an entry survives edits, moves of the line and rebases.
 */
export function suppress(raw: readonly RawFinding[], rules: Suppressions): Filtered {
  const suppressed: Record<SuppressionKind, number> = { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 };
  const byFingerprint = new Map(rules.ignores.map((entry) => [entry.fingerprint, entry]));
  const used = new Set<IgnoreEntry>();
  const expired = new Set<IgnoreEntry>();
  const kept: RawFinding[] = [];
  for (const finding of raw) {
    const keys = byFingerprint.size > 0 || rules.baseline !== null ? fingerprintsOf(finding) : [];
    let ignored = false;
    for (const key of keys) {
      const entry = byFingerprint.get(key);
      if (entry === undefined) continue;
      used.add(entry);
      if (entry.expires !== null && entry.expires <= rules.today) expired.add(entry);
      else ignored = true;
    }
    const kind: SuppressionKind | null = allowlisted(finding, rules.allowlist)
      ? 'allowlist'
      : finding.allowedInline ? 'inline'
      : ignored ? 'ignoreFile'
      : rules.baseline !== null && keys.some((key) => rules.baseline!.has(key)) ? 'baseline'
      : null;
    if (kind === null) kept.push(finding);
    else suppressed[kind]++;
  }
  // An expired entry whose finding something else suppressed changes nothing the user sees: not worth a warning.
  const reported = new Set(kept.flatMap((finding) => (expired.size > 0 ? fingerprintsOf(finding) : [])));
  return { kept, suppressed, used, expired: [...expired].filter((entry) => reported.has(entry.fingerprint)) };
}

function allowlisted(finding: RawFinding, allowlist: ConfigAllowlist | null): boolean {
  if (allowlist === null) return false;
  if (allowlist.paths.some((glob) => glob.test(finding.path))) return true;
  // File-level findings (a .env git does not ignore) have no secret for regexes and stopwords to look at.
  if (finding.secret === '') return false;
  const lower = finding.secret.toLowerCase();
  return allowlist.stopwords.some((word) => lower.includes(word)) || allowlist.regexes.some((regex) => regex.test(finding.secret));
}

/** Today's date where the scan runs, YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
