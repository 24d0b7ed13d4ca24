import { InputError } from '../errors.ts';
import { resolveScope } from '../history/scope.ts';
import type { Scope } from '../history/scope.ts';
import { git, hasCommit, isShallow } from '../sources/git.ts';

export interface Healing {
  /** The scope, checked: every commit of the range is here and the shallow cut (if any) lies outside it. */
  readonly scope: Scope;
  /** The fetches it took, for the job summary (`git fetch …`). */
  readonly fetches: readonly string[];
}

/**
 * Makes `base..head` scannable in the checkout, fetching what is missing in bounded steps: actions/checkout clones
 * one commit deep by default, so the base (and the history between) is usually absent. Each step fetches more of
 * the head's history (the PR's commit count plus a margin, then 200, 1000, then everything); after each, the range
 * is checked again (the same checks `leakwarden history` makes). If it still cannot be scanned, the last error
 * stands, with the fix (`fetch-depth: 0`).
 */
export async function healRange(cwd: string, base: string, head: string, options: { readonly expectedCommits: number | null; readonly remote?: string; readonly baseRef?: string }): Promise<Healing> {
  const remote = options.remote ?? 'origin';
  const fetches: string[] = [];
  const fetch = async (...args: string[]) => {
    fetches.push(`git fetch ${args.join(' ')}`);
    // Scans never touch the network (protocol.allow=never); the Action's own fetches of the checkout's remote do.
    await git(['-c', 'protocol.allow=always', 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...args], { cwd, network: true }).catch((error: unknown) => {
      throw new InputError(`could not fetch from ${remote}: ${(error as Error).message}`, 'give the job `contents: read` and check the remote; or check out with fetch-depth: 0');
    });
  };
  const check = () => resolveScope(cwd, { kind: 'refs', range: `${base}..${head}`, sinceCommit: null, branch: null });
  const has = (rev: string) => hasCommit(cwd, rev);
  const shallow = () => isShallow(cwd);

  if (options.baseRef !== undefined && !(await has(base))) {
    // A named base (the default branch, for a new branch's push): bring its tip, shallow if the clone is.
    await fetch(...((await shallow()) ? ['--depth=1'] : []), remote, `+refs/heads/${options.baseRef}:${base}`);
  }
  if (!(await has(head))) await fetch(...((await shallow()) ? [`--depth=${Math.max(2, (options.expectedCommits ?? 0) + 2)}`] : []), remote, head);

  let lastError: unknown;
  const depths = [Math.max(50, (options.expectedCommits ?? 0) + 10), 200, 1000];
  for (let step = 0; ; step++) {
    try {
      return { scope: await check(), fetches };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      lastError = error;
    }
    const isShallow = await shallow();
    if (!isShallow && (await has(base))) throw lastError; // complete history, and still not scannable: nothing to fetch
    if (step > depths.length) throw lastError;
    if (!(await has(base)) && options.baseRef === undefined) {
      // A base commit is fetched by its id (GitHub serves any reachable commit).
      await fetch(...(isShallow ? ['--depth=1'] : []), remote, base);
      continue;
    }
    if (!isShallow) throw lastError;
    // Both sides deepen: `^base` only excludes what git can see of the base's history, so a one-commit-deep base
    // would leave every commit down to the head's cut looking new.
    const tips = options.baseRef === undefined ? [head, base] : [head, `+refs/heads/${options.baseRef}:${base}`];
    const depth = depths[step];
    if (depth === undefined) await fetch('--unshallow', remote, ...tips);
    else await fetch(`--deepen=${depth}`, remote, ...tips);
  }
}

/**
 * A whole-history audit needs every commit of every branch: a shallow checkout (actions/checkout's default) is
 * deepened to the full history, with every branch of the remote as a remote-tracking ref.
 */
export async function unshallowAll(cwd: string, remote = 'origin'): Promise<string[]> {
  const shallow = await isShallow(cwd);
  const args = [...(shallow ? ['--unshallow'] : []), remote, `+refs/heads/*:refs/remotes/${remote}/*`];
  await git(['-c', 'protocol.allow=always', 'fetch', '--quiet', '--no-tags', ...args], { cwd, network: true }).catch((error: unknown) => {
    throw new InputError(`could not fetch the history from ${remote}: ${(error as Error).message}`, 'check out with fetch-depth: 0, and give the job contents: read');
  });
  return [`git fetch --no-tags ${args.join(' ')}`];
}
