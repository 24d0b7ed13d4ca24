/**
 * Heuristics for strings that have a secret's shape but were typed by a person: documentation placeholders,
 * keyboard and alphabet runs, edited fixtures. Thresholds keep the chance that a uniformly random base64 string of
 * 150 characters trips them below about 1e-5, so real keys are not lost to them.
 */

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const cases = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
/** Long placeholder words: anywhere in the value (lower, Capitalised or UPPER case; random text mixes case freely). */
const LONG_WORDS = new RegExp(cases(['example', 'sample', 'placeholder', 'dummy', 'redacted', 'changeme', 'replace']).join('|'));
/** Short ones are likelier by chance, so only where people put them: at the start or the end. */
const SHORT = cases(['fake', 'test', 'your', 'demo']).join('|');
const SHORT_WORDS = new RegExp(`^(?:${SHORT})|(?:${SHORT})$`);

/** True when `value` holds 6 identical characters in a row, a 6-character alphabet/digit/keyboard run, or a placeholder word. */
export function looksSynthetic(value: string): boolean {
  return /(.)\1{5}/.test(value) || hasSequentialRun(value, 6) || LONG_WORDS.test(value) || SHORT_WORDS.test(value);
}

/** Position of each ASCII character in each sequence, forwards and backwards (-1: not in it): ORDERS × 128 entries. */
const DIRECTED = SEQUENCES.flatMap((sequence) => [sequence, [...sequence].reverse().join('')]);
const POSITION = new Int8Array(DIRECTED.length * 128).fill(-1);
DIRECTED.forEach((seq, k) => [...seq].forEach((c, i) => (POSITION[k * 128 + c.charCodeAt(0)] = i)));

/**
 * True when `value` contains `length` consecutive characters of a known sequence, forwards or backwards, in any case,
 * ignoring separators (`ABCD-EFGH` is a run). One pass, whatever the value's length.
 */
export function hasSequentialRun(value: string, length: number): boolean {
  const chars = value.toLowerCase().replace(/[-_.:\s]/g, '');
  const runs = new Int32Array(DIRECTED.length).fill(1);
  for (let i = 1; i < chars.length; i++) {
    const previous = chars.charCodeAt(i - 1);
    const current = chars.charCodeAt(i);
    if (previous > 127 || current > 127) {
      runs.fill(1);
      continue;
    }
    for (let k = 0; k < DIRECTED.length; k++) {
      const before = POSITION[k * 128 + previous]!;
      runs[k] = before !== -1 && POSITION[k * 128 + current] === before + 1 ? runs[k]! + 1 : 1;
      if (runs[k]! >= length) return true;
    }
  }
  return false;
}
