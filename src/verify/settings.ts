import { UsageError } from '../errors.ts';
import type { VerifyOptions } from '../scan-options.ts';

/** OpenAI's API, unless LEAKWARDEN_OPENAI_BASE_URL says otherwise (tests, a proxy of one's own). */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** The official 1Password SDK, loaded only when a service-account token is verified. */
export const ONEPASSWORD_SDK = '@1password/sdk';

/** What the command line or the Action's inputs say about verification. */
export interface VerifyFlags {
  readonly verify: boolean;
  readonly onlyVerified: boolean;
  readonly timeoutMs: number;
  /** `--connect-host`; null: OP_CONNECT_HOST, if set. */
  readonly connectHost: string | null;
}

/**
 * The verification settings of a run, or null when it does not verify (then nothing here is read or checked). Every
 * address comes from the command line or the environment of the person who runs the scan, never from the scanned
 * repository, and is checked here once: HTTPS, or plain HTTP to this machine's loopback only.
 */
export function verifySettings(flags: VerifyFlags, env: NodeJS.ProcessEnv): VerifyOptions | null {
  if (!flags.verify && !flags.onlyVerified) return null;
  const connect = flags.connectHost ?? (env.OP_CONNECT_HOST?.trim() || null);
  const connectFrom = flags.connectHost !== null ? '--connect-host' : 'OP_CONNECT_HOST';
  const openai = env.LEAKWARDEN_OPENAI_BASE_URL?.trim() || OPENAI_BASE_URL;
  return {
    timeoutMs: flags.timeoutMs,
    onlyVerified: flags.onlyVerified,
    connectHost: connect === null ? null : checkedBase(connect, connectFrom, 'e.g. --connect-host https://connect.example.com:8443').href.replace(/\/+$/, ''),
    openaiBaseUrl: checkedBase(openai, 'LEAKWARDEN_OPENAI_BASE_URL', `unset it to use ${OPENAI_BASE_URL}`).href.replace(/\/+$/, ''),
    onePasswordSdk: env.LEAKWARDEN_1PASSWORD_SDK?.trim() || ONEPASSWORD_SDK,
    proxyIgnored: !!(env.HTTPS_PROXY || env.https_proxy) && !env.NODE_USE_ENV_PROXY && !process.execArgv.includes('--use-env-proxy'),
  };
}

/** A base URL a secret may be sent to: https, or http to a loopback address; no credentials, query or fragment. */
function checkedBase(text: string, from: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${from} is not a URL`, example);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new UsageError(`${from} must be a plain base URL (no user name, password, query or fragment)`, example);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) return url;
  throw new UsageError(`${from} must be an https:// URL (plain http only to this machine: localhost, 127.0.0.0/8, ::1), got ${url.protocol}//${url.host}`, example);
}

/** localhost, 127.0.0.0/8 and ::1: where plain HTTP never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}
