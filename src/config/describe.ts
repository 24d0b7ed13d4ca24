import { isTable } from '../rules/spec.ts';

/** A value as a message shows it: `the string "abc"`, `the number 5`, `true`, `an array`. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  if (isTable(value)) return 'a table';
  if (typeof value === 'string') return value.length <= 40 ? `the string ${JSON.stringify(value)}` : 'a long string';
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  return String(value);
}

/** The first line of a parser's error (smol-toml's messages go on to draw the line and a caret). */
export function firstLine(error: unknown): string {
  return ((error as Error).message.split('\n')[0] ?? 'parse error').trim();
}
