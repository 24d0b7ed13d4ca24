import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInfo } from '../build-info.ts';
import { cacheDir } from '../cache-dir.ts';
import type { RuleSpec } from './spec.ts';

/**
 * The built-in rules: `rules/*.toml` beside the bundle (or the sources), read at every run, so that adding or
 * changing a rule never means rebuilding a bundle. Parsing and checking the TOML costs a pre-commit hook more than
 * the rest of its start-up, so the checked rules (without their examples, which are test data) are kept in the cache
 * directory under a hash of the files' text: a run reads three small files, hashes them, and reads one JSON file.
 */
export async function loadBuiltinRules(): Promise<readonly RuleSpec[]> {
  const dir = builtinRulesDir();
  const names = readdirSync(dir).filter((name) => name.endsWith('.toml')).sort();
  const texts = names.map((name) => readFileSync(path.join(dir, name), 'utf8'));
  // The version too: another release may read the same rules differently.
  const hash = createHash('sha256').update(`${buildInfo?.version ?? 'sources'}\0`);
  for (const [i, name] of names.entries()) hash.update(`${name}\0${texts[i]}\0`);
  const where = cacheDir();
  const cached = where === null ? null : path.join(where, `rules-${hash.digest('hex').slice(0, 24)}.json`);
  if (cached !== null) {
    try {
      const specs: unknown = JSON.parse(readFileSync(cached, 'utf8'));
      if (Array.isArray(specs) && specs.length > 0) return specs as RuleSpec[];
    } catch {
      // not cached yet (or unreadable): parsed below
    }
  }
  const { parseRulesTexts, requireValid } = await import('./load.ts');
  const specs = requireValid(parseRulesTexts(names.map((name, i) => [path.join('rules', name), texts[i]!])))
    .map(({ examples: _examples, ...rule }) => rule);
  if (cached !== null) {
    try {
      mkdirSync(path.dirname(cached), { recursive: true });
      const temporary = `${cached}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(specs));
      renameSync(temporary, cached);
    } catch {
      // a read-only cache directory: the next run parses again
    }
  }
  return specs;
}

/** `rules/` at the package root: beside dist/ for a bundle, two levels up from this file in the sources. */
export function builtinRulesDir(): string {
  return buildInfo !== undefined && typeof __filename === 'string'
    ? path.join(path.dirname(__filename), '..', 'rules')
    : fileURLToPath(new URL('../../rules/', import.meta.url));
}
