import type { GitStream } from './git.ts';
import { adoptGitStream, streamGit } from './git.ts';
import { stagedDiffArgs, takeLaunchedStagedDiff } from './staged-launch.ts';

/** The staged diff (staged-launch.ts), started now. */
export function stagedDiff(cwd: string): GitStream {
  return streamGit(stagedDiffArgs(), { cwd });
}

let prefetched: { readonly cwd: string; readonly diff: GitStream } | undefined;

/**
 * Starts the staged diff before the scanner's code is loaded, so that git's run and node's module loading overlap:
 * a pre-commit hook's latency is then one node start and little more. Run from the launcher (dist/cli.cjs), git is
 * already running, started before the bundle was read (staged-launch.ts): this adopts it, and must run before the
 * event loop turns. The staged source adopts the diff in turn; anything that ends the run without adopting it must
 * discard it (an unread git can block on a full pipe).
 */
export function prefetchStagedDiff(cwd: string): void {
  const launched = takeLaunchedStagedDiff(cwd);
  prefetched = { cwd, diff: launched === undefined ? stagedDiff(cwd) : adoptGitStream(stagedDiffArgs(), { cwd }, launched) };
}

/** The prefetched diff, if one was started for this directory (it is handed out once). */
export function adoptStagedDiff(cwd: string): GitStream | undefined {
  if (prefetched?.cwd !== cwd) return undefined;
  const { diff } = prefetched;
  prefetched = undefined;
  return diff;
}

export function discardStagedDiff(): void {
  prefetched?.diff.stop();
  prefetched = undefined;
}
