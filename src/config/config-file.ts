import { dotenvRule } from '../checks/dotenv.ts';
import { createDetector } from '../detect/detector.ts';
import { ConfigError, UsageError } from '../errors.ts';
import { compileRule } from '../rules/compile.ts';
import type { RuleSpec } from '../rules/spec.ts';
import { checkRuleSpec, isTable } from '../rules/spec.ts';
import { LinearRegExp, linearSyntax, loadLinearEngine } from '../rules/linear-regex.ts';
import { GlobError, globToRegExp } from './glob-match.ts';
import { describe, parseTomlDocument } from './toml.ts';
import { OPTIONS, parseSize } from './options.ts';

/**
 * `.leakwarden.toml`:
 *
 *     maxFileSize = "5MB"                   # the options marked `config` in options.ts, under their keys
 *     [extend]
 *     useDefault = true                     # the built-in rules (and the .env check); default true
 *     disabledRules = ["generic-secret"]    # built-in or custom rule ids
 *     [[rules]]                             # custom rules: exactly the fields of rules/*.toml
 *     [allowlist]
 *     paths = ["test/fixtures/**"]          # globs (glob-match.ts)
 *     regexes = ['^dummy-']                 # tested against the secret, case-insensitively
 *     stopwords = ["example"]               # case-insensitive substrings of the secret
 */

/** The config's `[allowlist]`: a finding it covers is suppressed (and counted as `allowlist`). */
export interface ConfigAllowlist {
  readonly paths: readonly RegExp[];
  readonly regexes: readonly RegExp[];
  /** Lower-cased. */
  readonly stopwords: readonly string[];
}

/** Option values the config sets, converted as the command line would convert them. */
/** The options a config file can set (those marked `config` in options.ts; a test holds the two lists together). */
export interface ConfigOptions {
  readonly maxFileSize?: number;
  readonly gitignore?: boolean;
  readonly strictIgnores?: boolean;
}

export interface Config {
  /** The rules that run: the built-ins the config keeps, then its own. */
  readonly specs: readonly RuleSpec[];
  /** Whether the `.env` policy check runs (a built-in, so `useDefault` and `disabledRules` reach it too). */
  readonly dotenv: boolean;
  readonly allowlist: ConfigAllowlist | null;
  readonly options: ConfigOptions;
}

const CONFIG_OPTIONS = OPTIONS.filter((option) => option.config);
const SECTIONS = ['extend', 'rules', 'allowlist'];
const EXTEND_KEYS = ['useDefault', 'disabledRules'];
const ALLOWLIST_KEYS = ['description', 'paths', 'regexes', 'stopwords'];

/**
 * Parses and checks a config file against the built-in rules. Every problem is collected (unknown keys, wrong
 * types, bad regexes and globs, rules that fail their own examples) and thrown together as one ConfigError, each as
 * `FILE: key: what is wrong`.
 */
export async function parseConfig(text: string, label: string, builtins: readonly RuleSpec[]): Promise<Config> {
  const document = parseTomlDocument(text, label);
  // The repository's own patterns run on the linear engine (rules/linear-regex.ts): loaded only for a config file.
  await loadLinearEngine();
  const problems: string[] = [];
  const add = (key: string, what: string) => problems.push(`${label}: ${key}: ${what}`);
  for (const key of Object.keys(document)) {
    if (!SECTIONS.includes(key) && !CONFIG_OPTIONS.some((option) => option.key === key)) {
      add(key, `unknown key (known: ${[...CONFIG_OPTIONS.map((o) => o.key), ...SECTIONS.map((s) => `[${s}]`)].join(', ')})`);
    }
  }
  const options = checkOptions(document, add);

  const extend = document.extend ?? {};
  let useDefault = true;
  let disabled: string[] = [];
  if (!isTable(extend)) add('extend', 'must be a table ([extend])');
  else {
    for (const key of Object.keys(extend)) if (!EXTEND_KEYS.includes(key)) add(`extend.${key}`, `unknown key (known: ${EXTEND_KEYS.join(', ')})`);
    if (extend.useDefault !== undefined) {
      if (typeof extend.useDefault === 'boolean') useDefault = extend.useDefault;
      else add('extend.useDefault', `must be true or false, got ${describe(extend.useDefault)}`);
    }
    if (extend.disabledRules !== undefined) disabled = stringList(extend.disabledRules, 'extend.disabledRules', add) ?? [];
  }

  const custom: RuleSpec[] = [];
  /** Where each custom rule stands in the file's [[rules]], for messages. */
  const at = new Map<RuleSpec, number>();
  const tables = document.rules;
  if (tables !== undefined) {
    if (!Array.isArray(tables)) add('rules', 'must be an array of tables ([[rules]])');
    else tables.forEach((table, i) => {
      const found = checkRuleSpec(table, `${label}: rules[${i}]`, 'linear');
      problems.push(...found);
      if (found.length === 0) {
        const spec: RuleSpec = { ...(table as unknown as RuleSpec), engine: 'linear' };
        custom.push(spec);
        at.set(spec, i);
      }
    });
  }
  const allowlist = document.allowlist === undefined ? null : checkAllowlist(document.allowlist, add);

  // disabledRules names built-ins: a custom rule is removed by deleting it, and one with a disabled rule's id replaces it.
  const known = new Set([...builtins.map((spec) => spec.id), dotenvRule.id]);
  disabled.forEach((id, i) => {
    if (!known.has(id)) add(`extend.disabledRules[${i}]`, `no built-in rule "${id}" (\`leakwarden rules\` lists them)`);
  });
  const off = new Set(disabled);
  const kept = useDefault ? builtins.filter((spec) => !off.has(spec.id)) : [];
  const ids = new Set(kept.map((spec) => spec.id));
  custom.forEach((spec, i) => {
    const where = `rules[${at.get(spec)}].id`;
    if (useDefault && spec.id === dotenvRule.id && !off.has(spec.id)) {
      add(where, `"${spec.id}" is a built-in check; choose another id, or add it to [extend] disabledRules to replace it`);
    } else if (ids.has(spec.id)) {
      add(where, custom.findIndex((other) => other.id === spec.id) < i
        ? `"${spec.id}" is defined more than once`
        : `"${spec.id}" is a built-in rule; choose another id, or add it to [extend] disabledRules to replace it`);
    }
    ids.add(spec.id);
  });
  const specs = [...kept, ...custom];
  const dotenv = useDefault && !off.has(dotenvRule.id) && !custom.some((spec) => spec.id === dotenvRule.id);
  if (problems.length === 0 && specs.length === 0 && !dotenv) {
    add('rules', 'no rule is left to run (useDefault = false, or every rule disabled, and no [[rules]] of its own)');
  }
  if (problems.length === 0) problems.push(...(await checkCustomExamples(custom, specs, at, label)));
  if (problems.length > 0) throw new ConfigError(problems);
  return { specs, dotenv, allowlist, options };
}

/** The top-level option keys, each converted the way its flag's value is. */
function checkOptions(document: Record<string, unknown>, add: (key: string, what: string) => void): ConfigOptions {
  const options: Record<string, unknown> = {};
  for (const def of CONFIG_OPTIONS) {
    const value = document[def.key];
    if (value === undefined) continue;
    if (def.type === 'boolean') {
      if (typeof value === 'boolean') options[def.key] = value;
      else add(def.key, `must be true or false, got ${describe(value)}`);
    } else if (def.key === 'maxFileSize') {
      try {
        if (typeof value !== 'string' && typeof value !== 'number') throw new UsageError('not a size');
        options[def.key] = parseSize(String(value));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        add(def.key, `must be a positive size ("512KB", "10MB") or a number of bytes, got ${describe(value)}`);
      }
    } else if (typeof value === 'string' && value !== '') options[def.key] = value;
    else add(def.key, `must be a non-empty string, got ${describe(value)}`);
  }
  return options as ConfigOptions;
}

function checkAllowlist(raw: unknown, add: (key: string, what: string) => void): ConfigAllowlist | null {
  if (!isTable(raw)) {
    add('allowlist', 'must be a table ([allowlist])');
    return null;
  }
  for (const key of Object.keys(raw)) if (!ALLOWLIST_KEYS.includes(key)) add(`allowlist.${key}`, `unknown key (known: ${ALLOWLIST_KEYS.join(', ')})`);
  if (raw.description !== undefined && typeof raw.description !== 'string') add('allowlist.description', `must be a string, got ${describe(raw.description)}`);
  const compile = <T>(key: string, make: (text: string) => T): T[] => {
    const list = raw[key] === undefined ? [] : (stringList(raw[key], `allowlist.${key}`, add) ?? []);
    return list.flatMap((text, i) => {
      try {
        return [make(text)];
      } catch (error) {
        // Named by position, never by content: a pattern can hold the very secret it allows.
        if (error instanceof GlobError) add(`allowlist.${key}[${i}]`, `invalid glob: ${error.message}`);
        else add(`allowlist.${key}[${i}]`, `invalid regex: ${linearSyntax(error)}`);
        return [];
      }
    });
  };
  const allowlist = {
    paths: compile('paths', globToRegExp),
    regexes: compile('regexes', (text) => new LinearRegExp(text, 'i')),
    stopwords: compile('stopwords', (text) => text.toLowerCase()),
  };
  if (raw.paths === undefined && raw.regexes === undefined && raw.stopwords === undefined) add('allowlist', 'needs paths, regexes or stopwords');
  return allowlist;
}

/** A custom rule that brings examples passes the same checks as the built-in rules' examples (rules/examples.ts). */
async function checkCustomExamples(custom: readonly RuleSpec[], specs: readonly RuleSpec[], at: ReadonlyMap<RuleSpec, number>, label: string): Promise<string[]> {
  const withExamples = custom.filter((spec) => spec.examples !== undefined && specs.includes(spec));
  if (withExamples.length === 0) return [];
  const { checkExamples } = await import('../rules/examples.ts');
  const detector = createDetector(specs.map(compileRule));
  return withExamples.flatMap((spec) => {
    const where = `${label}: rules[${at.get(spec)}].examples`;
    return checkExamples(spec, detector).map((problem) => {
      const what = problem.slice(spec.id.length + 2);
      return /^(positive|negative)\[/.test(what) ? `${where}.${what}` : `${where}: ${what}`;
    });
  });
}

function stringList(value: unknown, key: string, add: (key: string, what: string) => void): string[] | null {
  if (!Array.isArray(value)) {
    add(key, `must be a list of strings, got ${describe(value)}`);
    return null;
  }
  let ok = true;
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') {
      add(`${key}[${i}]`, `must be a non-empty string, got ${describe(item)}`);
      ok = false;
    }
  });
  return ok ? (value as string[]) : null;
}
