import { buildInfo } from './build-info.ts';
import { GitError, InputError } from './errors.ts';
import { checkDotenv, committedDotenvFinding, dotenvRule } from './checks/dotenv.ts';
import type { Settings } from './config/settings.ts';
import { loadSettings, repositoryRootOf } from './config/settings.ts';
import { createDetector, DetectError } from './detect/detector.ts';
import { localDate, suppress } from './filter/suppress.ts';
import { finalizeFindings } from './report/redact.ts';
import { loadBuiltinRules } from './rules/builtin.ts';
import { compileRule } from './rules/compile.ts';
import type { Source } from './sources/source.ts';
import { createStagedSource } from './sources/staged.ts';
import { createStdinSource } from './sources/stdin.ts';
import type { WorktreePlace } from './sources/worktree.ts';
import { createWorktreeSource, locateWorktree } from './sources/worktree.ts';
import { unreadable } from './report/skipped.ts';
import type { IncidentFacts } from './history/incidents.ts';
import type { Scope } from './history/scope.ts';
import type { GitStream } from './sources/git.ts';
import type { HistorySelection, ScanHooks, ScanOptions } from './scan-options.ts';
import { isWholeHistory, withConfig } from './scan-options.ts';
import type { RawFinding, RuleInfo, ScanOutcome, ScanResult } from './types.ts';

/**
 * The one pipeline every entry point uses: settings (config, ignore file, baseline), source, detect, file-level
 * checks, suppressions, then finalise (redact) once. Returns the outcome; `verdict` (src/verdict.ts) judges it.
 */
export async function scan(asked: ScanOptions, hooks: ScanHooks): Promise<ScanOutcome> {
  // hrtime, not performance.now(): the global performance object loads perf_hooks on first use.
  const started = process.hrtime.bigint();
  const { target } = asked;
  // Where the settings are asks git (`dir`, or a directory without `.git`): the built-in rules are read while git
  // runs. Their problems are reported in the order they were met when the steps ran one after the other.
  const locating = target.mode === 'dir' ? settled(locateWorktree({ paths: target.paths, cwd: asked.cwd, warn: hooks.warn, gitignore: asked.gitignore })) : null;
  const rooting = target.mode === 'dir' ? null : settled(repositoryRootOf(asked.cwd));
  const builtins = await settled(loadBuiltinRules());
  const place = locating === null ? null : outcomeOf(await locating);
  const root = place ? (place.repoRoot ?? place.root) : outcomeOf(await rooting!);
  const settings = await loadSettings(asked, root, outcomeOf(builtins));
  const options = withConfig(asked, settings.options);
  if (target.mode === 'history') return scanHistory(options, target.select, hooks, settings, started);
  const source = await createSource(options, hooks, place);
  const rules = settings.specs.map(compileRule);
  const detector = createDetector(rules);
  // A dir source knows its .env paths before a file is read: their check's git runs while the files are scanned.
  const dotenv = settings.dotenv && source.mode === 'dir' ? settled(checkDotenv(source.facts, source.repoRoot, source.root)) : null;
  const raw: RawFinding[] = [];
  for await (const fragment of source.fragments()) {
    try {
      for (const finding of detector.detect(fragment)) raw.push(finding);
    } catch (error) {
      if (!(error instanceof DetectError)) throw error;
      // The file was read but not fully scanned: count it like an unreadable one, so the scan cannot pass as clean.
      source.counters.unreadable(fragment.path, error.message);
    }
  }
  if (settings.dotenv) for (const finding of dotenv ? outcomeOf(await dotenv) : await checkDotenv(source.facts, source.repoRoot, source.root)) raw.push(finding);
  announceSecrets(raw, hooks);
  const filtered = filterFindings(raw, settings, hooks, place?.whole === true);
  const verified = await verify(filtered.kept, options, hooks);
  const { counters } = source;
  return outcome(await onlyVerified({
    stats: {
      mode: source.mode,
      files: counters.files,
      bytes: counters.bytes,
      skipped: counters.skipped,
      durationMs: elapsed(started),
    },
    findings: finalizeFindings(verified.findings, { redact: options.redact, masked: raw }),
    redacted: options.redact,
    ...filtered.report,
    ...(verified.summary ? { verification: verified.summary } : {}),
  }, options), rules, settings, options);
}

/**
 * `--verify`: the kept findings with what each secret's provider said, checked on the full secrets before
 * finalising redacts them. The network code is loaded only then: a scan without --verify makes no request.
 */
async function verify(kept: readonly RawFinding[], options: ScanOptions, hooks: ScanHooks) {
  if (options.verify === null) return { findings: kept, summary: null };
  const { verifyFindings } = await import('./verify/runner.ts');
  return verifyFindings(kept, options.verify, hooks);
}

/** `--only-verified`: only live findings (and incidents) reach the verdict and the reporters; the rest are counted. */
async function onlyVerified(result: ScanResult, options: ScanOptions): Promise<ScanResult> {
  if (!options.verify?.onlyVerified) return result;
  const { keepLive } = await import('./verify/runner.ts');
  return keepLive(result);
}

/** The history pipeline: the same detector and finalisation, over every blob the commits brought in. */
async function scanHistory(request: ScanOptions, select: HistorySelection, hooks: ScanHooks, settings: Settings, started: bigint): Promise<ScanOutcome> {
  const { resolveScope } = await import('./history/scope.ts');
  const { startIncidentFacts } = await import('./history/incidents.ts');
  const { AUDIT_REVISIONS, gitLog } = await import('./history/log.ts');
  // A whole-history audit walks every ref or fails: its log starts beside the checks of the repository (shallow,
  // partial clone, HEAD), not after them.
  let log = isWholeHistory(select) ? gitLog(request.cwd, AUDIT_REVISIONS) : null;
  // Set from a callback: typed, not inferred, so that the finally below does not see it as never set.
  let facts = null as IncidentFacts | null;
  try {
    const scope = await resolveScope(request.cwd, select);
    if (log !== null && scope.revisions.join('\0') !== AUDIT_REVISIONS.join('\0')) {
      log.stop();
      log = null;
    }
    // The git commands the incidents need run while the rest of the blobs are read, from the first finding on.
    const startFacts = () => void (facts ??= startIncidentFacts(request.cwd, scope));
    return await walkAndReport(request, select, hooks, settings, started, scope, startFacts, () => facts, log);
  } finally {
    // Whatever is still running when the scan ends (it failed, or had no findings) is stopped.
    log?.stop();
    facts?.stop();
  }
}

async function walkAndReport(
  request: ScanOptions,
  select: HistorySelection,
  hooks: ScanHooks,
  settings: Settings,
  started: bigint,
  scope: Scope,
  startFacts: () => void,
  facts: () => IncidentFacts | null,
  log: GitStream | null,
): Promise<ScanOutcome> {
  const { PARTIAL_CLONE_HINT } = await import('./history/scope.ts');
  const { walkHistory } = await import('./history/scan-history.ts');
  const { buildIncidents } = await import('./history/incidents.ts');
  const { specs } = settings;
  const rules = specs.map(compileRule);
  const detector = createDetector(rules);
  const { blobScanner, workerCount } = await import('./history/blob-scanner.ts');
  // Workers run the bundle itself; from sources (tests of the modules) everything stays on this thread.
  const bundle = buildInfo !== undefined && typeof __filename === 'string' ? __filename : null;
  const workers = bundle === null ? 0 : workerCount(process.env);
  const inline = process.env.LEAKWARDEN_HISTORY_INLINE_BYTES;
  const walk = await walkHistory(request.cwd, scope, detector, {
    scanner: (deliver) =>
      blobScanner(request.cwd, request.maxFileSize, detector, deliver, workers > 0 ? { script: bundle!, data: { specs }, count: workers, ...(inline && /^\d+$/.test(inline) ? { inlineBytes: Number(inline) } : {}) } : null),
    progress: hooks.progress,
    log,
    onFinding: startFacts,
  }).catch((error: unknown) => {
    if (scope.partialClone && error instanceof GitError) {
      throw new InputError(`this is a partial clone and git could not read every blob (${error.message}); a scan never fetches`, PARTIAL_CLONE_HINT);
    }
    throw error;
  });
  const { afterStep } = await import('./history/release-memory.ts');
  afterStep(walk.findings.length);
  const raw = [...walk.findings, ...(settings.dotenv ? walk.dotenv.map((event) => committedDotenvFinding(event.path, event.commit, event.author)) : [])];
  announceSecrets(raw, hooks);
  // Inline allows were read from each blob as the commit that brought the secret in wrote it.
  const filtered = filterFindings(raw, settings, hooks, isWholeHistory(select));
  const verified = await verify(filtered.kept, request, hooks);
  const incidents = await buildIncidents(request.cwd, scope, walk, verified.findings, { redact: request.redact }, facts());
  afterStep(raw.length);
  const { counters } = walk;
  return outcome(await onlyVerified({
    stats: {
      mode: 'history',
      files: counters.files,
      bytes: counters.bytes,
      // Workers finish in their own order: sorted, the report is the same run to run.
      skipped: [...counters.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason.localeCompare(b.reason))),
      durationMs: elapsed(started),
      history: { commits: walk.commits, blobs: walk.blobs, range: scope.range, refs: scope.refs, head: scope.head },
    },
    findings: finalizeFindings(verified.findings, { redact: request.redact, masked: raw }),
    incidents,
    redacted: request.redact,
    ...filtered.report,
    ...(verified.summary ? { verification: verified.summary } : {}),
  }, request), rules, settings, request);
}

function outcome(result: ScanResult, rules: readonly RuleInfo[], settings: Settings, options: ScanOptions): ScanOutcome {
  return { result, rules: ruleTable(rules, settings), strictIgnores: options.strictIgnores, complete: unreadable(result.stats).length === 0 };
}

type Settled<T> = { readonly value: T } | { readonly error: unknown };

/** A promise that never rejects, so that work can go on beside it (an unheard rejection would end the process). */
function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then((value) => ({ value }), (error: unknown) => ({ error }));
}

function outcomeOf<T>(result: Settled<T>): T {
  if ('error' in result) throw result.error;
  return result.value;
}

function elapsed(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

/**
 * The suppressions, and what the report says of them. Entries that matched nothing are reported only by a scan that
 * covered everything (`whole`): a pre-commit scan sees a few lines, and most entries are about other files.
 */
function filterFindings(raw: readonly RawFinding[], settings: Settings, hooks: ScanHooks, whole: boolean) {
  // Today matters only to an entry with an expiry date; the first local date a process asks for loads its time zone.
  const today = settings.ignores.some((entry) => entry.expires !== null) ? localDate() : '';
  const filtered = suppress(raw, { ...settings, today });
  const note = (entry: Settings['ignores'][number]) => ({ fingerprint: entry.fingerprint, reason: entry.reason, expires: entry.expires });
  const unused = whole ? settings.ignores.filter((entry) => !filtered.used.has(entry)) : [];
  for (const entry of filtered.expired) {
    hooks.warn(`${entry.where} expired on ${entry.expires}: ${entry.fingerprint} is reported again (its reason was: ${entry.reason})`);
  }
  for (const entry of unused) hooks.warn(`${entry.where} matched nothing in this scan: ${entry.fingerprint} (remove the entry, or renew it if the secret moved)`);
  return {
    kept: filtered.kept,
    report: {
      suppressed: filtered.suppressed,
      ...(unused.length > 0 || filtered.expired.length > 0 ? { ignoreEntries: { unused: unused.map(note), expired: filtered.expired.map(note) } } : {}),
    },
  };
}

function announceSecrets(raw: readonly RawFinding[], hooks: ScanHooks): void {
  if (!hooks.onSecret) return;
  for (const secret of new Set(raw.map((finding) => finding.secret))) if (secret !== '') hooks.onSecret(secret);
}

function ruleTable(rules: readonly RuleInfo[], settings: Settings): Map<string, RuleInfo> {
  return new Map([...rules, ...(settings.dotenv ? [dotenvRule] : [])].map((rule) => [rule.id, ruleInfo(rule)]));
}

function createSource(options: ScanOptions, hooks: ScanHooks, place: WorktreePlace | null): Promise<Source> | Source {
  const { target, cwd, maxFileSize } = options;
  switch (target.mode) {
    case 'dir':
      return createWorktreeSource({ paths: target.paths, cwd, maxFileSize, gitignore: options.gitignore, warn: hooks.warn }, place ?? undefined);
    case 'staged':
      return createStagedSource({ cwd, maxFileSize });
    case 'stdin':
      return createStdinSource({ input: target.input, path: target.path, maxFileSize, cwd });
    case 'history':
      throw new Error('history scans have their own pipeline');
  }
}

function ruleInfo(rule: RuleInfo): RuleInfo {
  return {
    id: rule.id,
    description: rule.description,
    severity: rule.severity,
    remediation: rule.remediation,
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
  };
}
