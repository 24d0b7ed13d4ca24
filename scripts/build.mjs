// Builds every committed bundle, from the sources, in one script (`npm run bundle`):
// - dist/leakwarden.cjs: the CLI (src/cli.ts) bundled by esbuild, but for its parts that few runs need
//   (dist/leakwarden-audit.cjs, dist/leakwarden-verify.cjs: CLI_PARTS below), loaded when used;
// - dist/cli.cjs: the CLI's entry point (package.json `bin`, from scripts/launcher.cjs), which runs the bundle from a
//   V8 code cache kept in the user's cache directory;
// - dist/action.cjs and action.yml: the GitHub Action (src/action/index.ts and every dependency bundled; the runner
//   runs `main` without installing anything), its inputs made from the option table.
// They are committed, so that an install from git or a tarball needs no build step (npm drops devDependencies when it
// prepares a git dependency under -g); test/build/bundles.test.ts fails when one is stale. The rules are not baked
// in: every bundle reads rules/*.toml at run time (src/rules/builtin.ts), so a rule change needs no rebuild.
//
// Start-up is what a pre-commit hook feels, so the CLI's output is shaped for it (measured with bench/run.mjs):
// CommonJS skips the ESM loader; the dependencies only some runs need (yargs for help and errors, smol-toml for
// TOML, re2js for a repository's own patterns) stay in node_modules and are imported when used, so the bundle stays small. @actions/core
// (for `--format github`) is bundled, because its package can only be imported, never required.
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildFacts, importSource, root } from './build-common.mjs';

/**
 * @actions/core's index also imports its HTTP client (undici and tunnel, ~400 kB) for OIDC tokens, which neither the
 * CLI nor the Action asks for. Its packages declare no `sideEffects`, so esbuild would keep them whole; declaring
 * that they have none lets it drop every module nothing uses.
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

const OUTPUTS = [
  ['findings', 'Number of findings'],
  ['incidents', 'Number of incidents (history and range scans: findings grouped by secret)'],
  ['sarif-file', 'Path of the SARIF file, when the sarif-file input asked for one'],
  ['report-file', 'Path of the JSON report with every finding (in RUNNER_TEMP: upload it with actions/upload-artifact to keep it)'],
  ['scanned-commits', 'Number of commits scanned (0 for a dir scan)'],
];

/**
 * @1password/sdk (service-account tokens under --verify) is an optional peer: 14 MB of WebAssembly that only a run
 * verifying such a token loads, from where leakwarden is installed (src/verify/onepassword-sdk.ts requires it at run
 * time). It is never part of a bundle.
 */
const NEVER_BUNDLED = ['@1password/sdk', '@1password/sdk-core'];

/** What every build here is: CommonJS for the oldest Node we support, kept in memory, with its metafile. */
const NODE_CJS = { bundle: true, platform: 'node', format: 'cjs', target: 'node20.19', write: false, logLevel: 'warning', metafile: true };

/** One bundle's text, and the source files in it (absolute paths); the same sources always give the same bytes. */
async function bundleWithInputs(entry, { banner = '', footer = '', plugins = [], ...options }) {
  const { version } = await buildFacts();
  const built = await build({
    ...NODE_CJS,
    entryPoints: [path.join(root, entry)],
    legalComments: 'eof',
    plugins: [actionsWithoutSideEffects, ...plugins],
    define: {
      __LEAKWARDEN_BUILD__: JSON.stringify({ version }),
      // Only the from-sources fallbacks read import.meta.url; CommonJS has none. Worked out when read: a cold
      // pathToFileURL costs 0.3-0.5 ms, and a bundle's run never reads it.
      'import.meta.url': '__leakwardenMeta.url',
    },
    ...options,
    banner: { js: `${banner}const __leakwardenMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };` },
    ...(footer ? { footer: { js: footer } } : {}),
  });
  const inputs = Object.entries(Object.values(built.metafile.outputs)[0]?.inputs ?? {});
  const heavy = inputs.filter(([file, { bytesInOutput }]) => bytesInOutput > 0 && /node_modules[\\/](undici|tunnel|@actions[\\/](http-client|exec|io))[\\/]/.test(file));
  if (heavy.length > 0) throw new Error(`${entry}: the bundle carries code it never runs (is actionsWithoutSideEffects still in effect?):\n  ${heavy.map(([f]) => f).join('\n  ')}`);
  return { text: built.outputFiles[0].text, inputs: new Set(Object.keys(built.metafile.inputs).map((file) => path.resolve(root, file))) };
}

async function bundle(entry, options) {
  return (await bundleWithInputs(entry, options)).text;
}

/**
 * The CLI's parts that few runs need, each in a file of its own beside the core (dist/leakwarden-NAME.cjs), loaded
 * by the first `import()` of its entry: a pre-commit hook then reads, compiles and keeps in its code cache only the
 * core. Whatever else a part imports that the core holds too (the scan, the errors, the option table) is the core's
 * module, handed to the part when it loads: one instance of each module, so that `instanceof`, module state and
 * caches mean what they say. What only the part uses is bundled into it.
 */
export const CLI_PARTS = [
  { name: 'audit', entry: 'src/cli/audit-command.ts' }, // `leakwarden audit`: its sources, mirrors, reporters (HTML)
  { name: 'verify', entry: 'src/verify/runner.ts' }, // --verify: the live checks and the 1Password SDK's loader
];
export const partFile = (name) => `dist/leakwarden-${name}.cjs`;
const sourceKey = (file) => path.relative(root, file).split(path.sep).join('/');

/**
 * For the core: an import of a part's entry loads the part's file instead. The part is given, by path, every core
 * module it imports (`shared`, found by the part's build), and returns its entry's exports.
 */
function loadPartsFromCore(parts) {
  const byEntry = new Map(parts.map((part) => [path.join(root, part.entry), part]));
  return {
    name: 'leakwarden-parts-core',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        if (args.namespace !== 'file') return undefined;
        const part = byEntry.get(path.resolve(args.resolveDir, args.path));
        return part ? { path: part.name, namespace: 'leakwarden-part' } : undefined;
      });
      build.onResolve({ filter: /^\.\/leakwarden-[a-z]+\.cjs$/, namespace: 'leakwarden-part' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'leakwarden-part' }, (args) => {
        const part = parts.find((p) => p.name === args.path);
        const given = [...part.shared].sort().map((key) => `  ${JSON.stringify(key)}: require(${JSON.stringify(path.join(root, key))}),`);
        return {
          contents: `module.exports = require(${JSON.stringify(`./${path.basename(partFile(part.name))}`)})({\n${given.join('\n')}\n});\n`,
          loader: 'js',
          resolveDir: root,
        };
      });
    },
  };
}

/** For a part: every import of a module the core holds is the core's instance, from the object the core hands over. */
function coreModulesInPart(part, coreInputs, parts) {
  const otherEntries = new Set(parts.filter((p) => p !== part).map((p) => path.join(root, p.entry)));
  return {
    name: 'leakwarden-parts-part',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === 'resolved' || args.namespace !== 'file' || args.kind === 'entry-point') return undefined;
        const { importer, namespace, resolveDir, kind, with: importAttributes } = args;
        const resolved = await build.resolve(args.path, { importer, namespace, resolveDir, kind, with: importAttributes, pluginData: 'resolved' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (otherEntries.has(resolved.path)) return { errors: [{ text: `${sourceKey(importer)} imports another part's entry (${sourceKey(resolved.path)}): import it through a module of the core` }] };
        if (!coreInputs.has(resolved.path)) return resolved;
        part.shared.add(sourceKey(resolved.path));
        return { path: sourceKey(resolved.path), namespace: 'leakwarden-core' };
      });
      build.onLoad({ filter: /.*/, namespace: 'leakwarden-core' }, (args) => ({ contents: `module.exports = __leakwardenCore[${JSON.stringify(args.path)}];\n`, loader: 'js' }));
    },
  };
}

/** The CLI: its core (dist/leakwarden.cjs) and its parts, in three builds (a part needs to know what the core holds). */
async function cliBundles() {
  const options = { external: ['yargs', 'smol-toml', 're2js', ...NEVER_BUNDLED], minify: true };
  const parts = CLI_PARTS.map((part) => ({ ...part, shared: new Set() }));
  // What the core holds does not depend on what the parts take from it, only on which imports are parts.
  const { inputs: coreInputs } = await bundleWithInputs('src/cli.ts', { ...options, plugins: [loadPartsFromCore(parts)] });
  const texts = new Map();
  for (const part of parts) {
    const built = await bundleWithInputs(part.entry, {
      ...options,
      plugins: [coreModulesInPart(part, coreInputs, parts)],
      // The part's file is one function: the core calls it with its modules and gets the entry's exports back.
      banner: `// Built by scripts/build.mjs: the ${part.name} part of the CLI (${part.entry}), loaded by dist/leakwarden.cjs.\nmodule.exports = function (__leakwardenCore) {\nconst module = { exports: {} };\n`,
      footer: 'return module.exports;\n};',
    });
    texts.set(partFile(part.name), built.text);
  }
  texts.set('dist/leakwarden.cjs', await bundle('src/cli.ts', { ...options, plugins: [loadPartsFromCore(parts)] }));
  return texts;
}

/**
 * The launcher's start of the pre-commit hook's git (src/sources/staged-launch.ts and git-spawn.ts: the git argv and
 * the safety settings, defined once for the launcher and the bundle), as one self-contained statement that the
 * launcher runs before it reads the bundle.
 */
async function launcherStagedDiff() {
  const built = await build({
    ...NODE_CJS,
    stdin: { contents: "import { launchStagedDiff } from './src/sources/staged-launch.ts';\nlaunchStagedDiff();\n", resolveDir: root, sourcefile: 'launch-staged-diff.ts', loader: 'ts' },
    legalComments: 'none',
    minify: true,
  });
  // What ends up in the output (windows.ts gives WINDOW_BYTES; the rest of what it imports is shaken off).
  const output = Object.values(built.metafile.outputs)[0]?.inputs ?? {};
  const inputs = Object.keys(output).filter((file) => output[file].bytesInOutput > 0 && !file.startsWith('launch-staged-diff'));
  const allowed = ['src/sources/staged-launch.ts', 'src/sources/git-spawn.ts', 'src/sources/windows.ts'];
  const extra = inputs.filter((file) => !allowed.includes(file.split(path.sep).join('/')));
  if (extra.length > 0) throw new Error(`the launcher's staged diff would carry more than git's argv and settings: ${extra.join(', ')}`);
  const text = built.outputFiles[0].text.replace(/^"use strict";/, '').trim();
  if (/\bimport\.meta\b|__leakwardenUrl/.test(text)) throw new Error('the launcher\'s staged diff uses what a launcher lacks');
  // Only a `staged` run loads node:child_process this early (launchStagedDiff asks the same question again).
  return `if (process.argv[2] === 'staged') (() => {\n${text}\n})();`;
}

/** action.yml, its inputs made from the option table (src/action/input-defs.ts): the Action and the CLI cannot drift. */
async function actionManifest() {
  const { inputDefs } = await importSource('src/action/input-defs.ts');
  const q = (text) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar
  return [
    '# Written by scripts/build.mjs from the option table (src/config/options.ts, src/action/input-defs.ts): do not edit.',
    'name: leakwarden',
    'description: Secret-leak scanner for pull requests and pushes (1Password, OpenAI, generic secrets, .env hygiene)',
    'author: leakwarden',
    'branding:',
    '  icon: shield',
    '  color: red',
    'inputs:',
    ...inputDefs().flatMap((input) => [`  ${input.name}:`, `    description: ${q(input.description)}`, '    required: false', `    default: ${q(input.default)}`]),
    'outputs:',
    ...OUTPUTS.flatMap(([name, description]) => [`  ${name}:`, `    description: ${q(description)}`]),
    'runs:',
    '  using: node24',
    '  main: dist/action.cjs',
    '',
  ].join('\n');
}

/**
 * The README's two option tables, made from the option table as action.yml is: the CLI's options (between
 * `<!-- options:begin -->` and `<!-- options:end -->`) and the Action's inputs (`<!-- inputs:… -->`). Returns the
 * README with both blocks rewritten.
 */
export async function readmeWithTables(readme) {
  const { OPTIONS, COMMANDS } = await importSource('src/config/options.ts');
  const { inputDefs } = await importSource('src/action/input-defs.ts');
  const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const allCommands = Object.keys(COMMANDS);
  const flagOf = (o) => {
    const value = o.type === 'string' ? ` ${o.placeholder ?? 'VALUE'}` : '';
    const names = o.type === 'boolean' && o.default === true ? [`--no-${o.flag}`] : [`--${o.flag}${value}`];
    if (o.type === 'boolean' && o.default === undefined) names.push(`--no-${o.flag}`);
    if (o.alias) names.push(`-${o.alias}${value}`);
    return names.map((n) => `\`${n}\``).join(', ');
  };
  const options = [
    '| Option | Default | Commands | Description |',
    '| --- | --- | --- | --- |',
    ...OPTIONS.map((o) => `| ${flagOf(o)} | ${o.default === undefined ? '' : typeof o.default === 'boolean' ? (o.default ? 'on' : 'off') : `\`${o.default}\``} | ${o.commands.length === allCommands.length ? 'all' : o.commands.join(', ')} | ${cell(o.description)}${o.config ? ' (also a key of .leakwarden.toml)' : ''} |`),
  ].join('\n');
  const inputs = [
    '| Input | Default | What it does |',
    '| --- | --- | --- |',
    ...inputDefs().map((d) => `| \`${d.name}\` | ${d.default === '' ? '' : `\`${d.default}\``} | ${cell(d.description)} |`),
  ].join('\n');
  const replace = (text, name, table) => {
    const re = new RegExp(`(<!-- ${name}:begin[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(text)) throw new Error(`README.md has no <!-- ${name}:begin --> … <!-- ${name}:end --> block`);
    return text.replace(re, (_m, begin, end) => `${begin}\n${table}\n${end}`);
  };
  return replace(replace(readme, 'options', options), 'inputs', inputs);
}

/**
 * The detector's WebAssembly: each module's source, the TypeScript module it is assembled into (which src/ imports),
 * and the name of the constant there. The keyword prefilter's automaton, and the search for base64 runs.
 */
export const WASM_MODULES = [
  { source: 'src/detect/keyword-scan.wat', module: 'src/detect/keyword-scan-wasm.ts', constant: 'KEYWORD_SCAN_WASM' },
  { source: 'src/detect/base64-scan.wat', module: 'src/detect/base64-scan-wasm.ts', constant: 'BASE64_SCAN_WASM' },
];

/**
 * A WebAssembly module of WASM_MODULES, assembled by wabt (a devDependency: the text format is its job), as base64 in
 * a TypeScript module, so that the sources and every bundle carry it alike. Written before the bundles are built,
 * since they include it.
 */
async function wasmModule(wabt, { source, constant }) {
  const text = await readFile(path.join(root, source), 'utf8');
  const parsed = wabt.parseWat(path.basename(source), text);
  try {
    parsed.validate();
    const { buffer } = parsed.toBinary({});
    return [
      `// Written by scripts/build.mjs from ${path.basename(source)} (assembled by wabt): do not edit.`,
      `export const ${constant} = '${Buffer.from(buffer).toString('base64')}';`,
      '',
    ].join('\n');
  } finally {
    parsed.destroy();
  }
}

/**
 * Every committed build output, by path relative to the repository root, with its text. `writeSources`: write the
 * assembled WebAssembly module into src/ first, so that the bundles are built with it (the build does; the staleness
 * test does not, and finds a stale module stale).
 */
export async function artifacts({ writeSources = false } = {}) {
  const { default: loadWabt } = await import('wabt');
  const wabt = await loadWabt();
  const wasm = new Map();
  for (const spec of WASM_MODULES) {
    const text = await wasmModule(wabt, spec);
    const target = path.join(root, spec.module);
    if (writeSources && (await readFile(target, 'utf8').catch(() => '')) !== text) await writeFile(target, text);
    wasm.set(spec.module, text);
  }
  const cliFiles = await cliBundles();
  const launchStagedDiff = await launcherStagedDiff();
  const cli = cliFiles.get('dist/leakwarden.cjs');
  const hash = createHash('sha256').update(cli).digest('hex').slice(0, 16);
  const { COMMAND_NAMES } = await importSource('src/config/options.ts');
  const launcher = (await readFile(path.join(root, 'scripts/launcher.cjs'), 'utf8'))
    .replaceAll('__BUNDLE_HASH__', hash)
    .replace('__COMMANDS__', JSON.stringify(COMMAND_NAMES))
    .replace('/* __LAUNCH_STAGED_DIFF__ */', () => launchStagedDiff);
  const action = await bundle('src/action/index.ts', {
    external: NEVER_BUNDLED,
    minify: false,
    banner: '// Built by scripts/build.mjs from src/action/: do not edit.\n',
  });
  return new Map([
    ...wasm,
    ...cliFiles,
    ['dist/cli.cjs', launcher],
    ['dist/action.cjs', action],
    ['action.yml', await actionManifest()],
    ['README.md', await readmeWithTables(await readFile(path.join(root, 'README.md'), 'utf8'))],
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await mkdir(path.join(root, 'dist'), { recursive: true });
  for (const [file, text] of await artifacts({ writeSources: true })) {
    const target = path.join(root, file);
    const before = await readFile(target, 'utf8').catch(() => '');
    await writeFile(target, text);
    if (file === 'dist/cli.cjs') await chmod(target, 0o755);
    console.log(`${file}: ${before === text ? 'unchanged' : 'written'} (${Math.round(text.length / 1024)} kB)`);
  }
}
