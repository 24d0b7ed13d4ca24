import { dotenvRule } from '../checks/dotenv.ts';

/**
 * The fingerprints suppressions are written in. A finding's is `ruleId:path:hash`; an incident's (history) is
 * `ruleId:hash`, the secret wherever it is, and for a `.env` file `dotenv-not-gitignored:path`. The hash is the first
 * 16 hex digits of the secret's SHA-256 (report/redact.ts), so neither form holds the secret or a line number.
 */
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:/;
const HASH = /(?:^|:)[0-9a-f]{16}$/;

/** What is wrong with `text` as a fingerprint, or null when it is one. */
export function fingerprintProblem(text: string): string | null {
  if (!RULE_ID.test(text)) return `"${text}" is not a fingerprint: it starts with a rule id and a colon (ruleId:path:hash or ruleId:hash)`;
  const rest = text.slice(text.indexOf(':') + 1);
  if (HASH.test(rest) || (text.startsWith(`${dotenvRule.id}:`) && rest !== '')) return null;
  return `"${text}" is not a fingerprint: it ends with the 16 hex digits of the secret's hash (ruleId:path:hash or ruleId:hash)`;
}

/** Every fingerprint that names this finding: its own, its incident's, and for a `.env` file the incident's path form. */
export function fingerprintsOf(ruleId: string, path: string, hash: string): string[] {
  const keys = [`${ruleId}:${path}:${hash}`, `${ruleId}:${hash}`];
  if (ruleId === dotenvRule.id) keys.push(`${ruleId}:${path}`);
  return keys;
}
