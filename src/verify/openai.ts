import type { VerificationAccess } from '../types.ts';
import type { HttpOutcome } from './http.ts';
import { cleanName, getWithBearer, MAX_NAMES, sentTo } from './http.ts';
import type { Check } from './provider.ts';
import { inconclusive } from './provider.ts';

/**
 * OpenAI keys: `GET <base>/models` with the key as a bearer token. 200: live, and the organization it bills to
 * (`openai-organization` header); 401: revoked; 403 naming missing scopes: live, a restricted key.
 *
 * Admin keys (`sk-admin-`) work only on the administration endpoints (OpenAI's reference: "Admin API keys cannot be
 * used for non-administration endpoints"; TruffleHog checks them apart for the same reason), so `/models` would call a
 * live admin key revoked. They are checked with `GET <base>/organization/projects` instead, whose answer also says
 * what the key opens: the organization's projects.
 */
export const checkOpenAI: Check = async (secret, _finding, context) => {
  const admin = secret.startsWith('sk-admin-');
  const url = new URL(`${context.options.openaiBaseUrl}/${admin ? `organization/projects?limit=${MAX_NAMES}` : 'models'}`);
  const where = sentTo(url);
  const outcome = await getWithBearer(url, secret, { timeoutMs: context.options.timeoutMs, readBody: true, ...(context.fetch ? { fetch: context.fetch } : {}) });
  if (outcome.kind === 'none') return inconclusive(outcome, 'openai', where);
  const organization = cleanName(outcome.headers.get('openai-organization'));
  const base: VerificationAccess = organization ? { organization } : {};
  switch (outcome.status) {
    case 200:
      return {
        status: 'live',
        provider: 'openai',
        reason: `OpenAI accepted the key (HTTP 200 from ${admin ? 'the projects endpoint: an admin key' : '/models'})`,
        sentTo: where,
        access: admin ? { ...base, ...projects(outcome.body) } : base,
      };
    case 401:
      return { status: 'revoked', provider: 'openai', reason: `OpenAI rejected the key (HTTP 401${errorCode(outcome)})`, sentTo: where };
    case 403:
      if (missingScopes(outcome)) {
        return { status: 'live', provider: 'openai', reason: 'OpenAI accepted the key, but it is restricted: it may not list models (HTTP 403, missing scopes)', sentTo: where, access: { ...base, restricted: true } };
      }
      return inconclusive(outcome, 'openai', where);
    default:
      return inconclusive(outcome, 'openai', where);
  }
};

/** The project names of `GET /organization/projects` (`{ data: [{ name }], has_more }`). */
function projects(body: unknown): VerificationAccess {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return {};
  const names = data.map((project: { name?: unknown; id?: unknown } | null) => cleanName(project?.name) ?? cleanName(project?.id)).filter((name): name is string => name !== null);
  const more = (body as { has_more?: unknown }).has_more === true || names.length > MAX_NAMES;
  return { projects: names.slice(0, MAX_NAMES), ...(more ? { truncated: true } : {}) };
}

/** OpenAI's error code (`invalid_api_key`), never its message: that one quotes part of the key. */
function errorCode(outcome: Extract<HttpOutcome, { kind: 'answer' }>): string {
  const code = (outcome.body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' && /^[a-z0-9_]{1,60}$/.test(code) ? `: ${code}` : '';
}

/** A 403 that says the key authenticated but lacks a permission (a restricted key), not a refusal of the key. */
function missingScopes(outcome: Extract<HttpOutcome, { kind: 'answer' }>): boolean {
  const message = (outcome.body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' && /missing scopes|insufficient permissions/i.test(message);
}
