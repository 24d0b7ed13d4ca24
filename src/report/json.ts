import type { CommitAuthor, Finding, HistoryStats, IgnoreEntryNote, Incident, ScanMode, Skipped, SuppressedCounts, VerificationSummary } from '../types.ts';
import type { Reporter } from './reporter.ts';

/**
 * The machine contract, version 1: other tools and CI parse this. Fields may be added; none is renamed or removed
 * without a new version.
 */
export interface JsonReport {
  readonly version: 1;
  readonly tool: { readonly name: 'leakwarden'; readonly version: string };
  readonly scan: {
    readonly mode: ScanMode;
    readonly files: number;
    readonly bytes: number;
    readonly skipped: readonly Skipped[];
    readonly durationMs: number;
    readonly redacted: boolean;
  } & Partial<HistoryStats>;
  readonly findings: readonly JsonFinding[];
  /** History scans: the findings grouped by secret, most urgent first. */
  readonly incidents?: readonly Incident[];
  /** Findings left out of `findings`, by what left them out (each counted once). */
  readonly suppressed: SuppressedCounts;
  /** Present when entries of .leakwardenignore did not do their job: expired (reported again), or matched nothing. */
  readonly ignoreEntries?: { readonly unused: readonly IgnoreEntryNote[]; readonly expired: readonly IgnoreEntryNote[] };
  /**
   * Present when the scan verified (`--verify`): distinct secrets by status, and what `--only-verified` left out.
   * Each finding and incident then carries its own `verification` (status, provider, reason, sentTo, access, hint).
   */
  readonly verification?: VerificationSummary;
}

const NOTHING_SUPPRESSED: SuppressedCounts = { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 };

/** A finding as the report carries it: the redacted Finding, without the terminal's snippet. */
export type JsonFinding = Omit<Finding, 'snippet' | 'message' | 'author'> & {
  /** Present for file-level findings: what is wrong in this instance. */
  readonly message?: string;
  /** History scans: who made `commit`, and when. */
  readonly author?: CommitAuthor;
};

export const jsonReporter = {
  id: 'json',
  format(result, context) {
    const { stats } = result;
    const report: JsonReport = {
      version: 1,
      tool: { name: 'leakwarden', version: context.toolVersion },
      scan: {
        mode: stats.mode,
        files: stats.files,
        bytes: stats.bytes,
        skipped: stats.skipped,
        durationMs: stats.durationMs,
        redacted: result.redacted,
        ...stats.history,
      },
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        description: f.description,
        severity: f.severity,
        path: f.path,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        secret: f.secret,
        fingerprint: f.fingerprint,
        ...(f.encoding !== undefined ? { encoding: f.encoding } : {}),
        commit: f.commit,
        ...(f.author !== null ? { author: f.author } : {}),
        ...(f.message !== null ? { message: f.message } : {}),
        details: f.details,
        ...(f.verification !== undefined ? { verification: f.verification } : {}),
      })),
      ...(result.incidents ? { incidents: result.incidents } : {}),
      suppressed: result.suppressed ?? NOTHING_SUPPRESSED,
      ...(result.ignoreEntries ? { ignoreEntries: result.ignoreEntries } : {}),
      ...(result.verification ? { verification: result.verification } : {}),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
  },
} satisfies Reporter;
