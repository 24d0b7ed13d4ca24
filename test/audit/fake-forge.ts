/**
 * A loopback forge for the audit's tests: the GitHub REST API's repository listings (paginated with Link headers, as
 * the API does) and git's smart HTTP protocol for the repositories it hosts (served by `git http-backend`, the CGI
 * program git ships), in one server, so that the API's origin is the git server's too (as github.com's clones are
 * api.github.com's). It records every request with its Authorization header, can refuse repositories without the
 * token, inject failures, and hold a repository's requests until the test lets them through.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepository {
  /** `owner/name`. */
  readonly full_name: string;
  /** Where the API says to clone it from; default: this server's `/git/<full_name>.git`. */
  clone_url?: string;
  archived?: boolean;
  fork?: boolean;
  /** Served over git's HTTP protocol from this bare repository. */
  gitDir?: string;
  /** Clones need the token (401 without it). */
  private?: boolean;
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly authorization: string | undefined;
}

export class FakeForge {
  readonly requests: Recorded[] = [];
  /** Repositories by owner. */
  readonly owners = new Map<string, { kind: 'org' | 'user'; repos: FakeRepository[] }>();
  pageSize = 2;
  /** The token the API and the private repositories accept; null: none needed. */
  token: string | null = null;
  /** The login GET /user answers for the token. */
  tokenLogin = 'nobody';
  /** Answers to give before the real one, by path: a status, and headers (e.g. retry-after). */
  readonly failures = new Map<string, { status: number; headers?: Record<string, string> }[]>();
  /** Requests for these repositories (by full name) wait until `release` is called. */
  private readonly gates = new Map<string, { promise: Promise<void>; open: () => void }>();
  private server = createServer((req, res) => void this.handle(req, res).catch((error: unknown) => {
    res.writeHead(500);
    res.end(String(error));
  }));
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  stop(): Promise<void> {
    for (const gate of this.gates.values()) gate.open();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  add(owner: string, kind: 'org' | 'user', repos: FakeRepository[]): void {
    this.owners.set(owner, { kind, repos });
  }

  /** The clone URL the API gives for a repository served by this server. */
  gitUrl(fullName: string): string {
    return `${this.url}/git/${fullName}.git`;
  }

  hold(fullName: string): void {
    let open!: () => void;
    const promise = new Promise<void>((resolve) => (open = resolve));
    this.gates.set(fullName, { promise, open });
  }

  release(fullName: string): void {
    this.gates.get(fullName)?.open();
    this.gates.delete(fullName);
  }

  gitRequests(fullName: string): Recorded[] {
    return this.requests.filter((r) => r.path.startsWith(`/git/${fullName}.git/`));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const authorization = req.headers.authorization;
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.search, authorization });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    const queued = this.failures.get(url.pathname);
    if (queued && queued.length > 0) {
      const failure = queued.shift()!;
      return send(failure.status, { message: `injected ${failure.status}` }, failure.headers);
    }
    const git = /^\/git\/(.+?)\.git(\/.*)$/.exec(url.pathname);
    if (git) return this.serveGit(git[1]!, git[2]!, req, res, url);

    const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
    if (this.token !== null && bearer !== null && bearer !== this.token) return send(401, { message: 'Bad credentials' });
    if (url.pathname === '/user') return bearer === null ? send(401, { message: 'Requires authentication' }) : send(200, { login: this.tokenLogin });
    const listing = /^\/(orgs|users)\/([^/]+)\/repos$/.exec(url.pathname);
    const mine = url.pathname === '/user/repos' && bearer !== null ? this.owners.get(this.tokenLogin) : undefined;
    const owner = listing ? this.owners.get(decodeURIComponent(listing[2]!)) : mine;
    if (!owner || (listing && (listing[1] === 'orgs') !== (owner.kind === 'org'))) return send(404, { message: 'Not Found' });
    // Without the token (or for another user), private repositories are not listed, as on GitHub.
    const visible = owner.repos.filter((r) => !r.private || bearer !== null);
    const page = Number(url.searchParams.get('page') ?? '1');
    const last = Math.max(1, Math.ceil(visible.length / this.pageSize));
    const items = visible.slice((page - 1) * this.pageSize, page * this.pageSize).map((r) => ({
      full_name: r.full_name,
      name: r.full_name.split('/')[1],
      clone_url: r.clone_url ?? this.gitUrl(r.full_name),
      html_url: `https://github.example/${r.full_name}`,
      archived: r.archived === true,
      fork: r.fork === true,
      private: r.private === true,
    }));
    const base = `${this.url}${url.pathname}?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), page: '' }).toString().replace(/page=$/, '')}`;
    const link: Record<string, string> = page < last ? { link: `<${base}page=${page + 1}>; rel="next", <${base}page=${last}>; rel="last"` } : {};
    send(200, items, link);
  }

  /** git's smart HTTP protocol through `git http-backend` (CGI). */
  private async serveGit(fullName: string, rest: string, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    await this.gates.get(fullName)?.promise;
    const repo = [...this.owners.values()].flatMap((o) => o.repos).find((r) => r.full_name === fullName);
    if (!repo?.gitDir) {
      res.writeHead(404);
      res.end('Repository not found');
      return;
    }
    if (repo.private) {
      const expected = `Basic ${Buffer.from(`x-access-token:${this.token ?? ''}`).toString('base64')}`;
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' });
        res.end('Authentication required');
        return;
      }
    }
    const body: Buffer[] = [];
    for await (const chunk of req) body.push(chunk as Buffer);
    const input = Buffer.concat(body);
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: repo.gitDir.replace(/\/[^/]+$/, ''),
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        PATH_INFO: `/${repo.gitDir.replace(/^.*\//, '')}${rest}`,
        QUERY_STRING: url.search.replace(/^\?/, ''),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(input.length),
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // git-http-backend may stop reading before the request's end (a client killed half way through a fetch, as the
    // --resume test does): EPIPE on its stdin is not the forge's failure; what it wrote is the answer.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    await new Promise<void>((resolve) => child.on('close', () => resolve()));
    const all = Buffer.concat(out);
    const split = all.indexOf('\r\n\r\n');
    const headerText = all.subarray(0, split).toString('utf8');
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of headerText.split('\r\n')) {
      const at = line.indexOf(':');
      const name = line.slice(0, at).trim();
      const value = line.slice(at + 1).trim();
      if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
      else if (name !== '') headers[name] = value;
    }
    res.writeHead(status, headers);
    res.end(all.subarray(split + 4));
  }
}
