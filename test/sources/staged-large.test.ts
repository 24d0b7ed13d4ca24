import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatchedFile } from '../../src/sources/staged-diff.ts';
import { parseFullContextDiff } from '../../src/sources/staged-diff.ts';
import { WINDOW_BYTES } from '../../src/sources/windows.ts';
import { genericAssignment, openaiKey } from '../helpers/secrets.ts';
import type { CliRun } from '../helpers/temp-repo.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * `staged` with large files (issue 12, point 13: a 200 MB file took 317 s). A file over a scan window is left out of
 * the full-context patch (git calls it binary by its size) and read through cat-file in windows, or listed without
 * being read when it is over --max-file-size; the patch parser's work is linear in what it is given.
 */

const MAX_RSS = fileURLToPath(new URL('../helpers/max-rss.cjs', import.meta.url));
const MB = 1 << 20;
const LINE = 'const value = compute(input, 42); // one line of a large generated file, nothing to see here\n';

/** Writes `size` bytes of LINE repeated, then `tail`, to the work tree file `rel`, 1 MB at a time. */
function writeLarge(repo: TempRepo, rel: string, size: number, tail: string): void {
  const step = Buffer.from(LINE.repeat(Math.floor(MB / LINE.length)));
  mkdirSync(path.dirname(repo.path(rel)), { recursive: true });
  const fd = openSync(repo.path(rel), 'w');
  try {
    for (let written = 0; written < size; written += step.length) writeSync(fd, step, 0, Math.min(step.length, size - written));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

function stagedWithRss(repo: TempRepo, args: readonly string[]): CliRun & { rssMB: number } {
  const run = repo.runNode(['--require', MAX_RSS, CLI, 'staged', '--format', 'json', ...args]);
  const rss = /max-rss: (\d+)/.exec(run.stderr);
  if (!rss) throw new Error(`no max-rss line (exit ${run.code}):\n${run.stderr}`);
  return { ...run, rssMB: Number(rss[1]) / 1024 };
}

describe('staged: a 200 MB file', () => {
  const repo = TempRepo.create();
  const key = openaiKey('staged-200MB');
  const size = 200 * MB;
  beforeAll(() => {
    repo.write('README.md', '# demo\n');
    repo.commitAll('first');
    writeLarge(repo, 'generated/big.js', size, `\nOPENAI_API_KEY="${key}"\n`);
    repo.git('-c', 'core.compression=1', 'add', 'generated/big.js');
  });
  const keyLine = Math.ceil(size / LINE.length) + 1;

  it('is listed as too large under the default --max-file-size, without being read', () => {
    const run = stagedWithRss(repo, []);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json!.scan).toMatchObject({ files: 0, skipped: [{ path: 'generated/big.js', reason: 'too-large' }] });
    // Not read at all: node stays at its own size.
    expect(run.rssMB).toBeLessThan(120);
  });

  it('is scanned in windows under --max-file-size 1GB, and the secret at its end is found', () => {
    const run = stagedWithRss(repo, ['--max-file-size', '1GB']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.json!.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}:${f.column}`)).toEqual([`openai-api-key generated/big.js:${keyLine}:17`]);
    expect(run.json!.scan).toMatchObject({ files: 1, skipped: [] });
    expect(run.json!.scan.bytes).toBeGreaterThan(size);
    console.log(`staged 200 MB under --max-file-size 1GB: peak RSS ${run.rssMB.toFixed(0)} MB`);
    expect(run.rssMB).toBeLessThan(300);
  });
});

describe('staged: a changed file larger than a window', () => {
  it('reports only the secret the change adds, at its line', () => {
    const repo = TempRepo.create();
    const old = genericAssignment('large-old');
    const added = openaiKey('large-added');
    const body = LINE.repeat(Math.ceil((WINDOW_BYTES + MB) / LINE.length));
    repo.write('data/large.js', `${old.line}\n${body}`);
    repo.commitAll('large file with an old secret');
    repo.write('data/large.js', `${old.line}\n${body}${body}OPENAI_API_KEY="${added}"\n`);
    repo.add('data/large.js');
    const run = repo.run(['staged', '--format', 'json', '--max-file-size', '64MB', '--no-redact']);
    expect(run.code, run.stderr).toBe(1);
    const line = 2 + 2 * (body.length / LINE.length);
    expect(run.json!.findings.map((f) => `${f.secret} ${f.path}:${f.line}:${f.column}`)).toEqual([`${added} data/large.js:${line}:17`]);
    expect(run.json!.scan).toMatchObject({ files: 1, skipped: [] });
  });
});

describe('staged: the full-context patch parser', () => {
  /** One added file of `lines` lines, as `git diff --raw -z -p -U<huge>` prints it, in 64 kB pieces. */
  async function work(lines: number): Promise<{ chars: number; files: PatchedFile[] }> {
    const zero = '0'.repeat(40);
    const raw = `:000000 100644 ${zero} ${'a'.repeat(40)} A\0big.txt\0\0`;
    const body = `+${LINE}`.repeat(lines);
    const all = Buffer.from(`${raw}diff --git a/big.txt b/big.txt\nnew file mode 100644\nindex ${zero}..${'a'.repeat(40)}\n--- /dev/null\n+++ b/big.txt\n@@ -0,0 +1,${lines} @@\n${body}`);
    async function* pieces() {
      for (let at = 0; at < all.length; at += 65536) yield all.subarray(at, at + 65536);
    }
    const counted = { chars: 0 };
    const files: PatchedFile[] = [];
    for await (const file of parseFullContextDiff(pieces(), 1 << 30, counted)) files.push(file);
    return { chars: counted.chars, files };
  }

  it('does work linear in the size of a patch: four times the file, four times the work', async () => {
    const small = await work(20_000);
    const large = await work(80_000);
    expect(large.files[0]!.added).toEqual([[1, 80_000]]);
    expect(large.files[0]!.content!.length).toBe(80_000 * LINE.length);
    // The old parser searched the whole patch held so far for every 64 kB piece: 4x the file, 16x the work.
    expect(large.chars / small.chars).toBeLessThan(4.5);
  });
});
