import type { ChildProcess } from 'node:child_process';
import { spawnGit } from './git-spawn.ts';
import { WINDOW_BYTES } from './windows.ts';

/*
 * The pre-commit hook's one git command, and its start in the launcher. scripts/build.mjs writes a build of this
 * module (and of git-spawn.ts, its only import that is not node's own) into dist/cli.cjs, which calls
 * launchStagedDiff() before it reads the bundle: git then runs while node reads and compiles the scanner, and the
 * bundle adopts the running process (staged-prefetch.ts). Keep its imports small: all of them end up in the launcher.
 */

/** The flags every staged diff carries: no drivers, no textconv, renames paired, deletions left out. */
export const STAGED_DIFF = ['diff', '--cached', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--diff-filter=ACMRT', '--src-prefix=a/', '--dst-prefix=b/'];

/** Unlimited context: each hunk spans its whole file, so the patch carries every staged file's full new content. */
const FULL_CONTEXT = `-U${2 ** 31 - 1}`;

/**
 * The one git command the staged scan reads: raw records, then a full-context patch. A file larger than a scan
 * window comes out as "Binary files … differ" (core.bigFileThreshold, which git checks from the object's size without
 * reading it): its patch would be a string as large as the file, and the staged source reads it in windows instead
 * (staged.ts), or not at all when it is over --max-file-size.
 */
export function stagedDiffArgs(): string[] {
  return ['-c', `core.bigFileThreshold=${WINDOW_BYTES}`, ...STAGED_DIFF, '--raw', '-z', '--no-abbrev', '-p', '--full-index', FULL_CONTEXT];
}

/** Where the launcher leaves the git it started, for the bundle (a separate copy of this module) to find. */
const HANDOFF = Symbol.for('leakwarden.launchedStagedDiff');

interface Launched {
  readonly cwd: string;
  readonly child: ChildProcess;
}

type WithHandoff = typeof globalThis & { [HANDOFF]?: Launched };

/**
 * For the launcher: when the command is `staged` (the same test as src/cli.ts), starts its diff in this directory.
 * The bundle's top level adopts it synchronously, before the event loop turns, so nothing git does goes unheard.
 */
export function launchStagedDiff(): void {
  if (process.argv[2] !== 'staged') return;
  try {
    const cwd = process.cwd();
    const child = spawnGit(stagedDiffArgs(), { cwd });
    // A spawn failure (no git) is reported by the adopter, which listens too; never an uncaught 'error' event.
    child.on('error', () => {});
    (globalThis as WithHandoff)[HANDOFF] = { cwd, child };
  } catch {
    // nothing started: the bundle starts git itself
  }
}

/** The git the launcher started for this directory, handed out once; one started for another directory is stopped. */
export function takeLaunchedStagedDiff(cwd: string): ChildProcess | undefined {
  const launched = (globalThis as WithHandoff)[HANDOFF];
  if (launched === undefined) return undefined;
  delete (globalThis as WithHandoff)[HANDOFF];
  if (launched.cwd === cwd) return launched.child;
  if (launched.child.exitCode === null) launched.child.kill();
  return undefined;
}
