/**
 * What an Action run scans, from the event that started it (GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH).
 * Pure: no git, no I/O; the caller fetches what the scope needs and fails closed when it cannot.
 */

export type ActionScope =
  | {
      readonly kind: 'range';
      /** Commits reachable from `head` and not from `base` are scanned. */
      readonly base: string;
      readonly head: string;
      /** Why this range, for the job summary. */
      readonly reason: string;
      /** How many commits the event says the range holds, when it says (a PR's `commits`): a fetch depth hint. */
      readonly expectedCommits: number | null;
      /** A pull request: where review comments go. */
      readonly pullRequest: { readonly number: number; readonly headSha: string; readonly baseSha: string } | null;
    }
  | {
      /** Commits of `head` not on the default branch (a new branch's first push). */
      readonly kind: 'new-branch';
      readonly head: string;
      readonly defaultBranch: string;
      readonly reason: string;
    }
  | { readonly kind: 'history'; readonly reason: string }
  | { readonly kind: 'dir'; readonly reason: string };

export type ScopeInput = 'auto' | 'history' | 'dir';

const ZERO = /^0+$/;

interface Payload {
  readonly pull_request?: { readonly number?: number; readonly commits?: number; readonly base?: { readonly sha?: string }; readonly head?: { readonly sha?: string } };
  readonly before?: string;
  readonly after?: string;
  readonly forced?: boolean;
  readonly repository?: { readonly default_branch?: string };
  readonly merge_group?: { readonly base_sha?: string; readonly head_sha?: string };
}

export class ScopeError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

/** The scope for an event. `scope` other than `auto` wins over the event. */
export function scopeFromEvent(eventName: string, payload: unknown, scope: ScopeInput): ActionScope {
  if (scope === 'history') return { kind: 'history', reason: 'scope: history (the whole history of every ref)' };
  if (scope === 'dir') return { kind: 'dir', reason: 'scope: dir (the files of the checkout)' };
  const event = (payload ?? {}) as Payload;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = event.pull_request;
      const base = sha(pr?.base?.sha, 'pull_request.base.sha');
      const head = sha(pr?.head?.sha, 'pull_request.head.sha');
      return {
        kind: 'range',
        base,
        head,
        reason: `pull request #${pr?.number ?? '?'}: the commits of ${short(head)} not in its base ${short(base)}`,
        expectedCommits: typeof pr?.commits === 'number' ? pr.commits : null,
        pullRequest: typeof pr?.number === 'number' ? { number: pr.number, headSha: head, baseSha: base } : null,
      };
    }
    case 'push': {
      const head = sha(event.after, 'after');
      if (ZERO.test(head)) throw new ScopeError('this push deleted a branch: there is nothing to scan', 'run the Action on pushes that create or update branches (on: push: branches-ignore is not needed; this run can be skipped)');
      const before = event.before;
      if (before === undefined || ZERO.test(before)) {
        const defaultBranch = event.repository?.default_branch;
        if (!defaultBranch) throw new ScopeError('the push payload names no default branch', 'set `scope: history` to audit the whole history instead');
        return { kind: 'new-branch', head, defaultBranch, reason: `a new branch: the commits of ${short(head)} not on ${defaultBranch}` };
      }
      return {
        kind: 'range',
        base: sha(before, 'before'),
        head,
        reason: `push${event.forced ? ' (forced)' : ''}: the commits of ${short(head)} not in ${short(before)}`,
        expectedCommits: null,
        pullRequest: null,
      };
    }
    case 'merge_group': {
      const group = event.merge_group;
      const base = sha(group?.base_sha, 'merge_group.base_sha');
      const head = sha(group?.head_sha, 'merge_group.head_sha');
      return { kind: 'range', base, head, reason: `merge queue: the commits of ${short(head)} not in ${short(base)}`, expectedCommits: null, pullRequest: null };
    }
    case 'workflow_dispatch':
    case 'schedule':
      return { kind: 'history', reason: `${eventName}: the whole history of every ref` };
    default:
      throw new ScopeError(`unsupported event "${eventName || '(none)'}"`, 'run on pull_request, push, merge_group, workflow_dispatch or schedule, or set `scope: history` or `scope: dir`');
  }
}

function sha(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value)) {
    throw new ScopeError(`the event payload has no valid ${field}`, 'check GITHUB_EVENT_PATH points at the event payload, or set `scope: history`');
  }
  return value;
}

function short(value: string): string {
  return value.slice(0, 12);
}
