import { dotenvRule } from './checks/dotenv.ts';
import type { RawFinding } from './types.ts';

/**
 * Fingerprints, defined here and nowhere else. A finding's is `ruleId:path:hash`; an incident's (history) is
 * `ruleId:hash`, the secret wherever it is, and for a `.env` file `dotenv-not-gitignored:path`. The hash is the first
 * 16 hex digits of the secret's SHA-256, so neither form holds the secret or a line number: suppressions and PR
 * comment markers survive edits above the secret. Suppressions are written in them (.leakwardenignore, baselines).
 */

type Identified = Pick<RawFinding, 'secret' | 'identity'>;

/** The first 16 hex digits of the SHA-256 of the secret (or what identifies it): the same secret, the same hash. */
export function secretHash(finding: Identified): string {
  // Loaded on first use: node:crypto costs a clean pre-commit run milliseconds it never needs.
  const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(finding.identity ?? finding.secret).digest('hex').slice(0, 16);
}

/** A finding's: `ruleId:path:hash`. */
export function findingFingerprint(finding: Identified & Pick<RawFinding, 'ruleId' | 'path'>): string {
  return `${finding.ruleId}:${finding.path}:${secretHash(finding)}`;
}

/** An incident's: `ruleId:hash`, or for a `.env` file (whose "secret" is the file) `ruleId:path`. */
export function incidentFingerprint(finding: Identified & Pick<RawFinding, 'ruleId' | 'path'>): string {
  return `${finding.ruleId}:${finding.ruleId === dotenvRule.id ? finding.path : secretHash(finding)}`;
}

/** Every fingerprint that names this finding: its own, its incident's, and for a `.env` file the incident's path form. */
export function fingerprintsOf(finding: Identified & Pick<RawFinding, 'ruleId' | 'path'>): string[] {
  const hash = secretHash(finding);
  const keys = [`${finding.ruleId}:${finding.path}:${hash}`, `${finding.ruleId}:${hash}`];
  if (finding.ruleId === dotenvRule.id) keys.push(`${finding.ruleId}:${finding.path}`);
  return keys;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:/;
const HASH = /(?:^|:)[0-9a-f]{16}$/;

/**
 * What is wrong with `text` as a fingerprint, or null when it is one. The message never repeats the text: what a
 * user passes by mistake may be the secret itself.
 */
export function fingerprintProblem(text: string): string | null {
  if (!RULE_ID.test(text)) return 'not a fingerprint: a fingerprint starts with a rule id and a colon (ruleId:path:hash or ruleId:hash)';
  const rest = text.slice(text.indexOf(':') + 1);
  if (HASH.test(rest) || (text.startsWith(`${dotenvRule.id}:`) && rest !== '')) return null;
  return 'not a fingerprint: a fingerprint ends with the 16 hex digits of the secret\'s hash (ruleId:path:hash or ruleId:hash)';
}
