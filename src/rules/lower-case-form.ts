/**
 * A case-insensitive regex costs V8 about twice as much to compile as the same regex without the `i` flag: every
 * letter becomes a class of two. A scan runs its allowlists' joined regexes only on short targets (a name, a path)
 * but must compile them first, cold: for the generic rule's names and paths, 1.6 ms of a pre-commit hook's ~25 of
 * its own work (bench machine, 2026-12). When a pattern can be read as one that means the same thing on lower-case
 * text, it is compiled that way, without `i`, and run on the lower-cased target; a target that is not ASCII (where
 * lower-casing can change a string's length or map a non-ASCII letter to an ASCII one, which V8's `i` never does) is
 * run through the pattern as written, compiled only then.
 */

import { isAsciiText } from '../detect/prefilter.ts';

/** What the joined allowlist regexes are used for: a test of a whole target. */
export interface Matcher {
  test(text: string): boolean;
}

/** Escapes whose letter names a class or an assertion that lower-casing the text leaves alone. */
const SAFE_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v']);

/**
 * `source` (a pattern for the `i` flag, without `u` or `v`) rewritten so that, without `i`, it matches lower-cased
 * ASCII text exactly where `source` with `i` matches the text; null when a simple reading cannot be sure of that:
 * escapes that name characters by code or by property (`\x41`, `\u…`, `\c…`, `\p{…}`), numbered or named
 * back-references and named groups (their text is matched as captured), class ranges that mix letters with other
 * characters, and anything else outside the plain syntax below. ASCII letters outside escapes are lower-cased, and
 * so are class ranges of letters of one case (`A-Z` to `a-z`); other characters are left as they are.
 */
export function lowerCaseForm(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return null;
      if (SAFE_ESCAPES.has(next) || !/[A-Za-z0-9]/.test(next)) {
        out += c + next;
        i++;
        continue;
      }
      return null;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
        const to = source[i + 2]!;
        if (to === '\\' || !sameKind(c, to)) return null;
        out += `${lowerAscii(c)}-${lowerAscii(to)}`;
        i += 2;
        continue;
      }
      out += lowerAscii(c);
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') return null;
    out += lowerAscii(c);
  }
  return inClass ? null : out;
}

/** An ASCII capital in lower case; any other character as it is (`İ` lower-cased is two characters, one an `i`). */
function lowerAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
}

/**
 * Whether a class range from `a` to `b` holds only upper-case ASCII letters, only lower-case ones, or no letters
 * at all; the last either in ASCII between the letter blocks or wholly beyond ASCII.
 */
function sameKind(a: string, b: string): boolean {
  const kind = (ch: string): number => {
    const code = ch.charCodeAt(0);
    if (code >= 0x41 && code <= 0x5a) return 1;
    if (code >= 0x61 && code <= 0x7a) return 2;
    if (code < 0x41) return 3;
    if (code < 0x61) return 4;
    if (code < 0x80) return 5;
    return 6;
  };
  return a.length === 1 && b.length === 1 && kind(a) === kind(b);
}

/**
 * A test of `source` under the `i` flag: by its lower-case form on lower-cased ASCII targets where there is one
 * (`make` compiles each form, the one as written only when a target needs it), else by `source` itself.
 */
export function caseInsensitiveMatcher(source: string, make: (source: string, flags: string) => RegExp): Matcher {
  const lower = lowerCaseForm(source);
  let folded: RegExp | undefined;
  try {
    if (lower !== null) folded = make(lower, '');
  } catch {
    // a form this reading got wrong: the pattern as written
  }
  if (folded === undefined) return make(source, 'i');
  let written: RegExp | undefined;
  const lowered = folded;
  return {
    test(text: string): boolean {
      return isAsciiText(text) ? lowered.test(text.toLowerCase()) : (written ??= make(source, 'i')).test(text);
    },
  };
}
