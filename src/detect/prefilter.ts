import type { WorkCounts } from './work.ts';
import { newWorkCounts } from './work.ts';

/**
 * Keyword prefilter: one case-insensitive pass over a fragment finds where every rule's keywords start (matched as
 * a case-insensitive regex matches them: ASCII letters in either case, any other character as V8's `i` flag folds
 * it). The detector runs a rule only if it has a hit, and for most rules only around its hits.
 *
 * The pass is an Aho-Corasick automaton over all keywords at once: a table lookup per character, whatever the
 * number of keywords (an alternation regex of the same keywords ran at some 75 MB/s on the benchmark's corpus, this at 350).
 */
export class Prefilter {
  /** Character class of each UTF-16 code unit: 0 for a character no keyword holds. */
  private readonly classes = new Uint8Array(65536);
  private readonly classCount: number;
  /** delta[state * classCount + class]: the next state, encoded (see the constructor). */
  private readonly delta: Int16Array | Int32Array;
  /** For each state, its outputs (the keywords that end there, by their suffix links too) in `outLength`/`outRules`. */
  private readonly outFrom: Int32Array;
  private readonly outTo: Int32Array;
  private readonly outLength: number[] = [];
  private readonly outRules: (readonly number[])[] = [];
  private readonly ruleCount: number;

  constructor(
    ruleKeywords: readonly (readonly string[])[],
    private readonly work: WorkCounts = newWorkCounts(),
  ) {
    this.ruleCount = ruleKeywords.length;
    const byKeyword = new Map<string, Set<number>>();
    ruleKeywords.forEach((keywords, rule) => {
      for (const keyword of keywords) {
        const key = keyword.toLowerCase();
        if (key === '') continue;
        if (!byKeyword.has(key)) byKeyword.set(key, new Set());
        byKeyword.get(key)!.add(rule);
      }
    });
    // Classes: one per group of characters a case-insensitive regex treats as the same character.
    let classCount = 1;
    for (const keyword of byKeyword.keys()) {
      for (const char of keyword) {
        for (let i = 0; i < char.length; i++) {
          const code = char.charCodeAt(i);
          if (this.classes[code] !== 0) continue;
          if (classCount === 256) throw new Error('too many distinct keyword characters');
          for (const same of caseVariants(code)) this.classes[same] = classCount;
          classCount++;
        }
      }
    }
    this.classCount = classCount;

    // The trie, then suffix links breadth first (the classic construction), as a full transition table.
    const children: Map<number, number>[] = [new Map()];
    const ends: { length: number; rules: number[] }[][] = [[]];
    for (const [keyword, rules] of byKeyword) {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const cls = this.classes[keyword.charCodeAt(i)]!;
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
    const delta = new Int32Array(states * classCount);
    const fail = new Int32Array(states);
    const order: number[] = [];
    for (let cls = 1; cls < classCount; cls++) {
      const next = children[0]!.get(cls);
      if (next !== undefined) order.push(next);
      delta[cls] = next ?? 0;
    }
    for (let q = 0; q < order.length; q++) {
      const state = order[q]!;
      // Keywords ending at the suffix-link state end here too.
      ends[state]!.push(...ends[fail[state]!]!);
      for (let cls = 1; cls < classCount; cls++) {
        const next = children[state]!.get(cls);
        if (next === undefined) delta[state * classCount + cls] = delta[fail[state]! * classCount + cls]!;
        else {
          fail[next] = delta[fail[state]! * classCount + cls]!;
          delta[state * classCount + cls] = next;
          order.push(next);
        }
      }
    }
    this.outFrom = new Int32Array(states);
    this.outTo = new Int32Array(states);
    for (let state = 0; state < states; state++) {
      this.outFrom[state] = this.outLength.length;
      for (const end of ends[state]!) {
        this.outLength.push(end.length);
        this.outRules.push(end.rules);
      }
      this.outTo[state] = this.outLength.length;
    }
    // The table the scan runs on holds each next state premultiplied by the class count (an index into the table),
    // and negated (less one) when keywords end there: one load and one sign test per character. 16 bits when they
    // do (a few hundred states: the table stays in the fastest cache).
    this.delta = states * classCount < 32768 ? new Int16Array(delta.length) : new Int32Array(delta.length);
    for (let i = 0; i < delta.length; i++) {
      const state = delta[i]!;
      this.delta[i] = this.outTo[state]! > this.outFrom[state]! ? -(state * classCount) - 1 : state * classCount;
    }
  }

  /**
   * Where each rule's keywords start in `text`: for rule i, its hits in ascending order without repeats, or
   * undefined when it has none.
   */
  hits(text: string): (number[] | undefined)[] {
    const found: (number[] | undefined)[] = new Array<number[] | undefined>(this.ruleCount);
    const { classes, delta, classCount, outFrom, outTo } = this;
    this.work.prefilter += 1 + text.length;
    let at = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      at = delta[at + classes[text.charCodeAt(i)]!]!;
      if (at >= 0) continue;
      at = -at - 1;
      const state = at / classCount;
      const to = outTo[state]!;
      for (let o = outFrom[state]!; o < to; o++) {
        const start = i + 1 - this.outLength[o]!;
        for (const rule of this.outRules[o]!) {
          const list = found[rule];
          if (list === undefined) found[rule] = [start];
          else insert(list, start);
        }
      }
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

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
