import type { Readable } from 'node:stream';
import { buildInfo } from './build-info.ts';
import { GitError, InputError } from './errors.ts';
import { checkDotenv, committedDotenvFinding, dotenvRule } from './checks/dotenv.ts';
import type { OptionKey } from './config/options.ts';
import { OPTIONS } from './config/options.ts';
import type { Settings } from './config/settings.ts';
import { loadSettings, repositoryRootOf } from './config/settings.ts';
import type { HistoryProgress } from './history/scan-history.ts';
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
import type { RawFinding, RuleInfo, ScanMode, ScanResult } from './types.ts';

export interface ScanRequest {
  readonly mode: ScanMode;
  readonly cwd: string;
  /** `dir`: files or directories to scan. */
  readonly paths: readonly string[];
  readonly maxFileSize: number;
  /** `dir` inside git: skip gitignored files. */
  readonly gitignore: boolean;
  readonly redact: boolean;
  /** `stdin`: the stream and the name its findings carry. */
  readonly stdin?: { readonly input: Readable; readonly path: string };
  /** `history`: what to walk (no range and no branch: every ref). */
  readonly history?: {
    readonly range: string | null;
    readonly sinceCommit: string | null;
    readonly branch: string | null;
    /** Internal (pre-push): `tip` minus what `exclude` reaches. */
    readonly revisions?: { readonly tip: string; readonly exclude: readonly string[]; readonly label: string };
  };
  /** Called with every secret found, in full, before anything is reported (the Action masks them in the log). */
  readonly onSecret?: (secret: string) => void;
  /** `history`: called as blobs are read (for a progress line). */
  readonly progress?: (progress: HistoryProgress) => void;
  readonly warn: (message: string) => void;
  /** `--config FILE`; default: .leakwarden.toml at the repository root (outside git, in the scanned directory). */
  readonly config?: string | null;
  /** `--baseline FILE`: findings whose fingerprints it holds are not reported. */
  readonly baseline?: string | null;
  /** Unused ignore entries fail the scan (the CLI decides how); the config's `strictIgnores` applies when not given. */
  readonly strictIgnores?: boolean;
  /** The options the caller set explicitly; the config file's value wins for the others (options.ts, `config`). */
  readonly given?: ReadonlySet<OptionKey>;
}

export interface ScanOutcome {
  readonly result: ScanResult;
  /** Metadata of every rule that ran, for reporters. */
  readonly rules: ReadonlyMap<string, RuleInfo>;
  /** Whether unused ignore entries should fail the scan (`--strict-ignores`, or the config's `strictIgnores`). */
  readonly strictIgnores: boolean;
}

/**
 * The one pipeline every entry point uses: settings (config, ignore file, baseline), source, detect, file-level
 * checks, suppressions, then finalise (redact) once.
 */
export async function scan(asked: ScanRequest): Promise<ScanOutcome> {
  // hrtime, not performance.now(): the global performance object loads perf_hooks on first use.
  const started = process.hrtime.bigint();
  const place = asked.mode === 'dir' ? await locateWorktree(asked) : null;
  const settings = await loadSettings(asked, place ? (place.repoRoot ?? place.root) : await repositoryRootOf(asked.cwd), await loadBuiltinRules());
  const request = withConfigOptions(asked, settings);
  if (request.mode === 'history') return scanHistory(request, settings, started);
  const source = await createSource(request, place);
  const rules = settings.specs.map(compileRule);
  const detector = createDetector(rules);
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
  if (settings.dotenv) for (const finding of await checkDotenv(source.facts, source.repoRoot, source.root)) raw.push(finding);
  announceSecrets(raw, request);
  const filtered = filterFindings(raw, settings, request, place?.whole === true);
  const { counters } = source;
  return {
    result: {
      stats: {
        mode: source.mode,
        files: counters.files,
        bytes: counters.bytes,
        skipped: counters.skipped,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
      },
      findings: finalizeFindings(filtered.kept, { redact: request.redact }),
      redacted: request.redact,
      ...filtered.report,
    },
    rules: ruleTable(rules, settings),
    strictIgnores: request.strictIgnores === true,
  };
}

/** The history pipeline: the same detector and finalisation, over every blob the commits brought in. */
async function scanHistory(request: ScanRequest, settings: Settings, started: bigint): Promise<ScanOutcome> {
  const { PARTIAL_CLONE_HINT, resolveScope } = await import('./history/scope.ts');
  const { walkHistory } = await import('./history/scan-history.ts');
  const { buildIncidents } = await import('./history/incidents.ts');
  const what = request.history ?? { range: null, sinceCommit: null, branch: null };
  const scope = await resolveScope({ cwd: request.cwd, ...what });
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
    progress: request.progress,
  }).catch((error: unknown) => {
    if (scope.partialClone && error instanceof GitError) {
      throw new InputError(`this is a partial clone and git could not read every blob (${error.message}); a scan never fetches`, PARTIAL_CLONE_HINT);
    }
    throw error;
  });
  const raw = [...walk.findings, ...(settings.dotenv ? walk.dotenv.map((event) => committedDotenvFinding(event.path, event.commit, event.author)) : [])];
  announceSecrets(raw, request);
  // Inline allows were read from each blob as the commit that brought the secret in wrote it.
  const whole = what.range === null && what.sinceCommit === null && what.branch === null && what.revisions === undefined;
  const filtered = filterFindings(raw, settings, request, whole);
  const incidents = await buildIncidents(request.cwd, scope, walk, filtered.kept, { redact: request.redact });
  const { counters } = walk;
  return {
    result: {
      stats: {
        mode: 'history',
        files: counters.files,
        bytes: counters.bytes,
        // Workers finish in their own order: sorted, the report is the same run to run.
        skipped: [...counters.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason.localeCompare(b.reason))),
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
        history: { commits: walk.commits, blobs: walk.blobs, range: scope.range, refs: scope.refs, head: scope.head },
      },
      findings: finalizeFindings(filtered.kept, { redact: request.redact }),
      incidents,
      redacted: request.redact,
      ...filtered.report,
    },
    rules: ruleTable(rules, settings),
    strictIgnores: request.strictIgnores === true,
  };
}

/** The config file's option values, for the options the caller did not set itself (one table: options.ts). */
function withConfigOptions(request: ScanRequest, settings: Settings): ScanRequest {
  const merged: Record<string, unknown> = { ...request };
  for (const def of OPTIONS) {
    const value = settings.options[def.key];
    if (def.config && value !== undefined && !request.given?.has(def.key)) merged[def.key] = value;
  }
  return merged as unknown as ScanRequest;
}

/**
 * The suppressions, and what the report says of them. Entries that matched nothing are reported only by a scan that
 * covered everything (`whole`): a pre-commit scan sees a few lines, and most entries are about other files.
 */
function filterFindings(raw: readonly RawFinding[], settings: Settings, request: ScanRequest, whole: boolean) {
  const filtered = suppress(raw, { ...settings, today: localDate() });
  const note = (entry: Settings['ignores'][number]) => ({ fingerprint: entry.fingerprint, reason: entry.reason, expires: entry.expires });
  const unused = whole ? settings.ignores.filter((entry) => !filtered.used.has(entry)) : [];
  for (const entry of filtered.expired) {
    request.warn(`${entry.where} expired on ${entry.expires}: ${entry.fingerprint} is reported again (its reason was: ${entry.reason})`);
  }
  for (const entry of unused) request.warn(`${entry.where} matched nothing in this scan: ${entry.fingerprint} (remove the entry, or renew it if the secret moved)`);
  return {
    kept: filtered.kept,
    report: {
      suppressed: filtered.suppressed,
      ...(unused.length > 0 || filtered.expired.length > 0 ? { ignoreEntries: { unused: unused.map(note), expired: filtered.expired.map(note) } } : {}),
    },
  };
}

function announceSecrets(raw: readonly RawFinding[], request: ScanRequest): void {
  if (!request.onSecret) return;
  for (const secret of new Set(raw.map((finding) => finding.secret))) if (secret !== '') request.onSecret(secret);
}

function ruleTable(rules: readonly RuleInfo[], settings: Settings): Map<string, RuleInfo> {
  return new Map([...rules, ...(settings.dotenv ? [dotenvRule] : [])].map((rule) => [rule.id, ruleInfo(rule)]));
}

function createSource(request: ScanRequest, place: WorktreePlace | null): Promise<Source> | Source {
  switch (request.mode) {
    case 'dir':
      return createWorktreeSource(request, place ?? undefined);
    case 'staged':
      return createStagedSource(request);
    case 'stdin': {
      if (!request.stdin) throw new Error('stdin mode needs an input stream');
      return createStdinSource({ ...request.stdin, maxFileSize: request.maxFileSize, cwd: request.cwd });
    }
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
