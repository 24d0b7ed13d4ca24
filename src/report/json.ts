import type { CommitAuthor, Finding, HistoryStats, IgnoreEntryNote, Incident, ScanMode, ScanResult, Skipped, SuppressedCounts, VerificationSummary } from '../types.ts';
import type { ReportContext, Reporter } from './reporter.ts';
import { batched } from './reporter.ts';

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
  format: (result, context) => [...jsonChunks(result, context)].join(''),
  chunks: jsonChunks,
} satisfies Reporter;

/**
 * JSON.stringify(report, null, 2) written a finding (and an incident) at a time: the findings and incidents arrays
 * are rendered item by item, each at its indentation, around the rest of the report stringified whole. The text is
 * the same as one JSON.stringify of it all, without ever being one string.
 */
function* jsonChunks(result: ScanResult, context: ReportContext): Generator<string> {
  const { stats } = result;
  const report: Omit<JsonReport, 'findings' | 'incidents'> & { findings: string; incidents?: string } = {
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
    findings: FINDINGS,
    ...(result.incidents ? { incidents: INCIDENTS } : {}),
    suppressed: result.suppressed ?? NOTHING_SUPPRESSED,
    ...(result.ignoreEntries ? { ignoreEntries: result.ignoreEntries } : {}),
    ...(result.verification ? { verification: result.verification } : {}),
  };
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const findingsAt = text.indexOf(JSON.stringify(FINDINGS));
  const incidentsAt = result.incidents ? text.indexOf(JSON.stringify(INCIDENTS)) : -1;
  yield text.slice(0, findingsAt);
  yield* batched(arrayItems(lazyMap(result.findings, jsonFinding)));
  if (incidentsAt === -1) {
    yield text.slice(findingsAt + JSON.stringify(FINDINGS).length);
    return;
  }
  yield text.slice(findingsAt + JSON.stringify(FINDINGS).length, incidentsAt);
  yield* batched(arrayItems(result.incidents!));
  yield text.slice(incidentsAt + JSON.stringify(INCIDENTS).length);
}

/** Stand-ins for the two arrays that can be large, replaced by their items in `chunks`. */
const FINDINGS = '\u0000findings\u0000';
const INCIDENTS = '\u0000incidents\u0000';

/**
 * A property's array of a top-level key, as JSON.stringify(…, null, 2) writes it: `[]`, or each item on its own
 * lines, indented 4 spaces, the closing bracket 2. (JSON text holds no raw line break inside a string, so indenting
 * every line of an item's own stringification is exact.)
 */
function* arrayItems(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

function* lazyMap<T, U>(items: readonly T[], map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

function jsonFinding(f: Finding): JsonFinding {
  return {
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
  };
}
