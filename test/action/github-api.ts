/**
 * A loopback HTTP server in place of the GitHub REST API, for the Action's tests: it keeps pull-request review
 * comments and issue comments in memory, answers like the API (ids, pagination with Link headers, 403 when told to),
 * and records every request.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown> | null;
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

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  readonly reviewComments: Comment[] = [];
  readonly issueComments: Comment[] = [];
  /** Answer every write with 403, as for a fork's read-only token. */
  readOnly = false;
  /** Items per page (the API's own default is 30; small here so pagination is exercised). */
  pageSize = 2;
  private nextId = 1000;
  private server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private async handle(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text === '' ? null : (JSON.parse(text) as Record<string, unknown>);
    const url = new URL(req.url ?? '/', 'http://localhost');
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, body });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (req.method !== 'GET' && this.readOnly) return send(403, { message: 'Resource not accessible by integration' });
    const list = (items: Comment[]) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = items.slice((page - 1) * this.pageSize, page * this.pageSize);
      const last = Math.max(1, Math.ceil(items.length / this.pageSize));
      const link: Record<string, string> = page < last ? { link: `<http://${req.headers.host}${url.pathname}?per_page=100&page=${page + 1}>; rel="next", <http://${req.headers.host}${url.pathname}?per_page=100&page=${last}>; rel="last"` } : {};
      send(200, slice, link);
    };
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
