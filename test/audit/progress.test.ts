/** The audit's progress line on a terminal's stderr (src/cli/audit-progress.ts), and silence when stderr is not one. */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditProgressLine } from '../../src/cli/audit-progress.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

describe('the audit progress line', () => {
  it('shows repositories done of the total and the ones in progress, redrawn in place, cut to the terminal', () => {
    const written: string[] = [];
    const line = new AuditProgressLine({ write: (text: string) => written.push(text) }, 60);
    line.update({ done: 0, total: 3, running: ['acme/api', 'acme/web'] });
    expect(written).toEqual(['\r\x1b[2Kleakwarden: audit 0/3 repositories · acme/api, acme/web']);
    // At most every 200 ms, but the last state is always drawn.
    line.update({ done: 1, total: 3, running: ['acme/web'] });
    expect(written).toHaveLength(1);
    line.update({ done: 3, total: 3, running: ['a-repository-with-a-very-long-name/and-more'] });
    expect(written[1]).toMatch(/^\r\x1b\[2Kleakwarden: audit 3\/3 repositories · a-repository-with-a-v.*…$/);
    expect(written[1]!.length).toBeLessThanOrEqual(60 + 5);
    line.clear();
    expect(written[2]).toBe('\r\x1b[2K');
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('is drawn on a terminal (under script(1)) and never when stderr is a pipe', () => {
    const repo = TempRepo.create();
    repo.write('a.txt', 'nothing\n');
    repo.commitAll('one');
    const args = `audit --repos "${repo.dir}" --work-dir "${repo.base}/audit-work" -f json -o /dev/null`;
    const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" ${args}`, '/dev/null'], { cwd: repo.base, env: repo.env, encoding: 'utf8' });
    expect(tty.stdout).toMatch(/leakwarden: audit 0\/1 repository · work/);
    const piped = repo.run(['audit', '--repos', repo.dir, '--work-dir', `${repo.base}/audit-work2`, '-f', 'json']);
    expect(piped.stderr).toBe('');
  });
});
