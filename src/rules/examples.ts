import type { Detector } from '../detect/detector.ts';
import type { RawFinding } from '../types.ts';
import type { ExampleSpec, RuleSpec } from './spec.ts';

/**
 * Rule examples and the checks every rule's examples must pass.
 *
 * Examples hold generators instead of live-format secrets, so that the rules files themselves never contain a
 * realistic key (the project scans itself clean, and platforms' push protection stays quiet). A generator is
 * `«name:argument»` and generators nest:
 *
 * - `«rand:N:ALPHABET»`: N characters from a seeded generator; ALPHABET is one of the names in ALPHABETS.
 * - `«b64:TEXT»` / `«b64url:TEXT»`: TEXT base64-encoded (standard with padding / url-safe without).
 * - `«secret:TEXT»`: TEXT itself, marked as the secret the positive example must report (span checked exactly).
 *
 * Expansion is deterministic: the same example always expands to the same text.
 */

const ALPHABETS: Record<string, string> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  hex: '0123456789abcdef',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  /** 1Password's lower-case base32 ids (vault, item, device uuids). */
  b32: 'abcdefghijklmnopqrstuvwxyz234567',
  B32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  /** 1Password Secret Key characters. */
  sk: '23456789ABCDEFGHJKLMNPQRSTVWXYZ',
  /** Printable, for passwords. */
  pw: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*_+-.~',
  /** Django's get_random_secret_key(). */
  django: 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)',
  /** 1Password's password generator with symbols. */
  op: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*.-_',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
};

export interface Expanded {
  readonly text: string;
  /** Spans marked with `«secret:…»`. */
  readonly secrets: readonly { readonly start: number; readonly end: number }[];
}

export function expandExample(template: string, seed: string): Expanded {
  const random = mulberry32(fnv1a(seed));
  const secrets: { start: number; end: number }[] = [];
  const text = expand(template, random, secrets, 0);
  return { text, secrets };
}

function expand(template: string, random: () => number, secrets: { start: number; end: number }[], base: number): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('«', i);
    if (open === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingClose(template, open);
    const body = template.slice(open + 1, close);
    const colon = body.indexOf(':');
    const name = colon === -1 ? body : body.slice(0, colon);
    const argument = colon === -1 ? '' : body.slice(colon + 1);
    const start = base + out.length;
    switch (name) {
      case 'rand': {
        const [count, alphabetName = 'alnum'] = argument.split(':');
        const alphabet = ALPHABETS[alphabetName];
        const n = Number(count);
        if (!alphabet || !Number.isInteger(n) || n < 0) throw new Error(`bad generator «${body}»`);
        for (let k = 0; k < n; k++) out += alphabet[Math.floor(random() * alphabet.length)];
        break;
      }
      case 'b64':
      case 'b64url': {
        const inner = expand(argument, random, [], 0);
        out += name === 'b64' ? Buffer.from(inner).toString('base64') : Buffer.from(inner).toString('base64url');
        break;
      }
      case 'secret': {
        out += expand(argument, random, secrets, start);
        secrets.push({ start, end: base + out.length });
        break;
      }
      default:
        throw new Error(`unknown generator «${name}» (known: rand, b64, b64url, secret)`);
    }
    i = close + 1;
  }
  return out;
}

function matchingClose(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '«') depth++;
    else if (template[i] === '»' && --depth === 0) return i;
  }
  throw new Error(`unclosed generator at ${open}: ${template.slice(open, open + 40)}`);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// -----------------------------------------------------------------------------------------------------------------

export interface ExampleCase {
  readonly ruleId: string;
  readonly kind: 'positive' | 'negative';
  readonly index: number;
  readonly template: string;
  readonly path: string;
  readonly expanded: Expanded;
}

export function exampleCases(spec: RuleSpec): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const kind of ['positive', 'negative'] as const) {
    (spec.examples?.[kind] ?? []).forEach((example: ExampleSpec, index) => {
      const template = typeof example === 'string' ? example : example.text;
      const path = typeof example === 'string' ? 'example.txt' : (example.path ?? 'example.txt');
      cases.push({ ruleId: spec.id, kind, index, template, path, expanded: expandExample(template, `${spec.id}:${kind}:${index}`) });
    });
  }
  return cases;
}

/**
 * Every problem with a rule's examples, checked against a detector built from all rules (so overlaps between rules
 * are part of the check). Returns messages; an empty list means the rule's evidence holds:
 * - at least one positive and one negative; no duplicates;
 * - each positive contains one of the rule's keywords (or the prefilter would skip it in real scans), unless it is
 *   found in decoded base64 (then its encoded keyword selected it);
 * - each positive yields exactly one finding, from this rule, at the `«secret:…»` span when one is marked (for a
 *   secret found in base64, the marked span is the encoded text, and the finding's secret its decoding);
 * - each negative yields no finding from this rule;
 * - no example, unexpanded, yields any finding (the rules file itself scans clean).
 */
export function checkExamples(spec: RuleSpec, detector: Detector): string[] {
  const problems: string[] = [];
  const cases = exampleCases(spec);
  const where = (c: ExampleCase) => `${spec.id}: ${c.kind}[${c.index}]`;
  if (!cases.some((c) => c.kind === 'positive')) problems.push(`${spec.id}: has no positive example`);
  if (!cases.some((c) => c.kind === 'negative')) problems.push(`${spec.id}: has no negative example`);
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.template)) problems.push(`${where(c)}: duplicate example`);
    seen.add(c.template);
    const unexpanded = detector.detect({ path: c.path, text: c.template });
    if (unexpanded.length > 0) problems.push(`${where(c)}: the example as written is reported (${describe(unexpanded)}); use generators`);
    const findings = detector.detect({ path: c.path, text: c.expanded.text });
    const own = findings.filter((f) => f.ruleId === spec.id);
    if (c.kind === 'negative') {
      if (own.length > 0) problems.push(`${where(c)}: reported but should not be (${describe(own)})`);
      continue;
    }
    const lower = c.expanded.text.toLowerCase();
    // A positive found in decoded base64 was selected by its encoded keyword, which the plain text need not hold.
    const encoded = own.length === 1 && own[0]!.encoding !== undefined;
    if (!encoded && !spec.keywords.some((k) => lower.includes(k.toLowerCase()))) problems.push(`${where(c)}: contains none of the keywords ${spec.keywords.join(', ')}`);
    if (findings.length !== 1 || own.length !== 1) {
      problems.push(`${where(c)}: expected exactly one ${spec.id} finding, got ${findings.length === 0 ? 'none' : describe(findings)}`);
      continue;
    }
    const marked = c.expanded.secrets[0];
    if (marked) {
      // A base64 secret is reported decoded: the marked text is its encoding (once, or twice for base64 in base64).
      const text = c.expanded.text.slice(marked.start, marked.end);
      const expected = encoded ? [decodeText(text), decodeText(decodeText(text))] : [text];
      if (!expected.includes(own[0]!.secret)) problems.push(`${where(c)}: reported ${JSON.stringify(preview(own[0]!.secret))}, expected ${JSON.stringify(preview(expected[0]!))}`);
      const span = `${own[0]!.line}:${own[0]!.column}`;
      const markedAt = position(c.expanded.text, marked.start);
      if (encoded && span !== markedAt) problems.push(`${where(c)}: reported at ${span}, expected at ${markedAt} (the encoded text)`);
    }
  }
  return problems;
}

function decodeText(base64: string): string {
  return Buffer.from(base64, 'base64').toString('utf8');
}

/** `line:column` (1-based) of an offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

function describe(findings: readonly RawFinding[]): string {
  return findings.map((f) => `${f.ruleId} at ${f.line}:${f.column}`).join(', ');
}

function preview(secret: string): string {
  return secret.length <= 24 ? secret : `${secret.slice(0, 12)}…${secret.slice(-8)}`;
}
