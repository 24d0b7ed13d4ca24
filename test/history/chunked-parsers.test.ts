import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogCommit } from '../../src/history/log.ts';
import { LogParser } from '../../src/history/log.ts';
import type { BlobRead } from '../../src/sources/cat-file.ts';
import { BatchParser } from '../../src/sources/cat-file.ts';
import { TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/** `data` in pieces of `size` bytes (the last one shorter), as a pipe might hand it over. */
function pieces(data: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < data.length; at += size) out.push(Buffer.from(data.subarray(at, at + size)));
  return out;
}

// The history walk and the blob reader parse git's output a chunk at a time, with callbacks: wherever the chunks
// split a record (a header, a path, an object's bytes, the newline after them), the result is the one a single
// chunk gives.
describe('history: git output parsed in chunks of any size', () => {
  const repo = TempRepo.create();
  // Over the reader's window (600 kB here: the smallest a window may be is some 550 kB), and over its size limit.
  const big = Array.from({ length: 30_000 }, (_, i) => `line ${i} of a large file\n`).join('');
  repo.write('a.txt', 'first\n').write('dir/b.txt', 'x'.repeat(5000)).write('big.txt', big).write('huge.txt', big + big);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'one');
  repo.git('checkout', '-q', '-b', 'side');
  repo.write('a.txt', 'side\n').write('ünïcode name.txt', 'text\n');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'side');
  repo.git('checkout', '-q', 'main');
  repo.write('dir/b.txt', 'y'.repeat(3000));
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'two');
  repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'side');

  const MAX_SIZE = 1_000_000;
  const gitOut = (args: string[], input?: string) => execFileSync('git', args, { cwd: repo.dir, input, maxBuffer: 1 << 26 });

  it('LogParser: the same commits and changes', () => {
    const log = gitOut(['-c', 'core.quotePath=false', 'log', '--raw', '-z', '-c', '--no-abbrev', '--root', '--no-renames', '--format=%x01%H%x00%aI%x00%an%x00%ae', '--all']);
    const parse = (chunks: Buffer[]) => {
      const commits: LogCommit[] = [];
      const parser = new LogParser();
      const onCommit = (commit: LogCommit) => void commits.push(commit);
      for (const chunk of chunks) parser.push(chunk, onCommit);
      parser.end(onCommit);
      return commits;
    };
    const whole = parse([log]);
    expect(whole).toHaveLength(4);
    expect(whole.flatMap((c) => c.changes.map((change) => change.path))).toContain('ünïcode name.txt');
    for (const size of [1, 2, 3, 7, 41, 64, 100, 1000]) expect(parse(pieces(log, size)), `chunks of ${size}`).toEqual(whole);
  });

  it('BatchParser: the same objects, whole or in windows', () => {
    const oids = gitOut(['rev-list', '--all', '--objects']).toString('utf8').split('\n').filter((line) => line !== '').map((line) => line.split(' ')[0]!);
    const batch = gitOut(['cat-file', '--batch'], `${[...oids, '0'.repeat(40)].join('\n')}\n`);
    const parse = (chunks: Buffer[], windowBytes: number | null) => {
      const blobs: { oid: string; size: number; content: string | null; window: BlobRead['window'] | null }[] = [];
      const parser = new BatchParser(MAX_SIZE, windowBytes);
      for (const chunk of chunks) parser.push(chunk, (blob) => void blobs.push({ oid: blob.oid, size: blob.size, content: blob.content?.toString('latin1') ?? null, window: blob.window ?? null }));
      return blobs;
    };
    for (const windowBytes of [null, 600_000]) {
      const whole = parse([batch], windowBytes);
      expect(whole.filter((blob) => blob.size === -1)).toHaveLength(1);
      expect(whole.filter((blob) => blob.size > MAX_SIZE && blob.content === null)).toHaveLength(1);
      if (windowBytes !== null) expect(whole.filter((blob) => blob.window?.last === true)).toHaveLength(1);
      for (const size of [3, 64, 999, 4096, 65536]) expect(parse(pieces(batch, size), windowBytes), `chunks of ${size}, windows ${windowBytes}`).toEqual(whole);
    }
  });
});
