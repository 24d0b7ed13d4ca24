import type { RuleSpec } from './spec.ts';

/**
 * How far before one of its keywords a rule's match can start: the detector runs a rule's regex only from a bounded
 * distance before each keyword hit (src/detect/detector.ts), instead of over the whole text, and that is exact only
 * when every match of the regex holds a keyword at most `reach` characters after the match's start.
 *
 * The bound is computed from the regex itself (never declared, so that it cannot drift from the pattern): a small
 * parser for the JavaScript syntax the built-in rules use (without the `u` flag: every character-consuming atom is
 * one UTF-16 code unit) works out, for each part of the pattern, its widest match and where a keyword must occur in
 * it. A keyword counts only where the pattern spells it out in literal characters that every match goes through (in
 * every branch of an alternation, in the first repetition of a group repeated at least once). Anything the parser
 * does not know, numbered backreferences, or a keyword that can sit after an unbounded part give null: the rule runs
 * over the whole text, as before.
 */

interface Shape {
  /** Fewest characters a match of this part consumes. */
  readonly min: number;
  /** Most characters it consumes (Infinity when unbounded). */
  readonly max: number;
  /** The greatest offset, from this part's start, at which a keyword it must contain starts; null when none must. */
  readonly keyword: number | null;
}

type Item =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'node'; readonly shape: Shape }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly Item[])[]; readonly min: number; readonly max: number };

class Unsupported extends Error {}

/**
 * A rule's keywordReach: the one its spec keeps (the built-in rules' cache, builtin.ts), else worked out from its
 * regex.
 */
export function reachOf(spec: Pick<RuleSpec, 'regex' | 'flags' | 'keywords' | 'keywordReach'>): number | null {
  return spec.keywordReach !== undefined ? spec.keywordReach : keywordReach(spec.regex, spec.flags ?? '', spec.keywords);
}

/**
 * The greatest distance from the start of any match of `source` (with `flags`) to the start of a keyword that the
 * match holds (matched case-insensitively, as the prefilter matches keywords), or null when there is no such bound.
 */
export function keywordReach(source: string, flags: string, keywords: readonly string[]): number | null {
  if (flags.includes('u') || flags.includes('v') || keywords.length === 0) return null;
  try {
    const parser = new Parser(source);
    const alternatives = parser.disjunction();
    if (parser.more()) return null;
    const finders = keywords.map((keyword) => new RegExp(escapeRegex(keyword), 'i'));
    const shape = alternation(alternatives, finders);
    return shape.keyword !== null && Number.isFinite(shape.keyword) ? shape.keyword : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function alternation(alternatives: readonly (readonly Item[])[], finders: readonly RegExp[]): Shape {
  let min = Infinity;
  let max = 0;
  let keyword: number | null = 0;
  for (const items of alternatives) {
    const shape = sequence(items, finders);
    min = Math.min(min, shape.min);
    max = Math.max(max, shape.max);
    keyword = keyword === null || shape.keyword === null ? null : Math.max(keyword, shape.keyword);
  }
  return { min: min === Infinity ? 0 : min, max, keyword };
}

/** A group repeated at least once is its body followed by the rest of its repetitions: its literals join the run. */
function flatten(items: readonly Item[]): Item[] {
  const flat: Item[] = [];
  for (const item of items) {
    if (item.kind === 'group' && item.alternatives.length === 1 && item.min >= 1) {
      flat.push(...flatten(item.alternatives[0]!));
      if (item.max > 1) flat.push({ kind: 'group', alternatives: item.alternatives, min: item.min - 1, max: item.max - 1 });
    } else flat.push(item);
  }
  return flat;
}

function sequence(raw: readonly Item[], finders: readonly RegExp[]): Shape {
  const items = flatten(raw);
  let min = 0;
  let max = 0;
  let keyword: number | null = null;
  const offer = (at: number) => {
    if (Number.isFinite(at) && (keyword === null || at < keyword)) keyword = at;
  };
  let run = '';
  let runStart = 0;
  const endRun = () => {
    if (run === '') return;
    for (const finder of finders) {
      const found = finder.exec(run);
      if (found !== null) offer(runStart + found.index);
    }
    run = '';
  };
  for (const item of items) {
    if (item.kind === 'char') {
      if (run === '') runStart = max;
      run += item.char;
      min += 1;
      max += 1;
      continue;
    }
    endRun();
    const shape = item.kind === 'node' ? item.shape : repeated(alternation(item.alternatives, finders), item.min, item.max);
    if (shape.keyword !== null) offer(max + shape.keyword);
    min += shape.min;
    max += shape.max;
  }
  endRun();
  return { min, max, keyword };
}

function repeated(shape: Shape, min: number, max: number): Shape {
  return {
    min: shape.min * min,
    max: max === 0 || shape.max === 0 ? 0 : shape.max * max,
    keyword: min >= 1 ? shape.keyword : null,
  };
}

const ZERO: Shape = { min: 0, max: 0, keyword: null };
const ONE: Shape = { min: 1, max: 1, keyword: null };

/** Recursive descent over the pattern, Annex B syntax (no `u` flag). */
class Parser {
  private at = 0;
  /** Widest match of each named group seen so far, for `\k<name>`. */
  private readonly named = new Map<string, number>();

  constructor(private readonly source: string) {}

  more(): boolean {
    return this.at < this.source.length;
  }

  disjunction(): Item[][] {
    const alternatives: Item[][] = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    return alternatives;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private alternative(): Item[] {
    const items: Item[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const atom = this.term();
      const quantifier = this.quantifier();
      if (quantifier === null) items.push(atom);
      else items.push(quantify(atom, quantifier[0], quantifier[1]));
    }
    return items;
  }

  private term(): Item {
    const c = this.source[this.at++]!;
    switch (c) {
      case '^':
      case '$':
        return { kind: 'node', shape: ZERO };
      case '.':
        return { kind: 'node', shape: ONE };
      case '[':
        this.characterClass();
        return { kind: 'node', shape: ONE };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unsupported('nothing to repeat');
      case '{':
        if (this.braceQuantifier(this.at - 1) !== null) throw new Unsupported('nothing to repeat');
        return { kind: 'char', char: c };
      default:
        return { kind: 'char', char: c };
    }
  }

  private group(): Item {
    let name: string | null = null;
    if (this.peek() === '?') {
      const kind = this.source.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!') {
        this.at += kind.startsWith('?<') ? 3 : 2;
        this.disjunction();
        this.expect(')');
        return { kind: 'node', shape: ZERO };
      } else if (kind.startsWith('?<')) {
        const close = this.source.indexOf('>', this.at);
        if (close === -1) throw new Unsupported('group name');
        name = this.source.slice(this.at + 2, close);
        this.at = close + 1;
      } else throw new Unsupported('group modifier');
    }
    const alternatives = this.disjunction();
    this.expect(')');
    if (name !== null) this.named.set(name, alternationMax(alternatives));
    return { kind: 'group', alternatives, min: 1, max: 1 };
  }

  private expect(c: string): void {
    if (this.source[this.at] !== c) throw new Unsupported(`expected ${c}`);
    this.at++;
  }

  private escape(): Item {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return { kind: 'node', shape: ZERO };
    if ('dDsSwW'.includes(c)) return { kind: 'node', shape: ONE };
    if (c === 'k') {
      const close = this.source.indexOf('>', this.at);
      if (this.peek() !== '<' || close === -1) throw new Unsupported('\\k');
      const widest = this.named.get(this.source.slice(this.at + 1, close));
      this.at = close + 1;
      return { kind: 'node', shape: { min: 0, max: widest ?? Infinity, keyword: null } };
    }
    if (c >= '0' && c <= '9') {
      // \0 alone is NUL; \1.. are backreferences (or octal escapes): numbered groups would shift (detector.ts).
      if (c === '0' && !/[0-9]/.test(this.peek() ?? '')) return { kind: 'char', char: '\0' };
      throw new Unsupported('numbered backreference or octal escape');
    }
    const code = this.escapedChar(c);
    return code === null ? { kind: 'node', shape: ONE } : { kind: 'char', char: String.fromCharCode(code) };
  }

  /** The code unit an escape (after its backslash, `c` read) stands for; null when it is not one fixed character. */
  private escapedChar(c: string): number | null {
    const hex = (length: number): number | null => {
      const digits = this.source.slice(this.at, this.at + length);
      if (!new RegExp(`^[0-9A-Fa-f]{${length}}$`).test(digits)) return null;
      this.at += length;
      return parseInt(digits, 16);
    };
    switch (c) {
      case 't':
        return 9;
      case 'n':
        return 10;
      case 'v':
        return 11;
      case 'f':
        return 12;
      case 'r':
        return 13;
      case 'x':
        return hex(2) ?? 'x'.charCodeAt(0);
      case 'u':
        return hex(4) ?? 'u'.charCodeAt(0);
      case 'c': {
        const letter = this.peek();
        if (letter !== undefined && /[A-Za-z]/.test(letter)) {
          this.at++;
          return letter.charCodeAt(0) % 32;
        }
        // `\c` not followed by a letter is a backslash and a `c` in Annex B: not one character.
        throw new Unsupported('\\c');
      }
      default:
        if (/[A-Za-z]/.test(c)) throw new Unsupported(`\\${c}`);
        return c.charCodeAt(0);
    }
  }

  /** Skips a character class (its content matters not: it is one character, never a literal). */
  private characterClass(): void {
    while (this.at < this.source.length) {
      const c = this.source[this.at++];
      if (c === '\\') this.at++;
      else if (c === ']') return;
    }
    throw new Unsupported('unterminated class');
  }

  private quantifier(): [number, number] | null {
    const c = this.peek();
    let bounds: [number, number] | null = null;
    if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '?') bounds = [0, 1];
    if (bounds !== null) this.at++;
    else if (c === '{') {
      const brace = this.braceQuantifier(this.at);
      if (brace === null) return null;
      bounds = [brace.min, brace.max];
      this.at = brace.end;
    } else return null;
    if (this.peek() === '?') this.at++;
    return bounds;
  }

  private braceQuantifier(at: number): { min: number; max: number; end: number } | null {
    const found = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(at, at + 24));
    if (found === null) return null;
    const min = Number(found[1]);
    const max = found[2] === undefined ? min : found[3] === '' ? Infinity : Number(found[3]);
    if (max < min) throw new Unsupported('quantifier range');
    return { min, max, end: at + found[0].length };
  }
}

function alternationMax(alternatives: readonly (readonly Item[])[]): number {
  return alternation(alternatives, []).max;
}

function quantify(item: Item, min: number, max: number): Item {
  if (item.kind === 'group') {
    if (item.min === 1 && item.max === 1) return { kind: 'group', alternatives: item.alternatives, min, max };
    return { kind: 'group', alternatives: [[item]], min, max };
  }
  if (item.kind === 'char') return { kind: 'group', alternatives: [[item]], min, max };
  return { kind: 'node', shape: repeated(item.shape, min, max) };
}
