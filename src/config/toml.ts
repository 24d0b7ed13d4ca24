import { parse as parseToml } from 'smol-toml';
import { ConfigError } from '../errors.ts';
import { isTable } from '../rules/spec.ts';

/** A settings file's top-level table; a syntax error is thrown as the file's one problem (exit 2, one line). */
export function parseTomlDocument(text: string, label: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError([`${label}: invalid TOML: ${firstLine(error)}`]);
  }
}

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
function firstLine(error: unknown): string {
  return ((error as Error).message.split('\n')[0] ?? 'parse error').trim();
}
