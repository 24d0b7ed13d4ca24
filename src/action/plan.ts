import type { ScanTarget } from '../scan-options.ts';
import type { ScanOutcome } from '../types.ts';
import type { ActionScope } from './event.ts';
import { fetchAccess, healPush, healRange, unshallowAll } from './fetch.ts';

export interface Plan {
  /** What to scan; null when there is nothing new (a tag or a rewind pushed, a pull request already in its base). */
  readonly target: ScanTarget | null;
  /** The fetches that deepened a shallow checkout, for the log and the summary. */
  readonly fetches: readonly string[];
  /** What is scanned and why, in words: the event's reason and which commits. */
  readonly scope: string;
}

/**
 * Turns the event's scope into what to scan, fetching what the checkout lacks (with the workflow's token when the
 * checkout kept no credentials) and failing closed when it cannot.
 */
export async function planScan(cwd: string, scope: ActionScope, env: NodeJS.ProcessEnv, token: string): Promise<Plan> {
  const refs = (range: string | null): ScanTarget => ({ mode: 'history', select: { kind: 'refs', range, sinceCommit: null, branch: null } });
  const access = scope.kind === 'dir' ? {} : await fetchAccess(cwd, token, env.GITHUB_SERVER_URL || 'https://github.com', env);
  switch (scope.kind) {
    case 'dir':
      return { target: { mode: 'dir', paths: [] }, fetches: [], scope: scope.reason };
    case 'history':
      return { target: refs(null), fetches: await unshallowAll(cwd, access), scope: scope.reason };
    case 'range': {
      const healed = await healRange(cwd, scope.base, scope.head, { expectedCommits: scope.expectedCommits, access });
      const reason = healed.scope === null ? `${scope.reason}: no new commits (${scope.head.slice(0, 12)} is already in ${scope.base.slice(0, 12)})` : scope.reason;
      return { target: healed.scope === null ? null : refs(`${scope.base}..${scope.head}`), fetches: healed.fetches, scope: reason };
    }
    case 'push': {
      const healed = await healPush(cwd, { after: scope.after, before: scope.before, ref: scope.ref ?? (env.GITHUB_REF?.startsWith('refs/') ? env.GITHUB_REF : null) }, { access });
      return { target: healed.select && { mode: 'history', select: healed.select }, fetches: healed.fetches, scope: `${scope.reason}: ${healed.which}` };
    }
  }
}

/** The outcome of a scan that had nothing to read: complete, clean, and saying so (the verdict decides, as always). */
export function nothingNew(): ScanOutcome {
  return {
    result: { stats: { mode: 'history', files: 0, bytes: 0, skipped: [], durationMs: 0, history: { commits: 0, blobs: 0, range: 'no new commits', refs: 'no new commits', head: null } }, findings: [], redacted: true },
    rules: new Map(),
    strictIgnores: false,
    complete: true,
  };
}
