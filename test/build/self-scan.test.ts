import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/temp-repo.ts';

const ROOT = path.resolve(path.dirname(CLI), '..');

/**
 * The project scans itself clean: its tests build their secrets at run time, and a made-up value written out in a
 * test (a high-entropy string beside a name like `Secret`) is a finding like any other. Every tracked file, named
 * to `dir` (a developer's untracked scratch files are theirs), with the repository's own ignore file.
 */
describe('the repository', () => {
  it('holds no finding of its own rules', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((file) => file !== '');
    expect(files.length).toBeGreaterThan(100);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const run = spawnSync(process.execPath, [CLI, 'dir', ...files, '--format', 'json'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    expect(report.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual([]);
  });
});
