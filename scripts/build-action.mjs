// Builds the GitHub Action's single committed file, dist/action.cjs (CommonJS, whatever package.json's type): src/action/index.ts and every dependency
// (@actions/core, @octokit/rest) bundled by esbuild, with the rules baked in, as the runner runs `main` without
// installing anything. `node scripts/build-action.mjs` writes it and action.yml (`npm run build:action`); the test suite calls
// bundleAction() and fails when the committed file differs (test/action/bundle.test.ts).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildFacts, importSource, root } from './build-common.mjs';

export const ACTION_BUNDLE = path.join(root, 'dist', 'action.cjs');
export const ACTION_MANIFEST = path.join(root, 'action.yml');

const OUTPUTS = [
  ['findings', 'Number of findings'],
  ['incidents', 'Number of incidents (history and range scans: findings grouped by secret)'],
  ['sarif-file', 'Path of the SARIF file, when the sarif-file input asked for one'],
  ['scanned-commits', 'Number of commits scanned (0 for a dir scan)'],
];

/** action.yml, its inputs made from the option table (src/action/input-defs.ts): the Action and the CLI cannot drift. */
export async function actionManifest() {
  const { inputDefs } = await importSource('src/action/input-defs.ts');
  const q = (text) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar
  return [
    '# Written by scripts/build-action.mjs from the option table (src/config/options.ts, src/action/input-defs.ts): do not edit.',
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

/** The bundle's text; the same sources always give the same bytes. */
export async function bundleAction() {
  const { baked } = await buildFacts();
  const built = await build({
    entryPoints: [path.join(root, 'src/action/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.19',
    write: false,
    minify: false,
    legalComments: 'eof',
    logLevel: 'warning',
    define: {
      __LEAKWARDEN_BUILD__: JSON.stringify(baked),
      'import.meta.url': '__leakwardenUrl',
    },
    banner: { js: "// Built by scripts/build-action.mjs from src/action/: do not edit.\nconst __leakwardenUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  return built.outputFiles[0].text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await mkdir(path.dirname(ACTION_BUNDLE), { recursive: true });
  for (const [file, text] of [[ACTION_BUNDLE, await bundleAction()], [ACTION_MANIFEST, await actionManifest()]]) {
    const before = await readFile(file, 'utf8').catch(() => '');
    await writeFile(file, text);
    console.log(`${path.relative(root, file)}: ${before === text ? 'unchanged' : 'written'} (${Math.round(text.length / 1024)} kB)`);
  }
}
