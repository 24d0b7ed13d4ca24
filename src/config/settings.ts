import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InputError } from '../errors.ts';
import type { RuleSpec } from '../rules/spec.ts';
import { findWorkTreeRoot } from '../sources/git.ts';
import { toPosix } from '../sources/posix-path.ts';
import type { ConfigAllowlist, ConfigOptions } from './config-file.ts';
import type { IgnoreEntry } from './ignore-file.ts';

/** Looked for where a scan's settings live: the repository's top level, or the scanned directory outside git. */
export const CONFIG_FILE = '.leakwarden.toml';
export const IGNORE_FILE = '.leakwardenignore';

/** What the configuration, the ignore file and a baseline make of a scan. */
export interface Settings {
  /** Where CONFIG_FILE and IGNORE_FILE were looked for. */
  readonly root: string;
  /** The rules that run. */
  readonly specs: readonly RuleSpec[];
  /** Whether the `.env` policy check runs. */
  readonly dotenv: boolean;
  readonly allowlist: ConfigAllowlist | null;
  /** Option values from the config file (the caller's explicit options beat them). */
  readonly options: ConfigOptions;
  readonly ignores: readonly IgnoreEntry[];
  /** Fingerprints of the baseline, or null without one. */
  readonly baseline: ReadonlySet<string> | null;
}

export interface SettingsRequest {
  readonly cwd: string;
  /** `--config FILE` (relative to cwd); it must exist. Without it, CONFIG_FILE at the root, if there is one. */
  readonly config?: string | null | undefined;
  readonly baseline?: string | null | undefined;
}

/**
 * Reads the settings at `root`. When there is no config file, no ignore file and no baseline (the common case of a
 * pre-commit hook), this costs two failed opens: smol-toml and the checks are loaded only for a file that exists.
 */
export async function loadSettings(request: SettingsRequest, root: string, builtins: readonly RuleSpec[]): Promise<Settings> {
  const configFile = request.config ? path.resolve(request.cwd, request.config) : path.join(root, CONFIG_FILE);
  const configText = readSetting(configFile, request.cwd, request.config ? 'required' : 'optional');
  const ignoreFile = path.join(root, IGNORE_FILE);
  const ignoreText = readSetting(ignoreFile, request.cwd, 'optional');
  const baselineText = request.baseline ? readSetting(path.resolve(request.cwd, request.baseline), request.cwd, 'required', SIZE_CAP.baseline) : null;
  const settings: Settings = { root, specs: builtins, dotenv: true, allowlist: null, options: {}, ignores: [], baseline: null };
  if (configText === null && ignoreText === null && baselineText === null) return settings;

  // Every file is checked before any problem is reported: one run lists them all.
  const [config, ignores, baseline] = await Promise.allSettled([
    configText === null ? null : import('./config-file.ts').then(({ parseConfig }) => parseConfig(configText, label(configFile, request.cwd), builtins)),
    ignoreText === null ? [] : import('./ignore-file.ts').then(({ parseIgnoreFile }) => parseIgnoreFile(ignoreText, label(ignoreFile, request.cwd))),
    baselineText === null ? null : import('./baseline.ts').then(({ parseBaseline }) => parseBaseline(baselineText, label(path.resolve(request.cwd, request.baseline!), request.cwd))),
  ]);
  const failures = [config, ignores, baseline].flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  if (failures.length > 0) {
    if (failures.length === 1 || !failures.every((failure) => failure instanceof ConfigError)) throw failures[0];
    throw new ConfigError(failures.flatMap((failure) => (failure as ConfigError).problems));
  }
  const value = <T>(outcome: PromiseSettledResult<T>) => (outcome as PromiseFulfilledResult<T>).value;
  return { ...settings, ...(value(config) ?? {}), ignores: value(ignores), baseline: value(baseline) };
}

/**
 * The repository's top level for `cwd`: `cwd` itself when it holds `.git` (where git runs hooks: one stat, no git
 * process on the pre-commit path); otherwise git's answer; outside git, `cwd`.
 */
export async function repositoryRootOf(cwd: string): Promise<string> {
  if (statSync(path.join(cwd, '.git'), { throwIfNoEntry: false }) !== undefined) return cwd;
  // A git that cannot answer (missing, dubious ownership) fails the scan itself with the right message, if it needs git.
  return (await findWorkTreeRoot(cwd).catch(() => null)) ?? cwd;
}

/** A file as messages name it: relative to where the user is, with `/`. */
export function label(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || path.isAbsolute(relative) ? file : toPosix(relative);
}

/** Config and ignore files are short; a baseline can be a JSON report of a large audit. */
const SIZE_CAP = { config: 1 << 20, baseline: 64 << 20 } as const;

/**
 * The file's text; null when an optional file does not exist. These files come with the repository, so they are
 * read only when they are regular files under a size cap: a committed `.leakwarden.toml` that is a symlink to
 * /dev/zero, a FIFO (opened without blocking, then refused) or a 200 MB file stops the scan with exit 2 naming it,
 * instead of growing memory without bound or hanging a hook. Errors name the file, never its content.
 */
function readSetting(file: string, cwd: string, need: 'required' | 'optional', cap: number = SIZE_CAP.config): string | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && need === 'optional') return null;
    throw new InputError(
      `cannot read ${label(file, cwd)}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`,
      code === 'ENOENT' ? 'check the path (it is relative to the current directory)' : 'check the file\'s permissions',
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new InputError(`${label(file, cwd)} is not a regular file (a device, FIFO or directory, or a link to one): it was not read`, 'make it a plain file, or remove it');
    }
    if (stat.size > cap) {
      throw new InputError(`${label(file, cwd)} is ${stat.size} bytes, over the ${cap >> 20} MiB a settings file may have: it was not read`, 'check that it is the file you meant');
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${label(file, cwd)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check the file\'s permissions');
  } finally {
    closeSync(fd);
  }
}
