import { primed } from './primed.ts';
import { looksSynthetic } from './synthetic.ts';
import { englishWords } from './words.ts';

/**
 * The scorer for generic candidates: a value assigned to a secret-looking name is reported when it holds enough
 * randomness that no person typed it as a word, a name or a piece of code. Shannon entropy cannot tell
 * `something1234` from `x9#Kq!2v` (the first scores higher); what can is how much of the value is left to chance
 * once its words, the numbers people append to words, and the separators between them are explained.
 *
 * - Character classes give the alphabet a random character is drawn from (26 per case, 10 digits, 32 symbols; 16
 *   for hex), so each unexplained character is worth log2(alphabet) bits.
 * - Dictionary words (rules/words.txt, also after undoing leetspeak such as `S0me` or `P@ss`) explain the letters
 *   they cover; a value whose letters are mostly words is a name or a phrase whatever its length.
 * - The name it is assigned to sets how many bits are needed: a password or secret needs fewer than a bare `key` or
 *   `auth`. The file moves the bar: a `.env` holds real values, tests, fixtures, examples and docs hold made-up ones.
 *
 * Linear in the value's length (the word search looks at most MAX_WORD characters back from each position).
 */

export interface GenericCandidate {
  readonly value: string;
  /** The identifier the value is assigned to (`DB_PASSWORD`), when known. */
  readonly name?: string;
  /** The file's path, relative, with `/`. */
  readonly path?: string;
}

export interface GenericScore {
  readonly secret: boolean;
  /** Estimated random bits: what words, appended numbers and separators do not explain. */
  readonly bits: number;
  /** Bits this name in this file needs. */
  readonly required: number;
  /** Share of the value's letters that dictionary words cover (0 without letters). */
  readonly wordShare: number;
  /** Why, as a sentence. */
  readonly reason: string;
}

const MAX_WORD = 20;
/** Substrings shorter than this are not taken as words inside a longer run of letters (random text holds many). */
const MIN_INNER_WORD = 4;
const BASE_BITS = 40;
const NO_WORDS: ReadonlySet<string> = new Set();

/** Names whose value is a credential by definition; other matched names (`key`, `auth`, `credentials`) need more. */
const STRONG_NAME = /passw(?:or)?d|passphrase|pwd|secret|token|api[_.-]?key|private[_.-]?key|access[_.-]?key/i;
/** Environment files hold the real values (`.env`, `.env.production`), not their templates. */
const DOTENV = /(?:^|\/)\.env(?:\.(?!example|sample|template|dist|defaults?\b|test\b|ci\b)[A-Za-z0-9_-]+)?$/i;
/** Tests, fixtures, mocks, examples and documentation: made-up values are the norm there. */
const MADE_UP = /(?:^|\/)(?:tests?|__tests__|spec|specs|fixtures?|__fixtures__|mocks?|__mocks__|testdata|examples?|samples?|demo|docs?)\/|[._-](?:test|spec|mock|fixture|example|sample)s?\.[A-Za-z0-9]+$|\.(?:md|mdx|rst|adoc)$/i;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const SEPARATOR = /[-_./: ]/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** `*name`, `&cfg.key`, `$data.x`, `@attr`, `!flag`, `::Const`: code that reaches a value, not the value. */
const CAMEL_IDENTIFIER = /^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|[0-9]{1,2})+$/;
const DOTTED_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+$/;
const SIGIL_REFERENCE = /^[*&$@!:]+[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|->|::)[A-Za-z_$][A-Za-z0-9_$]*)*$/;

/**
 * Scores already worked out, per word list, by the bits required and the value: the score depends on nothing else.
 * A history scan meets the same lines in every version of a file (the generated benchmark history: 34,000
 * candidates, 3,900 distinct values), a tree the same near-misses in many files. Bounded: cleared when full.
 */
const memo = new WeakMap<ReadonlySet<string>, Map<string, GenericScore>>();
const MEMO_ENTRIES = 8192;

/** The regexes every candidate meets, primed (primed.ts) the first time one is scored. */
let primedAll = false;
function primeAll(): void {
  primedAll = true;
  for (const regex of [STRONG_NAME, DOTENV, MADE_UP, DOTTED_IDENTIFIER]) primed(regex);
}

export function scoreGeneric(candidate: GenericCandidate, words: ReadonlySet<string> = englishWords()): GenericScore {
  if (!primedAll) primeAll();
  const required = requiredBits(candidate);
  let scores = memo.get(words);
  if (scores === undefined) memo.set(words, (scores = new Map()));
  const key = `${required}\0${candidate.value}`;
  const known = scores.get(key);
  if (known !== undefined) return known;
  const score = scoreValue(candidate.value, required, words);
  if (scores.size >= MEMO_ENTRIES) scores.clear();
  scores.set(key, score);
  return score;
}

/**
 * `scoreGeneric(candidate, words).secret`, without scoring the values whose answer the scorer gives whatever their
 * words: a member access without digits (`process.env.API_TOKEN`, `this.config.secret`), most of the candidates
 * code yields, is no secret before its words are looked up.
 */
export function isGenericSecret(candidate: GenericCandidate, words?: ReadonlySet<string>): boolean {
  if (!primedAll) primeAll();
  if (DOTTED_IDENTIFIER.test(candidate.value) && !/[0-9]/.test(candidate.value)) return false;
  return scoreGeneric(candidate, words ?? englishWords()).secret;
}

function scoreValue(value: string, required: number, words: ReadonlySet<string>): GenericScore {
  const no = (reason: string, bits = 0, wordShare = 0): GenericScore => ({ secret: false, bits, required, wordShare, reason });
  if (DATE_TIME.test(value)) return no('The value is a date or a timestamp.');
  if (looksSynthetic(value)) return no('The value is a placeholder or a typed sequence.');
  // Keys and generated passwords are printable ASCII; `sëcret-✓-🔑` is a string in a test.
  if (/[^\x21-\x7e]/.test(value)) return no('The value holds characters no generated secret has.');

  // Hex has too few letters for words to mean anything (`deadbeef` aside): its letters are all left to chance.
  const plain = explain(value, /^[0-9a-f]+$|^[0-9A-F]+$/.test(value) ? NO_WORDS : words);
  const leet = /[013457@$]/.test(value) ? explain(deLeet(value), words) : plain;
  const best = leet.bits < plain.bits ? leet : plain;
  const bits = best.bits * diversity(best.random, alphabetSize(value));
  // `*name`, `$data.x`: a sigil before an identifier made of words (random text may start with `$` too).
  if (SIGIL_REFERENCE.test(value) && best.wordShare >= 0.34) return no('The value is a reference in code, not a value.', bits, best.wordShare);
  // `throttleSecret`, `BasicAuthHeader`: an identifier in camel case with a word in it.
  if (CAMEL_IDENTIFIER.test(value) && best.wordShare >= 0.25) return no('The value is an identifier in code, not a value.', bits, best.wordShare);
  // `node.computed`, `config.db.password1`: a member access, not a value.
  if (DOTTED_IDENTIFIER.test(value) && (best.wordShare >= 0.34 || !/[0-9]/.test(value))) return no('The value is a reference in code, not a value.', bits, best.wordShare);
  if (best.covered >= 4 && best.wordShare >= 0.5) return no('The value is made of words, as a name or a phrase is.', bits, best.wordShare);
  if (bits < required) return no(`The value holds about ${Math.round(bits)} random bits; this name needs ${required}.`, bits, best.wordShare);
  return { secret: true, bits, required, wordShare: best.wordShare, reason: `The value holds about ${Math.round(bits)} random bits.` };
}

function requiredBits({ name, path }: GenericCandidate): number {
  let required = BASE_BITS;
  if (name !== undefined && name !== '' && !STRONG_NAME.test(name)) required += 8;
  if (path !== undefined) {
    if (DOTENV.test(path)) required -= 8;
    else if (MADE_UP.test(path)) required += 12;
  }
  return required;
}

/** Leetspeak undone where a digit or symbol stands between two letters (`S0me`, `P@ss`), not elsewhere (`abc1`). */
function deLeet(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const mapped = LEET[c];
    out += mapped !== undefined && isLetter(value[i - 1]) && isLetter(value[i + 1]) ? mapped : c;
  }
  return out;
}

interface Explained {
  readonly bits: number;
  /** The characters left to chance, in order. */
  readonly random: string;
  readonly covered: number;
  readonly wordShare: number;
}

/** Marks the letters that words cover, then adds up the bits of everything words, appended numbers and separators do not explain. */
function explain(value: string, words: ReadonlySet<string>): Explained {
  const n = value.length;
  const covered = new Uint8Array(n);
  let letters = 0;
  // Runs of letters, split where the case turns (camelCase, HTTPServer): each run is a whole word or holds words.
  for (let i = 0; i < n; ) {
    if (!isLetter(value[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isLetter(value[end]) && !caseBoundary(value, end)) end++;
    letters += end - i;
    // A short word counts only standing alone (`ssh_key`, `getApiKey`), not between digits (`8a4f9`), where random text puts it.
    const alone = !isDigit(value[i - 1]) && !isDigit(value[end]);
    if (alone || end - i >= MIN_INNER_WORD) coverRun(value.slice(i, end).toLowerCase(), i, covered, words);
    i = end;
  }
  const alphabet = alphabetSize(value);
  const perChar = Math.log2(alphabet);
  let bits = 0;
  let random = '';
  let coveredLetters = 0;
  for (let i = 0; i < n; ) {
    const c = value[i]!;
    if (covered[i]) {
      coveredLetters++;
      i++;
      continue;
    }
    if (isDigit(c)) {
      let end = i + 1;
      while (end < n && isDigit(value[end])) end++;
      // A short number after a word or a separator after a word (something1234, password_2024) is typed, not drawn.
      const before = previousMeaningful(value, i);
      if (!(end - i <= 4 && before !== -1 && covered[before])) {
        bits += (end - i) * perChar;
        random += value.slice(i, end);
      }
      i = end;
      continue;
    }
    if (SEPARATOR.test(c) && (covered[i - 1] || covered[i + 1] || i === 0 || i === n - 1)) {
      i++;
      continue;
    }
    bits += perChar;
    random += c;
    i++;
  }
  return { bits, random, covered: coveredLetters, wordShare: letters === 0 ? 0 : coveredLetters / letters };
}

/** Marks the letters of `run` (lower case, starting at `offset`) that dictionary words cover, as many as possible. */
function coverRun(run: string, offset: number, covered: Uint8Array, words: ReadonlySet<string>): void {
  const m = run.length;
  if (m >= 2 && m <= MAX_WORD && words.has(run)) {
    covered.fill(1, offset, offset + m);
    return;
  }
  if (m < MIN_INNER_WORD) return;
  // Where a word can start at all: its first MIN_INNER_WORD letters begin some word (in random text, few places).
  // Worked out once enough runs were searched to pay for the set of word heads (a hook scores a handful).
  const heads = headsOf(words);
  const starts = new Uint8Array(m).fill(heads === null ? 1 : 0);
  if (heads !== null) {
    let any = false;
    for (let start = 0; start + MIN_INNER_WORD <= m; start++) {
      if (heads.has(run.slice(start, start + MIN_INNER_WORD))) {
        starts[start] = 1;
        any = true;
      }
    }
    if (!any) return;
  }
  // best[i]: most letters of run[0..i) that words cover; from[i]: where the word ending at i starts (-1: none).
  const best = new Int32Array(m + 1);
  const from = new Int32Array(m + 1).fill(-1);
  for (let i = 1; i <= m; i++) {
    best[i] = best[i - 1]!;
    for (let length = MIN_INNER_WORD; length <= Math.min(MAX_WORD, i); length++) {
      const start = i - length;
      if (starts[start] === 1 && best[start]! + length > best[i]! && words.has(run.slice(start, i))) {
        best[i] = best[start]! + length;
        from[i] = start;
      }
    }
  }
  for (let i = m; i > 0; ) {
    const start = from[i]!;
    if (start !== -1 && best[i] !== best[i - 1]) {
      covered.fill(1, offset + start, offset + i);
      i = start;
    } else i--;
  }
}

const headSets = new WeakMap<ReadonlySet<string>, ReadonlySet<string> | number>();
/** Runs searched without the heads before they are built. */
const HEADS_AFTER = 256;

/**
 * The first MIN_INNER_WORD letters of every word at least that long, built once per word list, from the
 * HEADS_AFTER-th run searched on (null before).
 */
function headsOf(words: ReadonlySet<string>): ReadonlySet<string> | null {
  const heads = headSets.get(words) ?? 0;
  if (typeof heads !== 'number') return heads;
  if (heads < HEADS_AFTER) {
    headSets.set(words, heads + 1);
    return null;
  }
  const made = new Set<string>();
  for (const word of words) if (word.length >= MIN_INNER_WORD) made.add(word.slice(0, MIN_INNER_WORD));
  headSets.set(words, made);
  return made;
}

/** The alphabet a random character of `value` is taken to come from, by the classes it uses. */
function alphabetSize(value: string): number {
  if (/^[0-9a-f]+$/.test(value) || /^[0-9A-F]+$/.test(value)) return 16;
  let size = 0;
  if (/[a-z]/.test(value)) size += 26;
  if (/[A-Z]/.test(value)) size += 26;
  if (/[0-9]/.test(value)) size += 10;
  if (/[^A-Za-z0-9]/.test(value)) size += 32;
  return Math.max(size, 2);
}

/**
 * 1 for characters as varied as a random draw from the alphabet would be, less for ones that repeat themselves
 * (`abab12abab12`, the keyboard mash around a word in `sdfdsfprivatesfsdfd`): the bits are scaled by the square of
 * the shortfall.
 */
function diversity(value: string, alphabet: number): number {
  if (value.length === 0) return 1;
  const expected = alphabet * (1 - Math.pow(1 - 1 / alphabet, value.length));
  const ratio = Math.min(1, new Set(value).size / expected);
  return ratio >= 0.7 ? 1 : ratio * ratio;
}

function previousMeaningful(value: string, i: number): number {
  let j = i - 1;
  if (j >= 0 && SEPARATOR.test(value[j]!)) j--;
  return j;
}

function caseBoundary(value: string, i: number): boolean {
  const previous = value[i - 1]!;
  const current = value[i]!;
  if (isLower(previous) && isUpper(current)) return true;
  // HTTPServer: the last capital of a run of capitals starts the next word.
  return isUpper(previous) && isUpper(current) && isLower(value[i + 1]);
}

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
