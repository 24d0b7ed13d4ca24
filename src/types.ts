/**
 * Core data types shared by every stage of the pipeline.
 *
 * Conventions every producer and consumer relies on:
 * - lines and columns are 1-based; columns count UTF-16 code units (JavaScript string indices, SARIF's default);
 * - paths are relative to the repository root (or the scanned directory), separated by `/`;
 * - a `Finding` is redacted unless the user opted out, before any reporter sees it.
 */

export type Severity = 'high' | 'medium' | 'low';

/** Most severe first: the one order every report and ranking uses. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** 0 for the most severe: sort by it. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The scan modes; each one is a source of fragments. */
export type ScanMode = 'dir' | 'staged' | 'stdin' | 'history';

/** Inclusive 1-based line ranges, sorted and non-overlapping. */
export type LineRanges = readonly (readonly [number, number])[];

/** A piece of text to scan and where it came from. */
export interface Fragment {
  readonly path: string;
  readonly text: string;
  /**
   * The bytes `text` was decoded from, when the source has them at hand. Where they are one a character (ASCII
   * text), the keyword prefilter reads them rather than the string (src/detect/keyword-scan.ts).
   */
  readonly bytes?: Uint8Array;
  /**
   * When set, only findings that touch one of these lines are reported (the lines a diff adds).
   * Unset means every line counts.
   */
  readonly addedLines?: LineRanges;
  readonly commit?: string | null;
  /** Set when `text` is one window of a larger file, read in pieces (src/sources/windows.ts). */
  readonly window?: TextWindow;
}

/**
 * Where a window's text sits in its file, and what of it the window answers for. Windows overlap, so that a secret
 * across the end of one is whole in the next: a finding is reported by the window it starts in, [from, to).
 */
export interface TextWindow {
  /** 1-based line and column (UTF-16 code units) of `text[0]` in the file: findings are reported there. */
  readonly line: number;
  readonly column: number;
  /** Offsets in `text`: findings that start before `from` or at `to` and after belong to a neighbouring window. */
  readonly from: number;
  readonly to: number;
}

/** Metadata a validator may attach to a finding: non-secret facts that help the user act. */
export type Details = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface Excerpt {
  readonly text: string;
  readonly secretStart: number;
  readonly secretEnd: number;
}

/** A finding as the detector produces it, before redaction. Not exported to reporters. */
export interface RawFinding {
  readonly ruleId: string;
  readonly description: string;
  readonly severity: Severity;
  readonly path: string;
  /** null for file-level findings (policy checks). */
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  /** The secret in full. Never leaves the pipeline unless the user passed --no-redact. */
  readonly secret: string;
  /** What identifies the secret for fingerprints when it differs from `secret` (e.g. a key inside a JSON object). */
  readonly identity?: string;
  /** Set when the secret was found by decoding: the location is then that of the encoded text. */
  readonly encoding?: 'base64';
  /**
   * Part of the finding's first line around the secret (the secret is `text.slice(secretStart, secretEnd)`, cut at
   * the end of the line), for the masked snippet; null for file-level findings.
   */
  readonly excerpt: Excerpt | null;
  /** What is wrong in this instance, when the rule's description is not enough (file-level checks). */
  readonly message?: string;
  readonly commit: string | null;
  /** Who made `commit` and when (history scans). */
  readonly author?: CommitAuthor;
  readonly details: Details;
  /**
   * Set when an allow comment covers the finding: a marker on one of its lines, or an allow-next-line marker on the
   * line before (detect/inline-allow.ts). The finding is suppressed, and counted, after detection.
   */
  readonly allowedInline?: true;
  /** `--verify`: what the provider said of the secret (src/verify/), attached before redaction. */
  readonly verification?: Verification;
}

export interface CommitAuthor {
  readonly name: string;
  readonly email: string;
  /** Author date, ISO 8601 with the author's offset. */
  readonly date: string;
}

/** A finding as reporters see it: redacted (by default) and fingerprinted. */
export interface Finding {
  readonly ruleId: string;
  readonly description: string;
  readonly severity: Severity;
  readonly path: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  /** Redacted (`sk-pro…QA (redacted)`) unless --no-redact. */
  readonly secret: string;
  /** `ruleId:path:hash-of-secret`; no line number, so it survives edits above the secret. */
  readonly fingerprint: string;
  /** Set when the secret was found by decoding (`secret` is decoded; the location is that of the encoded text). */
  readonly encoding?: 'base64';
  /** What is wrong in this instance, when the rule's description is not enough (file-level checks); else null. */
  readonly message: string | null;
  readonly commit: string | null;
  readonly author: CommitAuthor | null;
  readonly details: Details;
  /** The finding's line, trimmed around the secret, with every secret on it masked; null for file-level findings. */
  readonly snippet: string | null;
  /** `--verify`: whether the secret still works and what it opens; absent when the scan did not verify. */
  readonly verification?: Verification;
}

/**
 * What `--verify` learnt of a secret (src/verify/):
 * - `live`: the provider accepted it;
 * - `revoked`: the provider rejected it as invalid (HTTP 401, an authentication error);
 * - `unknown`: no answer could be had (timeout, network error, 429, 5xx, a redirect, a missing SDK);
 * - `unverifiable`: no check exists for this kind of secret, or nothing may be asked (no Connect host given).
 */
export type VerificationStatus = 'live' | 'revoked' | 'unknown' | 'unverifiable';

/** Most urgent first: a live key before one that may be live, and a dead one last. The one order reports use. */
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['live', 'unknown', 'unverifiable', 'revoked'];

/** 0 for the most urgent: sort by it (no verification sorts with `unverifiable`). */
export function verificationRank(verification: Verification | undefined): number {
  return VERIFICATION_STATUSES.indexOf(verification?.status ?? 'unverifiable');
}

/** Who was asked. */
export type VerificationProvider = 'openai' | '1password-connect' | '1password';

/** What a live secret opens, as far as the provider's answer told. Names only: never a value read with the secret. */
export interface VerificationAccess {
  /** OpenAI: the organization the key bills to (`openai-organization` response header). */
  readonly organization?: string;
  /** OpenAI admin keys: the organization's projects. */
  readonly projects?: readonly string[];
  /** 1Password: the vaults the token can read. */
  readonly vaults?: readonly string[];
  /** OpenAI: a restricted key (it authenticated, but may not list models). */
  readonly restricted?: true;
  /** A list above was cut at its first entries. */
  readonly truncated?: true;
}

/** Never holds the secret: every text in it is leakwarden's own or a name the provider returned. */
export interface Verification {
  readonly status: VerificationStatus;
  /** Who was (or would have been) asked; null when no check exists for the kind. */
  readonly provider: VerificationProvider | null;
  /** One line for people: why this status. */
  readonly reason: string;
  /** The URL the secret was sent to (origin and path), when a request was made; for the SDK, the sign-in address. */
  readonly sentTo?: string;
  readonly access?: VerificationAccess;
  /** What the user can do to get an answer (install the SDK, pass --connect-host). */
  readonly hint?: string;
}

/** `--verify`: what the run learnt, beside each finding's own `verification`. */
export interface VerificationSummary {
  /** Distinct secrets by status: a secret found in five places is checked, and counted, once. */
  readonly secrets: Readonly<Record<VerificationStatus, number>>;
  /** `--only-verified`: what was left out of the report because it is not live; null when not asked. */
  readonly leftOut: { readonly findings: number; readonly incidents: number } | null;
}

export type SkipReason = 'binary' | 'too-large' | 'unreadable';

export interface Skipped {
  readonly path: string;
  readonly reason: SkipReason;
  /** Human-readable cause for `unreadable` (errno code); absent otherwise. */
  readonly detail?: string;
}

/** What a scan covered; `files` and `bytes` count what was actually scanned (skipped files excluded). */
export interface ScanStats {
  readonly mode: ScanMode;
  readonly files: number;
  readonly bytes: number;
  readonly skipped: readonly Skipped[];
  readonly durationMs: number;
  /** History scans: what the scan walked. */
  readonly history?: HistoryStats;
}

export interface HistoryStats {
  /** Commits walked (each one's changed files looked at). */
  readonly commits: number;
  /** Distinct blobs the walk met; `files` counts those scanned as text. */
  readonly blobs: number;
  /** `BASE..HEAD` for a range scan; null for the whole history. */
  readonly range: string | null;
  /** The revisions walked: `--all`, or a branch. */
  readonly refs: string;
  /** The commit statuses are measured against (the default branch's tip); null when there is none. */
  readonly head: string | null;
}

export type IncidentStatus = 'in-head' | 'unmerged-branch' | 'history-only';

/** Where and when a secret was seen. */
export interface Sighting {
  readonly commit: string;
  readonly author: CommitAuthor;
  readonly path: string;
  readonly line: number | null;
}

/** One secret, however many commits, paths and branches it appears in. */
export interface Incident {
  /** `ruleId:hash`: the secret, not where it is (findings' fingerprints add the path). */
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly description: string;
  readonly severity: Severity;
  /** Redacted unless --no-redact; for file-level rules, the path. */
  readonly secret: string;
  readonly status: IncidentStatus;
  readonly firstSeen: Sighting;
  readonly lastSeen: Sighting;
  /** Findings (commit and path pairs that brought it in). */
  readonly occurrences: number;
  readonly commits: number;
  readonly paths: readonly string[];
  /** Branches (local and remote-tracking) whose history holds it. */
  readonly branches: readonly string[];
  /** `--verify`: whether the secret still works (the same for every finding of the incident). */
  readonly verification?: Verification;
}

/** What leaves a finding out of the report: an allow comment, .leakwardenignore, a baseline, the config's [allowlist]. */
export type SuppressionKind = 'inline' | 'ignoreFile' | 'baseline' | 'allowlist';

/** Findings left out of the report, by what left them out (each counted once, under the first kind that applies). */
export type SuppressedCounts = Readonly<Record<SuppressionKind, number>>;

/** An entry of .leakwardenignore, as reports name it. */
export interface IgnoreEntryNote {
  readonly fingerprint: string;
  readonly reason: string;
  /** YYYY-MM-DD, or null when it does not expire. */
  readonly expires: string | null;
}

export interface ScanResult {
  readonly stats: ScanStats;
  readonly findings: readonly Finding[];
  /** History scans: findings grouped by secret, most urgent first. */
  readonly incidents?: readonly Incident[];
  /** Whether secrets in `findings` are redacted. */
  readonly redacted: boolean;
  /** What was left out of `findings`, by kind; absent means nothing was. */
  readonly suppressed?: SuppressedCounts;
  /**
   * Entries of .leakwardenignore that did not do their job: `expired` ones that matched a finding (reported again),
   * and, in a scan that covered everything, `unused` ones that matched nothing.
   */
  readonly ignoreEntries?: { readonly unused: readonly IgnoreEntryNote[]; readonly expired: readonly IgnoreEntryNote[] };
  /** Present when the scan verified its findings (`--verify`). */
  readonly verification?: VerificationSummary;
}

/** Rule metadata a reporter may show (description, remediation); never the regex. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly remediation: string;
  readonly helpUri?: string;
}

export const ExitCode = { Clean: 0, Findings: 1, Error: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What one scan came to, whichever entry point asked for it: the one input of `verdict` and of every reporter. */
export interface ScanOutcome {
  readonly result: ScanResult;
  /** Metadata of every rule that ran, for reporters. */
  readonly rules: ReadonlyMap<string, RuleInfo>;
  /** Whether unused ignore entries fail the scan (`--strict-ignores`, or the config's `strictIgnores`). */
  readonly strictIgnores: boolean;
  /** False when something the scan was asked to read could not be read (`result.stats.skipped` says what). */
  readonly complete: boolean;
}
