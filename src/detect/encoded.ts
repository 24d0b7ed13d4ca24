import { isUtf8 } from 'node:buffer';
import { Base64Scan } from './base64-scan.ts';
import type { WorkCounts } from './work.ts';
import { newWorkCounts } from './work.ts';

/**
 * Base64 inside scanned text: finding the runs worth decoding, and mapping what is found in the decoded text back to
 * the base64 that encodes it.
 *
 * Decoding costs a pass over the run and a scan of the result, so a run is decoded only when it can hold a rule's
 * keyword: a keyword, encoded at each of the three byte alignments, gives characters that do not depend on its
 * neighbours (its "needles"), and only runs holding a needle are decoded. Keywords of 6 bytes or more also get
 * needles of their needles, so base64 inside base64 (a Kubernetes Secret holding a base64 credentials file) is
 * found too; the short keywords' second-level needles would be too short to select anything. A keyword needs 3 bytes
 * for a needle at every alignment (every rule keyword has them).
 */

/** Shortest run considered (39 decoded bytes): a bare base64 Secret Key, the shortest provider secret, is 54. */
export const MIN_RUN = 52;
/** Keywords at least this long (in bytes) get needles for base64 inside base64. */
const NESTED_KEYWORD_BYTES = 6;
/** Characters decoded first, to drop binary content before decoding a long run whole. */
const HEAD_CHARS = 64;

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/**
 * 6-bit value of each base64 character of either alphabet (`-` and `_` are url-safe 62 and 63), over every UTF-16
 * code unit; -1 for the others. One lookup per character scanned tells whether it is base64 and what it is worth.
 */
const VALUE = new Int8Array(65536).fill(-1);
for (let i = 0; i < 64; i++) VALUE[STANDARD.charCodeAt(i)] = i;
VALUE[45] = 62; // -
VALUE[95] = 63; // _
/** The character code of each 6-bit value in the standard alphabet. */
const STANDARD_CODES = Uint8Array.from(STANDARD, (c) => c.charCodeAt(0));
const PREFIX_MASK = (1 << 18) - 1;
/** Control characters that plain text does not hold (tab, line feed, form feed and carriage return are allowed). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

interface Needle {
  /** 6-bit values of the needle's characters. */
  readonly values: Int8Array;
  /** Position of the needle's first character in its 4-character quantum. */
  readonly offset: number;
  /** 1: the keyword itself is encoded; 2: the keyword is encoded twice. */
  readonly level: 1 | 2;
}

/** Whether a Uint16Array reads UTF-16LE bytes as they are (every platform Node runs on but s390x and big-endian AIX). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Code units kept between fragments, at most: a window of a large file (src/sources/windows.ts) fits. */
const KEPT_UNITS = 8 << 20;

/**
 * The UTF-16 code units of the text being scanned, copied by Node in one native call, with a 0 after the last one.
 * The scan for runs reads a code unit every few characters of every fragment, and one read from a typed array costs
 * fewer instructions than a `charCodeAt` (which dispatches on the string's representation each time); the copy is
 * a native widening loop (under 10 ms for 50 MB). The sentinel ends every loop over base64 characters, line breaks
 * or padding at the text's end without a bounds check.
 */
class CodeUnits {
  private units = new Uint16Array(0);
  private bytes = Buffer.alloc(0);

  /** `text`'s code units, then 0; valid until the next call. */
  of(text: string): Uint16Array {
    const n = text.length;
    let units = this.units;
    let bytes = this.bytes;
    if (units.length <= n) {
      units = new Uint16Array(Math.max(n + 1, Math.min(2 * units.length, KEPT_UNITS)));
      bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
      if (units.length <= KEPT_UNITS) {
        this.units = units;
        this.bytes = bytes;
      }
    }
    bytes.write(text, 0, 'utf16le');
    if (!LITTLE_ENDIAN) bytes.subarray(0, 2 * n).swap16();
    units[n] = 0;
    return units;
  }
}

/** Decoded text, and where in the scanned text the base64 of any part of it is. */
export interface DecodedRun {
  readonly text: string;
  /** The span of the scanned text that encodes `text.slice(start, end)`: whole 4-character quanta. */
  span(start: number, end: number): { readonly start: number; readonly end: number };
}

const NONE: readonly DecodedRun[] = [];

export class Base64Finder {
  private needles: Needles | undefined;
  private readonly codes = new CodeUnits();
  /** The search over bytes, made on first use (null: none here, see Base64Scan.create). */
  private byteScan: Base64Scan | null | undefined;

  /** `keywords`: every rule's keywords as written (lower-case ones are matched in any of three cases). */
  constructor(
    private readonly keywords: readonly string[],
    private readonly work: WorkCounts = newWorkCounts(),
  ) {}

  /**
   * The runs of `text` that hold a needle of at most `levels` levels and decode to text (valid UTF-8 without
   * control characters), decoded. A run is decoded from at most a few starts (those its needles' alignments allow).
   * `bytes`, when given and one a character, are searched for runs in WebAssembly (base64-scan.ts) rather than the
   * text in JavaScript: the same runs.
   */
  decode(text: string, levels: 1 | 2, bytes?: Uint8Array): readonly DecodedRun[] {
    const n = text.length;
    if (n < MIN_RUN) {
      this.work.base64 += 1 + n;
      return NONE;
    }
    const scan = bytes !== undefined && bytes.length === n ? this.scanOf(bytes) : null;
    let codes = scan === null ? this.codes.of(text) : undefined;
    const first = codes !== undefined ? windowEnd(codes, n, MIN_RUN - 1) : scan!.window(MIN_RUN - 1, MIN_RUN);
    this.work.base64 += 1 + (first === -1 ? n : first);
    if (first === -1) return NONE;
    // Built when the first run is seen: most fragments have none, and a pre-commit run pays nothing for them.
    const needles = (this.needles ??= new Needles(this.keywords, this.work));
    if (scan === null) return needles.decodeRuns(text, first, levels, { candidate: (from, held) => nextCandidate(codes!, n, from, needles.prefixes, held), codes: () => codes! });
    scan.usePrefixes(needles.prefixes);
    // The code units only when a run goes on to JavaScript (most fragments with a window have no candidate run).
    return needles.decodeRuns(text, first, levels, { candidate: (from, held) => scan.candidate(from, MIN_RUN, held), codes: () => (codes ??= this.codes.of(text)) });
  }

  /** The search over `bytes` (loaded), or null when there is none here or they are too many. */
  private scanOf(bytes: Uint8Array): Base64Scan | null {
    const scan = (this.byteScan ??= Base64Scan.create(VALUE));
    return scan !== null && scan.load(bytes) ? scan : null;
  }
}

/** Where Needles.decodeRuns finds its candidate runs (nextCandidate), and the text's code units for the rest. */
interface RunSearch {
  candidate(from: number, held: { at: number }): number;
  codes(): Uint16Array;
}

/** The run decoded from the first plausible start that gives text, or null. */
function decodeAt(compact: string, phases: number, origin: number | readonly (readonly [number, number])[], work: WorkCounts): DecodedRun | null {
  for (const skip of starts(compact, phases)) {
    const body = compact.slice(skip, compact.length - ((compact.length - skip) % 4 === 1 ? 1 : 0));
    work.base64 += 1;
    if (body.length < MIN_RUN || !textLike(Buffer.from(body.slice(0, HEAD_CHARS), 'base64'), true)) continue;
    work.base64 += body.length;
    const bytes = Buffer.from(body, 'base64');
    if (!textLike(bytes, false)) continue;
    const decoded = bytes.toString('utf8');
    if (CONTROL.test(decoded)) continue;
    return decodedRun(decoded, bytes.length, skip, compact.length, origin, work);
  }
  return null;
}

/** Every keyword's needles, by their first three characters (18 bits); a bitmap answers "any needle here?" first. */
class Needles {
  private readonly byPrefix = new Map<number, Needle[]>();
  /** Where the first needle prefix of the run nextCandidate returned starts; -1 when it holds none (it wraps). */
  private readonly held = { at: -1 };
  /**
   * Bit `prefix & 31` of word `prefix >> 5`: 32 KB, where a byte per prefix (256 KB) missed the first-level cache on
   * long runs of random base64 (lock-file integrity hashes) twice as often.
   */
  readonly prefixes = new Int32Array((PREFIX_MASK + 1) >> 5);

  constructor(
    keywords: readonly string[],
    private readonly work: WorkCounts,
  ) {
    // Numbers throughout, no strings: a pre-commit hook builds this cold, once per run that meets a run of base64.
    for (const variant of keywordVariants(keywords)) {
      const bytes = Buffer.from(variant, 'utf8');
      for (const single of needlesOf(bytes)) {
        this.add(single, 1);
        if (bytes.length < NESTED_KEYWORD_BYTES) continue;
        // The first-level base64 may be standard or url-safe: its needle in both alphabets, then encoded again.
        const standard = new Uint8Array(single.values.length);
        for (let i = 0; i < standard.length; i++) standard[i] = STANDARD_CODES[single.values[i]!]!;
        for (const double of needlesOf(standard)) this.add(double, 2);
        // `+` and `/` (values 62 and 63) are `-` and `_` in the url-safe alphabet.
        if (single.values.some((value) => value >= 62)) {
          for (const double of needlesOf(standard.map((code) => (code === 43 ? 45 : code === 47 ? 95 : code)))) this.add(double, 2);
        }
      }
    }
  }

  /**
   * Every run from the window ending at `first` on that holds a needle, decoded. The scan for candidates
   * (nextCandidate) sees every run of every fragment; what follows here only sees the few it returns.
   */
  decodeRuns(text: string, first: number, levels: 1 | 2, search: RunSearch): readonly DecodedRun[] {
    let decoded: DecodedRun[] | undefined;
    const n = text.length;
    for (let from = first; ; ) {
      const lineEnd = search.candidate(from, this.held);
      this.work.base64 += 1 + (lineEnd === -1 ? n : lineEnd) - from;
      if (lineEnd === -1) break;
      const codes = search.codes();
      const start = runStart(codes, lineEnd - 1);
      const wrapping = wraps(codes, n, start, lineEnd);
      const end = wrapping ? wrappedEnd(codes, n, start, lineEnd) : padding(codes, lineEnd);
      // The run again: back to its start, on over its lines, and the search for needles in it.
      this.work.base64 += end - start;
      const found = wrapping ? this.decodeWrapped(text, start, end, levels) : this.decodeLine(text, codes, start, lineEnd, end, levels);
      if (found !== null) (decoded ??= []).push(found);
      from = end + MIN_RUN - 1;
    }
    return decoded ?? NONE;
  }

  /** A run on one line, [start, end) with its padding, searched where it is. */
  private decodeLine(text: string, codes: Uint16Array, start: number, lineEnd: number, end: number, levels: 1 | 2): DecodedRun | null {
    // No needle starts before the first prefix of one: the search for them starts there.
    const phases = this.held.at === -1 ? 0 : this.phases(codes, start, lineEnd, levels, this.held.at);
    return phases === 0 ? null : decodeAt(text.slice(start, end), phases, start, this.work);
  }

  /** A wrapped run, searched and decoded without its line breaks and indentation. */
  private decodeWrapped(text: string, start: number, end: number, levels: 1 | 2): DecodedRun | null {
    const raw = text.slice(start, end);
    const compact = raw.replace(/\s+/g, '');
    const units = new Uint16Array(compact.length);
    for (let i = 0; i < compact.length; i++) units[i] = compact.charCodeAt(i);
    const phases = this.phases(units, 0, compact.length, levels);
    return phases === 0 ? null : decodeAt(compact, phases, offsetsOf(raw, start), this.work);
  }

  /**
   * Bit p set when a needle of at most `levels` levels in `codes` between `from` and `to` puts a quantum boundary
   * at p (mod 4), counted from `from`; those that start before `first` are not looked for.
   */
  phases(codes: Uint16Array, from: number, to: number, levels: 1 | 2, first = from): number {
    const prefixes = this.prefixes;
    let mask = 0;
    let code = 0;
    for (let i = first; i < to; i++) {
      code = ((code << 6) | VALUE[codes[i]!]!) & PREFIX_MASK;
      if (i < first + 2 || ((prefixes[code >> 5]! >>> code) & 1) === 0) continue;
      const start = i - 2;
      for (const needle of this.byPrefix.get(code)!) {
        if (needle.level > levels || !matchesAt(codes, start, to, needle.values)) continue;
        mask |= 1 << ((((start - from - needle.offset) % 4) + 4) % 4);
      }
    }
    return mask;
  }

  private add(needle: { values: Int8Array; offset: number }, level: 1 | 2): void {
    const { values, offset } = needle;
    const prefix = (values[0]! << 12) | (values[1]! << 6) | values[2]!;
    const bucket = this.byPrefix.get(prefix);
    // Needles of level 1 are added first: a needle already there (the same values at the same offset) is as good or
    // better. Buckets hold a few needles each.
    if (bucket?.some((other) => other.offset === offset && sameValues(other.values, values))) return;
    this.prefixes[prefix >> 5]! |= 1 << (prefix & 31);
    if (bucket) bucket.push({ values, offset, level });
    else this.byPrefix.set(prefix, [{ values, offset, level }]);
  }
}

/**
 * Where the base64 in a run may start, likeliest first: the run's start (base64 after a quote, a space, `=` or `:`),
 * then, for each alignment a needle implies, the first positions of that alignment after a character that glues
 * words together (`dir/<base64>`, `prefix_<base64>`), at most GLUED_STARTS of them, within HEAD_CHARS.
 */
function starts(compact: string, phases: number): number[] {
  const found = [0];
  for (let phase = 0; phase < 4; phase++) {
    if ((phases & (1 << phase)) === 0) continue;
    if (phase !== 0) found.push(phase);
    let tried = 0;
    for (let i = phase + 4; i < HEAD_CHARS && i < compact.length && tried < GLUED_STARTS; i += 4) {
      if (GLUE.has(compact.charCodeAt(i - 1))) {
        found.push(i);
        tried++;
      }
    }
  }
  return found;
}

/** `/`, `+`, `-`, `_`: base64 characters that also join words, paths and prefixes. */
const GLUE = new Set([47, 43, 45, 95]);
const GLUED_STARTS = 3;

/*
 * Runs: at least MIN_RUN base64 characters (either alphabet, with up to two `=` of padding), or wrapped base64:
 * lines of one run whose every line but the last is a whole number of quanta and at least MIN_RUN long, indented or
 * not (`base64` output, PEM bodies, YAML block scalars).
 */

/**
 * The end (before any padding) of the next run from the window ending at `from` on that needs a closer look: it
 * holds the first three characters of some needle, or it goes on to the next line. -1 when there is none.
 *
 * Every run of every fragment goes through this loop, most of them (URLs, paths, hashes, `//----` rulers) never
 * further: it looks at each character of a run once, allocates nothing, and leaves the rest to the caller.
 */
function nextCandidate(codes: Uint16Array, n: number, from: number, prefixes: Int32Array, held: { at: number }): number {
  let last = from;
  while ((last = windowEnd(codes, n, last)) !== -1) {
    const start = runStart(codes, last);
    // On to the first position whose three characters (18 bits) start a needle, or else the run's end (the sentinel
    // stops it); the run's first two characters are base64, since it is MIN_RUN long.
    let end = start + 2;
    let code = (VALUE[codes[start]!]! << 6) | VALUE[codes[start + 1]!]!;
    for (let value = VALUE[codes[end]!]!; value >= 0; value = VALUE[codes[++end]!]!) {
      code = ((code << 6) | value) & PREFIX_MASK;
      if (((prefixes[code >> 5]! >>> code) & 1) === 0) continue;
      held.at = end - 2;
      return base64End(codes, end);
    }
    if (wraps(codes, n, start, end)) {
      held.at = -1;
      return end;
    }
    last = end + MIN_RUN - 1;
  }
  return -1;
}

function runStart(codes: Uint16Array, last: number): number {
  let start = last + 1 - MIN_RUN;
  while (start > 0 && VALUE[codes[start - 1]!]! >= 0) start--;
  return start;
}

/** Whether the run [start, end) on one line goes on to the next: whole quanta, no padding, a base64 line next. */
function wraps(codes: Uint16Array, n: number, start: number, end: number): boolean {
  return (end - start) % 4 === 0 && nextPiece(codes, n, end) !== -1;
}

/**
 * The last offset of the first window of MIN_RUN base64 characters that ends at `from` or later; -1 when there is
 * none. This sees every character of every fragment, or rather skips most of them: a window is read from its end
 * backwards, and the first character that is not base64 moves the next window past it.
 */
function windowEnd(codes: Uint16Array, n: number, from: number): number {
  let last = from;
  while (last < n) {
    if (VALUE[codes[last]!]! < 0) {
      last += MIN_RUN;
      continue;
    }
    const floor = last - MIN_RUN;
    let i = last - 1;
    while (i > floor && VALUE[codes[i]!]! >= 0) i--;
    if (i === floor) return last;
    last = i + MIN_RUN;
  }
  return -1;
}

/** Where the run whose first line is [start, end) ends: after the lines that continue it, and their padding. */
function wrappedEnd(codes: Uint16Array, n: number, start: number, end: number): number {
  let width = end - start;
  for (;;) {
    const padded = padding(codes, end);
    if (padded > end) return padded;
    if (width < MIN_RUN || width % 4 !== 0) return end;
    const next = nextPiece(codes, n, end);
    if (next === -1) return end;
    end = base64End(codes, next);
    width = end - next;
  }
}

/**
 * Where the next piece of a run that ends at a line end (`end`) starts: the next line, after its indentation, when
 * that line is base64 to its end (padding aside); -1 otherwise.
 */
function nextPiece(codes: Uint16Array, n: number, end: number): number {
  let next = lineBreak(codes, end);
  if (next === -1) return -1;
  while (codes[next] === 32 || codes[next] === 9) next++;
  const pieceEnd = base64End(codes, next);
  const padded = padding(codes, pieceEnd);
  return pieceEnd > next && (padded === n || lineBreak(codes, padded) !== -1) ? next : -1;
}

function base64End(codes: Uint16Array, from: number): number {
  let end = from;
  while (VALUE[codes[end]!]! >= 0) end++;
  return end;
}

function padding(codes: Uint16Array, at: number): number {
  let end = at;
  while (end < at + 2 && codes[end] === 61) end++;
  return end;
}

/** The offset after the line break at `at` (`\n` or `\r\n`), or -1 when there is none there. */
function lineBreak(codes: Uint16Array, at: number): number {
  if (codes[at] === 10) return at + 1;
  if (codes[at] === 13 && codes[at + 1] === 10) return at + 2;
  return -1;
}

function matchesAt(codes: Uint16Array, start: number, end: number, values: Int8Array): boolean {
  if (start + values.length > end) return false;
  for (let k = 3; k < values.length; k++) if (VALUE[codes[start + k]!] !== values[k]) return false;
  return true;
}

/**
 * Whether decoded bytes can be text: no control characters, and (for the whole of it) valid UTF-8. The head of a
 * long run is checked for control bytes only, since it may end inside a multi-byte character.
 */
function textLike(bytes: Uint8Array, head: boolean): boolean {
  if (bytes.length === 0) return false;
  if (head) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127) return false;
    }
    return true;
  }
  return isUtf8(bytes);
}

/**
 * Offsets in the scanned text of each character of a wrapped run once its whitespace is removed, as the start of
 * each line's piece: [compact offset, text offset] pairs.
 */
function offsetsOf(raw: string, base: number): readonly (readonly [number, number])[] {
  const pieces: [number, number][] = [];
  const piece = /[^\s]+/g;
  let compact = 0;
  for (let match = piece.exec(raw); match !== null; match = piece.exec(raw)) {
    pieces.push([compact, base + match.index]);
    compact += match[0].length;
  }
  return pieces;
}

function decodedRun(
  text: string,
  byteLength: number,
  phase: number,
  compactLength: number,
  origin: number | readonly (readonly [number, number])[],
  work: WorkCounts,
): DecodedRun {
  const ascii = text.length === byteLength;
  const toText = (compact: number): number => {
    if (typeof origin === 'number') return origin + compact;
    let low = 0;
    let high = origin.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (origin[mid]![0] <= compact) low = mid;
      else high = mid - 1;
    }
    return origin[low]![1] + (compact - origin[low]![0]);
  };
  return {
    text,
    span(start, end) {
      // Outside ASCII, the bytes before the span are counted again for each span.
      work.base64 += ascii ? 1 : 1 + end;
      const byteStart = ascii ? start : Buffer.byteLength(text.slice(0, start));
      const byteEnd = ascii ? end : byteStart + Buffer.byteLength(text.slice(start, end));
      const from = phase + Math.floor(byteStart / 3) * 4;
      // The last bytes take the rest of the run: a partial quantum and its padding.
      const to = byteEnd >= byteLength ? compactLength : Math.min(compactLength, phase + Math.ceil(byteEnd / 3) * 4);
      return { start: toText(from), end: toText(to - 1) + 1 };
    },
  };
}

/** Each keyword as written; a lower-case keyword (matched case-insensitively) also in UPPER and Capitalised case. */
function keywordVariants(keywords: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const keyword of keywords) {
    variants.add(keyword);
    if (keyword !== keyword.toLowerCase()) continue;
    variants.add(keyword.toUpperCase());
    variants.add(keyword[0]!.toUpperCase() + keyword.slice(1));
  }
  // A keyword that contains another adds nothing: wherever it is encoded, so is the shorter one. Only the short
  // ones lose their nested needles that way, so keep every keyword long enough to have them.
  // (A variant can only contain one no longer than itself, so the short ones are compared among themselves.)
  const all = [...variants];
  const short = all.filter((v) => Buffer.byteLength(v) < NESTED_KEYWORD_BYTES);
  const contained = new Set(short.filter((v) => short.some((other) => other !== v && v.includes(other))));
  return contained.size === 0 ? all : all.filter((v) => !contained.has(v));
}

/**
 * The characters of base64(…bytes…) that depend on the bytes alone, at each of the three byte alignments, as their
 * 6-bit values (the same in either alphabet).
 */
function needlesOf(bytes: Uint8Array): { values: Int8Array; offset: number }[] {
  const needles: { values: Int8Array; offset: number }[] = [];
  for (let align = 0; align < 3; align++) {
    // Character c of the encoding covers bits [6c, 6c + 6) of the bytes, which start at bit 8 * align.
    const first = Math.ceil((8 * align) / 6);
    const last = Math.floor((8 * (align + bytes.length)) / 6);
    if (last - first < 3) continue;
    const values = new Int8Array(last - first);
    for (let c = first; c < last; c++) {
      const bit = 6 * c - 8 * align;
      const word = (bytes[bit >> 3]! << 8) | (bytes[(bit >> 3) + 1] ?? 0);
      values[c - first] = (word >> (10 - (bit & 7))) & 63;
    }
    needles.push({ values, offset: first % 4 });
  }
  return needles;
}

function sameValues(a: Int8Array, b: Int8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
