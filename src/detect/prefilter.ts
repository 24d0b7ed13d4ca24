import { KeywordScan } from './keyword-scan.ts';
import { primed } from './primed.ts';
import type { WorkCounts } from './work.ts';
import { newWorkCounts } from './work.ts';

/**
 * Keyword prefilter: one case-insensitive pass over a fragment finds where every rule's keywords start (matched as
 * a case-insensitive regex matches them: ASCII letters in either case, any other character as V8's `i` flag folds
 * it). The detector runs a rule only if it has a hit, and for most rules only around its hits.
 *
 * Two ways to the same hits. In bulk, an Aho-Corasick automaton over all keywords at once: a table lookup per
 * character, whatever the number of keywords (an alternation regex of the same keywords ran at some 75 MB/s on the
 * benchmark's corpus, this at 350). But that is a JavaScript loop, slow until the JIT has compiled it, and its table
 * costs milliseconds to build: a pre-commit hook that scans a few files is done before either pays, so the first
 * text a detector sees goes through the alternation regex (native code from the start), and the automaton is built
 * when the caller asks for it (`automaton`: after a warm-up, detector.ts). Given the text's bytes, where they are one
 * a character, the automaton runs over them in WebAssembly (keyword-scan.ts), more than twice as fast again.
 */
export class Prefilter {
  private readonly byKeyword = new Map<string, Set<number>>();
  private readonly ruleCount: number;
  private automatonParts: Automaton | undefined;
  /** The automaton over bytes, made with it on first use (null: none here, see KeywordScan.create). */
  private byteScan: KeywordScan | null | undefined;
  /** The alternation of every keyword, longest first; for each keyword, the rules of the keywords it starts with. */
  private alternation:
    | { readonly pattern: RegExp; readonly keywords: readonly string[]; readonly starting: Map<string, readonly number[]> }
    | undefined;

  constructor(
    ruleKeywords: readonly (readonly string[])[],
    private readonly work: WorkCounts = newWorkCounts(),
  ) {
    this.ruleCount = ruleKeywords.length;
    ruleKeywords.forEach((keywords, rule) => {
      for (const keyword of keywords) {
        const key = keyword.toLowerCase();
        if (key === '') continue;
        if (!this.byKeyword.has(key)) this.byKeyword.set(key, new Set());
        this.byKeyword.get(key)!.add(rule);
      }
    });
  }

  /**
   * Where each rule's keywords start in `text`: for rule i, its hits in ascending order without repeats, or
   * undefined when it has none. `automaton`: through the automaton (built on first use), else the regex; the same
   * hits either way.
   */
  hits(text: string, automaton = true, bytes?: Uint8Array): (number[] | undefined)[] {
    this.work.prefilter += 1 + text.length;
    return automaton ? this.automatonHits(text, bytes) : this.regexHits(text);
  }

  private regexHits(text: string): (number[] | undefined)[] {
    const found: (number[] | undefined)[] = new Array<number[] | undefined>(this.ruleCount);
    const { pattern, starting } = (this.alternation ??= this.buildAlternation());
    if (pattern.source === '(?:)') return found;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // At each position the longest keyword matches; those it starts with start there too. The search goes on one
      // character later, so that every position where a keyword starts is seen.
      for (const rule of starting.get(match[0]) ?? this.spelling(match[0])) {
        const list = found[rule];
        if (list === undefined) found[rule] = [match.index];
        else list.push(match.index);
      }
      pattern.lastIndex = match.index + 1;
    }
    return found;
  }

  /**
   * The rules for a spelling of a keyword other than its own (`PASSWORD`, or `μs` for `µs`): those of the first
   * keyword in the alternation that matches it whole, which is the one the regex matched. Remembered (some).
   */
  private spelling(text: string): readonly number[] {
    const { keywords, starting } = this.alternation!;
    // ASCII text matches only the keyword it lower-cases to (a case-insensitive, non-unicode regex folds no other
    // character to an ASCII one): no regex to compile for `Token` or `PASSWORD`.
    const lower = isAsciiText(text) ? text.toLowerCase() : null;
    const keyword = keywords.find((k) => k.length === text.length && (lower !== null ? k === lower : new RegExp(`^${escapeRegex(k)}$`, 'i').test(text)));
    const rules = keyword === undefined ? [] : starting.get(keyword)!;
    if (starting.size < 4096) starting.set(text, rules);
    return rules;
  }

  private buildAlternation(): NonNullable<Prefilter['alternation']> {
    const keywords = [...this.byKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const starting = new Map<string, readonly number[]>();
    // Keywords are lower case: ASCII ones are compared as strings (a hook builds this table for every pair of
    // keywords, cold), others as a case-insensitive regex sees them.
    const ascii = isAsciiText(keywords.join(''));
    for (const keyword of keywords) {
      const rules = new Set<number>();
      for (const other of keywords) {
        if (other.length <= keyword.length && (ascii ? keyword.startsWith(other) : new RegExp(`^${escapeRegex(other)}`, 'i').test(keyword))) {
          for (const rule of this.byKeyword.get(other)!) rules.add(rule);
        }
      }
      starting.set(keyword, [...rules].sort((a, b) => a - b));
    }
    return { pattern: primed(new RegExp(keywords.map(escapeRegex).join('|'), 'gi')), keywords, starting };
  }

  /**
   * The automaton's hits: over `bytes` in WebAssembly (keyword-scan.ts) when they are the text's (one byte a
   * character: ASCII, or stray bytes that each decoded to U+FFFD, which no keyword holds), else over the text.
   */
  private automatonHits(text: string, bytes?: Uint8Array): (number[] | undefined)[] {
    const found: (number[] | undefined)[] = new Array<number[] | undefined>(this.ruleCount);
    const parts = (this.automatonParts ??= buildAutomaton(this.byKeyword));
    if (bytes !== undefined && bytes.length === text.length) {
      const scan = (this.byteScan ??= KeywordScan.create(parts.classes, parts.delta, parts.longest, parts.ascii));
      if (scan !== null) {
        scan.run(bytes, (end, state) => record(parts, found, state, end));
        return found;
      }
    }
    const { classes, delta } = parts;
    let at = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      at = delta[at + classes[text.charCodeAt(i)]!]!;
      if (at >= 0) continue;
      at = -at - 1;
      record(parts, found, at, i + 1);
    }
    return found;
  }

  /** Indices (into the rule list given to the constructor) of the rules whose keywords occur in `text`. */
  select(text: string): number[] {
    const selected: number[] = [];
    this.hits(text).forEach((list, rule) => {
      if (list !== undefined) selected.push(rule);
    });
    return selected;
  }
}

/** The automaton's tables (see Prefilter.automatonHits). */
interface Automaton {
  /** Character class of each UTF-16 code unit: 0 for a character no keyword holds. */
  readonly classes: Uint8Array;
  readonly classCount: number;
  /**
   * delta[state * classCount + class]: the next state, premultiplied by the class count (an index into the table),
   * and negated (less one) when keywords end there: one load and one sign test per character. 16 bits when they fit
   * (a few hundred states: the table stays in the fastest cache).
   */
  readonly delta: Int16Array | Int32Array;
  /** For each state, its outputs (the keywords that end there, by their suffix links too) in `outLength`/`outRules`. */
  readonly outFrom: Int32Array;
  readonly outTo: Int32Array;
  readonly outLength: readonly number[];
  readonly outRules: readonly (readonly number[])[];
  /** The longest keyword's length, and whether every keyword is ASCII (see KeywordScan.create). */
  readonly longest: number;
  readonly ascii: boolean;
}

/** Adds the starts of the keywords that end at `end` in automaton state `at` (premultiplied) to their rules' hits. */
function record(parts: Automaton, found: (number[] | undefined)[], at: number, end: number): void {
  const state = at / parts.classCount;
  const to = parts.outTo[state]!;
  for (let o = parts.outFrom[state]!; o < to; o++) {
    const start = end - parts.outLength[o]!;
    for (const rule of parts.outRules[o]!) {
      const list = found[rule];
      if (list === undefined) found[rule] = [start];
      else insert(list, start);
    }
  }
}

function buildAutomaton(byKeyword: ReadonlyMap<string, ReadonlySet<number>>): Automaton {
  // Classes: one per group of characters a case-insensitive regex treats as the same character.
  const classes = new Uint8Array(65536);
  let classCount = 1;
  for (const keyword of byKeyword.keys()) {
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      if (classes[code] !== 0) continue;
      if (classCount === 256) throw new Error('too many distinct keyword characters');
      for (const same of caseVariants(code)) classes[same] = classCount;
      classCount++;
    }
  }

  // The trie, then suffix links breadth first (the classic construction), as a full transition table.
  const children: Map<number, number>[] = [new Map()];
  const ends: { length: number; rules: number[] }[][] = [[]];
  for (const [keyword, rules] of byKeyword) {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const cls = classes[keyword.charCodeAt(i)]!;
      let next = children[state]!.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        children[state]!.set(cls, next);
      }
      state = next;
    }
    ends[state]!.push({ length: keyword.length, rules: [...rules] });
  }
  const states = children.length;
  const next = new Int32Array(states * classCount);
  const fail = new Int32Array(states);
  const order: number[] = [];
  for (let cls = 1; cls < classCount; cls++) {
    const child = children[0]!.get(cls);
    if (child !== undefined) order.push(child);
    next[cls] = child ?? 0;
  }
  for (let q = 0; q < order.length; q++) {
    const state = order[q]!;
    // Keywords ending at the suffix-link state end here too.
    ends[state]!.push(...ends[fail[state]!]!);
    for (let cls = 1; cls < classCount; cls++) {
      const child = children[state]!.get(cls);
      if (child === undefined) next[state * classCount + cls] = next[fail[state]! * classCount + cls]!;
      else {
        fail[child] = next[fail[state]! * classCount + cls]!;
        next[state * classCount + cls] = child;
        order.push(child);
      }
    }
  }
  const outFrom = new Int32Array(states);
  const outTo = new Int32Array(states);
  const outLength: number[] = [];
  const outRules: number[][] = [];
  for (let state = 0; state < states; state++) {
    outFrom[state] = outLength.length;
    for (const end of ends[state]!) {
      outLength.push(end.length);
      outRules.push(end.rules);
    }
    outTo[state] = outLength.length;
  }
  const delta = states * classCount < 32768 ? new Int16Array(next.length) : new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const state = next[i]!;
    delta[i] = outTo[state]! > outFrom[state]! ? -(state * classCount) - 1 : state * classCount;
  }
  const keywords = [...byKeyword.keys()];
  return { classes, classCount, delta, outFrom, outTo, outLength, outRules, longest: Math.max(0, ...keywords.map((k) => k.length)), ascii: isAsciiText(keywords.join('')) };
}

/**
 * Adds `start` to the ascending list: keywords are seen where they end, so a longer keyword can start before a
 * shorter one seen earlier, but never by more than its length (a few steps back at most).
 */
function insert(list: number[], start: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > start) i--;
  if (i > 0 && list[i - 1] === start) return;
  if (i === list.length) list.push(start);
  else list.splice(i, 0, start);
}

/** The code units a case-insensitive, non-unicode regex matches for `code` (ASCII: the letter's two cases). */
function caseVariants(code: number): number[] {
  if (code < 128) {
    const lower = code | 32;
    return lower >= 97 && lower <= 122 ? [lower, lower ^ 32] : [code];
  }
  // Outside ASCII, V8's own folding decides (rare: a repository's own keywords): every code unit it matches.
  const pattern = new RegExp(escapeRegex(String.fromCharCode(code)), 'i');
  const variants: number[] = [];
  for (let unit = 0; unit < 65536; unit++) if (pattern.test(String.fromCharCode(unit))) variants.push(unit);
  return variants;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Whether every code unit of `text` is ASCII. */
export function isAsciiText(text: string): boolean {
  return ASCII.test(text);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
