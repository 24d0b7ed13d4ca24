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
      loaded = new WordList(readFileSync(path.join(builtinRulesDir(), 'words.txt'), 'utf8'));
    } catch {
      loaded = new Set();
    }
  }
  return loaded;
}

/** Lookups a WordList answers from the text before it builds its set. */
const LOOKUPS_BEFORE_SET = 512;

/**
 * The set parseWords makes of a text, made only when a scan looks up many words. A pre-commit hook scores a
 * handful of candidates, which look up a dozen words: a set of 12,000 strings (1.1 MB, some 4 ms cold, and the
 * scavenges it causes) would be built for them. Until then a lower-case word is looked up in the text itself: one
 * regex pass finds, for each letter, the lines of bare words that start with it (together, in a sorted file: a few
 * kilobytes to search) and the few irregular lines, normalised as parseWords does. A file whose lines of a letter
 * are not together, a word that is not bare, or many lookups: the set.
 */
export class WordList implements ReadonlySet<string> {
  private set: ReadonlySet<string> | undefined;
  private lookups = 0;
  /** Null: a letter's lines are apart (the set answers). */
  private index: WordIndex | null | undefined;

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (this.set === undefined && this.lookups++ < LOOKUPS_BEFORE_SET && BARE_WORD.test(word)) {
      const index = this.index === undefined ? (this.index = indexOf(this.text)) : this.index;
      if (index !== null) return index.irregular.has(word) || (index.runs.get(word[0]!)?.includes(`\n${word}\n`) ?? false);
    }
    return this.words().has(word);
  }

  private words(): ReadonlySet<string> {
    if (this.set === undefined) {
      this.set = parseWords(this.text);
      this.index = null;
    }
    return this.set;
  }

  get size(): number {
    return this.words().size;
  }
  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.words().forEach((value) => callback.call(thisArg, value, value, this));
  }
  entries(): SetIterator<[string, string]> {
    return this.words().entries() as SetIterator<[string, string]>;
  }
  keys(): SetIterator<string> {
    return this.words().keys() as SetIterator<string>;
  }
  values(): SetIterator<string> {
    return this.words().values() as SetIterator<string>;
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.words()[Symbol.iterator]() as SetIterator<string>;
  }
}

/** A word as the scorer looks one up: lower-case letters. */
const BARE_WORD = /^[a-z]+$/;
/** A line that is not a bare lower-case word: a comment, a blank line, CRLF, capitals, spaces. */
const IRREGULAR_LINE = /^(?:[^a-z\n]|[a-z]+[^a-z\n])[^\n]*|^$/gm;
/** Consecutive lines of bare words that start with the same letter (group 1), or an irregular line. */
const LINES = new RegExp(`^([a-z])[a-z]*(?:\\n\\1[a-z]*)*$|${IRREGULAR_LINE.source}`, 'gm');

/** Per letter, its lines between newlines; the irregular lines' words. */
interface WordIndex {
  readonly runs: ReadonlyMap<string, string>;
  readonly irregular: ReadonlySet<string>;
}

/** The index of a text, or null when the lines of some letter are not together. */
function indexOf(text: string): WordIndex | null {
  const runs = new Map<string, string>();
  const irregular = new Set<string>();
  for (const [line, letter] of text.matchAll(LINES)) {
    if (letter !== undefined) {
      if (runs.has(letter)) return null;
      runs.set(letter, `\n${line}\n`);
      continue;
    }
    const word = line.trim().toLowerCase();
    if (word !== '' && !word.startsWith('#')) irregular.add(word);
  }
  return { runs, irregular };
}

/**
 * One word a line; blank lines and lines starting with `#` are skipped. A hook reads the list cold, where a loop over
 * 12,000 lines runs in V8's interpreter (some 10 ms): the lines go into the set whole, and only those that are not a
 * bare lower-case word (comments, blank lines, CRLF, capitals, spaces), found by one regex pass, are taken out and
 * normalised one by one.
 */
export function parseWords(text: string): ReadonlySet<string> {
  const words = new Set<string>(text.split('\n'));
  for (const [line] of text.matchAll(IRREGULAR_LINE)) {
    words.delete(line);
    const word = line.trim().toLowerCase();
    if (word !== '' && !word.startsWith('#')) words.add(word);
  }
  return words;
}
