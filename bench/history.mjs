// The history part of `npm run bench` (`npm run bench -- --only history`): `leakwarden history` on a generated history
// and on real clones, against the floor of a Node history scanner (bench/history-floor.mjs), against
// `git log -p -U0 --all --full-history` alone, and against gitleaks (wasm) fed that same stream on its stdin.
// Returns the summary lines and the markdown section; bench/run.mjs writes them into bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { historyCorpus } from './history-corpus.mjs';
import { benchEnv, fmtInt, fmtMB, fmtS, run, runSampled, stats } from './measure.mjs';

const FLOOR_SHARE_TARGET = 0.5; // leakwarden history's throughput, as a share of the floor's
const RSS_TARGET_MB = 300;
const ESLINT_TARGET_MS = 7000;
const GIT_LOG = ['git', 'log', '-p', '-U0', '--all', '--full-history'];

export async function runHistory({ root, work, out, node, cli, repos, runs, gitleaks, gitleaksMaxMB, nul, log }) {
  const bench = join(root, 'bench');
  const floorScript = join(bench, 'history-floor.mjs');
  const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', env: benchEnv, maxBuffer: 64 << 20 }).trim();
  const notes = [];
  if (nul.note) notes.push(nul.note);

  // Is there a history command in this build? (An older build prints its top-level help for `history --help`.)
  const help = spawnSync(node, [cli, '--help'], { env: benchEnv, encoding: 'utf8' });
  const lwUnavailable = /leakwarden history\b/.test(help.stdout ?? '') ? null : 'not available: this build of leakwarden has no `history` command';

  const corpus = await historyCorpus(work, { log });
  const targets = [
    { label: 'generated', dir: corpus.dir, corpus },
    ...repos.map((dir) => ({ label: basename(dir), dir })),
  ];

  const sections = [];
  const summary = [];
  for (const t of targets) {
    log(`history: ${t.label} (${t.dir})`);
    t.commits = Number(git(t.dir, 'rev-list', '--all', '--count'));
    t.refs = git(t.dir, 'for-each-ref', '--format=x').split('\n').filter(Boolean).length;
    t.head = git(t.dir, 'rev-parse', '--short', 'HEAD');
    const logBytes = run([['bash', '-c', `${GIT_LOG.join(' ')} | wc -c`]], { cwd: t.dir, stdoutFile: join(out, `${t.label}.history-gitlog-bytes.txt`), stdinFile: nul.path });
    t.logBytes = logBytes.error ? null : Number(readFileSync(join(out, `${t.label}.history-gitlog-bytes.txt`), 'utf8').trim());

    const rows = [
      { key: 'lw', label: '`leakwarden history --format json`', argv: [node, cli, 'history', '--format', 'json'], stdoutFile: join(out, `${t.label}.history-leakwarden.json`), error: lwUnavailable },
      { key: 'floor', label: 'floor: `node bench/history-floor.mjs`', argv: [node, floorScript], stdoutFile: join(out, `${t.label}.history-floor.json`) },
      { key: 'gitlog', label: `\`${GIT_LOG.join(' ')} > /dev/null\``, argv: GIT_LOG, stdoutFile: nul.path, okStatus: [0] },
    ].map((r) => ({ ...r, times: [] }));
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));

    // Warm-up (untimed): page cache, a check that it runs, and its peak RSS.
    for (const row of rows.filter((r) => !r.error)) {
      const w = await runSampled(row.argv, { cwd: t.dir, stdoutFile: row.stdoutFile, stdinFile: nul.path, okStatus: row.okStatus ?? [0, 1] });
      Object.assign(row, { rssKB: w.rssKB, treeRssKB: w.treeRssKB, treeAnonKB: w.treeAnonKB, status: w.status, warmMs: w.ms });
      if (w.error) row.error = `failed to run: ${w.error}`;
      log(`  ${row.key} warm-up ${fmtS(w.ms)}${row.error ? ` (${row.error})` : ''}`);
    }
    // What the floor and leakwarden read.
    try {
      t.floor = JSON.parse(readFileSync(byKey.floor.stdoutFile, 'utf8'));
    } catch {}
    if (!byKey.lw.error) {
      try {
        t.lw = JSON.parse(readFileSync(byKey.lw.stdoutFile, 'utf8'));
      } catch (e) {
        byKey.lw.readError = `could not read its report: ${e.message}`;
      }
    }
    // Timed runs, round-robin so that drift on the machine affects every command alike.
    for (let i = 0; i < runs; i++) {
      for (const row of rows.filter((r) => !r.error)) {
        const r = run([row.argv], { cwd: t.dir, stdoutFile: row.stdoutFile, stdinFile: nul.path, okStatus: row.okStatus ?? [0, 1] });
        if (r.error) row.error = `failed on run ${i + 1}: ${r.error}`;
        else row.times.push(r.ms);
      }
    }
    for (const row of rows) if (row.times.length > 0 && !row.error) row.stats = stats(row.times);

    // gitleaks: one run (it takes about a minute per 15 MB of stream), on the smaller histories only.
    const gl = { key: 'gitleaks', label: `gitleaks (wasm) \`stdin\`, fed \`${GIT_LOG.join(' ')}\` through a pipe`, times: [] };
    rows.push(gl);
    const report = join(out, `${t.label}.history-gitleaks.json`);
    if (gitleaks.unavailable) gl.error = gitleaks.unavailable;
    else if (t.logBytes == null || t.logBytes > gitleaksMaxMB * 1e6) gl.error = `not run: the \`git log -p\` stream (${t.logBytes == null ? 'size unknown' : fmtMB(t.logBytes)}) is over --history-gitleaks-max-mb ${gitleaksMaxMB}: it would take about ${t.logBytes == null ? '?' : Math.round(t.logBytes / 15e6)} min`;
    else {
      log(`  gitleaks: one run`);
      const script = `set -o pipefail; ${GIT_LOG.join(' ')} | "$0" "$1" stdin --no-banner --no-color --report-format json --report-path "$2"`;
      const r = await runSampled(['bash', '-c', script, node, gitleaks.bin, report], { cwd: t.dir, stdinFile: nul.path });
      Object.assign(gl, { rssKB: r.rssKB, treeRssKB: r.treeRssKB, treeAnonKB: r.treeAnonKB, status: r.status });
      if (r.error) gl.error = `failed: ${r.error}`;
      else {
        gl.times.push(r.ms);
        gl.stats = stats(gl.times);
        gl.single = true;
        try {
          gl.findings = JSON.parse(readFileSync(report, 'utf8')).length;
        } catch (e) {
          gl.readError = `could not read its report: ${e.message}`;
        }
      }
      log(`  gitleaks ${fmtS(r.ms)}${gl.error ? ` (${gl.error})` : ''}`);
    }

    // Ratios against the floor and git log -p, from medians of the same run.
    const lw = byKey.lw, floor = byKey.floor, gitlog = byKey.gitlog;
    if (lw.stats && floor.stats) t.floorShare = floor.stats.median / lw.stats.median;
    if (lw.stats && gitlog.stats) t.vsGitLog = gitlog.stats.median / lw.stats.median;
    for (const row of rows) if (row.stats && t.floor?.bytes) row.mbps = t.floor.bytes / 1e6 / (row.stats.median / 1000);

    // The planted secrets of the generated history: found, by the commit that added them, with the right status?
    if (t.corpus && t.lw) t.planted = checkPlanted(t.corpus.planted, t.lw);

    const lines = [];
    if (lw.stats) {
      const share = t.floorShare;
      const mb = Math.round((lw.rssKB ?? 0) / 1024);
      lines.push(
        `${t.label}: leakwarden history ${fmtS(lw.stats.median)} = ${Math.round(share * 100)}% of the floor's throughput (floor ${fmtS(floor.stats.median)}; target >= ${FLOOR_SHARE_TARGET * 100}%: ${share >= FLOOR_SHARE_TARGET ? 'met' : 'NOT met'}; from the fastest runs, ${fmtS(lw.stats.min)} against ${fmtS(floor.stats.min)}: ${Math.round((floor.stats.min / lw.stats.min) * 100)}%)` +
          `, ${t.vsGitLog >= 1 ? `${t.vsGitLog.toFixed(2)}x faster than` : `${(1 / t.vsGitLog).toFixed(2)}x slower than`} \`git log -p -U0\` ${fmtS(gitlog.stats.median)}` +
          (t.label === 'eslint' ? ` (target: under ${fmtS(ESLINT_TARGET_MS)}: ${lw.stats.median < ESLINT_TARGET_MS ? 'met' : 'NOT met'})` : '') +
          (lw.rssKB ? `; peak RSS ${mb} MB (target < ${RSS_TARGET_MB} MB: ${mb < RSS_TARGET_MB ? 'met' : 'NOT met'})` : ''),
      );
    } else {
      lines.push(`${t.label}: leakwarden history not measured (${lw.error ?? lw.readError}); floor ${floor.stats ? fmtS(floor.stats.median) : '—'}, \`git log -p -U0\` ${gitlog.stats ? fmtS(gitlog.stats.median) : '—'}`);
    }
    if (gl.stats) lines.push(`${t.label}: gitleaks (wasm) stdin on the \`git log -p -U0\` stream ${fmtS(gl.stats.median)} (one run)${lw.stats ? `, ${(gl.stats.median / lw.stats.median).toFixed(0)}x slower than leakwarden history` : ''}`);
    if (t.planted) {
      const bad = t.planted.filter((p) => !p.ok);
      if (bad.length) lines.push(`WARNING: ${t.label}: leakwarden history missed or misreported ${bad.length} of ${t.planted.length} planted secrets: ${bad.map((p) => `${p.id} (${p.problem})`).join('; ')}`);
      else lines.push(`${t.label}: leakwarden history found all ${t.planted.length} planted secrets, each at the commit that added it and with the expected status`);
    }
    if (lw.stats && t.lw?.scan && t.floor && t.lw.scan.blobs !== t.floor.blobs) {
      lines.push(`${t.label}: note: leakwarden read ${fmtInt(t.lw.scan.blobs)} blobs, the floor ${fmtInt(t.floor.blobs)}`);
    }
    summary.push(...lines);
    sections.push(targetTable(t, rows));
  }

  return { summary, markdown: sectionMarkdown({ root, corpus, runs, gitleaks, gitleaksMaxMB, summary, sections, notes }) };

  function targetTable(t, rows) {
    const f = t.floor;
    const source = t.corpus
      ? `generated by bench/history-corpus.mjs (seeded, generator v${t.corpus.version}${t.corpus.cached ? ', cached' : ''}): ${t.corpus.mergedBranches.length} feature branches merged into main with merge commits (two in three deleted after), ${t.corpus.branches.length} branches left (\`release/1.x\`, \`wip/onboarding\` and the features still open never merged), ${t.corpus.tags} tags; ${t.corpus.planted.length} planted secrets`
      : relative(root, t.dir).startsWith('..') ? t.dir : relative(root, t.dir);
    const lines = [
      `### ${t.label}`,
      '',
      `${source}. HEAD ${t.head}; ${fmtInt(t.commits)} commits reachable from ${fmtInt(t.refs)} refs; ` +
        (f ? `${fmtInt(f.blobs)} unique blobs, ${fmtMB(f.bytes)} (largest ${fmtMB(f.largest)}); ` : '') +
        (t.logBytes != null ? `\`git log -p -U0 --all --full-history\` writes ${fmtMB(t.logBytes)}.` : ''),
      '',
      '| Command | Median | Min | Max | Runs | Unique blob MB/s | Throughput vs floor | Peak RSS (largest process) | Peak RSS (tree, sampled) | Anon RSS (tree, sampled) | Exit |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    const floor = rows.find((r) => r.key === 'floor');
    const mb = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : '—');
    for (const row of rows) {
      if (!row.stats) {
        lines.push(`| ${row.label} | ${(row.error ?? row.readError ?? 'not measured').replaceAll('|', '\\|')} |  |  |  |  |  |  |  |  |  |`);
        continue;
      }
      const s = row.stats;
      lines.push(
        `| ${row.label} | ${fmtS(s.median)} | ${row.single ? '—' : fmtS(s.min)} | ${row.single ? '—' : fmtS(s.max)} | ${s.n}${row.single ? ' (no warm-up)' : ''} | ${row.mbps ? row.mbps.toFixed(0) : '—'} | ${floor.stats ? `${Math.round((floor.stats.median / s.median) * 100)}%` : '—'} | ${mb(row.rssKB)} | ${mb(row.treeRssKB)} | ${mb(row.treeAnonKB)} | ${row.status ?? '—'} |`,
      );
    }
    const lw = t.lw;
    if (lw?.scan) {
      const byStatus = {};
      for (const i of lw.incidents ?? []) byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
      lines.push(
        '',
        `leakwarden read ${fmtInt(lw.scan.commits)} commits, ${fmtInt(lw.scan.blobs)} blobs, ${fmtMB(lw.scan.bytes)}` +
          `${lw.scan.skipped?.length ? ` (and skipped ${skippedReasons(lw.scan.skipped)})` : ''}; ${plural(lw.findings?.length ?? 0, "finding")}, ${plural(lw.incidents?.length ?? 0, "incident")}` +
          `${Object.keys(byStatus).length ? ` (${Object.entries(byStatus).map(([k, v]) => `${v} ${k}`).join(', ')})` : ''}; its own durationMs ${fmtInt(lw.scan.durationMs ?? 0)}.`,
      );
    }
    const gl = rows.find((r) => r.key === 'gitleaks');
    if (gl.findings != null) lines.push('', `gitleaks reported ${fmtInt(gl.findings)} findings on the stream.`);
    if (t.planted) {
      lines.push('', '| Planted secret | Rule | Expected status | Found |', '|---|---|---|---|');
      for (const p of t.planted) lines.push(`| ${p.what} (\`${p.path}\`) | ${p.ruleId} | ${p.expect} | ${p.ok ? 'yes, at its commit, with that status' : `**${p.problem}**`} |`);
    }
    return lines.join('\n');
  }
}

/** Each planted secret: a finding at its path from the commit that added it, and an incident with the expected status. */
export function checkPlanted(planted, report) {
  const findings = report.findings ?? [];
  const incidents = report.incidents ?? [];
  return planted.map((p) => {
    const atPath = findings.filter((f) => f.ruleId === p.ruleId && f.path === p.path);
    const atCommit = atPath.filter((f) => typeof f.commit === 'string' && p.commit.startsWith(f.commit.slice(0, 40)));
    const incident = incidents.find((i) => i.ruleId === p.ruleId && ((i.paths ?? []).includes(p.path) || i.firstSeen?.path === p.path));
    let problem = null;
    if (atPath.length === 0) problem = 'not found';
    else if (atCommit.length === 0) problem = `found, but at commit ${atPath.map((f) => String(f.commit).slice(0, 8)).join(', ')} instead of ${p.commit.slice(0, 8)}`;
    else if (!incident) problem = 'found, but no incident lists it';
    else if (incident.status !== p.expect) problem = `incident status ${incident.status}, expected ${p.expect}`;
    return { ...p, ok: !problem, problem };
  });
}

function sectionMarkdown({ corpus, runs, gitleaks, gitleaksMaxMB, summary, sections, notes }) {
  return `## history

### Summary

${summary.map((s) => `- ${s}`).join('\n')}

### What is measured and how

- In each repository (cwd = its work tree), all refs: \`node dist/cli.cjs history --format json\` (exit 1 = findings)
  against
  - the **floor**, \`node bench/history-floor.mjs\`: lists every blob reachable from any ref once
    (\`git rev-list --all --objects --filter=object:type=blob\`), reads them all through ONE
    \`git cat-file --batch --buffer\`, decodes each as UTF-8 and runs one case-insensitive keyword regex over it. The
    least a history scanner in Node has to do; "throughput vs floor" is floor time / command time (the target for
    leakwarden is at least ${FLOOR_SHARE_TARGET * 100}%);
  - \`${GIT_LOG.join(' ')}\`, its output written straight to the null device (a file descriptor, not through Node);
  - **gitleaks** ${gitleaks.version ?? ''} (compiled to wasm, run by Node) in \`stdin\` mode, fed that same \`git log -p\`
    stream through a shell pipe (\`bash -c 'set -o pipefail; git log … | node gitleaks stdin --report-format json …'\`).
    It is slow (about a minute per 15 MB of stream), so it runs once per repository, without a warm-up, and only
    where that stream is under ${gitleaksMaxMB} MB (\`--history-gitleaks-max-mb\`).
- Each command except gitleaks gets one untimed warm-up run (page cache), which also gives its memory: the peak RSS
  of the largest single process (\`/usr/bin/time -f %M\`; for leakwarden and the floor that is node or one of its git
  children, whichever peaked higher: the RSS target applies to this figure) and, sampled every 25 ms from /proc, the
  peak of the sum over the whole process tree of VmRSS (which counts the pack files git maps, once per process that
  maps them) and of RssAnon (memory the processes allocated). Then ${runs} timed runs, round-robin; times are
  wall-clock (\`process.hrtime\` around \`spawnSync\`): median, min and max. The ratios and targets use the medians;
  the summary also gives the share of the floor from the fastest runs, a better guide when the machine is shared
  (other processes slow a scanner that uses both cores more than a single-threaded floor). "Unique blob MB/s" is the unique blob
  bytes that the floor read, over the median.
- The **generated** history (\`bench/history-corpus.mjs\`, seed ${corpus.seed}): ${fmtInt(corpus.commits)} commits written by one
  \`git fast-import\`, then \`git repack -a -d -f\` as a server packs a clone; cached under bench/.work/ by generator
  version. Code, config and docs edited a few files at a time, feature branches merged into main with merge commits
  (two in three of them deleted after the merge), a lockfile, a changelog and a minified bundle updated on a
  schedule, tags; the secrets are made at generation time from the seeded PRNG and never stored in the repository.
  leakwarden's report is checked for each of them: a finding at its path from the commit that added it, and an
  incident with the expected status.
- Real clones are given by path (\`npm run bench -- --only history PATH..\`; bench/.work/eslint and
  bench/.work/express, full clones of eslint/eslint and expressjs/express, are picked up when they exist).
- Every timed command runs without \`NODE_EXTRA_CA_CERTS\` and \`NODE_OPTIONS\` in its environment, with \`NO_COLOR=1\`.
${notes.map((n) => `- ${n}`).join('\n')}

${sections.join('\n\n')}
`;
}

function plural(n, word) {
  return `${fmtInt(n)} ${word}${n === 1 ? '' : 's'}`;
}

function skippedReasons(skipped) {
  const by = {};
  for (const s of skipped) by[s.reason ?? 'unknown'] = (by[s.reason ?? 'unknown'] ?? 0) + 1;
  return Object.entries(by).map(([reason, n]) => `${fmtInt(n)} ${reason}`).join(', ');
}
