// Timing helper: runs commands as child processes and measures wall-clock time with process.hrtime.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

/**
 * The environment of every timed command: without NODE_EXTRA_CA_CERTS (it adds ~90 ms to each Node start on these
 * machines) and NODE_OPTIONS, and without colour.
 */
export const benchEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'FORCE_COLOR'].includes(k)),
);
benchEnv.NO_COLOR = '1';

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const RUN_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * Runs `steps` (a list of argv arrays) one after the other and times the whole sequence. Standard output goes to
 * `stdoutFile` (or is discarded); a sequence stops at the first step that exits with a status outside `okStatus`.
 * With `rss`, the first step runs under /usr/bin/time to read its peak RSS (use it for untimed runs only).
 */
export function run(steps, { cwd, stdoutFile, stdinFile, okStatus = [0, 1], rss = false } = {}) {
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const inp = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const rssFile = join(tmpdir(), `leakwarden-bench-rss-${process.pid}`);
  let status = 0, stderr = '', error;
  const start = process.hrtime.bigint();
  try {
    for (const [i, argv] of steps.entries()) {
      const [cmd, ...args] = rss && hasTime && i === 0 ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
      const r = spawnSync(cmd, args, { cwd, env: benchEnv, stdio: [inp, out, 'pipe'], maxBuffer: 256 << 20, timeout: RUN_TIMEOUT_MS });
      status = r.status;
      stderr = r.stderr?.toString() ?? '';
      if (r.error) error = r.error.message;
      else if (!okStatus.includes(status)) error = `exit status ${status ?? r.signal}: ${lastLines(stderr)}`;
      if (error) break;
    }
  } finally {
    if (typeof out === 'number') closeSync(out);
    if (typeof inp === 'number') closeSync(inp);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssKB = null;
  if (rss && hasTime && existsSync(rssFile)) {
    rssKB = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop(), 10) || null;
    rmSync(rssFile, { force: true });
  }
  return { ms, status, stderr, error, rssKB };
}

const lastLines = (text) => text.trim().split('\n').slice(-3).join(' | ').slice(0, 300) || '(no output)';

/** Median, min and max of a list of milliseconds. */
export function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], n: s.length };
}

/**
 * A character device that discards what is written to it, for commands whose output is to be thrown away without
 * passing through Node: /dev/null, unless something on the machine has replaced it by a regular file (seen on these
 * shared machines: then writes land on disk, and a process that reads its standard input from it reads whatever was
 * written there), in which case a private one made with mknod under `dir`.
 */
export function nullDevice(dir) {
  const ok = (p) => {
    try {
      const st = statSync(p);
      return st.isCharacterDevice() && st.rdev === 0x103;
    } catch {
      return false;
    }
  };
  if (ok('/dev/null')) return { path: '/dev/null' };
  const own = join(dir, 'null');
  mkdirSync(dir, { recursive: true });
  if (!ok(own)) {
    rmSync(own, { force: true });
    spawnSync('mknod', ['-m', '666', own, 'c', '1', '3'], { stdio: 'ignore' });
  }
  return ok(own)
    ? { path: own, note: `/dev/null is not the null device on this machine; discarded output went to ${own} (mknod c 1 3)` }
    : { path: '/dev/null', note: '/dev/null is not the null device on this machine and mknod failed: discarded output went to a regular file' };
}

/**
 * Runs `argv` once, not for timing: under /usr/bin/time (its %M: the peak RSS of the largest single process of the
 * tree, as the kernel keeps the maximum over reaped descendants) while sampling, every `intervalMs`, the sums over
 * the whole process tree (node and its git children together) of VmRSS and of RssAnon (VmRSS less mapped files, such
 * as the packs git maps: the memory the tree really takes); a sample can miss a short peak. Wall time is returned
 * too, for a run too slow to repeat.
 */
export async function runSampled(argv, { cwd, stdoutFile, stdinFile, okStatus = [0, 1], intervalMs = 25, timeoutMs = RUN_TIMEOUT_MS } = {}) {
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const inp = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const rssFile = join(tmpdir(), `leakwarden-bench-rss-${process.pid}-sampled`);
  const full = hasTime ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  // Its own process group, so that a time-out ends the whole pipeline.
  const child = spawn(full[0], full.slice(1), { cwd, env: benchEnv, stdio: [inp, out, 'pipe'], detached: true });
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }, timeoutMs);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
  let treeKB = 0, anonKB = 0;
  const sample = () => {
    const pids = hasTime ? childrenOf(child.pid) : [child.pid]; // under time: its children, not time itself
    let kb = 0, anon = 0;
    for (let i = 0; i < pids.length; i++) {
      const m = rssOf(pids[i]);
      kb += m.rss;
      anon += m.anon;
      pids.push(...childrenOf(pids[i]).filter((p) => !pids.includes(p)));
    }
    if (kb > treeKB) treeKB = kb;
    if (anon > anonKB) anonKB = anon;
  };
  const timer = setInterval(sample, intervalMs);
  const { code, signal, error } = await new Promise((resolve) => {
    child.on('error', (e) => resolve({ error: e }));
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  clearInterval(timer);
  clearTimeout(killer);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (typeof out === 'number') closeSync(out);
  if (typeof inp === 'number') closeSync(inp);
  let rssKB = null;
  if (hasTime && existsSync(rssFile)) {
    rssKB = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop(), 10) || null;
    rmSync(rssFile, { force: true });
  }
  const status = code;
  const err = error ? error.message : timedOut ? `timed out after ${fmtS(timeoutMs)}` : !okStatus.includes(status) ? `exit status ${status ?? signal}: ${lastLines(stderr)}` : undefined;
  return { ms, status, stderr, error: err, rssKB, treeRssKB: treeKB || null, treeAnonKB: anonKB || null };
}

function childrenOf(pid) {
  const kids = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) kids.push(...text.split(' ').map(Number));
    }
  } catch {}
  return kids;
}

// VmRSS counts the pages of files a process maps too (git maps its packs), RssAnon only its own memory.
function rssOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rss: Number(/^VmRSS:\s+(\d+)/m.exec(text)?.[1] ?? 0), anon: Number(/^RssAnon:\s+(\d+)/m.exec(text)?.[1] ?? 0) };
  } catch {
    return { rss: 0, anon: 0 };
  }
}

// ---- formatting and the machine, shared by the report sections --------------------------------------------------
export function fmtS(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
export function fmtX(x) {
  return x >= 1 ? `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x slower` : `${(1 / x).toFixed(1)}x faster`;
}
export function fmtInt(n) {
  return n.toLocaleString('en-US');
}
export function fmtMB(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** CPU, RAM and OS, for the record of a run. */
export function machine() {
  const read = (path, re) => {
    try {
      return re.exec(readFileSync(path, 'utf8'))?.[1];
    } catch {
      return undefined;
    }
  };
  return {
    cpu: `${read('/proc/cpuinfo', /^model name\s*:\s*(.*)$/m) ?? cpus()[0]?.model}, ${cpus().length} cores`,
    ram: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${read('/etc/os-release', /^PRETTY_NAME="?([^"\n]*)/m) ?? 'unknown'}, Linux ${release()}`,
  };
}
