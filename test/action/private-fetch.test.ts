/**
 * actions/checkout with `persist-credentials: false` leaves no token in the checkout, so a private repository's
 * history cannot be fetched without one: the Action's own fetches (the base of a pull request, a push's branches)
 * use the github-token input, as an http.extraheader given to those git calls only, never written to .git/config and
 * never printed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import { FakeGitHub } from './github-api.ts';
import { PrivateGitServer } from './git-http-server.ts';
import { runAction } from './run-action.ts';

afterAll(() => TempRepo.cleanupAll());

describe('the Action on a private repository checked out with persist-credentials: false', () => {
  const origin = TempRepo.create();
  const token = `ghs_${Buffer.from('private-fetch-test').toString('hex')}`;
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const api = new FakeGitHub();
  const git = new PrivateGitServer(origin.base, token, origin.env);
  let apiUrl = '';
  let server = '';
  let base = '';
  let head = '';

  beforeAll(async () => {
    apiUrl = await api.start();
    server = await git.start();
    origin.write('README.md', '# private\n');
    for (let i = 0; i < 4; i++) {
      origin.write(`f${i}.txt`, `${i}\n`);
      base = origin.commitAll(`main ${i}`);
    }
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write('notes.md', 'notes\n');
    origin.commitAll('feature 1');
    origin.write('client.py', `OPENAI_API_KEY = "${openaiKey('private-fetch')}"\n`);
    head = origin.commitAll('feature 2');
    origin.git('checkout', '-q', 'main');
    origin.git('clone', '-q', '--bare', origin.dir, path.join(origin.base, 'private.git'));
    origin.git('-C', path.join(origin.base, 'private.git'), 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  });
  afterAll(async () => {
    await git.stop();
    await api.stop();
  });

  /**
   * As actions/checkout does with persist-credentials: false: the token on the fetch's command line, then gone. (Not
   * spawnSync: the server answering the fetch runs in this process.)
   */
  const checkout = async () => {
    const workspace = path.join(origin.base, `ws-${Math.random().toString(36).slice(2, 8)}`);
    const run = (...args: string[]) => new Promise<void>((resolve, reject) => {
      const child = spawn('git', args, { env: origin.env, stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git ${args[0]} exited ${code}`))));
    });
    await run('init', '-q', workspace);
    await run('-C', workspace, 'remote', 'add', 'origin', `${server}/private.git`);
    await run('-c', `http.extraheader=${header}`, '-C', workspace, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', head);
    await run('-C', workspace, 'checkout', '-q', '--detach', head);
    return workspace;
  };
  const payload = () => ({ number: 3, pull_request: { number: 3, commits: 2, base: { sha: base }, head: { sha: head } } });

  it('fetches the base with the github-token, and the token is in no file and no output', async () => {
    const workspace = await checkout();
    expect(readFileSync(path.join(workspace, '.git', 'config'), 'utf8')).not.toMatch(/extraheader/i);
    const before = git.requests.length;
    const run = await runAction(origin, { workspace, event: 'pull_request', payload: payload(), api: apiUrl, inputs: { 'github-token': token, comment: 'false' }, env: { GITHUB_SERVER_URL: server } });
    expect(run.code, run.stdout).toBe(1); // the key: the range was fetched and scanned
    expect(run.outputs).toMatchObject({ findings: '1', 'scanned-commits': '2' });
    expect(run.summary).toMatch(/fetched: <code>git fetch/);
    expect(git.requests.slice(before).some((r) => r.authorized)).toBe(true);
    const config = readFileSync(path.join(workspace, '.git', 'config'), 'utf8');
    const encoded = Buffer.from(`x-access-token:${token}`).toString('base64');
    for (const text of [config, run.stdout.replace(/^::add-mask::.*$/gm, ''), run.summary]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(encoded);
    }
    expect(run.stdout).toContain(`::add-mask::${token}`); // masked for the rest of the job
  });

  it('without a token, fails closed with the fix', async () => {
    const run = await runAction(origin, { workspace: await checkout(), event: 'pull_request', payload: payload(), api: apiUrl, inputs: { 'github-token': '', comment: 'false' }, env: { GITHUB_SERVER_URL: server } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::leakwarden: could not fetch from origin/m);
    expect(run.stdout).toMatch(/hint: give the job `contents: read`/);
  });
});
