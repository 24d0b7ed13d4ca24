/**
 * `leakwarden audit --org/--user` against a loopback forge (test/audit/fake-forge.ts): the REST API's listings,
 * paginated with Link headers, and git's smart HTTP protocol served by `git http-backend`, so that clones go over
 * HTTP with the token as a real GitHub clone would. Also the REST client alone (src/audit/http.ts): retries,
 * retry-after, timeouts, redirects and pages on another host, with a clock that does not sleep.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HttpOptions } from '../../src/audit/http.ts';
import { DEFAULT_HTTP, getAllPages, getJson, nextLink } from '../../src/audit/http.ts';
import type { AuditJsonReport } from '../../src/report/audit-json.ts';
import { openaiKey, serviceAccountToken } from '../helpers/secrets.ts';
import { applyEnv, CLI, TempRepo } from '../helpers/temp-repo.ts';
import type { EnvPatch } from '../helpers/temp-repo.ts';
import { FakeForge } from './fake-forge.ts';

afterAll(() => TempRepo.cleanupAll());

/** The test's token: random-looking enough to grep for, not a real credential format. */
const TOKEN = `test-token-${'7f3a9c1e'.repeat(4)}`;
const leaked = openaiKey('github-leaked');
const privateKey = serviceAccountToken('github-private');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built CLI as a child process, without blocking this process (the forge answers from it). */
function runAsync(repo: TempRepo, args: readonly string[], env: EnvPatch = {}): Promise<Run> & { child: ReturnType<typeof spawn> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: repo.base, env: applyEnv(repo.env, env), stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') })),
  );
  return Object.assign(done, { child });
}

function bare(repo: TempRepo, into: string): string {
  repo.git('clone', '-q', '--bare', repo.dir, into);
  return into;
}

describe('audit --org and --user against a loopback GitHub', () => {
  const runner = TempRepo.create({ git: false });
  const forge = new FakeForge();
  let env: EnvPatch;
  const hosted = path.join(runner.base, 'hosted');

  beforeAll(async () => {
    await forge.start();
    env = { GITHUB_API_URL: forge.url, GITHUB_TOKEN: TOKEN, GH_TOKEN: undefined, GITHUB_SERVER_URL: undefined, HTTPS_PROXY: undefined, HTTP_PROXY: undefined, https_proxy: undefined, http_proxy: undefined };
    const api = TempRepo.create();
    api.write('config.py', `OPENAI_API_KEY = "${leaked}"\n`);
    api.commitAll('config');
    const secret = TempRepo.create();
    secret.write('deploy.yml', `token: ${privateKey}\n`);
    secret.commitAll('deploy');
    const clean = TempRepo.create();
    clean.write('README.md', '# clean\n');
    clean.commitAll('readme');
    forge.token = TOKEN;
    forge.pageSize = 2;
    forge.add('acme', 'org', [
      { full_name: 'acme/api', gitDir: bare(api, path.join(hosted, 'api.git')) },
      { full_name: 'acme/vault', gitDir: bare(secret, path.join(hosted, 'vault.git')), private: true },
      { full_name: 'acme/old', archived: true, clone_url: pathToFileURL(clean.dir).href },
      { full_name: 'acme/fork-of-x', fork: true, clone_url: pathToFileURL(api.dir).href },
      { full_name: 'acme/gone', clone_url: pathToFileURL(path.join(runner.base, 'nothing-here')).href },
    ]);
    forge.add('octocat', 'user', [
      { full_name: 'octocat/site', gitDir: bare(clean, path.join(hosted, 'site.git')) },
      { full_name: 'octocat/diary', gitDir: bare(secret, path.join(hosted, 'diary.git')), private: true },
    ]);
  });
  afterAll(() => forge.stop());
  afterEach(() => forge.requests.splice(0));

  it('lists every page, leaves archived repositories and forks out, clones with the token, and reports one that fails', async () => {
    const work = path.join(runner.base, 'work-org');
    const run = await runAsync(runner, ['audit', '--org', 'acme', '--work-dir', work, '-f', 'json', '--concurrency', '2'], env);
    expect(run.code, run.stderr).toBe(2);
    const report = JSON.parse(run.stdout) as AuditJsonReport;
    expect(report.repositories.map((r) => [r.name, r.status])).toEqual([['acme/api', 'ok'], ['acme/vault', 'ok'], ['acme/gone', 'error']]);
    expect(report.excluded).toEqual([{ name: 'acme/old', reason: 'archived' }, { name: 'acme/fork-of-x', reason: 'fork' }]);
    expect(report.repositories[0]!.web).toBe('https://github.example/acme/api');
    expect(report.repositories[0]!.incidents.map((i) => i.ruleId)).toEqual(['openai-api-key']);
    expect(report.repositories[1]!.incidents.map((i) => i.ruleId)).toEqual(['1password-service-account-token']);
    expect(report.repositories[2]!.error).toMatch(/^could not clone file:\/\/.*nothing-here/);

    // Three pages of two, each asked for with the token.
    const pages = forge.requests.filter((r) => r.path === '/orgs/acme/repos');
    expect(pages.map((r) => new URLSearchParams(r.query).get('page'))).toEqual([null, '2', '3']);
    expect(pages.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    // The private repository was cloned with the token (it refuses clones without it), in an extra header.
    const basic = `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    expect(forge.gitRequests('acme/vault').length).toBeGreaterThan(0);
    expect(forge.gitRequests('acme/vault').every((r) => r.authorization === basic)).toBe(true);

    // The token is in no output, no message, and nowhere in the work directory (the mirrors' config above all).
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
    }
    for (const mirror of readdirSync(path.join(work, 'mirrors'))) {
      const config = readFileSync(path.join(work, 'mirrors', mirror, 'config'), 'utf8');
      expect(config).not.toContain(TOKEN);
      expect(config).not.toMatch(/extraheader|x-access-token/i);
    }
    for (const result of readdirSync(path.join(work, 'results'))) expect(readFileSync(path.join(work, 'results', result), 'utf8')).not.toContain(TOKEN);
    expect(run.stdout).not.toContain(leaked);
    expect(run.stdout).not.toContain(privateKey);
  });

  it('audits archived repositories and forks when asked', async () => {
    const run = await runAsync(runner, ['audit', '--org', 'acme', '--include-archived', '--include-forks', '--work-dir', path.join(runner.base, 'work-all'), '-f', 'json'], env);
    const report = JSON.parse(run.stdout) as AuditJsonReport;
    expect(report.repositories.map((r) => r.name)).toEqual(['acme/api', 'acme/vault', 'acme/old', 'acme/fork-of-x', 'acme/gone']);
    expect(report.excluded).toEqual([]);
  });

  it('never sends the token to a host other than the GitHub server, and without a token a private clone fails', async () => {
    const work = path.join(runner.base, 'work-notoken');
    const run = await runAsync(runner, ['audit', '--repos', forge.gitUrl('acme/vault'), forge.gitUrl('acme/api'), '--work-dir', work, '-f', 'json'], { ...env, GITHUB_TOKEN: undefined });
    const report = JSON.parse(run.stdout) as AuditJsonReport;
    expect(report.repositories.map((r) => [r.name, r.status])).toEqual([['vault', 'error'], ['api', 'ok']]);
    expect(report.repositories[0]!.error).toMatch(/could not clone http:\/\/127\.0\.0\.1:\d+\/git\/acme\/vault\.git: .*(Authentication|401|terminal prompts disabled|could not read Username)/i);
    // With the token, a URL on the API's own server gets it (a --repos URL as much as a listed one) …
    const withToken = await runAsync(runner, ['audit', '--repos', forge.gitUrl('acme/vault'), '--work-dir', path.join(runner.base, 'work-token'), '-f', 'json'], env);
    expect(withToken.code).toBe(1);
    // … and a URL elsewhere does not (the server on another port is another origin).
    const other = new FakeForge();
    await other.start();
    other.add('elsewhere', 'org', [{ full_name: 'elsewhere/repo', gitDir: path.join(hosted, 'api.git') }]);
    try {
      const run2 = await runAsync(runner, ['audit', '--repos', other.gitUrl('elsewhere/repo'), '--work-dir', path.join(runner.base, 'work-other'), '-f', 'json'], env);
      expect(run2.code).toBe(1);
      expect(other.requests.length).toBeGreaterThan(0);
      expect(other.requests.every((r) => r.authorization === undefined)).toBe(true);
    } finally {
      await other.stop();
    }
  });

  it('--user lists a user\'s repositories; with the user\'s own token, the private ones too', async () => {
    const anonymous = await runAsync(runner, ['audit', '--user', 'octocat', '--list', '-f', 'json'], { ...env, GITHUB_TOKEN: undefined });
    expect(anonymous.code).toBe(0);
    expect((JSON.parse(anonymous.stdout) as { repositories: { name: string }[] }).repositories.map((r) => r.name)).toEqual(['octocat/site']);
    forge.tokenLogin = 'octocat';
    try {
      const own = await runAsync(runner, ['audit', '--user', 'octocat', '--list', '-f', 'json'], env);
      expect((JSON.parse(own.stdout) as { repositories: { name: string }[] }).repositories.map((r) => r.name)).toEqual(['octocat/site', 'octocat/diary']);
      expect(forge.requests.some((r) => r.path === '/user/repos')).toBe(true);
    } finally {
      forge.tokenLogin = 'nobody';
    }
  });

  it('--list writes the list --repos-file reads back, names kept', async () => {
    const list = await runAsync(runner, ['audit', '--org', 'acme', '--list', '-f', 'json'], env);
    expect(list.code).toBe(0);
    const parsed = JSON.parse(list.stdout) as { kind: string; repositories: { name: string; url: string }[]; excluded: unknown[] };
    expect(parsed.kind).toBe('audit-list');
    expect(parsed.repositories.map((r) => r.name)).toEqual(['acme/api', 'acme/vault', 'acme/gone']);
    expect(parsed.excluded).toHaveLength(2);
    const file = path.join(runner.base, 'acme.json');
    writeFileSync(file, list.stdout);
    const run = await runAsync(runner, ['audit', '--repos-file', file, '--work-dir', path.join(runner.base, 'work-fromlist'), '-f', 'json'], env);
    const report = JSON.parse(run.stdout) as AuditJsonReport;
    expect(report.repositories.map((r) => [r.name, r.status])).toEqual([['acme/api', 'ok'], ['acme/vault', 'ok'], ['acme/gone', 'error']]);
    const text = await runAsync(runner, ['audit', '--org', 'acme', '--list'], env);
    expect(text.stdout).toMatch(/^acme\/api {2,}http:\/\/127\.0\.0\.1:\d+\/git\/acme\/api\.git\n[\s\S]*\n3 repositories \(left out: 1 archived, 1 fork\)\n$/);
  });

  it('retries what the API says is transient (503, 429 with retry-after), and says why it stops', async () => {
    forge.failures.set('/orgs/acme/repos', [{ status: 503 }, { status: 429, headers: { 'retry-after': '0' } }]);
    const run = await runAsync(runner, ['audit', '--org', 'acme', '--list', '-f', 'json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(forge.requests.filter((r) => r.path === '/orgs/acme/repos')).toHaveLength(5);

    const missing = await runAsync(runner, ['audit', '--org', 'nobody-here', '--list'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^leakwarden: organisation "nobody-here" not found at http:\/\/127\.0\.0\.1:\d+\nhint: check the name \(is it a user\? then --user nobody-here\)/);
    const user = await runAsync(runner, ['audit', '--org', 'octocat', '--list'], env);
    expect(user.code).toBe(2);

    const refused = await runAsync(runner, ['audit', '--org', 'acme', '--list'], { ...env, GITHUB_TOKEN: 'not-the-token' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/401 Bad credentials\nhint: the token was refused/);
    expect(refused.stderr).not.toContain('not-the-token');
  });

  it('an organisation whose every repository is left out is exit 2, with a word on why', async () => {
    forge.add('attic', 'org', [{ full_name: 'attic/old', archived: true }]);
    const run = await runAsync(runner, ['audit', '--org', 'attic', '--work-dir', path.join(runner.base, 'work-attic'), '-f', 'json'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/every repository of attic was left out \(1: archived or forks\)/);
    expect(run.stderr).toMatch(/the audit covered no repository/);
  });

  it('an audit killed half way, run again with --resume, keeps what it had finished and does the rest', async () => {
    const work = path.join(runner.base, 'work-killed');
    forge.hold('acme/vault');
    const first = runAsync(runner, ['audit', '--org', 'acme', '--work-dir', work, '-f', 'json', '--concurrency', '1'], env);
    // acme/api is done (its result stored) once the clone of acme/vault has asked the forge for its refs.
    while (forge.gitRequests('acme/vault').length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(path.join(work, 'results')).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    first.child.kill('SIGKILL');
    await first;
    forge.release('acme/vault');
    const apiRequests = forge.gitRequests('acme/api').length;

    const resumed = await runAsync(runner, ['audit', '--org', 'acme', '--work-dir', work, '-f', 'json', '--resume'], env);
    expect(resumed.code).toBe(2);
    const report = JSON.parse(resumed.stdout) as AuditJsonReport;
    expect(report.repositories.map((r) => [r.name, r.status, r.scan?.mirror, r.scan?.reused])).toEqual([
      ['acme/api', 'ok', 'fetched', true],
      ['acme/vault', 'ok', 'cloned', false],
      ['acme/gone', 'error', undefined, undefined],
    ]);
    // The finished repository was only fetched into (refs and HEAD asked for), not cloned again.
    expect(forge.gitRequests('acme/api').length - apiRequests).toBeGreaterThan(0);
    expect(report.totals).toMatchObject({ reused: 1, incidents: 2 });
  });
});

describe('the REST client', () => {
  let server: ReturnType<typeof createServer>;
  let base: string;
  let handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
  const waits: number[] = [];
  const http: HttpOptions = { ...DEFAULT_HTTP, timeoutMs: 300, sleep: async (ms) => void waits.push(ms) };

  beforeAll(async () => {
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  afterEach(() => waits.splice(0));

  it('gives up after its attempts on an API that never answers, each one timed out', async () => {
    let asked = 0;
    handler = () => void asked++; // never answers
    await expect(getJson(`${base}/slow`, {}, http)).rejects.toThrow(/^GET http:\/\/127\.0\.0\.1:\d+\/slow failed: no answer within 0 s \(4 attempts\)$/);
    // The client's count: on a loaded machine an attempt can time out before the server has even accepted it.
    expect(asked).toBeGreaterThanOrEqual(1);
    expect(asked).toBeLessThanOrEqual(4);
    expect(waits).toHaveLength(3);
  });

  it('honours retry-after, and refuses to wait longer than its limit', async () => {
    let asked = 0;
    handler = (_req, res) => {
      asked++;
      if (asked === 1) {
        res.writeHead(429, { 'retry-after': '7' });
        res.end('{}');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('[1]');
      }
    };
    expect((await getJson(`${base}/x`, {}, http)).body).toEqual([1]);
    expect(waits).toEqual([7000]);

    handler = (_req, res) => {
      res.writeHead(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
      res.end('{"message":"API rate limit exceeded"}');
    };
    await expect(getJson(`${base}/x`, {}, http)).rejects.toThrow(/403 API rate limit exceeded; the API asks to wait \d+ s/);
  });

  it('does not retry what is not transient, and never follows a redirect', async () => {
    let asked = 0;
    handler = (_req, res) => {
      asked++;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"Not Found"}');
    };
    await expect(getJson(`${base}/x`, {}, http)).rejects.toThrow(/404 Not Found/);
    expect(asked).toBe(1);
    handler = (_req, res) => {
      res.writeHead(302, { location: 'http://example.invalid/steal' });
      res.end();
    };
    await expect(getJson(`${base}/x`, { authorization: 'Bearer t' }, http)).rejects.toThrow(/302/);
  });

  it('follows next links on the same origin only', async () => {
    handler = (req, res) => {
      const page = new URL(req.url!, base).searchParams.get('page') ?? '1';
      const next = page === '1' ? `<${base}/list?page=2>; rel="next"` : page === '2' ? '<http://127.0.0.2:1/list?page=3>; rel="next"' : '';
      res.writeHead(200, { 'content-type': 'application/json', ...(next ? { link: next } : {}) });
      res.end(JSON.stringify([Number(page)]));
    };
    await expect(getAllPages(`${base}/list`, {}, http)).rejects.toThrow(/the next page is on another host \(127\.0\.0\.2:1\)/);
    expect(nextLink('<https://a/x?page=2>; rel="next", <https://a/x?page=9>; rel="last"')).toBe('https://a/x?page=2');
    expect(nextLink('<https://a/x?page=1>; rel="prev", <https://a/x?page=9>; rel="last"')).toBeNull();
  });
});
