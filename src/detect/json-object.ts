import { parseJsonObject } from './base64.ts';

export interface LocatedObject {
  /** Offset of the opening `{`. */
  readonly start: number;
  /** Offset just past the closing `}`. */
  readonly end: number;
  readonly value: Record<string, unknown>;
}

/**
 * Finds the JSON object whose own key sits at `keyOffset`, wherever the object is embedded: a .json file, a YAML
 * block scalar, a log line, or a string literal with escaped quotes (`{\"verifier\":…}`). Scans at most `limit`
 * characters each way, so a hostile file costs bounded work per candidate key.
 */
export function enclosingJsonObject(text: string, keyOffset: number, limit = 65536): LocatedObject | null {
  const start = openingBrace(text, keyOffset, Math.max(0, keyOffset - limit));
  if (start === -1) return null;
  const end = closingBrace(text, start, Math.min(text.length, start + 2 * limit));
  if (end === -1) return null;
  const slice = text.slice(start, end);
  const value = parseJsonObject(slice) ?? parseEscaped(slice);
  return value === null ? null : { start, end, value };
}

/** Walks back to the `{` that opens the object containing `offset` (braces inside strings are not expected there). */
function openingBrace(text: string, offset: number, floor: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE) depth++;
    else if (c === OPEN) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Walks forward from `{` to its matching `}`, skipping string contents (plain `"…"` or escaped `\"…\"` strings). */
function closingBrace(text: string, start: number, ceiling: number): number {
  let depth = 0;
  let quote: 'plain' | 'escaped' | null = null;
  for (let i = start; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (quote === 'plain') {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) quote = null;
    } else if (quote === 'escaped') {
      if (c === BACKSLASH) {
        if (text.charCodeAt(i + 1) === QUOTE) quote = null;
        i++;
      }
    } else if (c === QUOTE) quote = 'plain';
    else if (c === BACKSLASH && text.charCodeAt(i + 1) === QUOTE) {
      quote = 'escaped';
      i++;
    } else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0) return i + 1;
  }
  return -1;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/** The object as the content of a string literal: `{\"a\":\"b\"}`. */
function parseEscaped(slice: string): Record<string, unknown> | null {
  if (!slice.includes('\\"')) return null;
  try {
    const unescaped: unknown = JSON.parse(`"${slice}"`);
    return typeof unescaped === 'string' ? parseJsonObject(unescaped) : null;
  } catch {
    return null;
  }
}
