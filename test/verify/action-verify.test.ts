/**
 * The Action's `verify` input, run as the runner runs the committed bundle (inputs as INPUT_* variables, the summary
 * and output files), against a loopback server standing in for OpenAI.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiKey } from '../helpers/secrets.ts';
import { applyEnv, TempRepo } from '../helpers/temp-repo.ts';
import { FakeProvider } from './fake-provider.ts';

/** A generic secret, made at test time (the repository holds no realistic key). */
const GENERIC_SECRET = genericAssignment('verify').secret;

const BUNDLE = fileURLToPath(new URL('../../dist/action.cjs', import.meta.url));

afterAll(() => TempRepo.cleanupAll());

interface Run {
  readonly code: number | null;
  readonly log: string;
  readonly summary: string;
  readonly sarif: string;
}

function runAction(repo: TempRepo, inputs: Record<string, string>, env: Record<string, string>): Promise<Run> {
  const dir = path.join(repo.base, `run-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), sarif: path.join(dir, 'results.sarif') };
  writeFileSync(files.event, '{}');
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const all = { scope: 'dir', comment: 'false', 'github-token': 'test-token', 'sarif-file': files.sarif, ...inputs };
  const childEnv = applyEnv(repo.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SERVER_URL: 'https://github.example',
    OP_CONNECT_HOST: undefined,
    ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env,
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: repo.dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log, summary: readFileSync(files.summary, 'utf8'), sarif: existsSync(files.sarif) ? readFileSync(files.sarif, 'utf8') : '' }));
  });
}

describe('the Action\'s verify input', () => {
  let openai: FakeProvider;
  const repo = TempRepo.create();
  const key = openaiKey('action-verify');

  beforeAll(async () => {
    openai = await FakeProvider.start({ '/v1/models': { status: 200, headers: { 'openai-organization': 'org-acme' }, body: { data: [] } } });
    repo.write('src/client.py', `OPENAI_API_KEY = "${key}"\n`);
    repo.write('config.js', `const stripeApiKey = "${GENERIC_SECRET}";\n`);
    repo.commitAll('keys');
  });
  afterAll(() => openai.stop());

  it('is off by default: no request, no verification in the summary', async () => {
    const run = await runAction(repo, {}, { LEAKWARDEN_OPENAI_BASE_URL: `${openai.url}/v1` });
    expect(run.code, run.log).toBe(1);
    expect(await openai.requests()).toEqual([]);
    expect(run.summary).toContain('leakwarden: 2 secrets found');
    expect(run.summary).not.toMatch(/Verif/);
  });

  it('with verify: true, asks once, and the summary, the annotations and SARIF show the statuses', async () => {
    await openai.reset();
    const run = await runAction(repo, { verify: 'true' }, { LEAKWARDEN_OPENAI_BASE_URL: `${openai.url}/v1` });
    expect(run.code, run.log).toBe(1);
    expect(await openai.requests()).toMatchObject([{ path: '/v1/models', authorization: `Bearer ${key}` }]);
    expect(run.summary).toContain('leakwarden: 2 secrets found, 1 live');
    expect(run.summary).toContain('<tr><th>Verification</th><th>Distinct secrets</th><th>What to do</th></tr><tr><td><b>live</b></td><td>1</td><td>the provider accepted it: rotate it first</td></tr><tr><td>unverifiable</td><td>1</td>');
    expect(run.summary).toMatch(/<th>Verified<\/th>/);
    // The live finding heads the table, though its file sorts after config.js.
    expect(run.summary).toMatch(/<tr><td>high<\/td><td>openai-api-key<\/td><td><code>src\/client\.py:1<\/code><\/td><td><code>[^<]*<\/code><\/td><td><b>live<\/b>: organization: org-acme<\/td>.*<td>medium<\/td><td>generic-secret<\/td>/);
    expect(run.log).toMatch(/^::error title=leakwarden%3A openai-api-key,.*verification: live \(organization: org-acme\)/m);
    const sarif = JSON.parse(run.sarif);
    expect(sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'openai-api-key').properties.verification).toMatchObject({ status: 'live', access: { organization: 'org-acme' } });
    // The key reaches the log only in the mask command, which the runner consumes.
    for (const text of [run.summary, run.sarif, ...run.log.split('\n').filter((line) => !line.startsWith('::add-mask::'))]) expect(text).not.toContain(key);
  });

  it('fails the run on a bad setting, as the CLI does', async () => {
    const run = await runAction(repo, { verify: 'true' }, { OP_CONNECT_HOST: 'http://connect.internal:8080' });
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/^::error::leakwarden: OP_CONNECT_HOST must be an https:\/\/ URL/m);
    expect(run.summary).toContain('leakwarden: the scan could not run');
  });
});
