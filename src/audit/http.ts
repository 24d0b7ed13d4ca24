import { InputError } from '../errors.ts';

/**
 * JSON over HTTP for the GitHub REST API, with node's own fetch (the CLI bundle stays free of an HTTP client):
 * every request times out, transient failures (a network error, a timeout, 429, 5xx, a secondary rate limit) are
 * retried a bounded number of times with backoff and `retry-after`, and redirects are never followed (a token is
 * never sent anywhere the caller did not name).
 */

export interface HttpOptions {
  /** Per request (each attempt), in milliseconds. */
  readonly timeoutMs: number;
  /** Attempts in all (the first one included). */
  readonly attempts: number;
  /** A wait longer than this (from `retry-after` or a rate-limit reset) is not waited for: the request fails. */
  readonly maxWaitMs: number;
  /** How to wait between attempts (tests pass one that does not sleep). */
  readonly sleep: (ms: number) => Promise<void>;
  readonly fetch: typeof fetch;
}

export const DEFAULT_HTTP: HttpOptions = {
  timeoutMs: 30_000,
  attempts: 4,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  fetch: (...args) => fetch(...args),
};

export interface JsonResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

/** A request that failed for good: what was asked, and why, in one line (never the token). */
export class HttpError extends InputError {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly status: number | null,
    hint?: string,
  ) {
    super(message, hint);
  }
}

/** GET `url` and parse its JSON; 2xx only (anything else, after retries, is an HttpError). */
export async function getJson(url: string, headers: Readonly<Record<string, string>>, options: HttpOptions = DEFAULT_HTTP): Promise<JsonResponse> {
  const where = describe(url);
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= options.attempts;
    let response: Response;
    try {
      response = await options.fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const why = timedOut(error) ? `no answer within ${Math.round(options.timeoutMs / 1000)} s` : networkReason(error);
      if (last) throw new HttpError(`GET ${where} failed: ${why} (${attempt} ${attempt === 1 ? 'attempt' : 'attempts'})`, null, 'check the network (and HTTPS_PROXY) and GITHUB_API_URL');
      await options.sleep(backoff(attempt));
      continue;
    }
    if (response.status >= 200 && response.status < 300) {
      const text = await response.text();
      try {
        return { status: response.status, body: JSON.parse(text) as unknown, headers: response.headers };
      } catch {
        throw new HttpError(`GET ${where}: the answer is not JSON`, response.status, 'check GITHUB_API_URL: it must be the REST API (https://api.github.com, or https://HOST/api/v3)');
      }
    }
    // The body says why (GitHub's `message`); read it before deciding, so that it is consumed either way.
    const message = await response.text().then(apiMessage, () => '');
    const wait = transientWait(response, attempt);
    if (wait !== null && !last) {
      if (wait > options.maxWaitMs) {
        throw new HttpError(`GET ${where}: ${response.status}${message ? ` ${message}` : ''}; the API asks to wait ${Math.ceil(wait / 1000)} s`, response.status, 'wait for the rate limit to reset, or use a token with a higher limit (GITHUB_TOKEN)');
      }
      await options.sleep(wait);
      continue;
    }
    throw new HttpError(`GET ${where}: ${response.status}${message ? ` ${message}` : ''}`, response.status, hintFor(response.status));
  }
}

/**
 * Every page of a list: follows the `Link` header's `next` while it stays on the API's origin (a token is never
 * sent anywhere else), at most `maxPages` pages.
 */
export async function getAllPages(firstUrl: string, headers: Readonly<Record<string, string>>, options: HttpOptions = DEFAULT_HTTP, maxPages = 1000): Promise<unknown[]> {
  const origin = new URL(firstUrl).origin;
  const items: unknown[] = [];
  let url: string | null = firstUrl;
  for (let page = 1; url !== null; page++) {
    if (page > maxPages) throw new HttpError(`GET ${describe(firstUrl)}: more than ${maxPages} pages`, null);
    const response = await getJson(url, headers, options);
    if (!Array.isArray(response.body)) throw new HttpError(`GET ${describe(url)}: expected a list`, response.status);
    items.push(...(response.body as unknown[]));
    const next = nextLink(response.headers.get('link'));
    if (next !== null && new URL(next, url).origin !== origin) {
      throw new HttpError(`GET ${describe(url)}: the next page is on another host (${new URL(next, url).host})`, response.status, 'check GITHUB_API_URL');
    }
    url = next === null ? null : new URL(next, url).href;
  }
  return items;
}

/** The `rel="next"` target of a Link header, or null. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (match && /(^|;)\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2]!)) return match[1]!;
  }
  return null;
}

/**
 * How long to wait before trying again, or null when the failure is not transient. 429 and 5xx are; a 403 is only
 * when it is a rate limit (a `retry-after`, or no requests left). `retry-after` and `x-ratelimit-reset` are honoured.
 */
function transientWait(response: Response, attempt: number): number | null {
  const { status, headers } = response;
  const retryAfter = parseRetryAfter(headers.get('retry-after'));
  const rateLimited = status === 403 && (retryAfter !== null || headers.get('x-ratelimit-remaining') === '0');
  if (!(status === 429 || status >= 500 || rateLimited)) return null;
  if (retryAfter !== null) return retryAfter;
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (headers.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now());
  return backoff(attempt);
}

/** `retry-after`: seconds, or an HTTP date; milliseconds to wait, or null. */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** 1 s, 2 s, 4 s …, with a little jitter. */
function backoff(attempt: number): number {
  return 1000 * 2 ** (attempt - 1) + Math.floor(Math.random() * 250);
}

function timedOut(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function apiMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    return typeof message === 'string' ? message.slice(0, 200) : '';
  } catch {
    return '';
  }
}

function hintFor(status: number): string | undefined {
  if (status === 401) return 'the token was refused: check GITHUB_TOKEN (or GH_TOKEN)';
  if (status === 403) return 'the token lacks access: it needs to read the repositories (a classic token: repo; fine-grained: Metadata and Contents, read)';
  if (status >= 300 && status < 400) return 'the API answered with a redirect, which is never followed: check GITHUB_API_URL';
  return undefined;
}

/** A URL as messages show it: no query string, no credentials. */
function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
