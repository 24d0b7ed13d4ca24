import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ProgressLine } from '../../src/cli/progress.ts';
import { openaiKey } from '../helpers/secrets.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

describe('the history progress line', () => {
  it('shows blobs done of found, throughput, and a time left once the total is known; clear erases it', () => {
    const written: string[] = [];
    const line = new ProgressLine({ write: (text: string) => written.push(text) });
    line.update({ blobsDone: 10, blobsTotal: 40, bytes: 5_000_000, commits: 12, listed: false });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\r\x1b\[2Kleakwarden: 12 commits · 10\/40\+ blobs · [\d.]+ [kMG]B\/s$/);
    // Redrawn at most every 200 ms.
    line.update({ blobsDone: 11, blobsTotal: 40, bytes: 5_100_000, commits: 12, listed: true });
    expect(written).toHaveLength(1);
    line.clear();
    expect(written[1]).toBe('\r\x1b[2K');
    line.clear();
    expect(written).toHaveLength(2);
  });

  it('gives an ETA once the walk has listed every blob', async () => {
    const written: string[] = [];
    const line = new ProgressLine({ write: (text: string) => written.push(text) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    line.update({ blobsDone: 50, blobsTotal: 100, bytes: 1000, commits: 3, listed: true });
    expect(written[0]).toMatch(/50\/100 blobs · .* · ETA \d+s$/);
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('is drawn on a terminal (under script(1)) and never when stderr is a pipe', () => {
    const repo = TempRepo.create();
    repo.write('a.txt', `k=${openaiKey('progress')}\n`);
    repo.commitAll('one');
    const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" history -f json -o /dev/null`, '/dev/null'], {
      cwd: repo.dir,
      env: repo.env,
      encoding: 'utf8',
    });
    expect(tty.stdout).toMatch(/leakwarden: 1 commit · \d+\/1 blobs/);
    const piped = repo.run(['history', '-f', 'json']);
    expect(piped.stderr).toBe('');
  });
});
