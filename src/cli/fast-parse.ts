import { parseArgs } from 'node:util';
import type { CliArgs, Command } from '../config/options.ts';
import { COMMAND_NAMES, normalizeArgs, optionsFor, POSITIONALS } from '../config/options.ts';

/**
 * Parses the common, well-formed command lines with node's own parser, so that a pre-commit hook does not pay
 * for loading yargs (~45 ms). Returns null for anything it does not fully understand (help, version, unknown or
 * repeated flags, a missing value); the caller then hands the arguments to yargs, which explains the problem.
 * Both paths build CliArgs through normalizeArgs, and a test holds them to the same results.
 */
export function fastParse(argv: readonly string[]): CliArgs | null {
  const [command, ...rest] = argv;
  if (!COMMAND_NAMES.includes(command as Command)) return null;
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const def of optionsFor(command as Command)) {
    options[def.flag] = def.alias ? { type: def.type, short: def.alias } : { type: def.type };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options, strict: true, allowPositionals: POSITIONALS.includes(command as Command), allowNegative: true, tokens: true });
  } catch {
    return null;
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) return null;
    seen.add(token.name);
  }
  return normalizeArgs(command as Command, parsed.values, parsed.positionals);
}
