/**
 * `leakwarden audit --verify`: each repository's secrets checked with their provider (a loopback OpenAI here, from
 * test/verify/), the live ones counted and ranked first in every report, --only-verified keeping only those; and
 * without --verify, not one request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditJsonReport } from '../../src/report/audit-json.ts';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import { FakeProvider } from '../verify/fake-provider.ts';

afterAll(() => TempRepo.cleanupAll());

describe('audit --verify', () => {
  const runner = TempRepo.create({ git: false });
  const live = openaiKey('audit-verify-live');
  const revoked = openaiKey('audit-verify-revoked');
  let openai: FakeProvider;
  let repos: string[];
  const env = () => ({ LEAKWARDEN_OPENAI_BASE_URL: `${openai.url}/v1`, OP_CONNECT_HOST: undefined, HTTPS_PROXY: undefined, https_proxy: undefined });
  const audit = (args: string[]) => {
    const run = runner.run(['audit', '--repos', ...repos, '--work-dir', path.join(runner.base, 'work'), '--resume', ...args], { cwd: runner.base, env: env() });
    return { ...run, report: args.includes('json') ? (JSON.parse(run.stdout) as AuditJsonReport) : undefined };
  };

  beforeAll(async () => {
    openai = await FakeProvider.start({
      [`/v1/models Bearer ${live}`]: { status: 200, headers: { 'openai-organization': 'org-acme' }, body: { object: 'list', data: [] } },
      '/v1/models': { status: 401, body: { error: { message: 'Incorrect API key provided' } } },
    });
    // The live key only in history (removed since), the revoked one still in HEAD: live comes first all the same.
    const old = TempRepo.create();
    old.write('config.py', `KEY = "${live}"\n`);
    old.commitAll('key');
    old.write('config.py', 'KEY = os.environ["KEY"]\n');
    old.commitAll('no key');
    const current = TempRepo.create();
    current.write('config.py', `KEY = "${revoked}"\n`);
    current.commitAll('key');
    repos = [old.dir, current.dir];
  });
  afterAll(() => openai.stop());

  it('sends nothing without --verify, and reports no live count', async () => {
    const run = audit(['-f', 'json']);
    expect(run.code).toBe(1);
    expect(await openai.requests()).toEqual([]);
    expect(run.report!.totals.live).toBeNull();
  });

  it('checks each repository\'s secrets, counts the live ones and ranks them first', async () => {
    await openai.reset();
    const run = audit(['--verify', '-f', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const [old, current] = run.report!.repositories;
    expect(old!.incidents[0]).toMatchObject({ status: 'history-only', verification: { status: 'live' } });
    expect(current!.incidents[0]).toMatchObject({ status: 'in-head', verification: { status: 'revoked' } });
    expect(run.report!.totals.live).toBe(1);
    // A key's state is a fact of now: with --verify, nothing is reused from an earlier run, even with --resume.
    expect(run.report!.repositories.every((r) => r.scan?.reused === false)).toBe(true);
    await openai.reset();
    expect(audit(['--verify', '-f', 'json']).report!.repositories.every((r) => r.scan?.reused === false)).toBe(true);
    expect(await openai.requests()).toHaveLength(2);
    expect((await openai.requests()).map((r) => r.path)).toEqual(['/v1/models', '/v1/models']);

    const terminal = audit(['--verify', '--no-color']);
    expect(terminal.stdout).toMatch(/Rotate first\n {3}1\. history-only .*LIVE\n/);
    expect(terminal.stdout).toMatch(/\n✖ 2 incidents \(1 in-head, 1 history-only · 1 live; 2 distinct secrets\) in 2 of 2 repositories\n$/);
    for (const text of [run.stdout, run.stderr, terminal.stdout]) {
      expect(text).not.toContain(live);
      expect(text).not.toContain(revoked);
    }
  });

  it('the HTML counts live keys and shows each one\'s status', () => {
    const file = path.join(runner.base, 'audit.html');
    audit(['--verify', '-f', 'html', '-o', file]);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<li class="alert"><b>1<\/b>live key<\/li>/);
    expect(html).toMatch(/<tr data-rank="1" [^>]*data-status="2"[^>]*>.*<span class="tag live">live<\/span>/);
  });

  it('--only-verified keeps the live secrets only: exit 1 for them', () => {
    const run = audit(['--only-verified', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(run.report!.repositories.map((r) => r.incidents.map((i) => i.verification?.status))).toEqual([['live'], []]);
    expect(run.report!.repositories[1]!.verdict.exitCode).toBe(0);
  });
});
