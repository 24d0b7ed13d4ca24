import { unreadable } from './report/skipped.ts';
import type { ScanOutcome } from './types.ts';
import { ExitCode } from './types.ts';

/** What the caller decides about findings; everything else is decided here alike for every entry point. */
export interface Policy {
  /** Findings fail the run: always on the command line and in hooks; the Action's `fail-on-findings`; off for `baseline`. */
  readonly failOnFindings: boolean;
}

export interface Verdict {
  /** 0 nothing found, 1 findings (or stale ignore entries under --strict-ignores), 2 the scan is incomplete. */
  readonly exitCode: ExitCode;
  /** The check's conclusion (the Action): failure for exit codes 1 and 2. */
  readonly conclusion: 'success' | 'failure';
  /** One line for people: what decided it. */
  readonly reason: string;
  /** When the scan was incomplete: the line that says what was not scanned, and what to do. */
  readonly incomplete: { readonly line: string; readonly hint: string } | null;
}

/**
 * The one place an outcome becomes an exit status and a check conclusion: the CLI, the pre-push hook and the Action
 * all call it. An incomplete scan is exit 2 whatever else it found, so that nothing passes for clean, or for
 * "only these findings", when part of what was asked was never read.
 */
export function verdict(outcome: ScanOutcome, policy: Policy): Verdict {
  const { result } = outcome;
  const missed = unreadable(result.stats);
  if (!outcome.complete || missed.length > 0) {
    const first = missed[0];
    const line = `the scan is incomplete: ${missed.length} ${missed.length === 1 ? 'file' : 'files'} could not be read${first ? ` (${first.path}${missed.length > 1 ? ', …' : ''})` : ''}`;
    return { exitCode: ExitCode.Error, conclusion: 'failure', reason: line, incomplete: { line, hint: 'the report names each file under "Not scanned": fix what it says (permissions, a missing object: git fsck) and scan again' } };
  }
  const found = result.findings.length;
  if (found > 0) {
    const what = `${found} ${found === 1 ? 'secret' : 'secrets'} found${result.incidents ? ` (${result.incidents.length} ${result.incidents.length === 1 ? 'incident' : 'incidents'})` : ''}`;
    return policy.failOnFindings
      ? { exitCode: ExitCode.Findings, conclusion: 'failure', reason: what, incomplete: null }
      : { exitCode: ExitCode.Clean, conclusion: 'success', reason: `${what}; findings do not fail this run`, incomplete: null };
  }
  const stale = result.ignoreEntries?.unused.length ?? 0;
  if (outcome.strictIgnores && stale > 0) {
    return { exitCode: ExitCode.Findings, conclusion: 'failure', reason: `${stale} ${stale === 1 ? 'entry' : 'entries'} of the ignore file matched nothing (strict ignores)`, incomplete: null };
  }
  return { exitCode: ExitCode.Clean, conclusion: 'success', reason: 'no secrets found', incomplete: null };
}

/** One repository of an audit, as its own `verdict` judged it (now, in a run that --resume reused, or in a merged report). */
export interface RepositoryVerdict {
  readonly name: string;
  readonly verdict: { readonly exitCode: ExitCode; readonly reason: string };
}

/**
 * `leakwarden audit`'s exit status, from the verdicts of its repositories: 2 when any repository could not be
 * scanned (or not completely), else 1 when any has incidents, else 0. An audit of no repository did not do what was
 * asked: 2.
 */
export function auditVerdict(repositories: readonly RepositoryVerdict[]): Verdict {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (repositories.length === 0) {
    const line = 'the audit covered no repository';
    return { exitCode: ExitCode.Error, conclusion: 'failure', reason: line, incomplete: { line, hint: 'name repositories with --repos, --repos-file, --org or --user' } };
  }
  const failed = repositories.filter((r) => r.verdict.exitCode === ExitCode.Error);
  const found = repositories.filter((r) => r.verdict.exitCode === ExitCode.Findings);
  const of = `of ${count(repositories.length, 'repository', 'repositories')}`;
  if (failed.length > 0) {
    const names = failed.slice(0, 3).map((r) => r.name).join(', ');
    const line = `${failed.length} ${of} could not be scanned completely (${names}${failed.length > 3 ? ', …' : ''})${found.length > 0 ? `; ${found.length} more ${found.length === 1 ? 'has' : 'have'} findings` : ''}`;
    return { exitCode: ExitCode.Error, conclusion: 'failure', reason: line, incomplete: { line, hint: 'the report says why for each one (status "error"): fix it and run the audit again with --resume, which rescans only what changed or failed' } };
  }
  if (found.length > 0) return { exitCode: ExitCode.Findings, conclusion: 'failure', reason: `${found.length} ${of} ${found.length === 1 ? 'has' : 'have'} findings`, incomplete: null };
  return { exitCode: ExitCode.Clean, conclusion: 'success', reason: `no secrets found in ${count(repositories.length, 'repository', 'repositories')}`, incomplete: null };
}
