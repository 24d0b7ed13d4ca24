// Builds the CLI into build/:
// - leakwarden.cjs: src/cli.ts bundled by esbuild, with rules/*.toml checked and baked in (without their
//   examples: they are test data);
// - cli.cjs: the entry point (scripts/launcher.cjs), which runs the bundle from V8's code cache;
// - leakwarden-<hash>.cache: that code cache, made by running a pre-commit scan once.
//
// Start-up is what a pre-commit hook feels, so the output is shaped for it (measured with bench/run.mjs):
// CommonJS skips the ESM loader (~3 ms of node internals); the dependencies only some runs need (yargs for help and
// errors, fast-glob outside git, smol-toml for TOML) stay in node_modules and are imported when used, so the bundle
// is ~60 kB instead of ~270 kB; and the code cache saves parsing and compiling it (~4 ms). @actions/core (for
// `--format github`) is bundled, because its package can only be imported, never required; of it the bundle keeps
// the command writer and drops the HTTP client (see actionsWithoutSideEffects), and it runs only when that format is
// chosen (src/report/index.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { buildFacts, importSource, root } from './build-common.mjs';

const out = path.join(root, 'build');
const { specs, baked } = await buildFacts();

/**
 * @actions/core's index also imports its HTTP client (undici and tunnel, ~400 kB) for OIDC tokens, which the CLI never
 * asks for. Its packages declare no `sideEffects`, so esbuild would keep them whole; declaring that they have none lets
 * it drop every module nothing uses.
 */
const actionsWithoutSideEffects = {
  name: 'actions-without-side-effects',
  setup(build) {
    const owned = /^(@actions\/|undici(\/|$)|tunnel(\/|$))/;
    const inside = /[\\/]node_modules[\\/](@actions[\\/]|undici[\\/]|tunnel[\\/])/;
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolved' || !(owned.test(args.path) || inside.test(args.importer))) return undefined;
      const { importer, namespace, resolveDir, kind, with: importAttributes } = args;
      const resolved = await build.resolve(args.path, { importer, namespace, resolveDir, kind, with: importAttributes, pluginData: 'resolved' });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { ...resolved, sideEffects: false };
    });
  },
};

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const bundlePath = path.join(out, 'leakwarden.cjs');
const built = await build({
  entryPoints: [path.join(root, 'src/cli.ts')],
  outfile: bundlePath,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.19',
  external: ['yargs', 'fast-glob', 'smol-toml'],
  minify: process.env.LEAKWARDEN_BUILD_MINIFY !== '0',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: {
    __LEAKWARDEN_BUILD__: JSON.stringify(baked),
    // Only the from-sources fallbacks read import.meta.url; CommonJS has none.
    'import.meta.url': '__leakwardenUrl',
  },
  banner: { js: "const __leakwardenUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [actionsWithoutSideEffects],
  metafile: true,
});
const bundled = Object.entries(Object.values(built.metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {});
const heavy = bundled.filter(([file, { bytesInOutput }]) => bytesInOutput > 0 && /node_modules[\\/](undici|tunnel|@actions[\\/](http-client|exec|io))[\\/]/.test(file)).map(([file]) => file);
if (heavy.length > 0) {
  console.error(`the bundle carries code the CLI never runs (is actionsWithoutSideEffects still in effect?):\n  ${heavy.join('\n  ')}`);
  process.exit(1);
}

const hash = createHash('sha256').update(await readFile(bundlePath)).digest('hex').slice(0, 16);
const launcher = (await readFile(path.join(root, 'scripts/launcher.cjs'), 'utf8')).replace('__BUNDLE_HASH__', hash);
const entry = path.join(out, 'cli.cjs');
await writeFile(entry, launcher);
await chmod(entry, 0o755);

await writeCodeCache(entry, specs);

/**
 * Runs `leakwarden staged` once on a scratch repository whose staged change holds every rule's positive examples,
 * with the launcher told to save V8's code cache of the bundle at exit: the cache then holds the functions a
 * pre-commit scan runs, compiled. Without git the warm-up reads the same text from stdin instead. A failure here
 * only costs speed: the launcher runs without a cache.
 */
async function writeCodeCache(entry, specs) {
  const { expandExample } = await importSource('src/rules/examples.ts');
  const samples = specs.flatMap((spec) =>
    (spec.examples?.positive ?? []).map((example, i) => expandExample(typeof example === 'string' ? example : example.text, `${spec.id}:${i}`).text),
  );
  const text = `${samples.join('\n')}\n`;
  const env = { ...process.env, LEAKWARDEN_WRITE_CODE_CACHE: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  delete env.NODE_OPTIONS;
  delete env.GIT_INDEX_FILE;
  delete env.GIT_DIR;
  const scratch = await mkdtemp(path.join(tmpdir(), 'leakwarden-build-'));
  try {
    const git = (...args) => spawnSync('git', ['-c', 'user.name=build', '-c', 'user.email=build@invalid', ...args], { cwd: scratch, env, stdio: 'ignore' }).status === 0;
    let warmed = false;
    if (git('init', '-q') && (await writeFile(path.join(scratch, 'changed.txt'), 'first\n'), git('add', '.')) && git('commit', '-q', '-m', 'base')) {
      await writeFile(path.join(scratch, 'changed.txt'), `first\n${text}`);
      await writeFile(path.join(scratch, 'added.txt'), text);
      warmed = git('add', '.') && spawnSync(process.execPath, [entry, 'staged'], { cwd: scratch, env, stdio: 'ignore' }).status === 1;
    }
    if (!warmed) spawnSync(process.execPath, [entry, 'stdin'], { cwd: scratch, env, input: text, stdio: ['pipe', 'ignore', 'ignore'] });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
