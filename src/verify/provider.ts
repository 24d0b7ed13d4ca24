import type { VerifyOptions } from '../scan-options.ts';
import type { RawFinding, Verification, VerificationProvider } from '../types.ts';
import type { Fetch, HttpOutcome } from './http.ts';
import type { OnePasswordSdk } from './onepassword-sdk.ts';

/** What a provider's check may use besides the secret: the run's settings and the seams tests replace. */
export interface VerifyContext {
  readonly options: VerifyOptions;
  /** node's fetch unless a test gives another. */
  readonly fetch?: Fetch;
  /** @1password/sdk, loaded on first call (once per run); tests give a fake one. */
  readonly onePasswordSdk: () => Promise<OnePasswordSdk>;
  /** Said once per run, on stderr (the CLI) or as a warning (the Action). */
  readonly warnOnce: (message: string) => void;
}

/** One provider's check of one secret. Never throws, and never puts the secret in what it returns. */
export type Check = (secret: string, finding: RawFinding, context: VerifyContext) => Promise<Verification>;

/**
 * The statuses of an answer that is neither yes nor no: a redirect (never followed), a rate limit, a server error,
 * anything unexpected, or no answer at all.
 */
export function inconclusive(outcome: HttpOutcome, provider: VerificationProvider, where: string): Verification {
  if (outcome.kind === 'none') return { status: 'unknown', provider, reason: outcome.reason, ...(outcome.sent ? { sentTo: where } : {}) };
  const { status } = outcome;
  const reason =
    status >= 300 && status < 400 ? `redirected (HTTP ${status}); not followed, so the secret went nowhere else`
    : status === 429 ? 'rate limited (HTTP 429): try again later'
    : status >= 500 ? `server error (HTTP ${status}): try again later`
    : `unexpected answer (HTTP ${status})`;
  return { status: 'unknown', provider, reason, sentTo: where };
}
