import { createRequire } from 'node:module';
import path from 'node:path';
import type { Verification } from '../types.ts';
import { toolVersion } from '../version.ts';
import { formatSeconds } from './http.ts';
import { cleanName, MAX_NAMES } from './http.ts';
import type { Check } from './provider.ts';

/**
 * 1Password service-account tokens (`ops_…`) are checked with the official SDK, `@1password/sdk`: signing in is an
 * SRP exchange with the account's server, not one HTTP request, and only 1Password's own code should do it. The SDK
 * carries its core as 14 MB of WebAssembly, so it is not a dependency every install pays for: it is an optional peer
 * (package.json), required here only when a run verifies such a token. Missing, the token is `unknown` and the report
 * says how to install it.
 */

/** The part of the SDK's client leakwarden uses. */
export interface OnePasswordClient {
  readonly vaults: { list(): Promise<readonly unknown[]> };
}

/** The SDK's `createClient`: signs in with the token (it rejects when the token does not work). */
export type CreateClient = (config: { auth: string; integrationName: string; integrationVersion: string }) => Promise<OnePasswordClient>;

/** What leakwarden needs of the SDK module; tests give a fake one. */
export interface OnePasswordSdk {
  readonly createClient: CreateClient;
}

export type OnePasswordSdkLoader = (specifier: string) => Promise<OnePasswordSdk>;

/** The SDK could not be loaded: not installed (or not where LEAKWARDEN_1PASSWORD_SDK says), or not the SDK. */
export class SdkUnavailable extends Error {
  override name = 'SdkUnavailable';
  constructor(readonly missing: boolean, reason: string) {
    super(reason);
  }
}

/**
 * Requires the SDK (a CommonJS package) from where leakwarden is installed, or from the path LEAKWARDEN_1PASSWORD_SDK
 * names. `require`, not `import()`: the CLI's bundle runs from a code cache in a vm.Script, where `import()` is not
 * available.
 */
export const loadOnePasswordSdk: OnePasswordSdkLoader = async (specifier) => {
  const target = specifier.startsWith('.') ? path.resolve(specifier) : specifier;
  let loaded: unknown;
  try {
    loaded = createRequire(import.meta.url)(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') throw new SdkUnavailable(true, `${specifier} is not installed`);
    throw new SdkUnavailable(false, `${specifier} could not be loaded${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  const sdk = loaded as Partial<OnePasswordSdk> | null;
  if (typeof sdk?.createClient !== 'function') throw new SdkUnavailable(false, `${specifier} is not the 1Password SDK (it has no createClient)`);
  return sdk as OnePasswordSdk;
};

export const SDK_HINT = 'install it beside leakwarden to check service-account tokens (npm install @1password/sdk; -g for a global leakwarden), or point LEAKWARDEN_1PASSWORD_SDK at an installed copy';

/** 1Password's sign-in domains: a token that names another is never sent anywhere. */
const ONEPASSWORD_DOMAINS = ['1password.com', '1password.ca', '1password.eu'];

export const checkServiceAccount: Check = async (secret, finding, context) => {
  const address = typeof finding.details.signInAddress === 'string' ? finding.details.signInAddress : null;
  const host = address === null ? null : hostOf(address);
  if (host === null) {
    return { status: 'unverifiable', provider: '1password', reason: 'the token\'s sign-in address could not be read, so it was not sent anywhere' };
  }
  if (!ONEPASSWORD_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
    return { status: 'unverifiable', provider: '1password', reason: `the token names ${host} as its sign-in address, which is not 1Password's: it was not sent there` };
  }
  const where = `https://${host}`;
  let sdk: OnePasswordSdk;
  try {
    sdk = await context.onePasswordSdk();
  } catch (error) {
    const reason = error instanceof SdkUnavailable ? error.message : 'the 1Password SDK could not be loaded';
    return { status: 'unknown', provider: '1password', reason, hint: error instanceof SdkUnavailable && !error.missing ? 'reinstall @1password/sdk' : SDK_HINT };
  }
  const { timeoutMs } = context.options;
  let client: OnePasswordClient;
  try {
    client = await withTimeout(sdk.createClient({ auth: secret, integrationName: 'leakwarden', integrationVersion: toolVersion() }), timeoutMs);
  } catch (error) {
    return { ...classify(error, timeoutMs), provider: '1password', sentTo: where };
  }
  const reason = `1Password accepted the token (signed in at ${host})`;
  try {
    const listed = await withTimeout(client.vaults.list(), timeoutMs);
    const names = listed.map((vault) => cleanName((vault as { title?: unknown } | null)?.title) ?? cleanName((vault as { id?: unknown } | null)?.id)).filter((name): name is string => name !== null);
    return { status: 'live', provider: '1password', reason, sentTo: where, access: { vaults: names.slice(0, MAX_NAMES), ...(names.length > MAX_NAMES ? { truncated: true } : {}) } };
  } catch {
    return { status: 'live', provider: '1password', reason: `${reason}; its vaults could not be listed`, sentTo: where };
  }
};

/**
 * What the SDK's failure means. It has typed errors for an expired authentication and a rate limit; the rest are
 * plain errors whose messages name the case (`you are not authenticated` for a 401, `bad service account token,
 * please rotate it`). Careful: a network failure also starts "authentication error: …", so that prefix alone proves
 * nothing. The SDK's message is never repeated: only this classification reaches the report.
 */
function classify(error: unknown, timeoutMs: number): Pick<Verification, 'status' | 'reason'> {
  if (error instanceof TimedOut) return { status: 'unknown', reason: `no answer within ${formatSeconds(timeoutMs)}` };
  const kind = (error as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (kind === 'AuthExpiredError' || /you are not authenticated|bad service account token|please rotate it/i.test(message)) {
    return { status: 'revoked', reason: '1Password rejected the token (not authenticated): revoked, expired, or its service account deleted' };
  }
  if (kind === 'RateLimitExceededError' || /rate limit exceeded/i.test(message)) return { status: 'unknown', reason: 'rate limited by 1Password: try again later' };
  if (/invalid service account token|had invalid format|decoding failed|deserialization failed/i.test(message)) {
    return { status: 'unknown', reason: 'the SDK could not read the token (altered or cut short?), so it was not checked' };
  }
  if (/request timeout/i.test(message)) return { status: 'unknown', reason: '1Password did not answer in time' };
  return { status: 'unknown', reason: 'the 1Password SDK could not sign in (a network or server problem): try again later' };
}

class TimedOut extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
    timer.unref();
  });
  // What outlives the limit settles unobserved.
  work.catch(() => undefined);
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** `my.1password.com`, `https://acme.1password.eu/`, `host:4000` → the lower-case host name; null if it is none. */
function hostOf(address: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`);
    return url.hostname === '' ? null : url.hostname.toLowerCase();
  } catch {
    return null;
  }
}
