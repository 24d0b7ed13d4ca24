import type { Readable } from 'node:stream';
import type { ConfigOptions } from './config/config-file.ts';
import type { OptionKey } from './config/options.ts';
import type { HistoryProgress } from './history/scan-history.ts';

/** What to scan: one shape per mode, each with only what that mode reads. */
export type ScanTarget =
  | { readonly mode: 'dir'; /** Files or directories; none means the current directory. */ readonly paths: readonly string[] }
  | { readonly mode: 'staged' }
  | { readonly mode: 'stdin'; readonly input: Readable; /** The name its findings carry. */ readonly path: string }
  | { readonly mode: 'history'; readonly select: HistorySelection };

/** Which commits a history scan walks. */
export type HistorySelection =
  /** Every ref (all null), one branch, `BASE..TIP`, or what came after BASE. */
  | { readonly kind: 'refs'; readonly range: string | null; readonly sinceCommit: string | null; readonly branch: string | null }
  /** The pre-push hook: the commits of `tips` that `exclude` (rev-list arguments) does not reach. */
  | { readonly kind: 'pushed'; readonly tips: readonly string[]; readonly exclude: readonly string[]; readonly label: string };

/** Every ref, whole: an audit of the repository's whole history (no range, base or branch). */
export function isWholeHistory(select: HistorySelection): boolean {
  return select.kind === 'refs' && select.range === null && select.sinceCommit === null && select.branch === null;
}

/** Every scan's options: built once from the command line or the Action's inputs (`scanOptions`), then the config file (`withConfig`). */
export interface ScanOptions {
  readonly target: ScanTarget;
  readonly cwd: string;
  readonly maxFileSize: number;
  /** `dir` inside git: skip gitignored files. */
  readonly gitignore: boolean;
  /** Unused ignore entries fail the scan. */
  readonly strictIgnores: boolean;
  readonly redact: boolean;
  /** `--config FILE`; null: .leakwarden.toml at the repository root (outside git, in the scanned directory). */
  readonly config: string | null;
  /** `--baseline FILE`: findings whose fingerprints it holds are not reported. */
  readonly baseline: string | null;
  /** The options the caller set explicitly: the config file's values fill in the others. */
  readonly given: ReadonlySet<OptionKey>;
  /** `--verify`: ask each secret's provider whether it still works; null (the default): no network request at all. */
  readonly verify: VerifyOptions | null;
}

/**
 * How `--verify` checks secrets (src/verify/). Built from the command line or the Action's inputs and the
 * environment (src/verify/settings.ts), never from a config file: a scanned repository must not be able to send
 * the secrets it holds anywhere, nor choose where they go.
 */
export interface VerifyOptions {
  /** Each request's time limit (`--verify-timeout SECONDS`, default 10 s). */
  readonly timeoutMs: number;
  /** `--only-verified`: report only live secrets. */
  readonly onlyVerified: boolean;
  /** Where Connect tokens are checked (`--connect-host`, else OP_CONNECT_HOST), without a trailing slash; null: they are not. */
  readonly connectHost: string | null;
  /** OpenAI's API base (`https://api.openai.com/v1`, or LEAKWARDEN_OPENAI_BASE_URL), without a trailing slash. */
  readonly openaiBaseUrl: string;
  /** What to load as @1password/sdk: the package name, or LEAKWARDEN_1PASSWORD_SDK (a path). */
  readonly onePasswordSdk: string;
  /** HTTPS_PROXY is set but node's fetch will not use it (no NODE_USE_ENV_PROXY): worth a warning. */
  readonly proxyIgnored: boolean;
}

/** What the caller hears during a scan. */
export interface ScanHooks {
  readonly warn: (message: string) => void;
  /** Called with every secret found, in full, before anything is reported (the Action masks them in the log). */
  readonly onSecret?: (secret: string) => void;
  /** `history`: called as blobs are read (for a progress line). */
  readonly progress?: (progress: HistoryProgress) => void;
}

/** The option values the command line and the Action's inputs both carry. */
export type OptionValues = Omit<ScanOptions, 'target' | 'cwd'>;

export function scanOptions(target: ScanTarget, cwd: string, values: OptionValues): ScanOptions {
  const { maxFileSize, gitignore, strictIgnores, redact, config, baseline, given, verify } = values;
  return { target, cwd, maxFileSize, gitignore, strictIgnores, redact, config, baseline, given, verify };
}

/** The config file's values for the options the caller did not set (the command line beats the config file). */
export function withConfig(options: ScanOptions, config: ConfigOptions): ScanOptions {
  const pick = <K extends keyof ConfigOptions>(key: K, own: NonNullable<ConfigOptions[K]>) => (options.given.has(key) ? own : (config[key] ?? own));
  return {
    ...options,
    maxFileSize: pick('maxFileSize', options.maxFileSize),
    gitignore: pick('gitignore', options.gitignore),
    strictIgnores: pick('strictIgnores', options.strictIgnores),
  };
}
