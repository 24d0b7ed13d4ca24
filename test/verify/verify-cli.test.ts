/**
 * `--verify` through the built CLI, against loopback servers standing in for OpenAI and a 1Password Connect server,
 * and a fake @1password/sdk module (LEAKWARDEN_1PASSWORD_SDK): what is asked, how often, what the reports say, and
 * that the secret never appears in any output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiKey, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import type { CliRun, EnvPatch } from '../helpers/temp-repo.ts';
import { FakeProvider } from './fake-provider.ts';
import { adminKey, connectToken, serviceAccountTokenAt } from './tokens.ts';
import type { Replies } from './fake-provider.ts';

/** A generic secret, made at test time (the repository holds no realistic key). */
const GENERIC_SECRET = genericAssignment('verify').secret;

afterAll(() => TempRepo.cleanupAll());

/** Every output of a run, and the files it wrote: none may hold the secret, whole or a stretch of its middle. */
function expectNoSecret(texts: readonly string[], ...secrets: string[]): void {
  for (const secret of secrets) {
    for (const text of texts) {
      expect(text.includes(secret), 'the secret appears in an output').toBe(false);
      expect(text.includes(secret.slice(10, 40)), 'part of the secret appears in an output').toBe(false);
    }
  }
}

const all = (run: CliRun) => [run.stdout, run.stderr];

const OPENAI_OK: Replies = {
  '/v1/models': { status: 200, headers: { 'openai-organization': 'org-acme' }, body: { object: 'list', data: [] } },
  '/v1/organization/projects': { status: 200, headers: { 'openai-organization': 'org-acme' }, body: { object: 'list', data: [{ id: 'proj_1', name: 'Website' }, { id: 'proj_2', name: 'Billing' }], has_more: false } },
};

describe('--verify with OpenAI keys', () => {
  let openai: FakeProvider;
  let elsewhere: FakeProvider;
  let repo: TempRepo;
  const key = openaiKey('verify-1');
  const env = (): EnvPatch => ({ LEAKWARDEN_OPENAI_BASE_URL: `${openai.url}/v1`, OP_CONNECT_HOST: undefined });

  beforeAll(async () => {
    openai = await FakeProvider.start(OPENAI_OK);
    elsewhere = await FakeProvider.start({ '*': { status: 200, body: [] } });
    repo = TempRepo.create();
    // The same key in three places: one request.
    repo.write('.env.example', `OPENAI_API_KEY=${key}\n`);
    repo.write('src/client.py', `client = OpenAI(api_key="${key}")\n`);
    repo.write('deploy/values.yaml', `openai:\n  key: ${key}\n`);
    repo.write('src/other.js', `const stripeApiKey = "${GENERIC_SECRET}";\n`);
    repo.commitAll('keys');
  });
  afterAll(async () => {
    await openai.stop();
    await elsewhere.stop();
  });

  it('makes no request at all without --verify, and reports no verification', async () => {
    await openai.reset();
    const runs = [repo.run(['dir', '-f', 'json'], { env: env() }), repo.run(['dir'], { env: env() }), repo.run(['history', '-f', 'json'], { env: env() })];
    for (const run of runs) expect(run.code).toBe(1);
    expect(await openai.requests()).toEqual([]);
    expect(runs[0]!.json!.verification).toBeUndefined();
    expect(runs[0]!.json!.findings.every((f) => f.verification === undefined)).toBe(true);
    expect(runs[1]!.stdout).not.toMatch(/verif/);
  });

  it('asks once per distinct key, with the key as a bearer token, and reports it live with its organization', async () => {
    await openai.reset();
    const run = repo.run(['dir', '--verify', '-f', 'json'], { env: env() });
    expect(run.code, run.stderr).toBe(1);
    const requests = await openai.requests();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/v1/models', authorization: `Bearer ${key}` });
    expect(requests[0]!.userAgent).toMatch(/^leakwarden\//);
    const openaiFindings = run.json!.findings.filter((f) => f.ruleId === 'openai-api-key');
    expect(openaiFindings).toHaveLength(3);
    for (const finding of openaiFindings) {
      expect(finding.verification).toEqual({
        status: 'live',
        provider: 'openai',
        reason: 'OpenAI accepted the key (HTTP 200 from /models)',
        sentTo: `${openai.url}/v1/models`,
        access: { organization: 'org-acme' },
      });
    }
    expect(run.json!.findings.find((f) => f.ruleId === 'generic-secret')!.verification).toMatchObject({ status: 'unverifiable', provider: null });
    expect(run.json!.verification).toEqual({ secrets: { live: 1, revoked: 0, unknown: 0, unverifiable: 1 }, leftOut: null });
    expectNoSecret(all(run), key);
  });

  it('shows the status next to each finding in the terminal, live files first, with a count per status', async () => {
    const run = repo.run(['dir', '--verify'], { env: env() });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('1 live secret: rotate it first (listed first)');
    expect(run.stdout).toMatch(/^ {2}1:16 {5}high {4}openai-api-key {2}live {10}OpenAI API key/m);
    expect(run.stdout).toMatch(/^ {11}verify: OpenAI accepted the key \(HTTP 200 from \/models\); organization: org-acme$/m);
    expect(run.stdout).toMatch(/generic-secret {2}unverifiable {2}/);
    // src/other.js (unverifiable) sorts after the files holding the live key, though its name comes first.
    const order = lines.filter((line) => /^[\w.]/.test(line) && !line.startsWith('1 live'));
    expect(order.slice(0, 4)).toEqual(['.env.example', 'deploy/values.yaml', 'src/client.py', 'src/other.js']);
    expect(run.stdout).toMatch(/· verified 2 secrets: 1 live, 1 unverifiable\n$/);
    expectNoSecret(all(run), key);
  });

  it('carries the verification into SARIF (properties) and annotations (the message)', async () => {
    const sarif = repo.run(['dir', '--verify', '-f', 'sarif'], { env: env() });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'openai-api-key');
    expect(result.properties.verification).toMatchObject({ status: 'live', provider: 'openai', access: { organization: 'org-acme' } });
    expect(result.message.text).toMatch(/verification: live \(organization: org-acme\)/);
    expect(log.runs[0].properties.verification.secrets.live).toBe(1);
    const github = repo.run(['dir', '--verify', '-f', 'github'], { env: env() });
    expect(github.stdout).toMatch(/^::error .*verification: live \(organization: org-acme\)/m);
    expectNoSecret([...all(sarif), ...all(github)], key);
  });

  it.each([
    ['revoked', { status: 401, body: { error: { message: 'Incorrect API key provided: sk-proj-****', type: 'invalid_request_error', code: 'invalid_api_key' } } }, 'OpenAI rejected the key (HTTP 401: invalid_api_key)'],
    ['unknown', { status: 429, body: { error: { message: 'Rate limit reached' } } }, 'rate limited (HTTP 429): try again later'],
    ['unknown', { status: 503, body: {} }, 'server error (HTTP 503): try again later'],
    ['live', { status: 403, body: { error: { message: 'You have insufficient permissions for this operation. Missing scopes: api.model.read.' } } }, 'OpenAI accepted the key, but it is restricted: it may not list models (HTTP 403, missing scopes)'],
    ['unknown', { status: 403, body: { error: { message: 'Country, region, or territory not supported' } } }, 'unexpected answer (HTTP 403)'],
  ] as const)('reports %s for %o', async (status, reply, reason) => {
    await openai.reset({ '/v1/models': reply });
    const run = repo.run(['dir', 'src/client.py', '--verify', '-f', 'json'], { env: env() });
    expect(run.code).toBe(1);
    expect(run.json!.findings[0]!.verification).toMatchObject({ status, provider: 'openai', reason, sentTo: `${openai.url}/v1/models` });
    expect(await openai.requests()).toHaveLength(1); // no retry, whatever the answer
    expectNoSecret(all(run), key);
  });

  it('does not follow a redirect: the key goes nowhere else, and the status is unknown', async () => {
    await elsewhere.reset();
    await openai.reset({ '/v1/models': { status: 302, headers: { location: `${elsewhere.url}/v1/models` } } });
    const run = repo.run(['dir', 'src/client.py', '--verify', '-f', 'json'], { env: env() });
    expect(run.json!.findings[0]!.verification).toMatchObject({ status: 'unknown', reason: 'redirected (HTTP 302); not followed, so the secret went nowhere else' });
    expect(await openai.requests()).toHaveLength(1);
    expect(await elsewhere.requests()).toEqual([]);
  });

  it('gives up on a server that never answers after --verify-timeout, as unknown, and the scan still reports', async () => {
    await openai.reset({ '/v1/models': { status: 200, hang: true } });
    const run = repo.run(['dir', 'src/client.py', '--verify', '--verify-timeout', '1', '-f', 'json'], { env: env() });
    expect(run.code).toBe(1);
    expect(run.json!.findings[0]!.verification).toMatchObject({ status: 'unknown', reason: 'no answer within 1 s', sentTo: `${openai.url}/v1/models` });
    expectNoSecret(all(run), key);
  });

  it('reports a network error (nothing listening) as unknown', () => {
    const run = repo.run(['dir', 'src/client.py', '--verify', '-f', 'json'], { env: { LEAKWARDEN_OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } });
    expect(run.code).toBe(1);
    expect(run.json!.findings[0]!.verification).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/^network error/) });
  });

  it('checks an admin key on the projects endpoint (admin keys are refused by /models) and lists its projects', async () => {
    await openai.reset(OPENAI_OK);
    const admin = adminKey('verify');
    const dir = TempRepo.create({ git: false });
    dir.write('admin.env', `OPENAI_ADMIN_KEY=${admin}\n`);
    const run = dir.run(['dir', '--verify', '-f', 'json'], { env: env() });
    expect(run.code).toBe(1);
    expect(await openai.requests()).toMatchObject([{ path: '/v1/organization/projects', query: '?limit=100', authorization: `Bearer ${admin}` }]);
    expect(run.json!.findings[0]!.verification).toEqual({
      status: 'live',
      provider: 'openai',
      reason: 'OpenAI accepted the key (HTTP 200 from the projects endpoint: an admin key)',
      sentTo: `${openai.url}/v1/organization/projects`,
      access: { organization: 'org-acme', projects: ['Website', 'Billing'] },
    });
    expectNoSecret(all(run), admin);
  });

  it('verifies what stdin and staged scans find', async () => {
    await openai.reset(OPENAI_OK);
    const stdin = repo.run(['stdin', '--verify', '-f', 'json'], { env: env(), input: `key=${key}\n` });
    expect(stdin.json!.findings[0]!.verification?.status).toBe('live');
    repo.write('staged.txt', `OPENAI_API_KEY=${key}\n`);
    repo.add('staged.txt');
    const staged = repo.run(['staged', '--verify', '-f', 'json'], { env: env() });
    repo.resetHard();
    expect(staged.code).toBe(1);
    expect(staged.json!.findings[0]!.verification?.status).toBe('live');
    expect(await openai.requests()).toHaveLength(2);
  });
});

describe('--only-verified', () => {
  let openai: FakeProvider;
  let repo: TempRepo;
  const live = openaiKey('only-live');
  const dead = openaiKey('only-dead');
  const env = (): EnvPatch => ({ LEAKWARDEN_OPENAI_BASE_URL: `${openai.url}/v1` });

  beforeAll(async () => {
    openai = await FakeProvider.start({
      [`/v1/models Bearer ${live}`]: { status: 200, headers: { 'openai-organization': 'org-live' } },
      '/v1/models': { status: 401, body: { error: { code: 'invalid_api_key' } } },
    });
    repo = TempRepo.create();
    repo.write('a.sh', `OPENAI_API_KEY=${dead}\n`);
    repo.write('config.js', `const stripeApiKey = "${GENERIC_SECRET}";\n`);
    repo.commitAll('a dead key and a generic secret');
  });
  afterAll(() => openai.stop());

  it('exits 0 when nothing is live, says what it left out, and implies --verify', () => {
    const terminal = repo.run(['dir', '--only-verified'], { env: env() });
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toMatch(/^✔ no live secrets found · scanned 2 files \(\d+ B\) · verified 2 secrets: 1 unverifiable, 1 revoked · left out 2 findings not live \(--only-verified\)\n$/);
    const json = repo.run(['dir', '--only-verified', '-f', 'json'], { env: env() });
    expect(json.code).toBe(0);
    expect(json.json!.findings).toEqual([]);
    expect(json.json!.verification).toEqual({ secrets: { live: 0, revoked: 1, unknown: 0, unverifiable: 1 }, leftOut: { findings: 2, incidents: 0 } });
  });

  it('exits 1 with only the live findings when one is live; --verify alone still reports (and fails on) the rest', () => {
    repo.write('b.sh', `OPENAI_API_KEY=${live}\n`);
    repo.commitAll('a live key');
    const only = repo.run(['dir', '--only-verified', '-f', 'json'], { env: env() });
    expect(only.code).toBe(1);
    expect(only.json!.findings.map((f) => [f.path, f.verification?.status])).toEqual([['b.sh', 'live']]);
    expect(only.json!.verification!.leftOut).toEqual({ findings: 2, incidents: 0 });
    const terminal = repo.run(['dir', '--only-verified'], { env: env() });
    expect(terminal.code).toBe(1);
    expect(terminal.stdout).toMatch(/✖ 1 finding \(1 high\) in 1 file · scanned 3 files \(\d+ B\) · verified 3 secrets: 1 live, 1 unverifiable, 1 revoked · left out 2 findings not live \(--only-verified\)\n$/);
    const history = repo.run(['history', '--only-verified', '-f', 'json'], { env: env() });
    expect(history.code).toBe(1);
    expect(history.json!.incidents!.map((i) => i.verification?.status)).toEqual(['live']);
    expect(history.json!.verification!.leftOut).toEqual({ findings: 2, incidents: 2 });
    const all = repo.run(['dir', '--verify', '-f', 'json'], { env: env() });
    expect(all.code).toBe(1);
    expect(all.json!.findings).toHaveLength(3);
    expectNoSecret([only.stdout, only.stderr, terminal.stdout, history.stdout, all.stdout], live, dead);
  });
});

describe('--verify with 1Password Connect tokens', () => {
  let connect: FakeProvider;
  let written: FakeProvider;
  let repo: TempRepo;
  const token = connectToken('verify');

  beforeAll(async () => {
    connect = await FakeProvider.start({ '/v1/vaults': { status: 200, body: [{ id: 'v1', name: 'Production' }, { id: 'v2', name: 'Staging' }] } });
    // The host the scanned file names: never contacted on its own.
    written = await FakeProvider.start({ '*': { status: 200, body: [] } });
    repo = TempRepo.create();
    repo.write('deploy/connect.sh', `OP_CONNECT_HOST=${written.url}\nOP_CONNECT_TOKEN=${token}\n`);
    repo.commitAll('connect');
  });
  afterAll(async () => {
    await connect.stop();
    await written.stop();
  });

  it('without a host is unverifiable: nothing is sent, not even to the host the file names, which is a hint', async () => {
    const run = repo.run(['dir', '--verify', '-f', 'json'], { env: { OP_CONNECT_HOST: undefined } });
    expect(run.code).toBe(1);
    const finding = run.json!.findings.find((f) => f.ruleId === '1password-connect-token')!;
    expect(finding.details.connectHost).toBe(written.url);
    expect(finding.verification).toEqual({
      status: 'unverifiable',
      provider: '1password-connect',
      reason: 'no Connect server to ask: pass --connect-host URL or set OP_CONNECT_HOST',
      hint: `the scanned file names ${written.url} as its Connect server; it was not contacted (anyone can write a host into a file): pass --connect-host ${written.url} if it is yours`,
    });
    expect(await written.requests()).toEqual([]);
    expectNoSecret(all(run), token);
  });

  it('asks the host given by --connect-host (or OP_CONNECT_HOST) and lists the vaults the token reads', async () => {
    for (const [args, patch] of [[['--connect-host', connect.url], { OP_CONNECT_HOST: undefined }], [[], { OP_CONNECT_HOST: connect.url }]] as const) {
      await connect.reset();
      const run = repo.run(['dir', '--verify', ...args, '-f', 'json'], { env: patch });
      expect(run.code).toBe(1);
      expect(await connect.requests()).toMatchObject([{ method: 'GET', path: '/v1/vaults', authorization: `Bearer ${token}` }]);
      expect(run.json!.findings.find((f) => f.ruleId === '1password-connect-token')!.verification).toEqual({
        status: 'live',
        provider: '1password-connect',
        reason: `the Connect server at ${connect.url} accepted the token (HTTP 200)`,
        sentTo: `${connect.url}/v1/vaults`,
        access: { vaults: ['Production', 'Staging'] },
        hint: `the scanned file names another Connect server, ${written.url} (not contacted)`,
      });
      expectNoSecret(all(run), token);
    }
    expect(await written.requests()).toEqual([]);
  });

  it('reports revoked on 401, and unknown on a 302 (not followed)', async () => {
    await connect.reset({ '/v1/vaults': { status: 401, body: { status: 401, message: 'Invalid token signature' } } });
    const revoked = repo.run(['dir', '--verify', '--connect-host', connect.url, '-f', 'json']);
    expect(revoked.json!.findings.find((f) => f.ruleId === '1password-connect-token')!.verification).toMatchObject({
      status: 'revoked',
      reason: `the Connect server at ${connect.url} rejected the token (HTTP 401): revoked, or issued for another Connect server`,
    });
    await connect.reset({ '/v1/vaults': { status: 302, headers: { location: `${written.url}/v1/vaults` } } });
    const moved = repo.run(['dir', '--verify', '--connect-host', connect.url, '-f', 'json']);
    expect(moved.json!.findings.find((f) => f.ruleId === '1password-connect-token')!.verification).toMatchObject({ status: 'unknown' });
    expect(await written.requests()).toEqual([]);
  });

  it('refuses a host that is neither https nor loopback, before scanning', () => {
    for (const [args, patch] of [[['--connect-host', 'http://connect.example.com:8080'], {}], [[], { OP_CONNECT_HOST: 'http://connect.internal:8080' }], [['--connect-host', 'not a url'], {}]] as const) {
      const run = repo.run(['dir', '--verify', ...args], { env: patch });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^leakwarden: (--connect-host|OP_CONNECT_HOST) (must be an https:\/\/ URL|is not a URL).*\nhint: /);
    }
    // Without --verify the variable is not read at all.
    expect(repo.run(['dir'], { env: { OP_CONNECT_HOST: 'http://connect.internal:8080' } }).code).toBe(1);
  });
});

describe('--verify with 1Password service-account tokens (a fake @1password/sdk)', () => {
  let repo: TempRepo;
  let sdk: string;
  let log: string;
  const token = serviceAccountToken('verify-live');
  const deleted = serviceAccountToken('verify-deleted');
  const foreign = serviceAccountTokenAt('signin.attacker.example', 'verify-foreign');

  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('ci/op.sh', `OP_SERVICE_ACCOUNT_TOKEN=${token}\n`);
    repo.write('ci/old.sh', `OP_SERVICE_ACCOUNT_TOKEN=${deleted}\n`);
    repo.write('ci/odd.sh', `OP_SERVICE_ACCOUNT_TOKEN=${foreign}\n`);
    repo.commitAll('tokens');
    sdk = path.join(repo.base, 'fake-sdk.cjs');
    log = path.join(repo.base, 'fake-sdk.log');
    // Loading it leaves a line in the log, so that a test can tell whether the SDK was loaded at all.
    writeFileSync(sdk, [
      "const fs = require('node:fs');",
      "fs.appendFileSync(process.env.FAKE_SDK_LOG, 'loaded\\n');",
      'class AuthExpiredError extends Error {}',
      'exports.AuthExpiredError = AuthExpiredError;',
      'exports.createClient = async (config) => {',
      "  fs.appendFileSync(process.env.FAKE_SDK_LOG, JSON.stringify({ auth: config.auth, integrationName: config.integrationName }) + '\\n');",
      "  if (config.auth === process.env.FAKE_SDK_DELETED) throw new Error('authentication error: you are not authenticated');",
      "  return { vaults: { list: async () => [{ id: 'v1', title: 'Deploy' }, { id: 'v2', title: 'Shared' }] } };",
      '};',
    ].join('\n'));
  });
  const env = (): EnvPatch => ({ LEAKWARDEN_1PASSWORD_SDK: sdk, FAKE_SDK_LOG: log, FAKE_SDK_DELETED: deleted });
  const logged = () => readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');

  it('never loads the SDK without --verify', () => {
    writeFileSync(log, '');
    expect(repo.run(['dir', '-f', 'json'], { env: env() }).code).toBe(1);
    expect(logged()).toEqual([]);
  });

  it('signs in with each token once: live with its vaults, revoked when the SDK says not authenticated; a token naming another sign-in host is not sent', () => {
    writeFileSync(log, '');
    const run = repo.run(['dir', '--verify', '-f', 'json'], { env: env() });
    expect(run.code).toBe(1);
    const lines = logged();
    expect(lines[0]).toBe('loaded');
    expect(lines.slice(1).map((line) => JSON.parse(line)).sort((a, b) => a.auth.localeCompare(b.auth))).toEqual([token, deleted].sort().map((auth) => ({ auth, integrationName: 'leakwarden' })));
    const byPath = Object.fromEntries(run.json!.findings.map((f) => [f.path, f.verification]));
    expect(byPath['ci/op.sh']).toEqual({ status: 'live', provider: '1password', reason: '1Password accepted the token (signed in at my.1password.com)', sentTo: 'https://my.1password.com', access: { vaults: ['Deploy', 'Shared'] } });
    expect(byPath['ci/old.sh']).toMatchObject({ status: 'revoked', provider: '1password' });
    expect(byPath['ci/odd.sh']).toEqual({ status: 'unverifiable', provider: '1password', reason: 'the token names signin.attacker.example as its sign-in address, which is not 1Password\'s: it was not sent there' });
    expectNoSecret(all(run), token, deleted, foreign);
  });

  it('without the SDK: unknown, a hint in the report, and one warning', () => {
    const run = repo.run(['dir', '--verify', '-f', 'json'], { env: { ...env(), LEAKWARDEN_1PASSWORD_SDK: path.join(repo.base, 'no-such-sdk.cjs') } });
    expect(run.code).toBe(1);
    const verification = run.json!.findings.find((f) => f.path === 'ci/op.sh')!.verification!;
    expect(verification).toMatchObject({ status: 'unknown', provider: '1password', reason: expect.stringMatching(/no-such-sdk\.cjs is not installed$/), hint: expect.stringMatching(/npm install @1password\/sdk/) });
    expect(run.stderr.match(/warning: .*not installed/g)).toHaveLength(1);
    expectNoSecret(all(run), token, deleted);
  });
});

describe('--verify on history', () => {
  let openai: FakeProvider;
  beforeAll(async () => {
    openai = await FakeProvider.start(OPENAI_OK);
  });
  afterAll(() => openai.stop());

  it('gives each incident its verification, checks a key found in many commits once, and lists the live incident first', async () => {
    const repo = TempRepo.create();
    const key = openaiKey('history-live');
    const token = connectToken('history');
    repo.write('README.md', '# demo\n');
    repo.write('conf/connect.sh', `OP_CONNECT_TOKEN=${token}\n`);
    repo.commitAll('a Connect token, still in HEAD');
    for (let i = 0; i < 3; i++) {
      repo.write(`k${i}.txt`, `OPENAI_API_KEY=${key}\n`);
      repo.commitAll(`key copy ${i}`);
    }
    for (let i = 0; i < 3; i++) repo.remove(`k${i}.txt`);
    repo.commitAll('remove the key: it stays in history');
    const run = repo.run(['history', '--verify', '-f', 'json'], { env: { LEAKWARDEN_OPENAI_BASE_URL: `${openai.url}/v1`, OP_CONNECT_HOST: undefined } });
    expect(run.code).toBe(1);
    expect(await openai.requests()).toHaveLength(1);
    const incidents = run.json!.incidents!;
    expect(incidents.map((i) => [i.ruleId, i.status, i.verification?.status])).toEqual([
      ['openai-api-key', 'history-only', 'live'],
      ['1password-connect-token', 'in-head', 'unverifiable'],
    ]);
    expect(incidents[0]!.verification).toMatchObject({ provider: 'openai', access: { organization: 'org-acme' } });
    expect(run.json!.findings.filter((f) => f.ruleId === 'openai-api-key').every((f) => f.verification?.status === 'live')).toBe(true);
    const terminal = repo.run(['history', '--verify'], { env: { LEAKWARDEN_OPENAI_BASE_URL: `${openai.url}/v1`, OP_CONNECT_HOST: undefined } });
    expect(terminal.stdout).toMatch(/^1 live secret: rotate it first \(listed first\)\n\nhistory-only +high +openai-api-key {2}live {10}OpenAI API key/);
    expect(terminal.stdout).toMatch(/^ {2}verify: OpenAI accepted the key/m);
    expectNoSecret([...all(run), ...all(terminal)], key, token);
  });
});

describe('verification settings on the command line', () => {
  it('rejects a bad --verify-timeout and a plain-http LEAKWARDEN_OPENAI_BASE_URL to another machine', () => {
    const repo = TempRepo.create({ git: false });
    repo.write('a.txt', 'nothing\n');
    for (const value of ['0', 'soon', '301']) {
      const run = repo.run(['dir', '--verify', '--verify-timeout', value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^leakwarden: --verify-timeout must be a number of seconds from 0\.1 to 300/);
    }
    const http = repo.run(['dir', '--verify'], { env: { LEAKWARDEN_OPENAI_BASE_URL: 'http://api.example.com/v1' } });
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(/^leakwarden: LEAKWARDEN_OPENAI_BASE_URL must be an https:\/\/ URL/);
    expect(repo.run(['dir', '--verify'], { env: { LEAKWARDEN_OPENAI_BASE_URL: 'https://proxy.example.com/openai/v1' } }).code).toBe(0);
  });

  it('are options of the scan commands only: yargs lists them, and no config key turns them on', () => {
    const repo = TempRepo.create({ git: false });
    repo.write('.leakwarden.toml', 'verify = true\n');
    const help = repo.run(['dir', '--help']);
    expect(help.stdout).toMatch(/--verify\b/);
    expect(help.stdout).toMatch(/--only-verified\b/);
    expect(help.stdout).toMatch(/--connect-host\b/);
    expect(repo.run(['dir']).code).toBe(2); // unknown config key
    const install = repo.run(['install', '--verify']);
    expect(install.code).toBe(2);
  });
});
