// Builds the CLI: checks rules/*.toml and bakes them into the bundle (without examples: they are test data),
// then bundles src/cli.ts with esbuild, splitting lazily imported parts (yargs, fast-glob, smol-toml) into their
// own chunks so the pre-commit path loads only what it runs.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}build`;

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// Load the rules through the same loader the tests use (bundled on the fly: it is TypeScript).
const loader = await build({
  entryPoints: [`${root}src/rules/load.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  target: 'node20',
});
const loaderUrl = `data:text/javascript;base64,${Buffer.from(loader.outputFiles[0].text).toString('base64')}`;
const { loadRulesDir } = await import(loaderUrl);
const loaded = await loadRulesDir(`${root}rules`);
if (loaded.problems.length > 0) {
  console.error(`rules/ has problems:\n  ${loaded.problems.join('\n  ')}`);
  process.exit(1);
}
const rules = loaded.specs.map(({ examples: _examples, ...rule }) => rule);
const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

await build({
  entryPoints: { cli: `${root}src/cli.ts` },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'linked',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __LEAKWARDEN_BUILD__: JSON.stringify({ rules, version }) },
  // Bundled CommonJS dependencies (fast-glob) call require() for node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
await chmod(`${out}/cli.js`, 0o755);
