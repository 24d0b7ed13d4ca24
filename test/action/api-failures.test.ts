/**
 * The Action when GitHub does not answer as it should: transient errors are retried (with backoff, retry-after
 * honoured, a cap on the whole), every request times out, the proxy the runner names is used, and the comment step
 * never decides the job: the verdict does, and a failed post is a warning in the log and the summary. Also: an empty
 * token posts nothing, and many findings make one review, not one request each.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import { FakeGitHub, SECONDARY_RATE_LIMIT } from './github-api.ts';
import { CountingProxy } from './proxy.ts';
import { checkoutCommit, runAction } from './run-action.ts';

afterAll(() => TempRepo.cleanupAll());

/** Small timeout and backoff, so that a run that retries or times out takes a second or two. */
// Short timeouts and retry waits, but a generous cap on the whole: the throttling plugin spaces writes a second apart,
// and on a loaded machine a step of four requests outlasted 8 x 500 ms.
const FAST = { LEAKWARDEN_API_TIMEOUT_MS: '500', LEAKWARDEN_API_RETRY_MS: '20', LEAKWARDEN_API_TOTAL_MS: '60000' };

/** The Action under test honours the proxy variables with Node's http.setGlobalProxyFromEnv (Node 24.14+); older: preloaded. */
const PROXY_PRELOAD = typeof (http as { setGlobalProxyFromEnv?: unknown }).setGlobalProxyFromEnv === 'function'
  ? {}
  : { NODE_OPTIONS: `--require ${fileURLToPath(new URL('./env-proxy-preload.cjs', import.meta.url))}` };

describe('the Action when the GitHub API fails', () => {
  const origin = TempRepo.create();
  const api = new FakeGitHub();
  let apiUrl = '';
  let base = '';
  const heads: Record<string, string> = {};
  let number = 100;
  /** A pull request event for a branch of the fixture, under a number no other test uses. */
  const pr = (branch: string) => {
    number++;
    return { workspace: checkoutCommit(origin, heads[branch]!), event: 'pull_request', api: apiUrl, payload: { number, pull_request: { number, commits: 1, base: { sha: base }, head: { sha: heads[branch] } } } };
  };
  const branch = (name: string, files: Record<string, string>) => {
    origin.git('checkout', '-q', '-b', name, base);
    for (const [file, text] of Object.entries(files)) origin.write(file, text);
    heads[name] = origin.commitAll(name);
  };
  const keys = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `OPENAI_API_KEY_${i} = "${openaiKey(`${seed}-${i}`)}"`).join('\n');

  beforeAll(async () => {
    apiUrl = await api.start();
    origin.write('README.md', '# demo\n');
    origin.commitAll('main 1');
    origin.write('a.txt', 'a\n');
    base = origin.commitAll('main 2');
    branch('leaky', { 'src/client.py': `import os\n\nOPENAI_API_KEY = "${openaiKey('api-failures')}"\n` });
    branch('clean', { 'docs.md': 'nothing to see\n' });
    branch('many', { 'keys.py': `${keys('many', 120)}\n` });
    branch('more', { 'keys.py': `${keys('more', 250)}\n` });
    origin.git('checkout', '-q', 'main');
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  });
  afterEach(() => api.reset());
  afterAll(() => api.stop());

  /** Requests this test made for its pull request (by number in the path). */
  const mine = () => api.requests.filter((r) => r.path.includes(`/${number}/`));

  it('retries a 500, then posts', async () => {
    api.faults = [{ status: 500 }];
    const run = await runAction(origin, { ...pr('leaky'), env: FAST });
    expect(run.code, run.stdout).toBe(1); // the finding fails the job, as it should
    const first = mine()[0]!;
    expect(mine().filter((r) => r.method === first.method && r.path === first.path).length).toBeGreaterThanOrEqual(2);
    expect(api.reviews.filter((r) => r.number === number)).toHaveLength(1);
    expect(run.summary).toMatch(/Pull request comments: 1 new/);
    expect(run.stdout).not.toMatch(/internal error/);
  });

  it('waits out a secondary rate limit (429 with retry-after: 1), then posts', async () => {
    api.faults = [{ status: 429, headers: { 'retry-after': '1' }, body: SECONDARY_RATE_LIMIT }];
    const run = await runAction(origin, { ...pr('leaky'), env: FAST });
    expect(run.code, run.stdout).toBe(1);
    expect(api.reviews.filter((r) => r.number === number)).toHaveLength(1);
    expect(run.stdout).toMatch(/rate limit/i);
  });

  it('retries a connection the server resets, then posts', async () => {
    api.faults = ['reset'];
    const run = await runAction(origin, { ...pr('leaky'), env: FAST });
    expect(run.code, run.stdout).toBe(1);
    expect(api.reviews.filter((r) => r.number === number)).toHaveLength(1);
  });

  it('gives up on an API that always answers 502: a warning, the summary says so, outputs written, a clean pull request passes', async () => {
    api.always = { status: 502 };
    const run = await runAction(origin, { ...pr('clean'), env: FAST });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^::warning::leakwarden: could not comment on pull request #\d+: .*502/m);
    expect(run.stdout).not.toMatch(/internal error|^::error/m);
    expect(run.summary).toContain('leakwarden: no secrets found');
    expect(run.summary).toMatch(/Pull request comments: not posted \(.*502/);
    expect(run.outputs).toMatchObject({ findings: '0', 'scanned-commits': '1' });
    // The first request and its retries, then nothing: the cap holds.
    const tries = mine();
    expect(tries.length).toBeGreaterThanOrEqual(2);
    expect(tries.length).toBeLessThanOrEqual(6);
  });

  it('with fail-on-findings: false, a pull request with a finding passes although the API answers 502', async () => {
    api.always = { status: 502 };
    const run = await runAction(origin, { ...pr('leaky'), env: FAST, inputs: { 'fail-on-findings': 'false' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^::error title=leakwarden%3A openai-api-key/m); // still annotated
    expect(run.summary).toContain('leakwarden: 1 secret found');
    expect(run.summary).toMatch(/Pull request comments: not posted/);
    expect(run.outputs.findings).toBe('1');
  });

  it('times out a request that never answers (LEAKWARDEN_API_TIMEOUT_MS), and the verdict stands', async () => {
    api.always = 'hang';
    const run = await runAction(origin, { ...pr('leaky'), env: FAST });
    expect(run.code, run.stdout).toBe(1); // the finding, not the API
    expect(run.stdout).toMatch(/^::warning::leakwarden: could not comment on pull request #\d+: .*no answer within 0\.5 s/m);
    expect(run.summary).toMatch(/Pull request comments: not posted/);
    expect(run.outputs.findings).toBe('1');
  });

  it('stops every request once the step has used its whole time (LEAKWARDEN_API_TOTAL_MS), and the verdict stands', async () => {
    api.always = 'hang';
    const run = await runAction(origin, { ...pr('leaky'), env: { ...FAST, LEAKWARDEN_API_TIMEOUT_MS: '5000', LEAKWARDEN_API_TOTAL_MS: '1500' } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/^::warning::leakwarden: could not comment on pull request #\d+: .*stopped after 1\.5 s in all/m);
    expect(run.summary).toMatch(/Pull request comments: not posted \(gave up: stopped after 1\.5 s in all/);
    expect(mine()).toHaveLength(1); // the one request that hung; none after the cap
  });

  it('reaches the API through the proxy that http_proxy names, and directly for a host in no_proxy', async () => {
    const proxy = new CountingProxy();
    const proxyUrl = await proxy.start();
    try {
      const env = { ...FAST, ...PROXY_PRELOAD, http_proxy: proxyUrl, https_proxy: proxyUrl, no_proxy: '', HTTP_PROXY: undefined, HTTPS_PROXY: undefined, NO_PROXY: undefined };
      const run = await runAction(origin, { ...pr('leaky'), env });
      expect(run.code, run.stdout).toBe(1);
      expect(api.reviews.filter((r) => r.number === number)).toHaveLength(1);
      const host = new URL(apiUrl).host;
      expect(proxy.seen.filter((seen) => seen === host).length).toBeGreaterThanOrEqual(1);
      const before = proxy.seen.length;
      const direct = await runAction(origin, { ...pr('leaky'), env: { ...env, no_proxy: '127.0.0.1' } });
      expect(direct.code, direct.stdout).toBe(1);
      expect(api.reviews.filter((r) => r.number === number)).toHaveLength(1);
      expect(proxy.seen.length).toBe(before);
    } finally {
      await proxy.stop();
    }
  });

  it('an empty github-token means no token: no request at all, and it says so once', async () => {
    const run = await runAction(origin, { ...pr('leaky'), inputs: { 'github-token': '' } });
    expect(run.code, run.stdout).toBe(1);
    expect(mine()).toEqual([]);
    expect(api.requests.some((r) => String(r.headers.authorization ?? '').includes('${{'))).toBe(false);
    expect(run.stdout.match(/github-token is empty/g)).toHaveLength(1);
    expect(run.summary).toMatch(/Pull request comments: not posted \(github-token is empty/);
  });

  it('posts 120 findings as one review (one request), annotates 10 of them, and lists every one in the summary', async () => {
    const run = await runAction(origin, { ...pr('many'), env: FAST });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.findings).toBe('120');
    const writes = mine().filter((r) => r.method !== 'GET');
    expect(writes.map((w) => `${w.method} ${w.path.replace(/^\/repos\/octo\/demo/, '')}`)).toEqual([`POST /pulls/${number}/reviews`]);
    expect(writes[0]!.body).toMatchObject({ event: 'COMMENT', commit_id: heads.many });
    expect(writes[0]!.body!.comments).toHaveLength(120);
    expect(run.stdout.match(/^::error /gm)).toHaveLength(10);
    expect(run.summary.match(/<tr><td>high<\/td>/g)).toHaveLength(120);
    expect(run.summary).toContain('110 findings were not annotated');
  });

  it('lists the comments of a review GitHub rejects (422) in the one pull-request comment instead', async () => {
    api.rejectReviews = true;
    const run = await runAction(origin, { ...pr('leaky'), env: FAST });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/^::warning::leakwarden: GitHub rejected the review on pull request #\d+ \(HTTP 422/m);
    const listed = api.issueComments.filter((c) => c.number === number);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.body).toContain('src/client.py:3');
    expect(run.summary).toMatch(/Pull request comments: 0 new, 0 updated, 0 marked resolved; 1 outside the diff/);
  });

  it('keeps the findings past the summary\'s table in the JSON report (output report-file), with no sarif-file', async () => {
    const run = await runAction(origin, { ...pr('more'), env: FAST, inputs: { 'sarif-file': '', comment: 'false' } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.findings).toBe('250');
    expect(run.sarif).toBeNull();
    const file = run.outputs['report-file']!;
    expect(file.startsWith(run.temp), file).toBe(true);
    expect(existsSync(file)).toBe(true);
    const report = JSON.parse(readFileSync(file, 'utf8')) as { findings: unknown[] };
    expect(report.findings).toHaveLength(250);
    expect(run.summary.match(/<tr><td>high<\/td>/g)).toHaveLength(200);
    expect(run.summary).toMatch(/… and 50 more: every finding is in the JSON report <code>[^<]*<\/code> \(output <code>report-file<\/code>/);
  });
});
