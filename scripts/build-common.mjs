// What the bundles take from the sources: the package version (the rules are not baked in: bundles read rules/ at
// run time, so that adding or changing a rule never means rebuilding a bundle).
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

/** The facts baked into a bundle: the package version. */
export async function buildFacts() {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  return { version };
}
