import { parse as parseToml } from 'smol-toml';
import { ConfigError } from '../errors.ts';
import { isTable } from '../rules/spec.ts';

/** A settings file's top-level table; a syntax error is thrown as the file's one problem (exit 2, one line). */
export function parseTomlDocument(text: string, label: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    throw new ConfigError([`${label}${line ? `: line ${line}${column ? `, column ${column}` : ''}` : ''}: invalid TOML: ${firstLine(error).replace(/^Invalid TOML document: /, '')}`]);
  }
}

/**
 * A value as a message shows it: `a string`, `the number 5`, `true`, `an array`. Never a string's text: what a
 * settings file holds by mistake can be a secret, and errors name files and positions, never content.
 */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  if (isTable(value)) return 'a table';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  return String(value);
}

/** The first line of a parser's error (smol-toml's messages go on to draw the line, with its content, and a caret). */
function firstLine(error: unknown): string {
  return ((error as Error).message.split('\n')[0] ?? 'parse error').trim();
}
