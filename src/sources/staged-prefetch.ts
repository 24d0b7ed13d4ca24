import type { GitStream } from './git.ts';
import { streamGit } from './git.ts';
import { WINDOW_BYTES } from './windows.ts';

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
export function stagedDiff(cwd: string): GitStream {
  return streamGit(['-c', `core.bigFileThreshold=${WINDOW_BYTES}`, ...STAGED_DIFF, '--raw', '-z', '--no-abbrev', '-p', '--full-index', FULL_CONTEXT], { cwd });
}

let prefetched: { readonly cwd: string; readonly diff: GitStream } | undefined;

/**
 * Starts the staged diff before the scanner's code is loaded, so that git's run and node's module loading overlap:
 * a pre-commit hook's latency is then one node start and little more. The staged source adopts it; anything that
 * ends the run without adopting it must discard it (an unread git can block on a full pipe).
 */
export function prefetchStagedDiff(cwd: string): void {
  prefetched = { cwd, diff: stagedDiff(cwd) };
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
