// Timing helper: runs commands as child processes and measures wall-clock time with process.hrtime.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
export function run(steps, { cwd, stdoutFile, okStatus = [0, 1], rss = false } = {}) {
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const rssFile = join(tmpdir(), `leakwarden-bench-rss-${process.pid}`);
  let status = 0, stderr = '', error;
  const start = process.hrtime.bigint();
  try {
    for (const [i, argv] of steps.entries()) {
      const [cmd, ...args] = rss && hasTime && i === 0 ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
      const r = spawnSync(cmd, args, { cwd, env: benchEnv, stdio: ['ignore', out, 'pipe'], maxBuffer: 256 << 20, timeout: RUN_TIMEOUT_MS });
      status = r.status;
      stderr = r.stderr?.toString() ?? '';
      if (r.error) error = r.error.message;
      else if (!okStatus.includes(status)) error = `exit status ${status ?? r.signal}: ${lastLines(stderr)}`;
      if (error) break;
    }
  } finally {
    if (typeof out === 'number') closeSync(out);
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
