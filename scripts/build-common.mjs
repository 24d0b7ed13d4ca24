// What both bundles (the CLI's build/, the Action's dist/) take from the sources: the checked rules and the version.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Imports a TypeScript module of src/ (bundled on the fly). */
export async function importSource(file) {
  const bundled = await build({ entryPoints: [path.join(root, file)], bundle: true, platform: 'node', format: 'esm', write: false, target: 'node20' });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}

/**
 * The rules through the loader the tests use (a problem stops the build), and the facts baked into a bundle: the
 * rules without their examples (test data), and the package version.
 */
export async function buildFacts() {
  const { loadRulesDir } = await importSource('src/rules/load.ts');
  const loaded = await loadRulesDir(path.join(root, 'rules'));
  if (loaded.problems.length > 0) {
    console.error(`rules/ has problems:\n  ${loaded.problems.join('\n  ')}`);
    process.exit(1);
  }
  const rules = loaded.specs.map(({ examples: _examples, ...rule }) => rule);
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  return { specs: loaded.specs, baked: { rules, version } };
}
