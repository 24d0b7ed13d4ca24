/**
 * The verification runner and each provider's check in-process, through their seams: a fake fetch (to count what
 * runs at once and to fail in ways a loopback server cannot), and a fake @1password/sdk client, since no real
 * account exists in tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import type { VerifyOptions } from '../../src/scan-options.ts';
import type { Details, Finding, RawFinding, ScanResult, Verification } from '../../src/types.ts';
import type { Fetch } from '../../src/verify/http.ts';
import type { CreateClient, OnePasswordSdkLoader } from '../../src/verify/onepassword-sdk.ts';
import { loadOnePasswordSdk, SdkUnavailable } from '../../src/verify/onepassword-sdk.ts';
import { CONCURRENCY, keepLive, verifyFindings } from '../../src/verify/runner.ts';
import type { VerifySeams } from '../../src/verify/runner.ts';
import { isLoopback, verifySettings } from '../../src/verify/settings.ts';
import { genericAssignment, openaiKey, serviceAccountToken } from '../helpers/secrets.ts';

/** A generic secret, made at test time (the repository holds no realistic key). */
const GENERIC_SECRET = genericAssignment('verify').secret;

const OPTIONS: VerifyOptions = {
  timeoutMs: 2000,
  onlyVerified: false,
  connectHost: null,
  openaiBaseUrl: 'https://api.openai.test/v1',
  onePasswordSdk: '@1password/sdk',
  proxyIgnored: false,
};

function finding(ruleId: string, secret: string, details: Details = {}, path = 'a.txt'): RawFinding {
  return { ruleId, description: ruleId, severity: 'high', path, line: 1, column: 1, endLine: 1, endColumn: secret.length + 1, secret, excerpt: null, commit: null, details };
}

const SA_DETAILS = { signInAddress: 'my.1password.com' };

async function verify(findings: RawFinding[], seams: VerifySeams, options: Partial<VerifyOptions> = {}) {
  const warnings: string[] = [];
  const result = await verifyFindings(findings, { ...OPTIONS, ...options }, { warn: (m) => warnings.push(m) }, seams);
  // Whatever happened, no verification holds a secret.
  const text = JSON.stringify(result.findings.map((f) => f.verification)) + warnings.join('\n');
  for (const f of findings) if (f.secret.length > 20) expect(text).not.toContain(f.secret.slice(8, 40));
  return { ...result, verifications: result.findings.map((f) => f.verification!), warnings };
}

/** A fetch that answers `status` after a tick, counting calls and the most in flight at once. */
function countingFetch(status = 200) {
  const state = { calls: [] as string[], inFlight: 0, most: 0 };
  const fetch: Fetch = async (_input, init) => {
    state.calls.push(String((init?.headers as Record<string, string>).authorization));
    state.inFlight++;
    state.most = Math.max(state.most, state.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    state.inFlight--;
    return new Response('{}', { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, state };
}

describe('the runner', () => {
  it('asks once per distinct secret however often it is found, at most CONCURRENCY at a time', async () => {
    const { fetch, state } = countingFetch();
    const keys = Array.from({ length: 10 }, (_, i) => openaiKey(`runner-${i}`));
    const findings = [...keys, ...keys, keys[0]!].map((key, i) => finding('openai-api-key', key, {}, `f${i}.txt`));
    const { verifications, summary } = await verify(findings, { fetch });
    expect(state.calls.sort()).toEqual(keys.map((key) => `Bearer ${key}`).sort());
    expect(state.most).toBeLessThanOrEqual(CONCURRENCY);
    expect(state.most).toBeGreaterThan(1);
    expect(verifications.every((v) => v.status === 'live')).toBe(true);
    expect(summary).toEqual({ secrets: { live: 10, revoked: 0, unknown: 0, unverifiable: 0 }, leftOut: null });
  });

  it('says why the kinds without a check are unverifiable, and sends nothing for them', async () => {
    const { fetch, state } = countingFetch();
    const { verifications } = await verify([
      finding('generic-secret', GENERIC_SECRET),
      finding('1password-secret-key', 'A3-ABCDEF-GHJKLM-NPQRS-TVWXY-Z2345-6789A'),
      finding('my-custom-rule', 'whatever-it-is-1234567890'),
      finding('dotenv-not-gitignored', ''),
    ], { fetch });
    expect(state.calls).toEqual([]);
    expect(verifications.map((v) => [v.status, v.provider, v.reason])).toEqual([
      ['unverifiable', null, 'no check exists: a generic secret could belong to any service'],
      ['unverifiable', null, 'no check exists: a Secret Key opens nothing without the account password'],
      ['unverifiable', null, 'no check exists for this kind of secret'],
      ['unverifiable', null, 'a file-level check: no secret to ask about'],
    ]);
  });

  it('turns a network failure into unknown by its code alone, never the message (it may quote the request)', async () => {
    const key = openaiKey('network');
    const fetch: Fetch = async () => {
      throw Object.assign(new TypeError(`fetch failed for Bearer ${key}`), { cause: Object.assign(new Error(`socket hang up ${key}`), { code: 'ECONNRESET' }) });
    };
    const { verifications } = await verify([finding('openai-api-key', key)], { fetch });
    expect(verifications[0]).toEqual({ status: 'unknown', provider: 'openai', reason: 'network error (ECONNRESET)', sentTo: 'https://api.openai.test/v1/models' });
  });

  it('never sends a secret over plain http to another machine, whatever URL reaches the check', async () => {
    const { fetch, state } = countingFetch();
    const { verifications } = await verify([finding('openai-api-key', openaiKey('plain'))], { fetch }, { openaiBaseUrl: 'http://api.example.com/v1' });
    expect(state.calls).toEqual([]);
    expect(verifications[0]).toEqual({ status: 'unknown', provider: 'openai', reason: 'not sent: http://api.example.com is neither https nor loopback' });
  });

  it('warns once that HTTPS_PROXY is ignored, only when a request is to be made', async () => {
    const { fetch } = countingFetch();
    const quiet = await verify([finding('generic-secret', GENERIC_SECRET)], { fetch }, { proxyIgnored: true });
    expect(quiet.warnings).toEqual([]);
    const loud = await verify([finding('openai-api-key', openaiKey('p1')), finding('openai-api-key', openaiKey('p2'))], { fetch }, { proxyIgnored: true });
    expect(loud.warnings).toEqual([expect.stringMatching(/^HTTPS_PROXY is set, but node's fetch ignores it unless NODE_USE_ENV_PROXY=1/)]);
  });
});

describe('service-account tokens through the SDK seam', () => {
  const token = serviceAccountToken('sdk-seam');
  const other = serviceAccountToken('sdk-seam-2');
  const sdkWith = (createClient: CreateClient): { loader: OnePasswordSdkLoader; loads: string[] } => {
    const loads: string[] = [];
    return { loads, loader: async (specifier) => (loads.push(specifier), { createClient }) };
  };
  const vaults = async () => [{ id: 'v1', title: 'Deploy' }, { id: 'v2', title: 'Shared' }, { id: 'v3' }];

  it('a client that signs in: live, with the vaults it reads (titles, else ids)', async () => {
    const seen: unknown[] = [];
    const { loader, loads } = sdkWith(async (config) => (seen.push(config), { vaults: { list: vaults } }));
    const { verifications } = await verify([finding('1password-service-account-token', token, SA_DETAILS)], { loadOnePasswordSdk: loader });
    expect(loads).toEqual(['@1password/sdk']);
    expect(seen).toEqual([{ auth: token, integrationName: 'leakwarden', integrationVersion: expect.any(String) }]);
    expect(verifications[0]).toEqual({ status: 'live', provider: '1password', reason: '1Password accepted the token (signed in at my.1password.com)', sentTo: 'https://my.1password.com', access: { vaults: ['Deploy', 'Shared', 'v3'] } });
  });

  it('signed in but the vaults could not be listed: still live', async () => {
    const { loader } = sdkWith(async () => ({ vaults: { list: async () => Promise.reject(new Error('you don\'t have the right permissions to access this resource')) } }));
    const { verifications } = await verify([finding('1password-service-account-token', token, SA_DETAILS)], { loadOnePasswordSdk: loader });
    expect(verifications[0]).toMatchObject({ status: 'live', reason: '1Password accepted the token (signed in at my.1password.com); its vaults could not be listed' });
    expect(verifications[0]!.access).toBeUndefined();
  });

  class AuthExpiredError extends Error {}
  class RateLimitExceededError extends Error {}
  it.each([
    ['revoked', new AuthExpiredError('session expired')],
    ['revoked', new Error('authentication error: you are not authenticated')],
    ['revoked', new Error('bad service account token, please rotate it: deleted')],
    // The SDK words a network failure "authentication error: …" too: that prefix alone must not say revoked.
    ['unknown', new Error('authentication error: request library compatibility issue, check that the your environment uses compatible versions: reqwest library: error sending request')],
    ['unknown', new RateLimitExceededError('rate limit exceeded')],
    ['unknown', new Error('invalid service account token, please make sure you provide a valid service account token as parameter:  service account token base64 decoding failed, please create another token')],
    ['unknown', new Error(`something else entirely, quoting ${token}`)],
  ] as const)('%s when createClient rejects with %o', async (status, error) => {
    const { loader } = sdkWith(async () => Promise.reject(error));
    const { verifications } = await verify([finding('1password-service-account-token', token, SA_DETAILS)], { loadOnePasswordSdk: loader });
    expect(verifications[0]).toMatchObject({ status, provider: '1password', sentTo: 'https://my.1password.com' });
    expect(verifications[0]!.reason).not.toContain(error.message);
  });

  it('unknown when the SDK does not answer within the time limit', async () => {
    const { loader } = sdkWith(() => new Promise(() => undefined));
    const { verifications } = await verify([finding('1password-service-account-token', token, SA_DETAILS)], { loadOnePasswordSdk: loader }, { timeoutMs: 100 });
    expect(verifications[0]).toMatchObject({ status: 'unknown', reason: 'no answer within 0.1 s' });
  });

  it('a missing SDK: every token unknown with the hint, loaded (tried) once, one warning', async () => {
    let tries = 0;
    const loader: OnePasswordSdkLoader = async (specifier) => {
      tries++;
      throw new SdkUnavailable(true, `${specifier} is not installed`);
    };
    const { verifications, warnings } = await verify([finding('1password-service-account-token', token, SA_DETAILS), finding('1password-service-account-token', other, SA_DETAILS, 'b.txt')], { loadOnePasswordSdk: loader });
    expect(tries).toBe(1);
    for (const v of verifications) expect(v).toEqual({ status: 'unknown', provider: '1password', reason: '@1password/sdk is not installed', hint: expect.stringMatching(/^install it beside leakwarden .*npm install @1password\/sdk.*LEAKWARDEN_1PASSWORD_SDK/) });
    expect(warnings).toEqual([expect.stringMatching(/^@1password\/sdk is not installed: 1Password service-account tokens are reported as unknown; install it/)]);
  });

  it('a token whose sign-in address is not 1Password\'s, or cannot be read, is sent nowhere (the SDK is not even loaded)', async () => {
    const { loader, loads } = sdkWith(async () => ({ vaults: { list: vaults } }));
    const { verifications } = await verify([
      finding('1password-service-account-token', token, { signInAddress: 'my.1password.com.attacker.example' }),
      finding('1password-service-account-token', other, {}, 'b.txt'),
    ], { loadOnePasswordSdk: loader });
    expect(loads).toEqual([]);
    expect(verifications.map((v) => v.status)).toEqual(['unverifiable', 'unverifiable']);
    expect(verifications[0]!.reason).toBe('the token names my.1password.com.attacker.example as its sign-in address, which is not 1Password\'s: it was not sent there');
  });

  it('accepts 1Password\'s regional and team sign-in addresses', async () => {
    const { loader } = sdkWith(async () => ({ vaults: { list: vaults } }));
    const addresses = ['acme.1password.eu', 'https://acme.1password.ca/', 'ACME.1PASSWORD.COM'];
    const { verifications } = await verify(addresses.map((signInAddress, i) => finding('1password-service-account-token', serviceAccountToken(`region-${i}`), { signInAddress })), { loadOnePasswordSdk: loader });
    expect(verifications.map((v) => v.status)).toEqual(['live', 'live', 'live']);
  });
});

describe('loading the SDK', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-sdk-'));

  it('says "not installed" for a module that is not there, and "not the SDK" for one without createClient', async () => {
    await expect(loadOnePasswordSdk(path.join(dir, 'absent.cjs'))).rejects.toMatchObject({ missing: true, message: expect.stringMatching(/absent\.cjs is not installed$/) });
    writeFileSync(path.join(dir, 'other.cjs'), 'exports.hello = 1;\n');
    await expect(loadOnePasswordSdk(path.join(dir, 'other.cjs'))).rejects.toMatchObject({ missing: false, message: expect.stringMatching(/is not the 1Password SDK/) });
    writeFileSync(path.join(dir, 'sdk.cjs'), 'exports.createClient = async () => ({ vaults: { list: async () => [] } });\n');
    expect(typeof (await loadOnePasswordSdk(path.join(dir, 'sdk.cjs'))).createClient).toBe('function');
  });
});

describe('--only-verified as a filter of the result', () => {
  it('keeps live findings and incidents, and counts what it left out', () => {
    const v = (status: Verification['status']): Verification => ({ status, provider: null, reason: status });
    const f = (path: string, status: Verification['status']) => ({ path, verification: v(status) }) as unknown as Finding;
    const result = {
      stats: { mode: 'history', files: 1, bytes: 1, skipped: [], durationMs: 1 },
      findings: [f('a', 'live'), f('b', 'revoked'), f('c', 'unknown'), f('d', 'live')],
      incidents: [{ verification: v('live') }, { verification: v('unverifiable') }],
      redacted: true,
      verification: { secrets: { live: 1, revoked: 1, unknown: 1, unverifiable: 1 }, leftOut: null },
    } as unknown as ScanResult;
    const kept = keepLive(result);
    expect(kept.findings.map((x) => x.path)).toEqual(['a', 'd']);
    expect(kept.incidents).toHaveLength(1);
    expect(kept.verification).toEqual({ secrets: { live: 1, revoked: 1, unknown: 1, unverifiable: 1 }, leftOut: { findings: 2, incidents: 1 } });
  });
});

describe('verification settings', () => {
  const flags = { verify: true, onlyVerified: false, timeoutMs: 10_000, connectHost: null };

  it('are null without --verify (and then nothing in the environment is read or checked)', () => {
    expect(verifySettings({ ...flags, verify: false }, { OP_CONNECT_HOST: 'not a url', LEAKWARDEN_OPENAI_BASE_URL: 'http://evil.example' })).toBeNull();
  });

  it('take the Connect host from the flag before OP_CONNECT_HOST, and OpenAI\'s base from the environment only', () => {
    expect(verifySettings(flags, {})).toEqual({ ...OPTIONS, timeoutMs: 10_000, openaiBaseUrl: 'https://api.openai.com/v1' });
    expect(verifySettings(flags, { OP_CONNECT_HOST: 'https://connect.example.com:8443/' })!.connectHost).toBe('https://connect.example.com:8443');
    expect(verifySettings({ ...flags, connectHost: 'http://127.0.0.1:8080' }, { OP_CONNECT_HOST: 'https://connect.example.com' })!.connectHost).toBe('http://127.0.0.1:8080');
    expect(verifySettings(flags, { LEAKWARDEN_OPENAI_BASE_URL: 'https://gateway.example.com/openai/v1/' })!.openaiBaseUrl).toBe('https://gateway.example.com/openai/v1');
    expect(verifySettings(flags, { LEAKWARDEN_1PASSWORD_SDK: '/opt/sdk/node_modules/@1password/sdk' })!.onePasswordSdk).toBe('/opt/sdk/node_modules/@1password/sdk');
    expect(verifySettings({ ...flags, verify: false, onlyVerified: true }, {})!.onlyVerified).toBe(true);
    expect(verifySettings(flags, { HTTPS_PROXY: 'http://proxy:3128' })!.proxyIgnored).toBe(true);
    expect(verifySettings(flags, { HTTPS_PROXY: 'http://proxy:3128', NODE_USE_ENV_PROXY: '1' })!.proxyIgnored).toBe(false);
  });

  it('refuse plain http to another machine, credentials in the URL, and what is not a URL', () => {
    for (const connectHost of ['http://connect.example.com', 'https://user:pw@connect.example.com', 'https://connect.example.com/?x=1', 'connect.example.com:8080', 'ftp://connect.example.com']) {
      expect(() => verifySettings({ ...flags, connectHost }, {}), connectHost).toThrow(UsageError);
    }
    expect(() => verifySettings(flags, { LEAKWARDEN_OPENAI_BASE_URL: 'http://10.0.0.1/v1' })).toThrow(/LEAKWARDEN_OPENAI_BASE_URL must be an https:\/\/ URL/);
  });

  it('count as loopback only localhost, 127.0.0.0/8 and ::1', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', 'LOCALHOST']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['127.0.0.1.nip.io', 'localhost.example.com', '10.0.0.1', '0.0.0.0', '128.0.0.1', '[::ffff:127.0.0.1]', '127.0.0.256']) expect(isLoopback(host), host).toBe(false);
  });
});
