import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { devNull } from 'node:os';

/*
 * How every git is started: argv arrays (never a shell), the inherited environment (so a hook's GIT_INDEX_FILE and
 * GIT_DIR are honoured), and config overrides that keep a scanned repository's own config from running anything.
 * Commands that can reach diff drivers or textconv also pass --no-ext-diff / --no-textconv.
 *
 * This module imports nothing but node's own: the launcher (dist/cli.cjs) carries a build of it
 * (staged-launch.ts, written in by scripts/build.mjs), so that a pre-commit hook's git starts before the bundle is
 * read. What follows is the one definition of these settings, for the launcher and the bundle alike.
 */

export const SAFE_CONFIG: readonly string[] = [
  '--no-pager',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.quotePath=false',
  '-c', 'core.pager=cat',
  '-c', 'color.ui=false',
  // A user's diff.relative narrows `git diff` run from a subdirectory to that subdirectory: staged would miss files.
  '-c', 'diff.relative=false',
  // `git log` would run gpg.program (repository config) to verify every commit's signature, and print its output.
  '-c', 'log.showSignature=false',
  // `git log` re-encodes commit messages and names into i18n.logOutputEncoding: UTF-16 there would garble every line
  // the history walk parses.
  '-c', 'i18n.logOutputEncoding=UTF-8',
  // diff.submodule=diff makes `git diff` run `git diff` inside each changed submodule, with the submodule's own config
  // (.git/modules/<name>/config): its diff.external, textconv and fsmonitor. Submodules are shown as pointers only,
  // and nothing recurses into them. (These -c settings reach any git that git itself starts, through
  // GIT_CONFIG_PARAMETERS.)
  '-c', 'diff.submodule=short',
  '-c', 'submodule.recurse=false',
  '-c', 'status.submoduleSummary=false',
  // Nothing a credential helper could be asked for: no transport runs (below), and none is named.
  '-c', 'credential.helper=',
  // The empty graft file (SAFE_ENV) is read without a word: git's advice about grafts would end up in error messages.
  '-c', 'advice.graftFileDeprecated=false',
  // No transport at all: a partial clone's missing blob would otherwise be fetched from its promisor remote (network,
  // credential helpers, ssh commands from the repository's config). A scan reads what is here.
  '-c', 'protocol.allow=never',
];

/**
 * Set on every call, over whatever the caller's environment says:
 * - GIT_NO_REPLACE_OBJECTS and an empty graft file: a replace ref (`git replace`) or an old-style graft
 *   (.git/info/grafts) could swap the commit or blob that holds a secret for a clean one; git reads the objects as
 *   they are;
 * - GIT_NO_LAZY_FETCH (git 2.44+): a partial clone's missing blob is never fetched;
 * - GIT_ALLOW_PROTOCOL (set per call, below): an allow-list of transports that overrides every protocol.* setting of
 *   the repository; empty, nothing can be fetched, and never over `ext::`, which runs a command;
 * - GIT_EXTERNAL_DIFF and GIT_PAGER unset, GIT_TERMINAL_PROMPT off: nothing of the caller's either.
 */
export const SAFE_ENV: Readonly<Record<string, string | undefined>> = {
  GIT_NO_REPLACE_OBJECTS: '1',
  GIT_GRAFT_FILE: devNull,
  GIT_NO_LAZY_FETCH: '1',
  GIT_EXTERNAL_DIFF: undefined,
  GIT_PAGER: 'cat',
  GIT_TERMINAL_PROMPT: '0',
};

/** The transports a call that may reach the network (`network: true`) allows. */
export const NETWORK_PROTOCOLS = 'https:http:ssh:git:file';

export function gitArgv(args: readonly string[]): string[] {
  return [...SAFE_CONFIG, ...args];
}

export interface SpawnGitOptions {
  readonly cwd: string;
  /** A pipe to git's stdin (else it reads nothing). */
  readonly stdin?: boolean;
  /** https, http, ssh, git and file transports are allowed (never `ext::` or `fd::`); otherwise none is. */
  readonly network?: boolean;
  /** Variables set on top of the inherited environment (never instead of it: GIT_INDEX_FILE must pass through). */
  readonly env?: Readonly<Record<string, string>>;
}

/** The one place git is spawned. */
export function spawnGit(args: readonly string[], options: SpawnGitOptions): ChildProcess {
  return spawn('git', gitArgv(args), {
    cwd: options.cwd,
    stdio: [options.stdin === true ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    windowsHide: true,
    env: { ...process.env, ...SAFE_ENV, GIT_ALLOW_PROTOCOL: options.network === true ? NETWORK_PROTOCOLS : '', ...options.env },
  });
}
