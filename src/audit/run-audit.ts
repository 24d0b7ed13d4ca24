import { LeakwardenError } from '../errors.ts';
import { notScanned } from '../report/skipped.ts';
import { scan } from '../scan.ts';
import type { OptionValues, ScanTarget } from '../scan-options.ts';
import { scanOptions } from '../scan-options.ts';
import { ExitCode } from '../types.ts';
import { verdict } from '../verdict.ts';
import type { MirrorAuth, MirrorEvent } from './mirror.ts';
import { mirror, refsState, scrub } from './mirror.ts';
import type { AuditRepository } from './result.ts';
import type { RepositorySource } from './sources.ts';
import { displaySource } from './sources.ts';
import type { WorkDir } from './work-dir.ts';
import { repositoryKey } from './work-dir.ts';

/** `leakwarden history` with no range: every blob of every ref. */
const WHOLE_HISTORY: ScanTarget = { mode: 'history', select: { kind: 'refs', range: null, sinceCommit: null, branch: null } };

export interface AuditRequest {
  readonly sources: readonly RepositorySource[];
  readonly workDir: WorkDir;
  /** Repositories cloned and scanned at the same time. */
  readonly concurrency: number;
  /** Fetch into existing mirrors, and reuse the stored result of a repository whose refs did not change (not with --verify). */
  readonly resume: boolean;
  /** The scan options every repository is scanned with (`config` and `baseline` as absolute paths). */
  readonly values: OptionValues;
  /** `settingsKey` of the rules, configuration and options: a stored result made with others is not reused. */
  readonly settings: string;
  readonly auth: MirrorAuth | null;
}

export interface AuditProgress {
  readonly done: number;
  readonly total: number;
  /** The repositories being cloned or scanned now. */
  readonly running: readonly string[];
}

export interface AuditHooks {
  readonly warn: (message: string) => void;
  readonly progress?: (progress: AuditProgress) => void;
}

/**
 * Mirrors and scans every repository, at most `concurrency` at a time, and returns their results in the order they
 * were named. A repository that fails (clone, fetch, scan) gets status `error` and why; the others go on. Each result
 * is stored in the work directory as soon as it exists, so that an interrupted audit, run again with --resume, loses
 * nothing.
 */
export async function runAudit(request: AuditRequest, hooks: AuditHooks): Promise<AuditRepository[]> {
  const { sources } = request;
  const results = new Array<AuditRepository>(sources.length);
  const running = new Set<string>();
  // A warning every repository would give alike (a proxy --verify cannot use) is said once.
  const said = new Set<string>();
  const warn = (name: string, message: string) => {
    if (said.has(message)) return;
    said.add(message);
    hooks.warn(`${name}: ${message}`);
  };
  let done = 0;
  let next = 0;
  const report = () => hooks.progress?.({ done, total: sources.length, running: [...running] });
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i]!;
      running.add(source.name);
      report();
      results[i] = await auditOne(source, request, (message) => warn(source.name, message));
      running.delete(source.name);
      done++;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(request.concurrency, sources.length)) }, worker));
  return results;
}

async function auditOne(source: RepositorySource, request: AuditRequest, say: (message: string) => void): Promise<AuditRepository> {
  const key = repositoryKey(source.url);
  const dir = request.workDir.mirrorPath(key);
  const secrets = request.auth ? [request.auth.token] : [];
  const base = { name: source.name, source: displaySource(source.url), ...(source.web !== null ? { web: source.web } : {}) };
  const warn = (message: string) => say(scrub(message, secrets));
  let event: MirrorEvent;
  try {
    event = await mirror(source.url, dir, { update: request.resume, auth: request.auth, warn });
  } catch (error) {
    return failed(base, error, secrets);
  }
  try {
    const refs = await refsState(dir);
    // With --verify, a key's state is a fact of now, not of the last run: the repository is scanned (and asked) again.
    if (request.resume && request.values.verify === null) {
      const stored = request.workDir.readResult(key);
      if (stored && stored.refs === refs && stored.settings === request.settings && stored.repository.status === 'ok' && stored.repository.scan) {
        return { ...stored.repository, ...base, scan: { ...stored.repository.scan, mirror: event, reused: true } };
      }
    }
    const outcome = await scan(scanOptions(WHOLE_HISTORY, dir, request.values), { warn });
    const judged = verdict(outcome, { failOnFindings: true });
    const { result } = outcome;
    const history = result.stats.history;
    const repository: AuditRepository = {
      ...base,
      status: judged.exitCode === ExitCode.Error ? 'error' : 'ok',
      ...(judged.incomplete ? { error: judged.incomplete.line } : {}),
      incidents: result.incidents ?? [],
      scan: {
        commits: history?.commits ?? 0,
        blobs: history?.blobs ?? 0,
        files: result.stats.files,
        bytes: result.stats.bytes,
        head: history?.head ?? null,
        notScanned: notScanned(result.stats),
        durationMs: result.stats.durationMs,
        mirror: event,
        reused: false,
      },
      ...(result.suppressed && Object.values(result.suppressed).some((n) => n > 0) ? { suppressed: result.suppressed } : {}),
      verdict: { exitCode: judged.exitCode, reason: judged.reason },
    };
    request.workDir.writeResult(key, { version: 1, refs, settings: request.settings, repository });
    return repository;
  } catch (error) {
    return failed(base, error, secrets);
  }
}

/** A repository that could not be scanned: why, in one line (an unexpected error says it is one). */
function failed(base: Pick<AuditRepository, 'name' | 'source' | 'web'>, error: unknown, secrets: readonly string[]): AuditRepository {
  const message = error instanceof LeakwardenError ? error.message : `internal error (please report it): ${error instanceof Error ? error.message : String(error)}`;
  const why = scrub(message, secrets);
  return { ...base, status: 'error', error: why, incidents: [], verdict: { exitCode: ExitCode.Error, reason: why } };
}
