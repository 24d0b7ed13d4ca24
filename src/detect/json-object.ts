import { parseJsonObject } from './base64.ts';

export interface LocatedObject {
  /** Offset of the opening `{`. */
  readonly start: number;
  /** Offset just past the closing `}`. */
  readonly end: number;
  readonly value: Record<string, unknown>;
}

/** Objects larger than this are not parsed: the objects we look for are a few kilobytes. */
const MAX_OBJECT = 65536;
const MAX_DEPTH = 10000;

/**
 * The JSON object that directly encloses the occurrence of `needle` at `offset`, wherever the object is embedded:
 * a .json file, a YAML block scalar, a log line, or a string literal with escaped quotes (`{\"verifier\":…}`).
 * `mustContain` are cheap substring checks made before parsing. Null when there is no such object or it does not
 * parse.
 */
export function enclosingJsonObject(text: string, needle: string, offset: number, mustContain: readonly string[] = []): LocatedObject | null {
  const span = braceSpans(text, needle).get(offset);
  if (span === undefined || span.end - span.start > MAX_OBJECT) return null;
  const slice = text.slice(span.start, span.end);
  if (!mustContain.every((word) => slice.includes(word))) return null;
  const value = parseJsonObject(slice) ?? parseEscaped(slice);
  return value === null ? null : { start: span.start, end: span.end, value };
}

let cache: { text: string; needle: string; spans: Map<number, { start: number; end: number }> } | undefined;

/**
 * For every occurrence of `needle`, the span of the innermost brace pair around it, found in one linear pass
 * (braces are counted, strings are not parsed: the values we look for hold no braces, and escaped JSON inside
 * strings must still be seen). Unclosed objects are left out. Cached for the last text, since a validator asks once
 * per match and a hostile text can hold many matches.
 */
function braceSpans(text: string, needle: string): Map<number, { start: number; end: number }> {
  if (cache && cache.text === text && cache.needle === needle) return cache.spans;
  const occurrences: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) occurrences.push(at);
  const enclosing = new Map<number, number>();
  const wanted = new Set<number>();
  const closes = new Map<number, number>();
  const stack: number[] = [];
  const braces = /[{}]/g;
  let next = 0;
  for (let match = braces.exec(text); ; match = braces.exec(text)) {
    const at = match ? match.index : text.length;
    while (next < occurrences.length && occurrences[next]! < at) {
      const open = stack[stack.length - 1];
      if (open !== undefined) {
        enclosing.set(occurrences[next]!, open);
        wanted.add(open);
      }
      next++;
    }
    if (!match) break;
    if (text.charCodeAt(at) === 0x7b) {
      // Nesting this deep is not JSON anyone wrote by hand or tool; start over rather than hold a huge stack.
      if (stack.length >= MAX_DEPTH) stack.length = 0;
      stack.push(at);
    } else {
      const open = stack.pop();
      if (open !== undefined && wanted.has(open)) closes.set(open, at + 1);
    }
  }
  const spans = new Map<number, { start: number; end: number }>();
  for (const [occurrence, open] of enclosing) {
    const end = closes.get(open);
    if (end !== undefined) spans.set(occurrence, { start: open, end });
  }
  cache = { text, needle, spans };
  return spans;
}

/** The object as the content of a string literal: `{\"a\":\"b\"}`. */
function parseEscaped(slice: string): Record<string, unknown> | null {
  if (!slice.includes('\\"')) return null;
  try {
    const unescaped: unknown = JSON.parse(`"${slice.replace(/[\n\r\t]/g, ' ')}"`);
    return typeof unescaped === 'string' ? parseJsonObject(unescaped) : null;
  } catch {
    return null;
  }
}
