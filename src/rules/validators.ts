import { decodeBase64, decodeBase64Json } from '../detect/base64.ts';
import { shannonEntropy } from '../detect/entropy.ts';
import { enclosingJsonObject } from '../detect/json-object.ts';
import { enclosingYamlMapping } from '../detect/yaml-mapping.ts';
import { isGenericSecret } from '../detect/generic-score.ts';
import { primed } from '../detect/primed.ts';
import { looksSynthetic } from '../detect/synthetic.ts';
import type { Details } from '../types.ts';

/** What a validator sees: the candidate secret and where the regex found it. Offsets index `text`. */
export interface ValidatorInput {
  readonly secret: string;
  readonly secretStart: number;
  readonly text: string;
  /** The identifier the rule's `name` group sits in (`DB_PASSWORD`), for rules that have one. */
  readonly name?: string;
  /** The fragment's path. */
  readonly path?: string;
}

/** A validator's acceptance; `null` rejects the candidate. */
export interface Verdict {
  /** A different span for the finding (absolute offsets into the text), e.g. the whole object around a key. */
  readonly span?: { readonly start: number; readonly end: number };
  /** What identifies the secret for fingerprints when the span is not the secret itself. */
  readonly identity?: string;
  /** Non-secret facts that tell the user which credential to rotate. */
  readonly details?: Details;
}

export type Validator = (input: ValidatorInput) => Verdict | null;

/**
 * Named validators referenced by rules (`validate = "<name>"`). Each one decodes and checks structure that a regex
 * cannot: the symmetry of OpenAI keys, the JSON inside `ops_` tokens and Connect JWTs, the Secret Key alphabet.
 */
const registry = {
  'openai-api-key': openaiApiKey,
  '1password-service-account-token': serviceAccountToken,
  '1password-connect-credentials': connectCredentials,
  '1password-connect-token': connectToken,
  '1password-secret-key': secretKey,
  'not-synthetic': (input) => (looksSynthetic(input.secret) ? null : {}),
  'generic-secret': genericSecret,
  'connection-string-password': connectionStringPassword,
} satisfies Record<string, Validator>;

export type ValidatorName = keyof typeof registry;
export const validators: Readonly<Record<ValidatorName, Validator>> = registry;

// ---------------------------------------------------------------------------------------------------------------
// OpenAI: sk-<prefix>-<L chars>T3BlbkFJ<L chars>; the marker is base64("OpenAI"), the halves are equally long.

const OPENAI_MARKER = 'T3BlbkFJ';
const OPENAI_KNOWN_LENGTHS = new Set([20, 46, 58, 74]);
const OPENAI_PREFIX = /^sk-(?:([A-Za-z0-9][A-Za-z0-9_-]*)-)?$/;

function openaiApiKey({ secret }: ValidatorInput): Verdict | null {
  for (let at = secret.indexOf(OPENAI_MARKER); at !== -1; at = secret.indexOf(OPENAI_MARKER, at + 1)) {
    const post = secret.slice(at + OPENAI_MARKER.length);
    const length = post.length;
    const preStart = at - length;
    if (length < 20 || preStart < 3) continue;
    const prefix = OPENAI_PREFIX.exec(secret.slice(0, preStart));
    if (!prefix) continue;
    const pre = secret.slice(preStart, at);
    if (length === 20 && !/^[A-Za-z0-9]+$/.test(pre + post)) continue;
    if (looksSynthetic(pre) || looksSynthetic(post) || shannonEntropy(pre + post) < 3.5) return null;
    const kind = prefix[1];
    const variant =
      kind === undefined ? 'user (legacy)'
      : kind === 'proj' ? 'project'
      : kind === 'svcacct' ? 'service account'
      : kind === 'admin' ? 'admin'
      : kind === 'None' ? 'user (no project)'
      : `service account "${kind}" (legacy)`;
    return { details: { variant, ...(OPENAI_KNOWN_LENGTHS.has(length) ? {} : { note: `unusual length ${length}/${length}` }) } };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// 1Password service-account token: ops_ + base64url(JSON with the account's keys).

const SERVICE_ACCOUNT_KEYS = ['signInAddress', 'userAuth', 'email', 'srpX', 'muk', 'secretKey', 'throttleSecret', 'deviceUuid'];

function serviceAccountToken({ secret }: ValidatorInput): Verdict | null {
  const body = secret.slice(secret.indexOf('_') + 1);
  const json = decodeBase64Json(body);
  if (json !== null) {
    const present = SERVICE_ACCOUNT_KEYS.filter((key) => Object.hasOwn(json, key));
    if (present.length < 3) return null;
    return { details: accountDetails(stringField(json, 'signInAddress'), stringField(json, 'email'), 'the payload decodes and has the account keys') };
  }
  // Not valid JSON (truncated, or bytes edited): accept on the key names alone, with less confidence. A truncated
  // body can end mid-quantum; decode the whole quanta.
  const bytes = decodeBase64(body.replace(/=+$/, '').slice(0, body.replace(/=+$/, '').length & ~3));
  if (bytes === null) return null;
  const raw = bytes.toString('latin1');
  if (!raw.startsWith('{"')) return null;
  const present = SERVICE_ACCOUNT_KEYS.filter((key) => raw.includes(`"${key}":`));
  if (present.length < 3) return null;
  const field = (key: string) => new RegExp(`"${key}":"([^"]{1,200})"`).exec(raw)?.[1];
  return { details: accountDetails(field('signInAddress'), field('email'), 'the account key names only (the payload does not parse)') };
}

function accountDetails(signInAddress: string | undefined, email: string | undefined, confidence: string): Details {
  return {
    ...(signInAddress ? { signInAddress } : {}),
    ...(email ? { serviceAccount: email } : {}),
    checked: confidence,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 1Password Connect credentials file (1password-credentials.json), under any name and embedded anywhere.

const B64URL = /^[A-Za-z0-9_-]+$/;

function connectCredentials({ text, secretStart }: ValidatorInput): Verdict | null {
  const at = text.indexOf('encCredentials', secretStart);
  // The JSON file (anywhere, also escaped in a string), or the same fields as a YAML mapping (Helm values).
  const quoted = text[at - 1] === '"';
  const located = quoted ? enclosingJsonObject(text, 'encCredentials', at, ['uniqueKey', 'verifier']) : enclosingYamlMapping(text, at);
  if (located === null) return null;
  const { value } = located;
  const verifier = table(value.verifier);
  const enc = table(value.encCredentials);
  const uniqueKey = table(value.uniqueKey);
  if (!verifier || !enc || !uniqueKey || value.version === undefined) return null;
  const key = stringField(uniqueKey, 'k');
  const data = stringField(enc, 'data');
  const salt = stringField(verifier, 'salt');
  const localHash = stringField(verifier, 'localHash');
  // Real files carry a 32-byte AES key (43 chars), long ciphertext and random-looking values; documentation
  // skeletons carry "..." or <placeholders>.
  if (!key || key.length < 40 || !B64URL.test(key) || shannonEntropy(key) < 4 || looksSynthetic(key)) return null;
  if (!data || data.length < 100 || !B64URL.test(data) || shannonEntropy(data) < 4.5) return null;
  if (!salt || !B64URL.test(salt) || !localHash || !B64URL.test(localHash)) return null;
  const deviceUuid = stringField(value, 'deviceUuid');
  return {
    span: { start: located.start, end: located.end },
    identity: key,
    details: { ...(deviceUuid ? { deviceUuid } : {}), version: String(value.version) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 1Password Connect server access token: an ES256 JWT issued by 1Password.

function connectToken({ secret, text, secretStart }: ValidatorInput): Verdict | null {
  const [headerPart, payloadPart, signature] = secret.split('.');
  if (!headerPart || !payloadPart || !signature) return null;
  const header = decodeBase64Json(headerPart);
  const payload = decodeBase64Json(payloadPart);
  if (!header || !payload || typeof header.alg !== 'string') return null;
  const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  const onePassword =
    payload.iss === 'com.1password.b5'
    || audience.includes('com.1password.secretservice')
    || Object.keys(payload).some((claim) => claim.startsWith('1password.com/'));
  if (!onePassword || signature.length < 40) return null;
  const vaults = Array.isArray(payload['1password.com/vts'])
    ? payload['1password.com/vts'].map((v) => stringField(table(v) ?? {}, 'u')).filter((u): u is string => !!u)
    : [];
  const issuedAt = typeof payload.iat === 'number' ? new Date(payload.iat * 1000).toISOString() : undefined;
  const connectHost = connectHostNear(text, secretStart, secretStart + secret.length);
  return {
    details: {
      algorithm: header.alg,
      ...(issuedAt ? { issuedAt } : {}),
      ...(typeof payload.sub === 'string' ? { subject: payload.sub } : {}),
      ...(vaults.length > 0 ? { vaults } : {}),
      ...(connectHost ? { connectHost } : {}),
    },
  };
}

/** How far around a Connect token its server's address is looked for (a .env or a compose file keeps them close). */
const CONNECT_HOST_REACH = 2000;

/**
 * The Connect server the text names next to a token: an `OP_CONNECT_HOST` assignment, or a URL ending in the
 * Connect API's `/v1/` on the token's line (a curl command). Only the origin is kept (a user name and password in
 * the URL are dropped). It is a hint for the report: `--verify` never contacts it on its own.
 */
function connectHostNear(text: string, start: number, end: number): string | null {
  const from = Math.max(0, start - CONNECT_HOST_REACH);
  const around = text.slice(from, Math.min(text.length, end + CONNECT_HOST_REACH));
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const named = /\bOP_CONNECT_HOST["']?\s*[:=]\s*["']?(https?:\/\/[^\s"'`<>]+)/.exec(around)?.[1] ?? /(https?:\/\/[^\s"'`<>]+?)\/v1\//.exec(line)?.[1];
  if (!named) return null;
  try {
    return new URL(named).origin;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1Password account Secret Key: A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX over a 31-symbol alphabet.

const SECRET_KEY_ALPHABET = /^[2-9A-HJ-NP-TV-Z]+$/;

/** Secret Keys printed in 1Password's own documentation (the security white paper), copied into many READMEs. */
const DOCUMENTED_SECRET_KEYS = new Set(['A3ASWWYB798JRYLJVD423DC286TVMH43EB']);

function secretKey({ secret }: ValidatorInput): Verdict | null {
  if (DOCUMENTED_SECRET_KEYS.has(secret.replaceAll('-', ''))) return null;
  const [, accountId = '', ...rest] = secret.split('-');
  const random = accountId + rest.join('');
  if (!SECRET_KEY_ALPHABET.test(random) || looksSynthetic(random)) return null;
  return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Generic secrets: a value assigned to a secret-looking name, kept when the scorer finds it random enough for the
// name and the file (src/detect/generic-score.ts).

function genericSecret({ secret, secretStart, text, name, path }: ValidatorInput): Verdict | null {
  // A coverage badge's `badge.svg?token=` is a read-only graph token that codecov means for public READMEs. Only a
  // bounded stretch before the value is looked at, so dense lines cost no more than short ones.
  if ((badgeToken ??= primed(BADGE_TOKEN)).test(text.slice(Math.max(0, secretStart - 200), secretStart))) return null;
  return isGenericSecret({ value: secret, ...(name !== undefined ? { name } : {}), ...(path !== undefined ? { path } : {}) }) ? {} : null;
}

const BADGE_TOKEN = /\/badge\.svg\?(?:[A-Za-z0-9_]+=[^&\s]*&)*token=$/;
/** BADGE_TOKEN, primed (detect/primed.ts) for the first candidate. */
let badgeToken: RegExp | undefined;

/** The password of a `scheme://user:password@host` URL, percent-decoded, scored as a password. */
function connectionStringPassword({ secret, path }: ValidatorInput): Verdict | null {
  let value = secret;
  try {
    value = decodeURIComponent(secret);
  } catch {
    // not valid percent-encoding: scored as written
  }
  return isGenericSecret({ value, name: 'password', ...(path !== undefined ? { path } : {}) }) ? {} : null;
}

// ---------------------------------------------------------------------------------------------------------------

function table(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function stringField(object: Record<string, unknown>, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

