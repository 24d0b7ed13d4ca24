import type { Severity } from '../types.ts';
import { SEVERITIES } from '../types.ts';
import { linearGroups, linearProblem, linearSyntax } from './linear-regex.ts';
import { validators } from './validators.ts';

/** What an allowlist entry's regexes are matched against. */
export type RegexTarget = 'secret' | 'match' | 'line' | 'name';
const REGEX_TARGETS: readonly RegexTarget[] = ['secret', 'match', 'line', 'name'];

/** Conditions under which a match is not a finding. Any one condition that holds suppresses the match. */
export interface AllowlistSpec {
  readonly description?: string;
  /** Regexes (JavaScript syntax, matched case-insensitively) tested against `regexTarget`. */
  readonly regexes?: readonly string[];
  /** Default `secret`. `name` is the identifier a secret is assigned to (rules with a `name` group). */
  readonly regexTarget?: RegexTarget;
  /** Case-insensitive substrings of the secret. */
  readonly stopwords?: readonly string[];
  /** Regexes (case-insensitive) tested against the file path. */
  readonly paths?: readonly string[];
}

/** One example: plain text, or text with the path it is scanned under. Text may hold generators (see examples.ts). */
export type ExampleSpec = string | { readonly text: string; readonly path?: string; readonly note?: string };

/** A rule exactly as written in a rules file. Only the loader, the compiler and the example checker see it. */
export interface RuleSpec {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  /** A JavaScript regex; the compiler adds the flags it needs (`g`, and `y` + `d` to locate groups). */
  readonly regex: string;
  /** Extra flags among `i`, `m`, `s`, `u`. */
  readonly flags?: string;
  /** Group holding the secret: a number or a group name; default 0 (the whole match). */
  readonly secretGroup?: number | string;
  /** Case-insensitive literals; the rule runs only on fragments containing one of them. */
  readonly keywords: readonly string[];
  /** Minimum Shannon entropy (bits per character) of the secret; default 0. */
  readonly minEntropy?: number;
  /** Name of a validator in src/rules/validators.ts that decodes and checks the candidate. */
  readonly validate?: string;
  /** Regex a file path must match for the rule to run on it. */
  readonly path?: string;
  /** What to do when this rule fires (rotate where, remove how). */
  readonly remediation: string;
  readonly helpUri?: string;
  readonly allowlists?: readonly AllowlistSpec[];
  readonly examples?: { readonly positive: readonly ExampleSpec[]; readonly negative: readonly ExampleSpec[] };
  /** Set by the config loader, never written in TOML: a repository's own rule runs on the linear engine. */
  readonly engine?: RegexEngine;
  /**
   * Set by the loader of the built-in rules, never written in TOML: the regex's keywordReach (keyword-reach.ts; null
   * when it has none), worked out when the rules are parsed and kept in their cache (builtin.ts), so that a run
   * matches the rule only around its keywords from its first fragment on, without parsing the regex again.
   */
  readonly keywordReach?: number | null;
}

const RULE_KEYS = new Set([
  'id', 'description', 'severity', 'regex', 'flags', 'secretGroup', 'keywords', 'minEntropy', 'validate', 'path',
  'remediation', 'helpUri', 'allowlists', 'examples',
]);
const ALLOWLIST_KEYS = new Set(['description', 'regexes', 'regexTarget', 'stopwords', 'paths']);
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks one parsed rule table and returns the problems found, each as `where.key: what is wrong`. An empty list
 * means the table is a valid RuleSpec.
 */
export function checkRuleSpec(raw: unknown, where: string, engine: RegexEngine = 'v8'): string[] {
  const problems: string[] = [];
  const checkRegex = regexChecker(engine);
  const add = (key: string, what: string) => problems.push(`${where}.${key}: ${what}`);
  if (!isTable(raw)) return [`${where}: expected a table`];
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) add(key, 'unknown key');

  const string = (key: string, required: boolean): string | undefined => {
    const value = raw[key];
    if (value === undefined) {
      if (required) add(key, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      add(key, 'must be a non-empty string');
      return undefined;
    }
    return value;
  };

  const id = string('id', true);
  if (id !== undefined && !ID_PATTERN.test(id)) add('id', `"${id}" must be kebab-case (a-z, 0-9, -)`);
  string('description', true);
  string('remediation', true);
  string('helpUri', false);
  const severity = string('severity', true);
  if (severity !== undefined && !SEVERITIES.includes(severity as Severity)) add('severity', `must be one of ${SEVERITIES.join(', ')}`);

  const flags = string('flags', false) ?? '';
  if (!/^[imsu]*$/.test(flags)) add('flags', 'allowed flags are i, m, s, u');
  const regex = string('regex', true);
  let groups: { count: number; names: Set<string> } | undefined;
  if (regex !== undefined) {
    if (engine === 'linear') {
      try {
        groups = linearGroups(regex, flags) as { count: number; names: Set<string> };
      } catch (error) {
        add('regex', `invalid regex: ${linearSyntax(error)}`);
      }
    } else if (/^\(\?[a-z]+\)/.test(regex)) add('regex', 'inline flags like (?i) are Go/RE2 syntax; use the flags key instead');
    else if (/\{(?:[2-9]|\d{2,}),\}/.test(regex)) {
      // V8 pushes a backtrack entry per repetition of X{n,} (not of X+ or X*): a long run overflows its stack.
      add('regex', 'unbounded X{n,} overflows the regex engine\'s stack on long input; write X{n}X* instead');
    }
    else {
      try {
        groups = regexGroups(regex, flags);
      } catch (error) {
        add('regex', `invalid regex: ${(error as Error).message}`);
      }
    }
  }
  const secretGroup = raw.secretGroup;
  if (secretGroup !== undefined && groups) {
    if (typeof secretGroup === 'number') {
      if (!Number.isInteger(secretGroup) || secretGroup < 0 || secretGroup > groups.count) add('secretGroup', `regex has no group ${secretGroup}`);
    } else if (typeof secretGroup === 'string') {
      if (!groups.names.has(secretGroup)) add('secretGroup', `regex has no group named "${secretGroup}"`);
    } else add('secretGroup', 'must be a group number or name');
  }

  const keywords = raw.keywords;
  if (!Array.isArray(keywords) || keywords.length === 0 || !keywords.every((k) => typeof k === 'string' && k.length > 0)) {
    add('keywords', 'must be a non-empty list of non-empty strings (the prefilter skips a rule without keywords)');
  }
  const minEntropy = raw.minEntropy;
  if (minEntropy !== undefined && (typeof minEntropy !== 'number' || minEntropy < 0 || minEntropy > 8)) add('minEntropy', 'must be a number between 0 and 8');
  const validate = string('validate', false);
  if (validate !== undefined && !Object.hasOwn(validators, validate)) {
    add('validate', `unknown validator "${validate}" (known: ${Object.keys(validators).join(', ')})`);
  }
  const path = string('path', false);
  if (path !== undefined) checkRegex(path, '', (what) => add('path', what));

  if (raw.allowlists !== undefined) {
    if (!Array.isArray(raw.allowlists)) add('allowlists', 'must be a list of tables');
    else raw.allowlists.forEach((entry, i) => problems.push(...checkAllowlist(entry, `${where}.allowlists[${i}]`, engine)));
  }
  if (raw.examples !== undefined) {
    const examples = raw.examples;
    if (!isTable(examples)) add('examples', 'must be a table with positive and negative lists');
    else {
      for (const key of Object.keys(examples)) if (key !== 'positive' && key !== 'negative') add(`examples.${key}`, 'unknown key');
      for (const kind of ['positive', 'negative'] as const) {
        const list = examples[kind];
        if (list === undefined) continue;
        if (!Array.isArray(list)) add(`examples.${kind}`, 'must be a list');
        else list.forEach((example, i) => {
          const ok = typeof example === 'string'
            || (isTable(example) && typeof example.text === 'string' && Object.keys(example).every((k) => k === 'text' || k === 'path' || k === 'note'));
          if (!ok) add(`examples.${kind}[${i}]`, 'must be a string or a table { text, path?, note? }');
        });
      }
    }
  }
  return problems;
}

export function checkAllowlist(raw: unknown, where: string, engine: RegexEngine = 'v8'): string[] {
  const problems: string[] = [];
  const checkRegex = regexChecker(engine);
  const add = (key: string, what: string) => problems.push(`${where}.${key}: ${what}`);
  if (!isTable(raw)) return [`${where}: expected a table`];
  for (const key of Object.keys(raw)) if (!ALLOWLIST_KEYS.has(key)) add(key, 'unknown key');
  for (const key of ['regexes', 'stopwords', 'paths'] as const) {
    const list = raw[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v.length > 0)) {
      add(key, 'must be a list of non-empty strings');
      continue;
    }
    if (key !== 'stopwords') list.forEach((pattern, i) => checkRegex(pattern as string, 'i', (what) => add(`${key}[${i}]`, what)));
  }
  const target = raw.regexTarget;
  if (target !== undefined && !REGEX_TARGETS.includes(target as RegexTarget)) add('regexTarget', `must be one of ${REGEX_TARGETS.join(', ')}`);
  if (raw.regexes === undefined && raw.stopwords === undefined && raw.paths === undefined) {
    problems.push(`${where}: an allowlist needs regexes, stopwords or paths`);
  }
  return problems;
}

/**
 * Which engine runs a rule's patterns: V8's for the built-in rules, the linear one (rules/linear-regex.ts) for rules
 * and allowlists a scanned repository supplies.
 */
export type RegexEngine = 'v8' | 'linear';

/** A check of one pattern; what it reports never repeats the pattern (a pattern can hold a secret). */
function regexChecker(engine: RegexEngine): (pattern: string, flags: string, report: (what: string) => void) => void {
  return (pattern, flags, report) => {
    if (engine === 'linear') {
      const problem = linearProblem(pattern, flags);
      if (problem !== null) report(`invalid regex: ${problem}`);
      return;
    }
    try {
      new RegExp(pattern, flags);
    } catch (error) {
      report(`invalid regex: ${(error as Error).message}`);
    }
  };
}

/** Counts a regex's capture groups and collects their names (throws on a syntax error). */
function regexGroups(source: string, flags: string): { count: number; names: Set<string> } {
  const probe = new RegExp(`${source}|`, flags).exec('');
  return { count: (probe?.length ?? 1) - 1, names: new Set(Object.keys(probe?.groups ?? {})) };
}

export function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
