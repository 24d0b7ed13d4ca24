/**
 * Test secrets, generated at test time from the same templates the rules' positive examples use, so that the
 * repository never holds a live-format key (the project scans itself clean, and push protection stays quiet).
 * Every helper is deterministic per seed: the same seed gives the same secret, different seeds different ones.
 */
import { expandExample } from '../../src/rules/examples.ts';

/** A project key, 74/74 around the marker (rules/openai.toml). The marker is split so this file stays clean. */
const OPENAI = `sk-proj-«rand:74:b64url»${'T3Blbk'}FJ«rand:73:b64url»A`;

/** A service-account token with the current 8-key payload (rules/1password.toml). */
const SERVICE_ACCOUNT =
  'ops_«b64url:{"signInAddress":"my.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"«rand:22:b64url»"},"email":"«rand:13:b32»@1passwordserviceaccounts.com","srpX":"«rand:64:hex»","muk":{"alg":"A256GCM","ext":true,"k":"«rand:43:b64url»","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"mp"},"secretKey":"A3-«rand:6:sk»-«rand:6:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»","throttleSecret":{"seed":"«rand:64:hex»","uuid":"«rand:26:B32»"},"deviceUuid":"«rand:26:b32»"}»';

/** A Connect server's 1password-credentials.json, minified (rules/1password.toml). */
const CONNECT_CREDENTIALS =
  '{"verifier":{"salt":"«rand:22:b64url»","localHash":"«rand:43:b64url»"},"encCredentials":{"kid":"localauthv2keykid","enc":"A256GCM","cty":"b5+jwk+json","iv":"«rand:16:b64url»","data":"«rand:642:b64url»"},"version":"2","deviceUuid":"«rand:26:b32»","uniqueKey":{"alg":"A256GCM","ext":true,"k":"«rand:43:b64url»","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"«rand:26:b32»"}}';

/** A high-entropy value assigned to a secret-looking name in code (rules/generic.toml). */
const GENERIC = 'const stripeApiKey = "«secret:«rand:40:alnum»»";';

function expand(template: string, seed: string): string {
  return expandExample(template, seed).text;
}

/** An OpenAI project API key (rule `openai-api-key`). */
export function openaiKey(seed: string): string {
  return expand(OPENAI, `openai:${seed}`);
}

/** A 1Password service-account token (rule `1password-service-account-token`). */
export function serviceAccountToken(seed: string): string {
  return expand(SERVICE_ACCOUNT, `ops:${seed}`);
}

/** The content of a Connect server's credentials file (rule `1password-connect-credentials`). */
export function connectCredentials(seed: string): string {
  return expand(CONNECT_CREDENTIALS, `connect:${seed}`);
}

/** Standard base64 of `text` (UTF-8). */
export function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

export interface Assignment {
  /** A whole source line (no newline) that assigns the secret. */
  readonly line: string;
  /** The secret itself, as the finding reports it. */
  readonly secret: string;
  /** 1-based column of the secret on the line. */
  readonly column: number;
}

/** A line that assigns a random 40-character value to `stripeApiKey` (rule `generic-secret`). */
export function genericAssignment(seed: string): Assignment {
  const { text, secrets } = expandExample(GENERIC, `generic:${seed}`);
  const span = secrets[0]!;
  return { line: text, secret: text.slice(span.start, span.end), column: span.start + 1 };
}

/** `OPENAI_API_KEY=<key>`: a line holding an OpenAI key at column 16. */
export function openaiLine(seed: string): Assignment {
  const secret = openaiKey(seed);
  const prefix = 'OPENAI_API_KEY=';
  return { line: `${prefix}${secret}`, secret, column: prefix.length + 1 };
}

/** A Connect server's `1password-credentials.json`, pretty-printed: one finding over many lines (rules/1password.toml). */
const CONNECT_CREDENTIALS_PRETTY = `{
  "verifier": { "salt": "«rand:22:b64url»", "localHash": "«rand:43:b64url»" },
  "encCredentials": {
    "kid": "localauthv2keykid",
    "enc": "A256GCM",
    "cty": "b5+jwk+json",
    "iv": "«rand:16:b64url»",
    "data": "«rand:642:b64url»"
  },
  "version": "2",
  "deviceUuid": "«rand:26:b32»",
  "uniqueKey": { "alg": "A256GCM", "ext": true, "k": "«rand:43:b64url»", "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "«rand:26:b32»" }
}
`;

/** A pretty-printed Connect credentials file (rule `1password-connect-credentials`, a finding over several lines). */
export function connectCredentialsFile(seed: string): string {
  return expand(CONNECT_CREDENTIALS_PRETTY, `connect:${seed}`);
}
