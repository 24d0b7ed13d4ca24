import { InputError } from '../errors.ts';
import { resolveScope } from '../history/scope.ts';
import type { Scope } from '../history/scope.ts';
import type { HistorySelection } from '../scan-options.ts';
import { git, hasCommit, isShallow } from '../sources/git.ts';

/**
 * The Action's own fetches from the checkout's remote: what a shallow checkout (actions/checkout's default is one
 * commit) lacks for the scan, fetched in bounded steps, with the workflow's token when the checkout kept none
 * (`persist-credentials: false`). Scans never touch the network; these calls alone may (`network: true`).
 */

/**
 * How the fetches authenticate: the token as an `http.<server>/.extraheader` (what actions/checkout itself sets), given
 * in the environment of the fetch calls only: never in argv (other processes can read it), never in .git/config, never
 * in a log line. Scoped to the server's URL, so it goes nowhere else. Empty when there is no token, or when the checkout
 * kept its own credentials for that server (they are what the workflow chose for git).
 */
export async function fetchAccess(cwd: string, token: string, serverUrl: string, env: NodeJS.ProcessEnv): Promise<Readonly<Record<string, string>>> {
  if (token === '') return {};
  const prefix = `${serverUrl.replace(/\/+$/, '')}/`;
  const kept = await git(['config', '--get-urlmatch', 'http.extraheader', prefix], { cwd, okExitCodes: [1] });
  if (kept.exitCode === 0 && kept.stdout.toString('utf8').trim() !== '') return {};
  const count = Number(env.GIT_CONFIG_COUNT ?? '0') || 0;
  const key = `http.${prefix}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(count + 2),
    // An empty value first: git sends every extraheader it is given, and GitHub refuses two Authorization headers.
    [`GIT_CONFIG_KEY_${count}`]: key,
    [`GIT_CONFIG_VALUE_${count}`]: '',
    [`GIT_CONFIG_KEY_${count + 1}`]: key,
    [`GIT_CONFIG_VALUE_${count + 1}`]: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
  };
}

/** Runs `git fetch ARGS` against the remote, records it (for the summary; never the header), or throws with the fix. */
function fetcher(cwd: string, remote: string, access: Readonly<Record<string, string>>, fetches: string[]) {
  return async (args: readonly string[], options: { readonly tolerate?: boolean } = {}): Promise<boolean> => {
    try {
      await git(['-c', 'protocol.allow=always', 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...args], { cwd, network: true, env: access });
    } catch (error) {
      if (options.tolerate) return false;
      const hint = Object.keys(access).length > 0 || /could not read Username|Authentication failed|401|403/i.test((error as Error).message)
        ? 'give the job `contents: read` (and the Action a github-token that can read the repository); or check out with fetch-depth: 0'
        : 'check the remote; or check out with fetch-depth: 0';
      throw new InputError(`could not fetch from ${remote}: ${(error as Error).message}`, hint);
    }
    fetches.push(`git fetch ${args.join(' ')}`);
    return true;
  };
}

export interface Healing {
  /** The range, checked: every commit of it is here and the shallow cut (if any) lies outside it; null: no commits. */
  readonly scope: Scope | null;
  /** The fetches it took, for the job summary (`git fetch …`). */
  readonly fetches: readonly string[];
}

/**
 * Makes `base..head` scannable in the checkout, fetching what is missing in bounded steps: actions/checkout clones
 * one commit deep by default, so the base (and the history between) is usually absent. Each step fetches more of
 * the head's history (the PR's commit count plus a margin, then 200, 1000, then everything); after each, the range
 * is checked again (the same checks `leakwarden history` makes). If it still cannot be scanned, the last error
 * stands, with the fix (`fetch-depth: 0`). A range with no commits (the head is already in the base) has nothing new.
 */
export async function healRange(cwd: string, base: string, head: string, options: { readonly expectedCommits: number | null; readonly access: Readonly<Record<string, string>>; readonly remote?: string }): Promise<Healing> {
  const remote = options.remote ?? 'origin';
  const fetches: string[] = [];
  const fetch = fetcher(cwd, remote, options.access, fetches);
  const check = () => resolveScope(cwd, { kind: 'refs', range: `${base}..${head}`, sinceCommit: null, branch: null });
  const has = (rev: string) => hasCommit(cwd, rev);
  const shallow = () => isShallow(cwd);

  if (!(await has(head))) await fetch([...((await shallow()) ? [`--depth=${Math.max(2, (options.expectedCommits ?? 0) + 2)}`] : []), remote, head]);

  let lastError: unknown;
  const depths = [Math.max(50, (options.expectedCommits ?? 0) + 10), 200, 1000];
  for (let step = 0; ; step++) {
    // Definite even in a shallow clone: a cut only hides commits from `^base`, it never hides them from `head`.
    if ((await has(base)) && (await newCommits(cwd, [head, '--not', base])) === 0) return { scope: null, fetches };
    try {
      return { scope: await check(), fetches };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      lastError = error;
    }
    const isShallow = await shallow();
    if (!isShallow && (await has(base))) throw lastError; // complete history, and still not scannable: nothing to fetch
    if (step > depths.length) throw lastError;
    if (!(await has(base))) {
      // A base commit is fetched by its id (GitHub serves any reachable commit).
      await fetch([...(isShallow ? ['--depth=1'] : []), remote, base]);
      continue;
    }
    if (!isShallow) throw lastError;
    // Both sides deepen: `^base` only excludes what git can see of the base's history, so a one-commit-deep base
    // would leave every commit down to the head's cut looking new.
    const depth = depths[step];
    await fetch([depth === undefined ? '--unshallow' : `--deepen=${depth}`, remote, head, base]);
  }
}

export interface PushHealing {
  /** The commits to scan; null when the push brought none (a tag, a rewind, a branch made from another). */
  readonly select: Extract<HistorySelection, { kind: 'pushed' }> | null;
  readonly fetches: readonly string[];
  /** Which commits, in words, for the log and the summary. */
  readonly which: string;
}

/**
 * The commits a push brought to the repository: reachable from `after`, and neither from `before` (when the remote
 * still has it: a force-push's old tip may be gone) nor from any other branch of the remote (a branch rebased onto
 * main brings main's commits along, which were scanned when they were pushed). The remote's branches are fetched as
 * remote-tracking refs (`--prune`: a deleted branch excuses nothing), a shallow checkout is deepened until the commits
 * found stop at commits that are known, not at the shallow cut or at a root that another branch might reach.
 */
export async function healPush(cwd: string, push: { readonly after: string; readonly before: string | null; readonly ref: string | null }, options: { readonly access: Readonly<Record<string, string>>; readonly remote?: string }): Promise<PushHealing> {
  const remote = options.remote ?? 'origin';
  const fetches: string[] = [];
  const fetch = fetcher(cwd, remote, options.access, fetches);
  const branches = `+refs/heads/*:refs/remotes/${remote}/*`;
  const initially = (await isShallow(cwd)) ? ['--depth=50'] : [];
  await fetch([...initially, '--prune', remote, branches]);
  if (!(await hasCommit(cwd, push.after))) await fetch([...initially, remote, push.after]);
  let before = push.before;
  const gone = before !== null && !(await hasCommit(cwd, before)) && !(await fetch([...((await isShallow(cwd)) ? ['--depth=1'] : []), remote, before], { tolerate: true }));
  if (gone) before = null;
  const branch = push.ref?.startsWith('refs/heads/') ? push.ref.slice('refs/heads/'.length) : null;
  // `--exclude` applies to the `--remotes` after it; its patterns are relative to refs/remotes/.
  const exclude = [...(before ? [before] : []), ...(branch ? [`--exclude=${remote}/${branch}`] : []), `--exclude=${remote}/HEAD`, `--remotes=${remote}`];
  const tip = `${push.after}^{commit}`;
  const after = push.after.slice(0, 12);
  const old = push.before?.slice(0, 12) ?? '';
  const notOn = before ? `neither the old tip ${old} nor any other branch of ${remote} has` : `no other branch of ${remote} has`;
  const depths = [200, 1000];
  for (let step = 0; ; step++) {
    const count = await newCommits(cwd, [tip, '--not', ...exclude]);
    if (count === 0) {
      return { select: null, fetches, which: `no new commits (every commit of ${after} is on ${before ? `the old tip ${old} or ` : ''}another branch of ${remote})` };
    }
    // In a shallow clone, a commit without parents among those found is the cut (or a root another branch may share):
    // the branches it is measured against may be cut above it too, so deepen every side and count again.
    const open = (await isShallow(cwd)) && (await git(['rev-list', '--max-parents=0', '--max-count=1', tip, '--not', ...exclude], { cwd })).stdout.length > 0;
    if (!open) {
      const which = `${gone ? `the old tip ${old} is gone from ${remote}, so ` : ''}the ${count} ${count === 1 ? 'commit' : 'commits'} of ${after} that ${notOn}`;
      return { select: { kind: 'pushed', tips: [tip], exclude, label: `${after}, not on ${before ? `${old} or ` : ''}other branches of ${remote}` }, fetches, which };
    }
    const depth = depths[step];
    await fetch([depth === undefined ? '--unshallow' : `--deepen=${depth}`, remote, push.after, ...(before ? [before] : []), branches]);
  }
}

/** How many commits `revisions` selects. */
async function newCommits(cwd: string, revisions: readonly string[]): Promise<number> {
  return Number((await git(['rev-list', '--count', ...revisions], { cwd })).stdout.toString('utf8').trim());
}

/**
 * A whole-history audit needs every commit of every branch: a shallow checkout (actions/checkout's default) is
 * deepened to the full history, with every branch of the remote as a remote-tracking ref.
 */
export async function unshallowAll(cwd: string, access: Readonly<Record<string, string>>, remote = 'origin'): Promise<string[]> {
  const shallow = await isShallow(cwd);
  const args = [...(shallow ? ['--unshallow'] : []), remote, `+refs/heads/*:refs/remotes/${remote}/*`];
  await git(['-c', 'protocol.allow=always', 'fetch', '--quiet', '--no-tags', ...args], { cwd, network: true, env: access }).catch((error: unknown) => {
    throw new InputError(`could not fetch the history from ${remote}: ${(error as Error).message}`, 'check out with fetch-depth: 0, and give the job contents: read');
  });
  return [`git fetch --no-tags ${args.join(' ')}`];
}
