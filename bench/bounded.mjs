// `node bench/bounded.mjs [--cli PATH] [--timeout S] [--only a,b] [ESLINT_CLONE]`: the cases of issue 12's "bounded
// at any size", each run once under /usr/bin/time (peak RSS of the largest process, wall time): a history of 300
// commits of 9 MB blobs (with and without a secret in each), 450,000 findings, a 600 MB blob under
// --max-file-size 1GB, a 200 MB staged file (default limit and 1GB), and a real history when a clone is given.
// The repositories are generated once under bench/.work/bounded/. --cli runs another build (an older commit's
// dist/cli.cjs) on the same cases. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench', '.work', 'bounded');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv.splice(i, 2)[1];
};
const cli = resolve(option('--cli', join(root, 'dist', 'cli.cjs')));
const timeoutS = Number(option('--timeout', '600'));
const only = option('--only', null)?.split(',');
const clone = argv[0] ? resolve(argv[0]) : null;

const git = (cwd, args, input) => {
  const r = spawnSync('git', args, { cwd, input, env: { ...benchEnv, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.test', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.test' }, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.toString();
};

/** A seeded generator of values the generic rule takes for secrets (mixed case, digits, no English). */
function values(seed) {
  let state = seed >>> 0 || 1;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return () => Array.from({ length: 32 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

/** One `git fast-import` of `commits` (each a map of path to content), in a fresh repository at `dir`. */
function importRepo(dir, commits) {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const parts = [];
  commits.forEach((files, i) => {
    parts.push(Buffer.from(`commit refs/heads/main\ncommitter Bench <bench@example.test> ${1_700_000_000 + i * 60} +0000\ndata 2\nc\n`));
    for (const [path, content] of Object.entries(files)) {
      const bytes = Buffer.from(content);
      parts.push(Buffer.from(`M 100644 inline ${path}\ndata ${bytes.length}\n`), bytes, Buffer.from('\n'));
    }
    parts.push(Buffer.from('\n'));
  });
  git(dir, ['fast-import', '--quiet'], Buffer.concat(parts));
}

const LINE = 'function handler(request, response) { return response.send(request.body.value + 42); } // filler line\n';

/** `size` bytes of LINE, then `tail`, written to `file` a megabyte at a time. */
function writeLarge(file, size, tail) {
  const step = Buffer.from(LINE.repeat(Math.floor((1 << 20) / LINE.length)));
  const fd = openSync(file, 'w');
  for (let written = 0; written < size; written += step.length) writeSync(fd, step, 0, Math.min(step.length, size - written));
  writeSync(fd, tail);
  closeSync(fd);
}

const cases = {
  'blobs-9MB': () => {
    const dir = join(work, 'blobs-9MB');
    if (!existsSync(dir)) {
      const body = LINE.repeat(Math.floor((9 << 20) / LINE.length));
      const value = values(1);
      importRepo(dir, Array.from({ length: 300 }, (_, i) => ({ 'dist/bundle.js': `// build ${i}\nconst password = "${value()}";\n${body}` })));
    }
    return { cwd: dir, args: ['history', '--format', 'json'], what: '300 commits, a distinct 9 MB blob each with a secret (2.8 GB)' };
  },
  'blobs-9MB-clean': () => {
    const dir = join(work, 'blobs-9MB-clean');
    if (!existsSync(dir)) {
      const body = LINE.repeat(Math.floor((9 << 20) / LINE.length));
      importRepo(dir, Array.from({ length: 300 }, (_, i) => ({ 'dist/bundle.js': `// build ${i}\n${body}` })));
    }
    return { cwd: dir, args: ['history', '--format', 'json'], what: 'the same without secrets' };
  },
  'findings-450k': () => {
    const dir = join(work, 'findings-450k');
    if (!existsSync(dir)) {
      const value = values(2);
      importRepo(dir, Array.from({ length: 900 }, (_, c) => ({ [`conf/service-${c}.conf`]: Array.from({ length: 500 }, (_, i) => `db_password_${i} = "${value()}"\n`).join('') })));
    }
    return { cwd: dir, args: ['history', '--format', 'json'], what: '900 commits x 500 distinct secrets: 450,000 findings and incidents' };
  },
  'findings-450k-terminal': () => ({ ...cases['findings-450k'](), args: ['history'], what: 'the same, terminal report' }),
  'blob-600MB': () => {
    const dir = join(work, 'blob-600MB');
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      git(dir, ['init', '-q', '-b', 'main']);
      const file = join(work, 'blob-600MB.tmp');
      writeLarge(file, 600 << 20, `\nconst password = "${values(3)()}";\n`);
      const oid = git(dir, ['-c', 'core.compression=1', 'hash-object', '-w', file]).trim();
      rmSync(file);
      git(dir, ['update-index', '--add', '--cacheinfo', `100644,${oid},generated/huge.js`]);
      git(dir, ['commit', '-q', '-m', 'huge']);
    }
    return { cwd: dir, args: ['history', '--format', 'json', '--max-file-size', '1GB'], what: 'a 600 MB blob, --max-file-size 1GB' };
  },
  'staged-200MB': () => {
    const dir = join(work, 'staged-200MB');
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      git(dir, ['init', '-q', '-b', 'main']);
      git(dir, ['commit', '-q', '--allow-empty', '-m', 'first']);
      writeLarge(join(dir, 'big.js'), 200 << 20, `\nconst password = "${values(4)()}";\n`);
      git(dir, ['-c', 'core.compression=1', 'add', 'big.js']);
    }
    return { cwd: dir, args: ['staged', '--format', 'json'], what: 'a 200 MB staged file, default --max-file-size (10 MB)' };
  },
  'staged-200MB-1GB': () => ({ ...cases['staged-200MB'](), args: ['staged', '--format', 'json', '--max-file-size', '1GB'], what: 'the same, --max-file-size 1GB' }),
  ...(clone ? { [`history-${clone.split('/').pop()}`]: () => ({ cwd: clone, args: ['history', '--format', 'json'], what: `the history of ${clone}` }) } : {}),
};

console.log(`| Case | What | Exit | Time | Peak RSS | Note |\n|---|---|---:|---:|---:|---|`);
for (const [name, make] of Object.entries(cases)) {
  if (only && !only.includes(name)) continue;
  const { cwd, args, what } = make();
  const rssFile = join(work, 'rss.txt');
  const reportFile = join(work, 'report.out');
  rmSync(rssFile, { force: true });
  const out = openSync(reportFile, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, cli, ...args], { cwd, env: benchEnv, timeout: timeoutS * 1000, stdio: ['ignore', out, 'pipe'], maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(out);
  const timedOut = r.error?.code === 'ETIMEDOUT';
  const rss = !timedOut && existsSync(rssFile) ? Math.round(Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024) : null;
  const stderr = r.stderr?.toString() ?? '';
  const note = timedOut ? `stopped after ${timeoutS} s` : /internal error/.test(stderr) ? `internal error: ${stderr.split('\n')[0].slice(47, 130)}…` : await reportNote(reportFile);
  rmSync(reportFile, { force: true });
  console.log(`| ${name} | ${what} | ${timedOut ? '—' : r.status} | ${timedOut ? `> ${timeoutS} s` : `${seconds.toFixed(1)} s`} | ${rss === null ? '—' : `${rss} MB`} | ${note} |`);
}

/** Findings and what was skipped, read line by line from a report (a JSON one can be larger than a string). */
async function reportNote(file) {
  let bytes = 0;
  let json = null;
  let section = '';
  let findings = 0;
  let skipped = null;
  let summary = '';
  for await (const line of createInterface({ input: createReadStream(file) })) {
    bytes += line.length + 1;
    json ??= line === '{';
    if (!json) {
      if (/^[✔✖] /.test(line)) summary = line;
      continue;
    }
    if (/^ {2}"[a-z]+": /.test(line)) section = /^ {2}"([a-z]+)"/.exec(line)[1];
    if (section === 'findings' && line.startsWith('      "ruleId": ')) findings++;
    if (section === 'scan' && skipped === null && line.includes('"reason": ')) skipped = /"reason": "([a-z-]+)"/.exec(line)[1];
  }
  const size = `${(bytes / 1e6).toFixed(0)} MB report`;
  return json ? `${findings.toLocaleString('en')} findings (${size}), ${skipped === null ? 'nothing skipped' : `skipped: ${skipped}`}` : `${summary.slice(0, 90)} (${size})`;
}
