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
 * scavenges it causes) would be built for them. Until then a lower-case word is looked up in the text itself, in
 * the stretch between the first and the last line that start with its letter (the whole of them, whatever the
 * order of the lines; a few kilobytes of a sorted file), and in the few irregular lines normalised (parseWords);
 * anything else, the set.
 */
export class WordList implements ReadonlySet<string> {
  private set: ReadonlySet<string> | undefined;
  private lookups = 0;
  /** The text between newlines: every line, the first and the last too, is `\n<line>\n` in it. */
  private readonly padded: string;
  private readonly stretches = new Map<string, string>();
  private irregular: ReadonlySet<string> | undefined;

  constructor(text: string) {
    this.padded = `\n${text}\n`;
  }

  has(word: string): boolean {
    if (this.set === undefined && this.lookups++ < LOOKUPS_BEFORE_SET && BARE_WORD.test(word)) {
      return (this.irregular ??= irregularWords(this.padded)).has(word) || this.stretch(word[0]!).includes(`\n${word}\n`);
    }
    return this.words().has(word);
  }

  /** The lines from the first to the last that start with `letter`, each between newlines ('' when none does). */
  private stretch(letter: string): string {
    let found = this.stretches.get(letter);
    if (found === undefined) {
      const { padded } = this;
      const first = padded.indexOf(`\n${letter}`);
      found = first === -1 ? '' : padded.slice(first, padded.indexOf('\n', padded.lastIndexOf(`\n${letter}`) + 1) + 1);
      this.stretches.set(letter, found);
    }
    return found;
  }

  private words(): ReadonlySet<string> {
    if (this.set === undefined) {
      this.set = parseWords(this.padded.slice(1, -1));
      this.stretches.clear();
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

/** The words of the lines that are not bare words (normalised as parseWords does), without comments and blanks. */
function irregularWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const [line] of text.matchAll(IRREGULAR_LINE)) {
    const word = line.trim().toLowerCase();
    if (word !== '' && !word.startsWith('#')) words.add(word);
  }
  return words;
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
