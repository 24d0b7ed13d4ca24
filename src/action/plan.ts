import type { ScanTarget } from '../scan-options.ts';
import type { ActionScope } from './event.ts';
import { healRange, unshallowAll } from './fetch.ts';

export interface Plan {
  readonly target: ScanTarget;
  /** The fetches that deepened a shallow checkout, for the log and the summary. */
  readonly fetches: readonly string[];
}

/** Turns the event's scope into what to scan, fetching what the checkout lacks (and failing closed when it cannot). */
export async function planScan(cwd: string, scope: ActionScope, env: NodeJS.ProcessEnv): Promise<Plan> {
  const refs = (range: string | null, branch: string | null): ScanTarget => ({ mode: 'history', select: { kind: 'refs', range, sinceCommit: null, branch } });
  switch (scope.kind) {
    case 'dir':
      return { target: { mode: 'dir', paths: [] }, fetches: [] };
    case 'history':
      return { target: refs(null, null), fetches: await unshallowAll(cwd) };
    case 'range': {
      const healed = await healRange(cwd, scope.base, scope.head, { expectedCommits: scope.expectedCommits });
      return { target: refs(`${scope.base}..${scope.head}`, null), fetches: healed.fetches };
    }
    case 'new-branch': {
      // The first push of the default branch itself: its whole history is new.
      if (env.GITHUB_REF === `refs/heads/${scope.defaultBranch}`) return { target: refs(null, scope.head), fetches: await unshallowAll(cwd) };
      const base = `refs/remotes/origin/${scope.defaultBranch}`;
      const healed = await healRange(cwd, base, scope.head, { expectedCommits: null, baseRef: scope.defaultBranch });
      return { target: refs(`${base}..${scope.head}`, null), fetches: healed.fetches };
    }
  }
}
