/**
 * A private git remote on loopback for the Action's tests: git's own http-backend (the smart HTTP protocol, as
 * GitHub speaks it) behind a server that refuses any request without the token, as `Authorization: basic
 * base64(x-access-token:TOKEN)`: what a private repository on GitHub answers when the checkout kept no credentials.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export class PrivateGitServer {
  /** Every request: its path and whether it carried the token. */
  readonly requests: { readonly path: string; readonly authorized: boolean }[] = [];
  private server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const authorized = (req.headers.authorization ?? '').toLowerCase() === `basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`.toLowerCase();
    this.requests.push({ path: url.pathname, authorized });
    if (!authorized) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="private"' });
      res.end('authentication required\n');
      return;
    }
    const child = spawn('git', ['http-backend'], {
      env: {
        ...this.env,
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (started) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      started = true;
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const [name = '', ...rest] = line.split(':');
        const value = rest.join(':').trim();
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    child.stdout.on('end', () => res.end());
  });

  constructor(private readonly root: string, private readonly token: string, private readonly env: NodeJS.ProcessEnv) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
