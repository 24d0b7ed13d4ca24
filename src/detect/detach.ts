import type { Details } from '../types.ts';

/**
 * A copy of `text` that does not hold on to the string it was cut from.
 *
 * V8 makes a substring of 13 characters or more (`slice`, a regex group) a view into its parent, and the view keeps
 * the whole parent alive. A finding's secret and excerpt are such views into the blob they came from: a history of
 * 300 blobs of 9 MB with a secret each kept every blob's text, 1.6 GB. Prepending a character builds a new string,
 * which `slice` flattens into a fresh copy before cutting: what stays is a view into that copy, one character longer
 * than `text`.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

const NO_DETAILS: Details = Object.freeze({});

/** Details with every string detached (validators read values out of the scanned text); the one empty object when none. */
export function detachDetails(details: Details): Details {
  let copy: Record<string, Details[string]> | null = null;
  for (const key in details) {
    const value = details[key]!;
    const detached = typeof value === 'string' ? detach(value) : Array.isArray(value) ? value.map((item: string) => detach(item)) : value;
    (copy ??= {})[key] = detached;
  }
  return copy ?? NO_DETAILS;
}
