import { toolVersion } from '../version.ts';
import { isLoopback } from './settings.ts';

/** What one GET came to: an answer (any status), or why there was none. Never holds the secret. */
export type HttpOutcome =
  | { readonly kind: 'answer'; readonly status: number; readonly headers: Headers; readonly body: unknown }
  /** `sent`: whether the request left (a time-out, a network error) or was never made. */
  | { readonly kind: 'none'; readonly reason: string; readonly sent: boolean };

export type Fetch = typeof globalThis.fetch;

/** Bodies larger than this are not read (a list of vaults or projects is a few kB; a hostile host could send GBs). */
const MAX_BODY = 2 * 1024 * 1024;

/**
 * One GET with a bearer secret: node's own fetch, a time limit over the whole exchange (body included), redirects
 * never followed (a 3xx is an answer the caller reports as unknown: following it would hand the secret to wherever
 * it points), and only to https or loopback http (settings.ts checked the bases; this holds for every URL built from
 * them). No retries: one request per secret is a promise to the user and to the provider, and `unknown` says to ask
 * again later. Errors are described by their code only: a library's message may quote the request.
 */
export async function getWithBearer(url: URL, secret: string, options: { readonly timeoutMs: number; readonly fetch?: Fetch; readonly readBody: boolean }): Promise<HttpOutcome> {
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)))) {
    return { kind: 'none', reason: `not sent: ${url.protocol}//${url.host} is neither https nor loopback`, sent: false };
  }
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      method: 'GET',
      redirect: 'manual',
      signal,
      headers: { authorization: `Bearer ${secret}`, accept: 'application/json', 'user-agent': `leakwarden/${toolVersion()} (secret verification)` },
    });
    // A redirect's body is never read: nothing from where it points is wanted.
    const body = options.readBody && !(response.status >= 300 && response.status < 400) ? await readJson(response) : await discard(response);
    return { kind: 'answer', status: response.status, headers: response.headers, body };
  } catch (error) {
    return { kind: 'none', reason: failure(error, signal, options.timeoutMs), sent: true };
  }
}

/** The body as JSON, or null when it is not JSON or too large; a time-out while reading still throws. */
async function readJson(response: Response): Promise<unknown> {
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_BODY || response.body === null) return discard(response);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

async function discard(response: Response): Promise<null> {
  await response.body?.cancel().catch(() => undefined);
  return null;
}

function failure(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `no answer within ${formatSeconds(timeoutMs)}`;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(cause.code) ? cause.code : null;
  return `network error${code ? ` (${code})` : ''}`;
}

export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** The URL as the report says where a secret went: origin and path. */
export function sentTo(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** A name from a provider's answer, fit for a report line: printable, trimmed, at most 200 characters. */
export function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return text === '' ? null : text.slice(0, 200);
}

/** At most this many names per list in a report. */
export const MAX_NAMES = 100;
