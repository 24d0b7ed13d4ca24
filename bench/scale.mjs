// The scale part of `npm run bench` (`npm run bench -- --only scale`): `leakwarden history` on generated histories of
// growing size (bench/history-corpus.mjs, 3,000, 30,000 and 100,000 commits by default), against the floor of a Node
// history scanner (bench/history-floor.mjs) and `git log -p -U0 --all --full-history`: time, throughput as a share of
// the floor's, and peak RSS, which should stay flat (under 300 MB) as the history grows. Not part of the default run:
// the largest history takes minutes per command. Returns the summary lines and the markdown section; bench/run.mjs
// writes them into bench/README.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checkPlanted } from './history.mjs';
import { historyCorpus } from './history-corpus.mjs';
import { benchEnv, fmtInt, fmtMB, fmtS, run, runSampled, stats } from './measure.mjs';

export const SCALE_SIZES = [3000, 30_000, 100_000];
const RSS_TARGET_MB = 300;
/** A warm-up that took longer counts as the first timed run: page cache and JIT are noise next to it. */
const SLOW_MS = 60_000;
const GIT_LOG = ['git', 'log', '-p', '-U0', '--all', '--full-history'];

/** Timed runs after the warm-up: fewer for the larger histories, whose runs take minutes. */
function runsFor(commits, forced) {
  if (forced != null) return forced;
  return commits <= 5000 ? 3 : 2;
}

export async function runScale({ root, work, out, node, cli, sizes = SCALE_SIZES, runs: forcedRuns = null, singleThreadUpTo = 30_000, nul, log }) {
  const floorScript = join(root, 'bench', 'history-floor.mjs');
  const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', env: benchEnv, maxBuffer: 64 << 20 }).trim();

  // Every history first, largest first: generating the largest takes minutes, and none of it overlaps a timed run.
  const corpora = new Map();
  for (const commits of [...sizes].sort((a, b) => b - a)) corpora.set(commits, await historyCorpus(work, { commits, log }));

  const results = [];
  for (const commits of [...sizes].sort((a, b) => a - b)) {
    const corpus = corpora.get(commits);
    const dir = corpus.dir;
    const label = `scale-${commits}`;
    log(`scale: ${fmtInt(commits)} commits (${dir})`);
    const t = { commits, corpus, head: git(dir, 'rev-parse', '--short', 'HEAD'), rows: [] };
    const lwArgv = [node, cli, 'history', '--format', 'json', '--output', join(out, `${label}.leakwarden.json`)];
    t.rows = [
      { key: 'lw', label: '`leakwarden history`', argv: lwArgv },
      ...(commits <= singleThreadUpTo ? [{ key: 'lw0', label: '`leakwarden history`, one thread (`LEAKWARDEN_HISTORY_WORKERS=0`)', argv: ['env', 'LEAKWARDEN_HISTORY_WORKERS=0', ...lwArgv] }] : []),
      { key: 'floor', label: 'floor: `node bench/history-floor.mjs`', argv: [node, floorScript], stdoutFile: join(out, `${label}.floor.json`) },
      { key: 'gitlog', label: `\`${GIT_LOG.join(' ')} > /dev/null\``, argv: GIT_LOG, stdoutFile: nul.path, okStatus: [0] },
    ].map((r) => ({ ...r, times: [], rssKB: [] }));
    const byKey = Object.fromEntries(t.rows.map((r) => [r.key, r]));
    const runs = runsFor(commits, forcedRuns);

    // Warm-up (untimed unless slow): page cache, a check that it runs, and its memory, sampled over the process tree.
    for (const row of t.rows) {
      const w = await runSampled(row.argv, { cwd: dir, stdoutFile: row.stdoutFile, stdinFile: nul.path, okStatus: row.okStatus ?? [0, 1] });
      Object.assign(row, { treeRssKB: w.treeRssKB, treeAnonKB: w.treeAnonKB, status: w.status });
      if (w.rssKB) row.rssKB.push(w.rssKB);
      if (w.error) row.error = `failed to run: ${w.error}`;
      else if (w.ms > SLOW_MS) row.times.push(w.ms);
      log(`  ${row.key} warm-up ${fmtS(w.ms)}${w.rssKB ? `, peak RSS ${Math.round(w.rssKB / 1024)} MB` : ''}${row.error ? ` (${row.error})` : ''}`);
    }
    try {
      t.floor = JSON.parse(readFileSync(byKey.floor.stdoutFile, 'utf8'));
    } catch {}
    try {
      t.lw = JSON.parse(readFileSync(join(out, `${label}.leakwarden.json`), 'utf8'));
    } catch (e) {
      if (!byKey.lw.error) byKey.lw.error = `could not read its report: ${e.message}`;
    }
    // Timed runs, round-robin, each under /usr/bin/time for its peak RSS too (a fork and an exec: nothing next to
    // these run times).
    for (let i = 0; i < runs; i++) {
      for (const row of t.rows.filter((r) => !r.error && r.times.length < runs)) {
        const r = run([row.argv], { cwd: dir, stdoutFile: row.stdoutFile, stdinFile: nul.path, okStatus: row.okStatus ?? [0, 1], rss: true });
        if (r.error) row.error = `failed on run ${i + 1}: ${r.error}`;
        else {
          row.times.push(r.ms);
          if (r.rssKB) row.rssKB.push(r.rssKB);
        }
        log(`  ${row.key} ${fmtS(r.ms)}${r.rssKB ? `, peak RSS ${Math.round(r.rssKB / 1024)} MB` : ''}`);
      }
    }
    for (const row of t.rows) {
      if (row.times.length > 0 && !row.error) row.stats = stats(row.times);
      row.peakKB = row.rssKB.length ? Math.max(...row.rssKB) : null;
    }
    const floor = byKey.floor.stats;
    for (const row of t.rows) if (row.stats && floor) row.share = floor.median / row.stats.median;
    if (t.lw && corpus.planted) t.planted = checkPlanted(corpus.planted, t.lw);
    results.push(t);
  }

  // ---- summary and section ---------------------------------------------------------------------------------------
  const summary = [];
  const lwRows = results.map((t) => t.rows[0]);
  for (const t of results) {
    const lw = t.rows[0], floor = t.rows.find((r) => r.key === 'floor'), one = t.rows.find((r) => r.key === 'lw0');
    if (!lw.stats) {
      summary.push(`${fmtInt(t.commits)} commits: leakwarden history not measured (${lw.error})`);
      continue;
    }
    summary.push(
      `${fmtInt(t.commits)} commits: leakwarden history ${fmtS(lw.stats.median)} = ${pct(lw.share)} of the floor's throughput (floor ${floor.stats ? fmtS(floor.stats.median) : '—'})` +
        (one?.stats ? `; one thread ${fmtS(one.stats.median)} = ${pct(one.share)}` : '') +
        `; peak RSS ${mb(lw.peakKB)}`,
    );
    const bad = (t.planted ?? []).filter((p) => !p.ok);
    if (bad.length) summary.push(`WARNING: ${fmtInt(t.commits)} commits: leakwarden history missed or misreported ${bad.length} of ${t.planted.length} planted secrets: ${bad.map((p) => `${p.id} (${p.problem})`).join('; ')}`);
  }
  const peaks = lwRows.map((r) => r.peakKB).filter(Boolean);
  if (peaks.length === lwRows.length && peaks.length > 0) {
    const top = Math.max(...peaks) / 1024;
    const growth = Math.round((peaks.at(-1) - peaks[0]) / 1024);
    summary.push(
      `peak RSS of leakwarden history from ${fmtInt(results[0].commits)} to ${fmtInt(results.at(-1).commits)} commits: ${peaks.map((kb) => mb(kb)).join(' → ')}` +
        ` (${growth >= 0 ? '+' : ''}${growth} MB for ${Math.round(results.at(-1).commits / results[0].commits)}x the commits; target: under ${RSS_TARGET_MB} MB at every size: ${top < RSS_TARGET_MB ? 'met' : 'NOT met'})`,
    );
  }

  const table = [
    '| Commits | Unique blobs | Blob text | `leakwarden history` | One thread | Floor | Throughput vs floor (one thread) | `git log -p -U0` | Peak RSS leakwarden (one thread) | Peak RSS floor | Findings / incidents | Planted found |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const t of results) {
    const [lw] = t.rows;
    const one = t.rows.find((r) => r.key === 'lw0'), floor = t.rows.find((r) => r.key === 'floor'), gitlog = t.rows.find((r) => r.key === 'gitlog');
    const f = t.floor;
    table.push(
      `| ${fmtInt(t.commits)} | ${f ? fmtInt(f.blobs) : '—'} | ${f ? fmtMB(f.bytes) : '—'} | ${time(lw)} | ${one ? time(one) : '—'} | ${time(floor)} | ${lw.share ? pct(lw.share) : '—'}${one?.share ? ` (${pct(one.share)})` : ''} | ${time(gitlog)} | ${mb(lw.peakKB)}${one ? ` (${mb(one.peakKB)})` : ''} | ${mb(floor.peakKB)} | ${t.lw ? `${fmtInt(t.lw.findings?.length ?? 0)} / ${fmtInt(t.lw.incidents?.length ?? 0)}` : '—'} | ${t.planted ? `${t.planted.filter((p) => p.ok).length}/${t.planted.length}` : '—'} |`,
    );
  }
  const detail = ['| Commits | Command | Median | Min | Max | Runs | Unique blob MB/s | Peak RSS, largest process (max over runs) | Peak RSS, tree (sampled, warm-up) | Anon RSS, tree (sampled, warm-up) | Exit |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const t of results) {
    for (const row of t.rows) {
      if (!row.stats) {
        detail.push(`| ${fmtInt(t.commits)} | ${row.label} | ${(row.error ?? 'not measured').replaceAll('|', '\\|')} |  |  |  |  |  |  |  |  |`);
        continue;
      }
      const s = row.stats;
      const mbps = t.floor?.bytes ? (t.floor.bytes / 1e6 / (s.median / 1000)).toFixed(0) : '—';
      detail.push(`| ${fmtInt(t.commits)} | ${row.label} | ${fmtS(s.median)} | ${fmtS(s.min)} | ${fmtS(s.max)} | ${s.n} | ${mbps} | ${mb(row.peakKB)} | ${mb(row.treeRssKB)} | ${mb(row.treeAnonKB)} | ${row.status ?? '—'} |`);
    }
  }
  const first = results[0]?.corpus;
  const markdown = `## scale

### Summary

${summary.map((s) => `- ${s}`).join('\n')}

### What is measured and how

- Generated histories (\`bench/history-corpus.mjs --commits N\`, seed ${first?.seed ?? '—'}, generator v${first?.version ?? '—'}; cached under
  bench/.work/): the history part's generator at ${results.map((t) => fmtInt(t.commits)).join(', ')} commits. Each is
  written by one \`git fast-import\` and repacked as a server packs a clone; files are edited a few at a time, feature
  branches merged, a lockfile, changelog and minified bundle updated on a schedule, with a few planted secrets whose
  fate is known (checked in leakwarden's report: "Planted found").
- In each, all refs: \`node dist/cli.cjs history --format json --output <file>\` with its default worker threads
  (${availableParallelism()} cores here: ${Math.min(Math.max(availableParallelism() - 1, 0), 3)} worker${availableParallelism() === 2 ? '' : 's'} beside the main thread)${results.some((t) => t.rows.some((r) => r.key === 'lw0')) ? `, the same on one thread (\`LEAKWARDEN_HISTORY_WORKERS=0\`, up to ${fmtInt(singleThreadUpTo)} commits)` : ''},
  against the **floor** (\`node bench/history-floor.mjs\`: every reachable blob once through one
  \`git cat-file --batch\`, one keyword regex over each, on one thread; "throughput vs floor" is floor time / command
  time) and \`${GIT_LOG.join(' ')}\` written straight to the null device.
- Each command gets a warm-up run (counted as the first timed run when it took over ${SLOW_MS / 1000} s), then
  ${[...new Set(results.map((t) => runsFor(t.commits, forcedRuns)))].length === 1 ? `${runsFor(results[0]?.commits ?? 0, forcedRuns)} timed runs` : results.map((t) => `${runsFor(t.commits, forcedRuns)} at ${fmtInt(t.commits)}`).join(', ') + ' timed runs'},
  round-robin; times are wall-clock medians. Peak RSS is \`/usr/bin/time -f %M\` of every run (the largest single
  process: node or one of its git children, whichever peaked higher), the maximum over the runs; the warm-up also
  samples the whole process tree every 25 ms (VmRSS counts the pack files each git maps; RssAnon does not).
- Every timed command runs without \`NODE_EXTRA_CA_CERTS\` and \`NODE_OPTIONS\` in its environment, with \`NO_COLOR=1\`.
  The machine may be shared: the load average before and after the run is recorded below.

### Results

${table.join('\n')}

${detail.join('\n')}
`;
  return { summary, markdown };
}

function time(row) {
  return row?.stats ? fmtS(row.stats.median) : '—';
}
function pct(share) {
  return `${Math.round(share * 100)}%`;
}
function mb(kb) {
  return kb ? `${Math.round(kb / 1024)} MB` : '—';
}
