import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRulesDir } from '../rules/builtin.ts';

let loaded: ReadonlySet<string> | undefined;

/**
 * The English words of `rules/words.txt` (lower case), read the first time the generic rule scores a candidate: a
 * scan whose text never reaches that point (most pre-commit runs) never reads the file. A missing or unreadable
 * file gives an empty set: the scorer then only sees character classes, and the scan goes on.
 */
export function englishWords(): ReadonlySet<string> {
  if (loaded === undefined) {
    try {
      loaded = parseWords(readFileSync(path.join(builtinRulesDir(), 'words.txt'), 'utf8'));
    } catch {
      loaded = new Set();
    }
  }
  return loaded;
}

/**
 * One word a line; blank lines and lines starting with `#` are skipped. A hook reads the list cold, where a loop over
 * 12,000 lines runs in V8's interpreter (some 10 ms): the lines go into the set whole, and only those that are not a
 * bare lower-case word (comments, blank lines, CRLF, capitals, spaces), found by one regex pass, are taken out and
 * normalised one by one.
 */
export function parseWords(text: string): ReadonlySet<string> {
  const words = new Set<string>(text.split('\n'));
  for (const [line] of text.matchAll(/^(?:[^a-z\n]|[a-z]+[^a-z\n])[^\n]*|^$/gm)) {
    words.delete(line);
    const word = line.trim().toLowerCase();
    if (word !== '' && !word.startsWith('#')) words.add(word);
  }
  return words;
}
