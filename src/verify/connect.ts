import type { RawFinding, Verification } from '../types.ts';
import { cleanName, getWithBearer, MAX_NAMES, sentTo } from './http.ts';
import type { Check } from './provider.ts';
import { inconclusive } from './provider.ts';

/**
 * 1Password Connect server tokens: `GET <host>/v1/vaults` with the token as a bearer token, where `<host>` is the
 * Connect server the user named (`--connect-host`, else OP_CONNECT_HOST). 200: live, and the vaults it reads; 401:
 * revoked (or issued for another Connect server: each server accepts its own tokens). Without a host nothing is
 * sent: a host written next to the token in the scanned files is reported as a hint and never contacted on its own,
 * since whoever wrote the file chose it.
 */
export const checkConnect: Check = async (secret, finding, context) => {
  const host = context.options.connectHost;
  const seen = seenHost(finding);
  if (host === null) {
    return {
      status: 'unverifiable',
      provider: '1password-connect',
      reason: 'no Connect server to ask: pass --connect-host URL or set OP_CONNECT_HOST',
      ...(seen ? { hint: `the scanned file names ${seen} as its Connect server; it was not contacted (anyone can write a host into a file): pass --connect-host ${seen} if it is yours` } : {}),
    };
  }
  const url = new URL(`${host}/v1/vaults`);
  const where = sentTo(url);
  const outcome = await getWithBearer(url, secret, { timeoutMs: context.options.timeoutMs, readBody: true, ...(context.fetch ? { fetch: context.fetch } : {}) });
  const elsewhere = seen && seen !== new URL(host).origin ? { hint: `the scanned file names another Connect server, ${seen} (not contacted)` } : {};
  if (outcome.kind === 'answer' && outcome.status === 200) {
    return { status: 'live', provider: '1password-connect', reason: `the Connect server at ${url.origin} accepted the token (HTTP 200)`, sentTo: where, access: vaults(outcome.body), ...elsewhere };
  }
  if (outcome.kind === 'answer' && outcome.status === 401) {
    return { status: 'revoked', provider: '1password-connect', reason: `the Connect server at ${url.origin} rejected the token (HTTP 401): revoked, or issued for another Connect server`, sentTo: where, ...elsewhere };
  }
  return { ...inconclusive(outcome, '1password-connect', where), ...elsewhere } satisfies Verification;
};

/** The Connect server the scanned file itself names, if the detector saw one next to the token (a hint only). */
function seenHost(finding: RawFinding): string | null {
  const value = finding.details.connectHost;
  return typeof value === 'string' ? value : null;
}

/** Vault names of `GET /v1/vaults` (an array of `{ id, name, … }`). */
function vaults(body: unknown): { vaults?: readonly string[]; truncated?: true } {
  if (!Array.isArray(body)) return {};
  const names = body.map((vault: { name?: unknown; id?: unknown } | null) => cleanName(vault?.name) ?? cleanName(vault?.id)).filter((name): name is string => name !== null);
  return { vaults: names.slice(0, MAX_NAMES), ...(names.length > MAX_NAMES ? { truncated: true as const } : {}) };
}
