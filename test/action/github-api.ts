/**
 * A loopback HTTP server in place of the GitHub REST API, for the Action's tests: it keeps pull-request review
 * comments and issue comments in memory, answers like the API (ids, pagination with Link headers, one review with
 * many comments, 403 when told to), misbehaves when told to (an error status, a rate limit with retry-after, a reset
 * connection, no answer at all), and records every request with its headers.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown> | null;
  readonly headers: IncomingHttpHeaders;
}

export interface Comment {
  id: number;
  body: string;
  /** The pull request (or issue) it belongs to. */
  number?: number;
  path?: string;
  line?: number;
  commit_id?: string;
}

/** How the API misbehaves for one request: an answer with this status (and headers, body), a reset, or silence. */
export type Fault = { readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown } | 'reset' | 'hang';

/** GitHub's answer when a client exceeds a secondary rate limit (a 403 or 429 with this message and retry-after). */
export const SECONDARY_RATE_LIMIT = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  readonly reviewComments: Comment[] = [];
  readonly issueComments: Comment[] = [];
  /** Reviews created (POST …/pulls/{n}/reviews), with their comments. */
  readonly reviews: { id: number; number: number; body: string; event: string; comments: Comment[] }[] = [];
  /** Answer every write with 403, as for a fork's read-only token. */
  readOnly = false;
  /** Refuse reviews with 422, as GitHub does when one comment's line is not part of the diff (without saying which). */
  rejectReviews = false;
  /** Faults for the next requests, one each, in order; then `always` (if set) for every request after them. */
  faults: Fault[] = [];
  always: Fault | null = null;
  /** Items per page (the API's own default is 30; small here so pagination is exercised). */
  pageSize = 2;
  private nextId = 1000;
  private server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections(); // requests left hanging on purpose
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Back to a well-behaved API with no comments, between tests. */
  reset(): void {
    this.faults = [];
    this.always = null;
    this.readOnly = false;
    this.rejectReviews = false;
  }

  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text === '' ? null : (JSON.parse(text) as Record<string, unknown>);
    const url = new URL(req.url ?? '/', 'http://localhost');
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, body, headers: req.headers });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    const fault = this.faults.shift() ?? this.always;
    if (fault === 'hang') return; // never answers (the socket stays open until stop())
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault) return send(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
    if (req.method !== 'GET' && this.readOnly) return send(403, { message: 'Resource not accessible by integration' });
    const list = (items: Comment[]) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = items.slice((page - 1) * this.pageSize, page * this.pageSize);
      const last = Math.max(1, Math.ceil(items.length / this.pageSize));
      const link: Record<string, string> = page < last ? { link: `<http://${req.headers.host}${url.pathname}?per_page=100&page=${page + 1}>; rel="next", <http://${req.headers.host}${url.pathname}?per_page=100&page=${last}>; rel="last"` } : {};
      send(200, slice, link);
    };
    const review = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(url.pathname);
    if (review && req.method === 'POST') {
      if (this.rejectReviews) return send(422, { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] });
      const number = Number(review[1]);
      const comments = ((body?.comments ?? []) as Record<string, unknown>[]).map((c) => ({ id: this.nextId++, number, body: String(c.body), path: String(c.path), line: Number(c.line), commit_id: String(body?.commit_id) }));
      this.reviewComments.push(...comments);
      const created = { id: this.nextId++, number, body: String(body?.body ?? ''), event: String(body?.event ?? 'PENDING'), comments };
      this.reviews.push(created);
      return send(200, { id: created.id, body: created.body, state: created.event === 'COMMENT' ? 'COMMENTED' : 'PENDING' });
    }
    // Review comments (pulls) and issue comments answer alike: list and create under the number, edit by id.
    for (const [kind, items] of [['pulls', this.reviewComments], ['issues', this.issueComments]] as const) {
      const under = new RegExp(`^/repos/[^/]+/[^/]+/${kind}/(\\d+)/comments$`).exec(url.pathname);
      if (under) {
        const number = Number(under[1]);
        if (req.method === 'GET') return list(items.filter((c) => (c.number ?? number) === number));
        const comment: Comment = { id: this.nextId++, number, body: String(body?.body) };
        if (kind === 'pulls') Object.assign(comment, { path: String(body?.path), line: Number(body?.line), commit_id: String(body?.commit_id) });
        items.push(comment);
        return send(201, comment);
      }
      const byId = new RegExp(`^/repos/[^/]+/[^/]+/${kind}/comments/(\\d+)$`).exec(url.pathname);
      if (byId && req.method === 'PATCH') {
        const comment = items.find((c) => c.id === Number(byId[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = String(body?.body);
        return send(200, comment);
      }
    }
    send(404, { message: 'Not Found' });
  }
}
