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
      /**
       * A push: the commits new to the repository, i.e. reachable from `after` and neither from `before` (when it is
       * still there) nor from any other branch of the remote. A tag, a rewind or a branch made from another has none.
       */
      readonly kind: 'push';
      /** The pushed tip (for an annotated tag, the tag object). */
      readonly after: string;
      /** The ref's old tip; null for a new ref. */
      readonly before: string | null;
      /** The pushed ref (`refs/heads/…`, `refs/tags/…`), when the payload names it. */
      readonly ref: string | null;
      readonly reason: string;
    }
  | { readonly kind: 'history'; readonly reason: string }
  | { readonly kind: 'dir'; readonly reason: string };

export type ScopeInput = 'auto' | 'history' | 'dir';

const ZERO = /^0+$/;

interface Payload {
  readonly pull_request?: { readonly number?: number; readonly commits?: number; readonly base?: { readonly sha?: string }; readonly head?: { readonly sha?: string } };
  readonly ref?: string;
  readonly before?: string;
  readonly after?: string;
  readonly forced?: boolean;
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
      const after = sha(event.after, 'after');
      if (ZERO.test(after)) throw new ScopeError('this push deleted a branch: there is nothing to scan', 'run the Action on pushes that create or update branches (on: push: branches-ignore is not needed; this run can be skipped)');
      const before = event.before === undefined || ZERO.test(event.before) ? null : sha(event.before, 'before');
      const ref = typeof event.ref === 'string' && event.ref.startsWith('refs/') ? event.ref : null;
      const what = before === null ? (ref?.startsWith('refs/tags/') ? ' (a new tag)' : ' (a new branch)') : event.forced ? ' (forced)' : '';
      return { kind: 'push', after, before, ref, reason: `push to ${ref ?? short(after)}${what}` };
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
