import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Detector } from '../../src/detect/detector.ts';
import { expandExample } from '../../src/rules/examples.ts';

/**
 * Other scanners' own test cases (../shared/corpus/peers/*.json, read at test time) turned into scans: each case
 * becomes a text and a path, and the question "does the rule for this family report it?".
 */

export type List = 'positives' | 'negatives' | 'suppressed' | 'known_misses';

export interface PeerCase {
  /** `peer/rule/list[index]`, stable: decisions refer to cases by it. */
  readonly id: string;
  readonly peer: string;
  readonly rule: string;
  readonly family: string;
  readonly kind: 'content' | 'path' | 'filter';
  readonly list: List;
  readonly value: string;
  /** The peer's own verdict: positives and known misses are secrets, negatives and suppressed inputs are not. */
  readonly peerSays: boolean;
}

interface PeerFile {
  readonly peer: string;
  readonly rules: readonly {
    readonly rule: string;
    readonly family: string;
    readonly kind?: 'content' | 'path' | 'filter';
    readonly positives?: readonly string[];
    readonly negatives?: readonly string[];
    readonly suppressed?: readonly (string | { readonly input: string })[];
    readonly known_misses?: readonly (string | { readonly input: string })[];
  }[];
}

/** Rule ids that answer for each family; `any` means no rule at all may report the input. */
export const FAMILY_RULES: Readonly<Record<string, readonly string[] | 'any'>> = {
  openai: ['openai-api-key'],
  '1password-service-account': ['1password-service-account-token'],
  '1password-secret-key': ['1password-secret-key'],
  '1password-recovery-key': ['1password-recovery-code'],
  '1password-connect-credentials': ['1password-connect-credentials'],
  '1password-connect-token': ['1password-connect-token'],
  // A JWT is a 1Password credential only when its claims say so.
  jwt: ['1password-connect-token'],
  generic: ['generic-secret'],
  'generic-entropy': ['generic-secret'],
  // op:// references are how secrets should be written: nothing may report them.
  '1password-secret-reference': 'any',
};

export function peerCorpusDir(): string {
  const fromEnv = process.env.LEAKWARDEN_PEER_CORPUS;
  if (fromEnv) return fromEnv;
  return path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus/peers');
}

export function loadPeerCases(dir: string): PeerCase[] {
  if (!existsSync(dir)) return [];
  const cases: PeerCase[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as PeerFile;
    for (const rule of file.rules) {
      for (const list of ['positives', 'negatives', 'suppressed', 'known_misses'] as const) {
        (rule[list] ?? []).forEach((entry, index) => {
          const value = typeof entry === 'string' ? entry : entry.input;
          cases.push({
            id: `${file.peer}/${rule.rule}/${list}[${index}]`,
            peer: file.peer,
            rule: rule.rule,
            family: rule.family,
            kind: rule.kind ?? 'content',
            list,
            value,
            peerSays: list === 'positives' || list === 'known_misses',
          });
        });
      }
    }
  }
  return cases;
}

export interface CaseInput {
  readonly text: string;
  readonly path: string;
}

/**
 * How a case is scanned. Content cases are scanned as they are. Path cases put a known secret at that path.
 * Filter cases (values or lines a peer's post-match filter judges) are assigned to a secret-looking name, with
 * RANDOM_STRING placeholders replaced by a generated random value.
 */
export function caseInput(c: PeerCase, connectFixture: string): CaseInput {
  switch (c.kind) {
    case 'content':
      return { text: c.value, path: c.family === '1password-connect-credentials' ? 'config/connect.json' : 'example.txt' };
    case 'path': {
      const file = c.value.replace(/^\/+/, '');
      if (c.family === '1password-connect-credentials') return { text: connectFixture, path: file };
      return { text: `api_key = "${generated('«rand:32:alnum»', c.id)}"\n`, path: file };
    }
    case 'filter': {
      const random = generated('«rand:24:alnum»', c.id);
      if (/RANDOM_STRING/.test(c.value)) return { text: c.value.replace(/(?:SOME_)?RANDOM_STRING/g, random), path: 'example.txt' };
      if (/[=:]/.test(c.value) && /secret|password|token|key/i.test(c.value)) return { text: c.value, path: 'example.txt' };
      return { text: `api_token = "${c.value}"\n`, path: 'example.txt' };
    }
  }
}

/** Whether the family's rule(s) report the case. */
export function weReport(detector: Detector, c: PeerCase, connectFixture: string): boolean {
  const input = caseInput(c, connectFixture);
  const findings = detector.detect(input);
  const rules = FAMILY_RULES[c.family];
  if (rules === undefined) throw new Error(`no rule mapping for family ${c.family} (${c.id})`);
  return rules === 'any' ? findings.length > 0 : findings.some((f) => rules.includes(f.ruleId));
}

function generated(template: string, seed: string): string {
  return expandExample(template, seed).text;
}
