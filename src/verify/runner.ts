import { incidentFingerprint } from '../fingerprint.ts';
import type { VerifyOptions } from '../scan-options.ts';
import type { RawFinding, ScanResult, Verification, VerificationProvider, VerificationStatus, VerificationSummary } from '../types.ts';
import { checkConnect } from './connect.ts';
import type { Fetch } from './http.ts';
import { checkOpenAI } from './openai.ts';
import type { OnePasswordSdk, OnePasswordSdkLoader } from './onepassword-sdk.ts';
import { checkServiceAccount, loadOnePasswordSdk } from './onepassword-sdk.ts';
import type { Check, VerifyContext } from './provider.ts';

/** The rules whose secrets can be checked, each with its provider's check. */
const CHECKS: Readonly<Record<string, { readonly provider: VerificationProvider; readonly check: Check }>> = {
  'openai-api-key': { provider: 'openai', check: checkOpenAI },
  '1password-connect-token': { provider: '1password-connect', check: checkConnect },
  '1password-service-account-token': { provider: '1password', check: checkServiceAccount },
};

/** Why the built-in kinds without a check have none (custom rules: the default line). */
const NO_CHECK: Readonly<Record<string, string>> = {
  '1password-secret-key': 'no check exists: a Secret Key opens nothing without the account password',
  '1password-recovery-code': 'no check exists: trying a recovery code would use it up',
  '1password-connect-credentials': 'no check exists for a Connect server\'s credentials file',
  'generic-secret': 'no check exists: a generic secret could belong to any service',
  'dotenv-not-gitignored': 'a file-level check: no secret to ask about',
};

/** Checks in flight at once: enough to get through a history's keys, few enough not to look like an attack. */
export const CONCURRENCY = 4;

/** What tests replace: the network (a loopback server needs none of this) and the SDK. */
export interface VerifySeams {
  readonly fetch?: Fetch;
  readonly loadOnePasswordSdk?: OnePasswordSdkLoader;
}

/**
 * Asks each distinct secret's provider once (the same key in five files, or in fifty commits, is one request: the
 * results are cached by the incident fingerprint, rule and hash of the secret), a few at a time, and returns the
 * findings with their `verification` and the count of secrets by status. It runs on the full secrets, before
 * redaction; what it attaches never holds them. It never fails the scan: a check that throws is `unknown`.
 */
export async function verifyFindings(
  findings: readonly RawFinding[],
  options: VerifyOptions,
  hooks: { readonly warn: (message: string) => void },
  seams: VerifySeams = {},
): Promise<{ readonly findings: RawFinding[]; readonly summary: VerificationSummary }> {
  const said = new Set<string>();
  const warnOnce = (message: string) => {
    if (said.has(message)) return;
    said.add(message);
    hooks.warn(message);
  };
  let sdk: Promise<OnePasswordSdk> | null = null;
  const context: VerifyContext = {
    options,
    ...(seams.fetch ? { fetch: seams.fetch } : {}),
    warnOnce,
    onePasswordSdk: () => (sdk ??= (seams.loadOnePasswordSdk ?? loadOnePasswordSdk)(options.onePasswordSdk)),
  };
  const checks = new Map<string, Promise<Verification>>();
  const limit = limiter(CONCURRENCY);
  const pending = findings.map((finding) => {
    const key = incidentFingerprint(finding);
    let result = checks.get(key);
    if (!result) checks.set(key, (result = verifyOne(finding, context, limit)));
    return result;
  });
  if (options.proxyIgnored && findings.some((finding) => CHECKS[finding.ruleId])) {
    warnOnce('HTTPS_PROXY is set, but node\'s fetch ignores it unless NODE_USE_ENV_PROXY=1 (on a node version that has it): the checks go direct');
  }
  const results = await Promise.all(pending);
  const secrets: Record<VerificationStatus, number> = { live: 0, revoked: 0, unknown: 0, unverifiable: 0 };
  for (const verification of await Promise.all(checks.values())) secrets[verification.status]++;
  return { findings: findings.map((finding, i) => ({ ...finding, verification: results[i]! })), summary: { secrets, leftOut: null } };
}

async function verifyOne(finding: RawFinding, context: VerifyContext, limit: Limiter): Promise<Verification> {
  const known = CHECKS[finding.ruleId];
  if (!known || finding.secret === '') {
    return { status: 'unverifiable', provider: null, reason: NO_CHECK[finding.ruleId] ?? 'no check exists for this kind of secret' };
  }
  try {
    const verification = await limit(() => known.check(finding.secret, finding, context));
    if (verification.hint && verification.provider === '1password' && verification.status === 'unknown') {
      context.warnOnce(`${verification.reason}: 1Password service-account tokens are reported as unknown; ${verification.hint}`);
    }
    return verification;
  } catch {
    // A bug in a check must not cost the scan its report; the error's text is not kept, it may quote the secret.
    return { status: 'unknown', provider: known.provider, reason: 'the check failed unexpectedly' };
  }
}

/**
 * `--only-verified`: the result with only live findings and incidents, and how many were left out, so that the
 * verdict (which judges what the result holds) exits 1 for a live secret and 0 otherwise.
 */
export function keepLive(result: ScanResult): ScanResult {
  const findings = result.findings.filter((finding) => finding.verification?.status === 'live');
  const incidents = result.incidents?.filter((incident) => incident.verification?.status === 'live');
  const summary = result.verification ?? { secrets: { live: 0, revoked: 0, unknown: 0, unverifiable: 0 }, leftOut: null };
  return {
    ...result,
    findings,
    ...(incidents ? { incidents } : {}),
    verification: { ...summary, leftOut: { findings: result.findings.length - findings.length, incidents: (result.incidents?.length ?? 0) - (incidents?.length ?? 0) } },
  };
}

type Limiter = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs at most `size` pieces of work at once, in the order they were asked for. */
function limiter(size: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    // A finished piece hands its slot to the next in line, so that nothing started in between can take it.
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
