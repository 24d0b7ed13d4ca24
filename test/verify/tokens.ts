/** Test credentials for --verify beyond test/helpers/secrets.ts, generated at run time from the rules' templates. */
import { expandExample } from '../../src/rules/examples.ts';
import { serviceAccountToken } from '../helpers/secrets.ts';

/** A 1Password Connect server token (rules/1password.toml's template). */
export function connectToken(seed: string): string {
  return expandExample(
    '«b64url:{"alg":"ES256","kid":"«rand:26:b32»","typ":"JWT"}».«b64url:{"1password.com/auuid":"«rand:26:B32»","1password.com/token":"«rand:32:b64url»","1password.com/fts":["vaultaccess"],"1password.com/vts":[{"u":"«rand:26:b32»","a":49152}],"aud":["com.1password.connect"],"sub":"«rand:26:B32»","iat":1700000000,"iss":"com.1password.b5","jti":"«rand:26:b32»"}».«rand:86:b64url»',
    `connect-token:${seed}`,
  ).text;
}

/** An OpenAI admin key, 58/58 around the marker (split so that this file stays clean). */
export function adminKey(seed: string): string {
  return expandExample(`sk-admin-«rand:58:b64url»${'T3Blbk'}FJ«rand:57:b64url»A`, `admin:${seed}`).text;
}

/** A service-account token whose payload names `signInAddress` (the validator reads it; --verify checks it). */
export function serviceAccountTokenAt(signInAddress: string, seed: string): string {
  const token = serviceAccountToken(seed);
  const payload = JSON.parse(Buffer.from(token.slice(4), 'base64url').toString('utf8')) as Record<string, unknown>;
  return `ops_${Buffer.from(JSON.stringify({ ...payload, signInAddress })).toString('base64url')}`;
}
