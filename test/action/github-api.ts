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
    let match: RegExpExecArray | null;
    if ((match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(url.pathname))) {
      const number = Number(match[1]);
      if (req.method === 'GET') return list(this.reviewComments.filter((c) => (c.number ?? number) === number));
      const comment = { id: this.nextId++, number, body: String(body?.body), path: String(body?.path), line: Number(body?.line), commit_id: String(body?.commit_id) };
      this.reviewComments.push(comment);
      return send(201, comment);
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      const comment = this.reviewComments.find((c) => c.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = String(body?.body);
      return send(200, comment);
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const number = Number(match[1]);
      if (req.method === 'GET') return list(this.issueComments.filter((c) => (c.number ?? number) === number));
      const comment = { id: this.nextId++, number, body: String(body?.body) };
      this.issueComments.push(comment);
      return send(201, comment);
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      const comment = this.issueComments.find((c) => c.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = String(body?.body);
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  }
}
