// Deterministic generated git history for the history benchmark: thousands of commits on several branches (feature
// branches merged into main with merge commits, a long-lived release branch and a work-in-progress branch that are
// never merged, tags), tens of MB of unique blobs, and a few planted secrets whose fate is known: still in HEAD, added
// then removed, only on an unmerged branch.
//
// It is written with ONE `git fast-import` (a `git commit` per commit would take minutes), then repacked as a clone
// would be, and cached under bench/.work/ in a directory named after GENERATOR_VERSION and the parameters: bump the
// version whenever the output changes, so that a rerun regenerates instead of measuring a stale repository.
//
// The secrets are generated at run time from the seeded PRNG (the repository never holds a live-format key), and the
// markers in this file are built by concatenation so that it scans clean.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALNUM, B64URL, textKit } from './corpus.mjs';

export const GENERATOR_VERSION = 1;
const SK = '23456789ABCDEFGHJKLMNPQRSTVWXYZ'; // the 1Password Secret Key alphabet
const T0 = 1_672_531_200; // 2023-01-01T00:00:00Z: commit times count up from here

/**
 * Returns the generated history under `workDir` (generating it unless a cached copy of this generator version and
 * these parameters exists): `{ dir, commits, branches, tags, planted, ... }`, where each planted secret has the rule
 * that should report it, its path, the commit that added it and the incident status a history scanner should give it.
 */
export async function historyCorpus(workDir, { seed = 20250301, commits = 3000, log = () => {} } = {}) {
  const dir = join(workDir, `history-v${GENERATOR_VERSION}-s${seed}-c${commits}`);
  const manifestPath = join(dir, '.git', 'bench-manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.version === GENERATOR_VERSION) return { ...m, dir, cached: true };
  }
  const started = performance.now();
  log(`generating the history corpus (${commits} commits) in ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, input: '' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr || r.error?.message}`);
    return r.stdout.trim();
  };
  git('init', '--quiet', '--initial-branch=main');
  const marksFile = join(dir, '.git', 'bench-marks');
  const importer = spawn('git', ['fast-import', '--quiet', '--done', `--export-marks=${marksFile}`], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let importErr = '';
  importer.stderr.on('data', (d) => (importErr += d));
  const importDone = new Promise((ok, fail) => {
    importer.on('error', fail);
    importer.on('close', (code) => (code === 0 ? ok() : fail(new Error(`git fast-import exited ${code}: ${importErr.trim()}`))));
  });

  const gen = generate({ seed, commits });
  for (const chunk of gen.stream) {
    if (!importer.stdin.write(chunk)) await new Promise((r) => importer.stdin.once('drain', r));
  }
  importer.stdin.end('done\n');
  await importDone;

  // Marks -> commit ids; merged feature branches are deleted, as a team deletes them after merging.
  const marks = new Map(readFileSync(marksFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')));
  const sha = (mark) => marks.get(`:${mark}`);
  const deletions = gen.deleteRefs.map((r) => `delete ${r}\n`).join('');
  if (deletions) {
    const r = spawnSync('git', ['update-ref', '--stdin'], { cwd: dir, input: deletions, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git update-ref: ${r.stderr}`);
  }
  // Packed as a server packs a clone (fast-import's own pack has few deltas), then checked out.
  git('repack', '-a', '-d', '-f', '-q', '--window=10', '--depth=50');
  git('prune-packed');
  rmSync(marksFile, { force: true });
  git('reset', '--hard', '--quiet', 'main');

  const manifest = {
    version: GENERATOR_VERSION,
    seed,
    commits: Number(git('rev-list', '--all', '--count')),
    mergeCommits: Number(git('rev-list', '--all', '--merges', '--count')),
    branches: git('for-each-ref', '--format=%(refname:short)', 'refs/heads').split('\n'),
    tags: Number(git('tag').split('\n').filter(Boolean).length),
    mergedBranches: gen.mergedBranches,
    headFiles: Number(git('ls-files').split('\n').length),
    planted: gen.planted.map(({ mark, ...p }) => ({ ...p, commit: sha(mark) })),
    generatedMs: Math.round(performance.now() - started),
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  log(`  generated in ${(manifest.generatedMs / 1000).toFixed(1)} s: ${manifest.commits} commits (${manifest.mergeCommits} merges), ${manifest.branches.length} branches, ${manifest.tags} tags`);
  return { ...manifest, dir, cached: false };
}

/**
 * The fast-import stream (an iterator of strings) and what it plants. Pure: the same parameters give the same stream,
 * so the same commit ids.
 */
function generate({ seed, commits: target }) {
  const kit = textKit(seed);
  const { rnd, int, pick, chars, word, camel, sentence, jsFile, jsonFile, yamlFile, envFile, mdFile, bundleFile, lockFile } = kit;
  const makers = { ts: () => jsFile(true), js: () => jsFile(false), json: jsonFile, yaml: yamlFile, md: mdFile, env: envFile };
  const kindOf = (path) => (/\.ts$/.test(path) ? 'ts' : /\.js$/.test(path) ? 'js' : /\.json$/.test(path) ? 'json' : /\.ya?ml$/.test(path) ? 'yaml' : /\.md$/.test(path) ? 'md' : 'env');
  const packages = Array.from({ length: 30 }, () => `${word()}-${word()}`);
  const newPath = (pkg = `packages/${pick(packages)}`) => {
    const kind = pick(['ts', 'ts', 'ts', 'js', 'js', 'json', 'yaml', 'md', 'env']);
    return {
      ts: () => `${pkg}/src/${word()}/${camel(2)}.ts`,
      js: () => `${pkg}/${pick(['lib', 'src', 'test'])}/${word()}/${camel(2)}.js`,
      json: () => `${pkg}/${pick(['fixtures', 'data', 'config'])}/${camel(2)}.json`,
      yaml: () => pick([`deploy/k8s/${word()}-${word()}.yaml`, `${pkg}/config/${word()}-${word()}.yaml`]),
      md: () => pick([`docs/${word()}-${word()}.md`, `${pkg}/${word()}-${word()}.md`]),
      env: () => `${pkg}/config/${word()}.${pick(['properties', 'ini'])}`,
    }[kind]();
  };
  const authors = Array.from({ length: 12 }, (_, i) => {
    const name = `${word()} ${word()}`.replace(/\b\w/g, (c) => c.toUpperCase());
    return `${name} <${name.toLowerCase().replace(' ', '.')}.${i}@example.invalid>`;
  });

  // ---- the stream ----
  const out = [];
  let mark = 0, clock = T0, commitCount = 0;
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const blob = (text) => {
    out.push(`blob\nmark :${++mark}\n${data(text)}`);
    return mark;
  };
  // A branch: its files (path -> { mark, text }) and its tip.
  const branches = new Map();
  const commit = (name, message, changes, { merge } = {}) => {
    const b = branches.get(name);
    const lines = [];
    for (const [path, text] of changes) {
      if (text === null) {
        b.files.delete(path);
        lines.push(`D ${path}\n`);
      } else {
        const m = blob(text);
        b.files.set(path, { mark: m, text });
        lines.push(`M 100644 :${m} ${path}\n`);
      }
    }
    if (merge) {
      for (const path of merge.paths) {
        const f = merge.files.get(path);
        if (f) {
          b.files.set(path, f);
          lines.push(`M 100644 :${f.mark} ${path}\n`);
        } else if (b.files.has(path)) {
          b.files.delete(path);
          lines.push(`D ${path}\n`);
        }
      }
    }
    clock += int(300, 7200);
    const who = pick(authors);
    out.push(
      `commit refs/heads/${name}\nmark :${++mark}\nauthor ${who} ${clock} +0000\ncommitter ${who} ${clock} +0000\n${data(message)}` +
        (b.tip ? `from :${b.tip}\n` : '') +
        (merge ? `merge :${merge.tip}\n` : '') +
        lines.join(''),
    );
    b.tip = mark;
    commitCount++;
    return mark;
  };
  const branchFrom = (name, from) => {
    branches.set(name, { files: new Map(from.files), tip: from.tip, touched: new Set() });
    return branches.get(name);
  };

  // ---- edits ----
  // A typical change to a text file: append a block, replace a few lines with new ones, or delete a few; files that
  // have grown large shrink instead of growing.
  const edit = (path, text) => {
    const lines = text.split('\n');
    const fresh = (makers[kindOf(path)] ?? makers.md)().split('\n');
    const n = int(2, 24);
    const at = int(0, Math.max(0, fresh.length - n));
    const block = fresh.slice(at, at + n);
    const r = rnd();
    if (lines.length < 40 || (r < 0.4 && text.length < 10_000)) lines.splice(Math.max(0, lines.length - 1), 0, ...block);
    else if (r < 0.85) lines.splice(int(0, lines.length - 2), int(1, 12), ...block);
    else lines.splice(int(0, lines.length - 2), int(4, 40));
    return lines.join('\n');
  };
  const summary = () => pick(['Fix', 'Add', 'Update', 'Refactor', 'Remove', 'Improve', 'Handle', 'Document', 'Test', 'Rename']) + ` ${word()} ${word()} ${pick(['in', 'for', 'of', 'on'])} ${word()}`;
  const message = () => (rnd() < 0.6 ? `${summary()}\n` : `${summary()}\n\n${sentence()} ${sentence()}\n`);
  const filesPerCommit = () => {
    const r = rnd();
    return r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : int(4, 5);
  };

  // ---- the planted secrets ----
  const openaiKey = () => 'sk-' + 'proj-' + chars(74, B64URL) + 'T3Blbk' + 'FJ' + chars(74, B64URL);
  const password = () => chars(22, ALNUM);
  const secretKey = () => ['A3', chars(6, SK), chars(6, SK), chars(5, SK), chars(5, SK), chars(5, SK), chars(5, SK)].join('-');
  const planted = [];
  const pinned = new Set(); // paths that random edits leave alone, so that each planted secret keeps its known fate
  const plant = (p) => {
    planted.push(p);
    pinned.add(p.path);
  };

  // ---- the initial commit ----
  const main = branchFrom('main', { files: new Map(), tip: null });
  const SPECIAL = ['package-lock.json', 'CHANGELOG.md', 'vendor/widgets.min.js'];
  const initial = new Map();
  while (initial.size < 700) initial.set(newPath(), null);
  for (const path of initial.keys()) initial.set(path, (makers[kindOf(path)] ?? makers.md)());
  initial.set('package-lock.json', lockFile(700));
  initial.set('CHANGELOG.md', '# Changelog\n');
  initial.set('vendor/widgets.min.js', bundleFile(200_000));
  initial.set('.gitignore', 'node_modules/\ndist/\ncoverage/\n.env\n');
  initial.set('README.md', mdFile());
  commit('main', 'Initial commit\n', [...initial]);

  // ---- the schedule ----
  // About 90 % of the commits are ordinary ones; the rest are merges and the scheduled chores (lockfile, changelog,
  // bundle). Feature branches lock the files of one package while open, so that their merges are clean.
  const at = (fraction) => Math.round(target * fraction);
  const open = []; // feature branches in progress: { name, pkg, left }
  const locked = new Set();
  const mergedBranches = [];
  const deleteRefs = [];
  let release = null, wip = null, featureN = 0, version = 0;
  const candidates = (b, filter) => [...b.files.keys()].filter((p) => !pinned.has(p) && !SPECIAL.includes(p) && p !== '.gitignore' && filter(p));
  const ordinary = (name, filter) => {
    const b = branches.get(name);
    const pool = candidates(b, filter);
    const changes = new Map();
    for (let i = 0, n = filesPerCommit(); i < n && pool.length > 0; i++) {
      const path = pick(pool);
      changes.set(path, edit(path, changes.get(path) ?? b.files.get(path).text));
    }
    if (rnd() < 0.06) {
      const path = newPath(name.startsWith('feature/') ? `packages/${open.find((f) => f.name === name).pkg}` : undefined);
      if (!b.files.has(path) && !locked.has(path)) changes.set(path, (makers[kindOf(path)] ?? makers.md)());
    } else if (rnd() < 0.02 && pool.length > 50) {
      changes.set(pick(pool), null);
    }
    for (const p of changes.keys()) b.touched.add(p);
    return commit(name, message(), [...changes]);
  };
  const stream = (function* () {
    let mainCommits = 0;
    while (commitCount < target) {
      // planted secrets, at fixed points of the history
      if (commitCount >= at(0.1) && !planted.some((p) => p.id === 'in-head')) {
        const path = `packages/${packages[0]}/src/ai/openaiClient.ts`;
        const m = commit('main', 'Add the OpenAI client\n', [[path, `import OpenAI from 'openai';\n\nexport const client = new OpenAI({\n  apiKey: "${openaiKey()}",\n});\n`]]);
        plant({ id: 'in-head', ruleId: 'openai-api-key', path, mark: m, expect: 'in-head', what: 'OpenAI key added on main, still in HEAD' });
      }
      if (commitCount >= at(0.2) && !planted.some((p) => p.id === 'deleted-file')) {
        const path = 'scripts/seed.py';
        const m = commit('main', 'Add a seed script\n', [[path, `import os\n\nDATABASE = "postgres"\npassword = "${password()}"\n`]]);
        plant({ id: 'deleted-file', ruleId: 'generic-secret', path, mark: m, expect: 'history-only', what: 'password in a script, the file deleted later' });
      }
      if (commitCount >= at(0.3) && !planted.some((p) => p.id === 'removed-line')) {
        const path = 'config/database.yml';
        const m = commit('main', 'Configure the production database\n', [[path, `production:\n  adapter: postgresql\n  host: db.internal\n  password: "${password()}"\n  pool: 10\n`]]);
        plant({ id: 'removed-line', ruleId: 'generic-secret', path, mark: m, expect: 'history-only', what: 'password added, then the line replaced by an environment lookup' });
      }
      if (commitCount >= at(0.45) && planted.some((p) => p.id === 'removed-line') && main.files.get('config/database.yml').text.includes('password: "')) {
        commit('main', 'Read the database password from the environment\n', [['config/database.yml', `production:\n  adapter: postgresql\n  host: db.internal\n  password: <%= ENV['DATABASE_PASSWORD'] %>\n  pool: 10\n`]]);
      }
      if (commitCount >= at(0.7) && main.files.has('scripts/seed.py')) {
        commit('main', 'Remove the seed script\n', [['scripts/seed.py', null]]);
      }
      if (commitCount >= at(0.55) && !release) {
        release = branchFrom('release/1.x', main);
        commit('release/1.x', 'Start the 1.x maintenance branch\n', [['CHANGELOG.md', `${main.files.get('CHANGELOG.md').text}\n## 1.x maintenance\n`]]);
      }
      if (commitCount >= at(0.8) && !wip) {
        wip = branchFrom('wip/onboarding', main);
        ordinary('wip/onboarding', () => true);
        const path = 'scripts/bootstrap.sh';
        const m = commit('wip/onboarding', 'WIP: bootstrap script for new machines\n', [[path, `#!/bin/sh\nset -e\nexport OP_ACCOUNT=acme.1password.com\nexport OP_SECRET_KEY=${secretKey()}\nop account add --address "$OP_ACCOUNT"\n`]]);
        plant({ id: 'unmerged', ruleId: '1password-secret-key', path, mark: m, expect: 'unmerged-branch', what: 'Secret Key on a branch never merged' });
        for (let i = 0; i < 4; i++) ordinary('wip/onboarding', () => true);
      }
      if (release && commitCount < target - 5 && rnd() < 0.012) ordinary('release/1.x', () => true);

      // feature branches: open, work, merge
      if (open.length < 2 && rnd() < 0.05) {
        const used = new Set(open.map((f) => f.pkg));
        const pkg = pick(packages.slice(1).filter((p) => !used.has(p)));
        const name = `feature/${word()}-${word()}-${++featureN}`;
        branchFrom(name, main);
        for (const p of main.files.keys()) if (p.startsWith(`packages/${pkg}/`)) locked.add(p);
        const carries = commitCount >= at(0.6) && !planted.some((p) => p.id === 'merged-branch');
        open.push({ name, n: featureN, pkg, left: int(3, 14), carries });
        if (carries) {
          const path = `packages/${pkg}/src/llm.js`;
          const m = commit(name, 'Call the model from the pipeline\n', [[path, `export const OPENAI_API_KEY = '${openaiKey()}';\n\nexport async function complete(prompt) {\n  return fetch('https://api.openai.com/v1/responses', { method: 'POST', body: JSON.stringify({ prompt }) });\n}\n`]]);
          branches.get(name).touched.add(path);
          plant({ id: 'merged-branch', ruleId: 'openai-api-key', path, mark: m, expect: 'in-head', what: 'OpenAI key added on a feature branch that was merged' });
        }
      }
      const f = open.length > 0 && rnd() < 0.4 ? pick(open) : null;
      if (f && f.left > 0) {
        ordinary(f.name, (p) => p.startsWith(`packages/${f.pkg}/`));
        f.left--;
        continue;
      }
      if (f && f.left === 0) {
        const b = branches.get(f.name);
        commit('main', `Merge branch '${f.name}'\n`, [], { merge: { tip: b.tip, files: b.files, paths: [...b.touched] } });
        for (const p of [...locked]) if (p.startsWith(`packages/${f.pkg}/`)) locked.delete(p);
        open.splice(open.indexOf(f), 1);
        mergedBranches.push(f.name);
        if (f.n % 3 !== 0) deleteRefs.push(`refs/heads/${f.name}`); // two in three merged branches are deleted
        continue;
      }

      // main: chores on a schedule, ordinary commits otherwise
      mainCommits++;
      if (mainCommits % 60 === 0) {
        const lock = main.files.get('package-lock.json').text.split('\n');
        for (let i = 0, n = int(10, 40); i < n; i++) {
          const j = int(0, lock.length - 1);
          lock[j] = lock[j].replace(/"version": "[^"]*"/, `"version": "${int(0, 9)}.${int(0, 30)}.${int(0, 30)}"`);
        }
        commit('main', `Bump dependencies\n`, [['package-lock.json', lock.join('\n')]]);
      } else if (mainCommits % 250 === 0) {
        version++;
        const changelog = main.files.get('CHANGELOG.md').text.replace('# Changelog\n', `# Changelog\n\n## 1.${version}.0\n\n${Array.from({ length: int(5, 25) }, () => `- ${summary()}`).join('\n')}\n`);
        const m = commit('main', `Release 1.${version}.0\n`, [['CHANGELOG.md', changelog]]);
        out.push(version % 2 ? `tag v1.${version}.0\nfrom :${m}\ntagger ${authors[0]} ${clock} +0000\n${data(`Release 1.${version}.0\n`)}` : `reset refs/tags/v1.${version}.0\nfrom :${m}\n\n`);
      } else if (mainCommits % 700 === 0) {
        commit('main', 'Update the widgets bundle\n', [['vendor/widgets.min.js', bundleFile(200_000)]]);
      } else {
        ordinary('main', (p) => !locked.has(p));
      }
      if (out.length > 200) yield out.splice(0).join('');
    }
    yield out.splice(0).join('');
  })();
  return { stream, planted, mergedBranches, deleteRefs };
}

// `node bench/history-corpus.mjs [--commits N] [--seed S]`: generates (or finds) the history and prints its manifest.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
  const work = join(new URL('.', import.meta.url).pathname, '.work');
  const m = await historyCorpus(work, { commits: opt('--commits', 3000), seed: opt('--seed', 20250301), log: (s) => console.error(`[history-corpus] ${s}`) });
  console.log(JSON.stringify(m, null, 2));
}
