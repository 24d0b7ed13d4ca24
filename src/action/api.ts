import http from 'node:http';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/**
 * The GitHub API client of the Action, and the bounds on how long a broken API can hold a job. Retries are the
 * maintained plugins' (octokit's retry for transient failures, its throttling for GitHub's rate limits); this file
 * only sets their policy, the per-request timeout and the proxy.
 *
 * - A transient failure (HTTP 5xx, a reset or refused connection, no answer within the timeout) is retried 3 times,
 *   after 1, 4 and 9 seconds. 4xx answers are not retried: they will not change.
 * - A rate limit (403/429 that GitHub marks as one: a secondary limit with `retry-after`, or `x-ratelimit-remaining: 0`
 *   with its reset time) is waited out, twice at most, and only when the wait is at most a minute; a longer one ends
 *   the step at once. A bare 429 is not retried by the retry plugin (the throttling plugin owns 429).
 * - Every request times out (`LEAKWARDEN_API_TIMEOUT_MS`, default 15 s: GitHub itself gives up on a request after 10 s),
 *   and all of a step's requests, retries and waits included, stop after 8 times that (2 minutes;
 *   `LEAKWARDEN_API_TOTAL_MS` sets it apart).
 * - https_proxy / http_proxy / no_proxy are honoured with Node's own support (http.setGlobalProxyFromEnv, Node 24.14+;
 *   NODE_USE_ENV_PROXY=1 on older Node 24), so no second HTTP client is bundled.
 *
 * A caller catches what still fails and turns it into a warning (describeApiError): no API failure decides a verdict.
 */
export interface ApiLimits {
  /** One request, from sending it to the last byte of the answer. */
  readonly timeoutMs: number;
  /** Retries of a transient failure, after 1, 4, 9… × retryMs. */
  readonly retries: number;
  readonly retryMs: number;
  /** The longest rate-limit wait (retry-after, or until the reset) worth waiting for. */
  readonly maxWaitSeconds: number;
  /** Every request of the client, retries and waits included: past it, nothing more is sent. */
  readonly totalMs: number;
}

export function apiLimits(env: NodeJS.ProcessEnv): ApiLimits {
  const timeoutMs = positive(env.LEAKWARDEN_API_TIMEOUT_MS, 15_000);
  const totalMs = positive(env.LEAKWARDEN_API_TOTAL_MS, 8 * timeoutMs);
  return { timeoutMs, retries: 3, retryMs: positive(env.LEAKWARDEN_API_RETRY_MS, 1_000), maxWaitSeconds: 60, totalMs };
}

const GitHub = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHub>;

export interface Api {
  readonly octokit: GitHubClient;
  readonly limits: ApiLimits;
  /** Stops the clock of the whole (call it when the step is done). */
  close(): void;
}

/** A client for `baseUrl` (GITHUB_API_URL, for GHES) with `token`; `log` hears about rate-limit waits. */
export function githubApi(options: { readonly token: string; readonly baseUrl: string; readonly env: NodeJS.ProcessEnv; readonly log: (line: string) => void }): Api {
  const limits = apiLimits(options.env);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException(`stopped after ${seconds(limits.totalMs)} in all`, 'AbortError')), limits.totalMs);
  timer.unref();
  const started = Date.now();
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const within = retryAfter <= limits.maxWaitSeconds && Date.now() - started + retryAfter * 1000 < limits.totalMs;
    if (retryCount >= 2 || !within) return false;
    options.log(`leakwarden: GitHub API ${kind}: waiting ${retryAfter} s, then retrying ${request.method} ${request.url}`);
    return true;
  };
  const octokit = new GitHub({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'leakwarden',
    request: { fetch: timedFetch(limits.timeoutMs, deadline.signal) },
    retry: { retries: limits.retries, retryAfterBaseValue: limits.retryMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    log: { debug: () => {}, info: () => {}, warn: options.log, error: options.log },
  });
  return { octokit, limits, close: () => clearTimeout(timer) };
}

/** fetch with a timeout on each request and the client's overall deadline; the proxy comes from the global dispatcher. */
function timedFetch(timeoutMs: number, deadline: AbortSignal): typeof fetch {
  return (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), deadline, ...(init?.signal ? [init.signal] : [])];
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
}

/**
 * Routes fetch through the proxy that https_proxy / http_proxy name (no_proxy excepted), as self-hosted runners set
 * them. Node's own client does it: http.setGlobalProxyFromEnv() (Node 24.14 and later), or NODE_USE_ENV_PROXY=1 read at
 * start-up. Returns a warning when a proxy is named and this Node can do neither.
 */
export function useProxyFromEnv(env: NodeJS.ProcessEnv): string | null {
  const proxy = env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY;
  if (!proxy) return null;
  const fromEnv = (http as { setGlobalProxyFromEnv?: (proxyEnv?: NodeJS.ProcessEnv) => () => void }).setGlobalProxyFromEnv;
  if (typeof fromEnv === 'function') {
    fromEnv(env);
    return null;
  }
  if (env.NODE_USE_ENV_PROXY === '1') return null;
  return `a proxy is set (https_proxy or http_proxy), but Node ${process.version} does not apply it by itself: set NODE_USE_ENV_PROXY: 1 in the job's env, or use a runner whose Node is 24.14 or later`;
}

/** What went wrong with a request, in a few words for the log and the summary (never the token, never a body). */
export function describeApiError(error: unknown, limits: ApiLimits): string {
  const failure = error as { name?: string; status?: number; message?: string; response?: unknown; cause?: unknown };
  const causes: { name?: string; code?: string; message?: string }[] = [];
  for (let cause = failure.cause as { name?: string; code?: string; message?: string; cause?: unknown } | undefined; cause && causes.length < 4; cause = cause.cause as typeof cause) causes.push(cause);
  const retried = `${limits.retries} retries`;
  if (failure.name === 'AbortError' || causes.some((c) => c.name === 'AbortError')) return `gave up: ${failure.message ?? 'aborted'}`;
  if (causes.some((c) => c.name === 'TimeoutError')) return `no answer within ${seconds(limits.timeoutMs)} (after ${retried})`;
  if (typeof failure.status === 'number' && failure.response !== undefined) {
    const text = (failure.message ?? '').split('\n')[0]!.slice(0, 200);
    return `HTTP ${failure.status}${text ? ` (${text})` : ''}${failure.status >= 500 ? `, after ${retried}` : ''}`;
  }
  const network = causes.find((c) => c.code)?.code ?? causes.at(-1)?.message ?? failure.message ?? String(error);
  return `${network} (after ${retried})`;
}

function positive(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text !== undefined && text !== '' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
