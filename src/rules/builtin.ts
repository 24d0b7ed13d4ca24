import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInfo } from '../build-info.ts';
import { cacheDir } from '../cache-dir.ts';
import { reachOf } from './keyword-reach.ts';
import type { RuleSpec } from './spec.ts';

/**
 * The built-in rules: `rules/*.toml` beside the bundle (or the sources), read at every run, so that adding or
 * changing a rule never means rebuilding a bundle. Parsing and checking the TOML costs a pre-commit hook more than
 * the rest of its start-up, so the checked rules (without their examples, which are test data) are kept in the cache
 * directory under a key made of the files' names and stat (size, modification and change times, inode): a run stats
 * the files and reads one JSON file. (The key used to be a SHA-256 of the files' text: loading node:crypto and
 * hashing cost a hook some 5-10 ms, more than all the rest of this.) Any write to a file changes its change time,
 * which no tool can set back, so an edited rule is not served from the cache.
 */
export async function loadBuiltinRules(): Promise<readonly RuleSpec[]> {
  const dir = builtinRulesDir();
  const names = readdirSync(dir).filter((name) => name.endsWith('.toml')).sort();
  const where = cacheDir();
  const cached = where === null ? null : path.join(where, `rules-${rulesKey(dir, names)}.json`);
  if (cached !== null) {
    try {
      const specs: unknown = JSON.parse(readFileSync(cached, 'utf8'));
      if (Array.isArray(specs) && specs.length > 0) return specs as RuleSpec[];
    } catch {
      // not cached yet (or unreadable): parsed below
    }
  }
  const texts = names.map((name) => readFileSync(path.join(dir, name), 'utf8'));
  const { parseRulesTexts, requireValid } = await import('./load.ts');
  const specs = requireValid(parseRulesTexts(names.map((name, i) => [path.join('rules', name), texts[i]!])))
    .map(({ examples: _examples, ...rule }) => ({ ...rule, keywordReach: reachOf(rule) }));
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

/** Bumped when what the cache keeps beside the checked rules changes (2: each rule's keywordReach). */
const CACHE_FORMAT = 2;

/**
 * 24 hex digits that change when the version or any rule file changes: three 32-bit FNV-1a hashes (different primes)
 * of the version, each file's name, and its stat. Not a defence against anyone (the cache directory is the user's
 * own), only a name that a changed file does not keep.
 */
export function rulesKey(dir: string, names: readonly string[]): string {
  // The version too: another release may read the same rules differently. And the format of what is kept with them
  // (CACHE_FORMAT): a build that works out more, or works it out otherwise, must not read what an older one kept.
  let text = `${buildInfo?.version ?? 'sources'}\0${CACHE_FORMAT}`;
  for (const name of names) {
    const s = statSync(path.join(dir, name), { bigint: true });
    text += `\0${name}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\0${s.dev}`;
  }
  let a = 0x811c9dc5;
  let b = 0x811c9dc5;
  let c = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    c = Math.imul(c ^ code, 0x27d4eb2f);
  }
  return [a, b, c].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/** `rules/` at the package root: beside dist/ for a bundle, two levels up from this file in the sources. */
export function builtinRulesDir(): string {
  return buildInfo !== undefined && typeof __filename === 'string'
    ? path.join(path.dirname(__filename), '..', 'rules')
    : fileURLToPath(new URL('../../rules/', import.meta.url));
}
