import type { GitStream } from '../sources/git.ts';
import { git, streamGit } from '../sources/git.ts';

/** Which branches hold which commits: a walk started before the commits to ask about are known (startBranchWalk). */
export interface BranchWalk {
  /**
   * For each of `commits`, the local and remote-tracking branches whose history holds it (sorted names; none for a
   * commit only a tag, a stash or nothing reaches). Call it once.
   */
  containing(commits: ReadonlySet<string>): Promise<Map<string, readonly string[]>>;
  /** Stops git when the answer is not needed (no findings, a failed scan). */
  stop(): void;
}

/**
 * One walk answers for every commit at once: `git rev-list --topo-order --parents` from the branch tips lists each
 * commit before its parents, so the branches that reach a commit are known when it is listed (its own tips, and those
 * its children passed down), and are passed on to its parents. Asking `for-each-ref --contains` per incident started
 * one git per secret: 10,000 secrets took a minute. Sets of branches are interned (most commits share their child's
 * set), so memory holds the walk's frontier and one entry per distinct set, not a set per commit.
 *
 * The walk starts now, while a history scan is still reading blobs: `for-each-ref` runs and
 * `rev-list` starts at once, on the core the scan leaves to git, and what rev-list prints waits in its pipe (and
 * readAhead's bounded buffer) until `containing` reads it. A scan with findings then pays for neither git's start
 * nor its walk after the blobs; one without stops it.
 */
export function startBranchWalk(cwd: string): BranchWalk {
  let stopped = false;
  let walk: GitStream | null = null;
  const started = (async () => {
    const refs = await git(['for-each-ref', '--format=%(objectname)%00%(refname:short)%00%(symref)', 'refs/heads', 'refs/remotes'], { cwd });
    const tips = new Map<string, string[]>();
    for (const line of refs.stdout.toString('utf8').split('\n')) {
      const [oid, name, symref] = line.split('\0');
      if (!oid || !name || symref !== '') continue;
      const names = tips.get(oid);
      if (names) names.push(name);
      else tips.set(oid, [name]);
    }
    if (tips.size > 0 && !stopped) walk = streamGit(['rev-list', '--topo-order', '--parents', '--stdin'], { cwd, input: `${[...tips.keys()].join('\n')}\n` });
    return { tips, walk };
  })();
  started.catch(() => {}); // surfaced by containing()
  return {
    async containing(commits) {
      const found = new Map<string, readonly string[]>();
      const { tips, walk } = await started;
      if (walk === null) return found;
      if (commits.size === 0) {
        walk.stop();
        return found;
      }
      const sets = new BranchSets([...new Set([...tips.values()].flat())].sort());
      const tipSets = new Map([...tips].map(([oid, names]) => [oid, sets.of(names)] as const));
      const frontier = new Map<string, number>();
      let carry = '';
      const visit = (line: string) => {
        if (line === '') return;
        const [commit = '', ...parents] = line.split(' ');
        let set = frontier.get(commit) ?? sets.empty;
        frontier.delete(commit);
        const tip = tipSets.get(commit);
        if (tip !== undefined) set = sets.union(set, tip);
        if (commits.has(commit)) found.set(commit, sets.names(set));
        for (const parent of parents) frontier.set(parent, sets.union(frontier.get(parent) ?? sets.empty, set));
      };
      for await (const chunk of walk.stdout) {
        const lines = (carry + chunk.toString('latin1')).split('\n');
        carry = lines.pop()!;
        for (const line of lines) visit(line);
      }
      visit(carry);
      await walk.finished();
      return found;
    },
    stop() {
      stopped = true;
      walk?.stop();
    },
  };
}

/** Sets of branch indices, interned: each distinct set has one id, and unions are remembered. */
class BranchSets {
  private readonly members: (readonly number[])[] = [[]];
  private readonly ids = new Map<string, number>([['', 0]]);
  private readonly unions = new Map<number, number>();
  readonly empty = 0;

  constructor(private readonly branches: readonly string[]) {}

  of(names: readonly string[]): number {
    return this.intern(names.map((name) => this.branches.indexOf(name)));
  }

  names(id: number): readonly string[] {
    return this.members[id]!.map((i) => this.branches[i]!);
  }

  union(a: number, b: number): number {
    if (a === b || b === 0) return a;
    if (a === 0) return b;
    const key = a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
    let id = this.unions.get(key);
    if (id === undefined) {
      id = this.intern([...this.members[a]!, ...this.members[b]!]);
      this.unions.set(key, id);
    }
    return id;
  }

  private intern(indices: readonly number[]): number {
    const sorted = [...new Set(indices)].sort((x, y) => x - y);
    const key = sorted.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.members.push(sorted) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
}
