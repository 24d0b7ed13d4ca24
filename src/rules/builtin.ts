import { fileURLToPath } from 'node:url';
import { buildInfo } from '../build-info.ts';
import type { RuleSpec } from './spec.ts';

/**
 * The built-in rules. A build bakes `rules/*.toml` into the bundle (checked at build time), so a run parses no
 * TOML; from sources (tests, development) the TOML files are read and checked here.
 */
export async function loadBuiltinRules(): Promise<readonly RuleSpec[]> {
  if (buildInfo) return buildInfo.rules as RuleSpec[];
  const { loadRulesDir, requireValid } = await import('./load.ts');
  return requireValid(await loadRulesDir(builtinRulesDir()));
}

/** `rules/` at the package root, for runs from sources. */
export function builtinRulesDir(): string {
  return fileURLToPath(new URL('../../rules/', import.meta.url));
}
