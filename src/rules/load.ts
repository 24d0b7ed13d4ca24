import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { RuleError } from '../errors.ts';
import type { RuleSpec } from './spec.ts';
import { checkRuleSpec, isTable } from './spec.ts';

export interface LoadedRules {
  readonly specs: readonly RuleSpec[];
  /** Every problem found, as `file: rules[i].key: what is wrong`; empty when all rules are valid. */
  readonly problems: readonly string[];
}

/** Parses one rules file's text. `label` names the file in problems (a path relative to where the user looks). */
export function parseRulesToml(text: string, label: string): LoadedRules {
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'parse error';
    return { specs: [], problems: [`${label}: invalid TOML: ${message}`] };
  }
  const problems: string[] = [];
  for (const key of Object.keys(document)) if (key !== 'rules') problems.push(`${label}: ${key}: unknown top-level key (rules go in [[rules]] tables)`);
  const tables = document.rules;
  if (!Array.isArray(tables) || tables.length === 0) {
    problems.push(`${label}: defines no [[rules]]`);
    return { specs: [], problems };
  }
  const specs: RuleSpec[] = [];
  tables.forEach((table, i) => {
    const found = checkRuleSpec(table, `${label}: rules[${i}]`);
    if (found.length > 0) problems.push(...found);
    else if (isTable(table)) specs.push(table as unknown as RuleSpec);
  });
  return { specs, problems };
}

/** Loads every `*.toml` in a directory (sorted by name) and checks that rule ids are unique across files. */
export async function loadRulesDir(dir: string): Promise<LoadedRules> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.toml')).sort();
  const files = await Promise.all(names.map(async (name) => [path.join(path.basename(dir), name), await readFile(path.join(dir, name), 'utf8')] as const));
  return parseRulesTexts(files);
}

/** Rules files already read, as `[label, text]` pairs: each parsed and checked, and ids unique across them. */
export function parseRulesTexts(files: readonly (readonly [string, string])[]): LoadedRules {
  const specs: RuleSpec[] = [];
  const problems: string[] = [];
  for (const [label, text] of files) {
    const loaded = parseRulesToml(text, label);
    specs.push(...loaded.specs);
    problems.push(...loaded.problems);
  }
  problems.push(...duplicateIds(specs));
  return { specs, problems };
}

export function duplicateIds(specs: readonly RuleSpec[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const spec of specs) {
    if (seen.has(spec.id)) problems.push(`rule id "${spec.id}" is defined more than once`);
    seen.add(spec.id);
  }
  return problems;
}

/** Throws a RuleError listing every problem, or returns the specs. */
export function requireValid(loaded: LoadedRules): readonly RuleSpec[] {
  if (loaded.problems.length > 0) throw new RuleError(loaded.problems);
  return loaded.specs;
}
