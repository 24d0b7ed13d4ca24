import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const key = openaiLine('named-paths');

describe('what the user names is scanned, or named back as not scanned (never "scanned 0 files", exit 0)', () => {
  it('a symlink or a FIFO named on the command line: exit 2, naming it; the other named files are scanned', () => {
    const repo = TempRepo.create();
    repo.write('real.txt', `${key.line}\n`);
    repo.write('clean.txt', 'nothing\n');
    symlinkSync('real.txt', repo.path('link.txt'));
    spawnSync('mkfifo', [repo.path('pipe')]);
    repo.commitAll('base');
    for (const [name, why] of [['link.txt', 'a symbolic link: not followed'], ['pipe', 'not a regular file']] as const) {
      const run = repo.run(['dir', name, 'clean.txt', '-f', 'json']);
      expect(run.code, run.stderr).toBe(2);
      expect(run.json!.scan.files).toBe(1);
      expect(run.json!.scan.skipped).toEqual([expect.objectContaining({ path: name, reason: 'unreadable', detail: expect.stringContaining(why) })]);
      expect(run.stderr).toContain(`the scan is incomplete: 1 file could not be read (${name})`);
    }
  });

  it('an ignored directory named on the command line is scanned; left unnamed, it stays ignored', () => {
    const repo = TempRepo.create();
    repo.write('.gitignore', 'vendor/\n');
    repo.write('vendor/lib/config.js', `${key.line}\n`);
    repo.write('app.txt', 'fine\n');
    repo.commitAll('base');
    expect(repo.run(['dir']).code).toBe(0);
    const named = repo.run(['dir', 'vendor', '-f', 'json']);
    expect(named.code, named.stderr).toBe(1);
    expect(summarize(named.json)).toEqual([`openai-api-key vendor/lib/config.js:1:${key.column}`]);
  });

  it('the files of a checked-out submodule are scanned with the superproject', () => {
    const sub = TempRepo.create();
    sub.write('settings.py', `${key.line}\n`);
    sub.commitAll('sub');
    const repo = TempRepo.create();
    repo.write('README.md', '# super\n');
    repo.commitAll('first');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'lib');
    repo.commitAll('submodule');
    const run = repo.run(['dir', '-f', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key lib/settings.py:1:${key.column}`]);
  });

  it('2,001 files named at once: a handful of git processes, not one per path', () => {
    const repo = TempRepo.create();
    const names = Array.from({ length: 2001 }, (_, i) => `f/${String(i).padStart(4, '0')}.txt`);
    mkdirSync(repo.path('f'));
    for (const name of names) writeFileSync(repo.path(name), 'clean\n');
    writeFileSync(repo.path(names[2000]!), `${key.line}\n`);
    repo.commitAll('many');
    // A git on PATH that counts its runs, then runs the real one.
    const bin = path.join(repo.base, 'bin');
    const log = path.join(repo.base, 'git-runs');
    mkdirSync(bin);
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho x >> '${log}'\nexec '${real}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    writeFileSync(log, '');
    const run = repo.run(['dir', ...names, '-f', 'json'], { env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(run.code, run.stderr).toBe(1);
    expect(run.json!.scan.files).toBe(2001);
    expect(summarize(run.json)).toEqual([`openai-api-key f/2000.txt:1:${key.column}`]);
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean).length).toBeLessThan(10);
  });
});

describe('failures are one line and a hint, never a stack trace', () => {
  const oneLine = (stderr: string) => {
    expect(stderr).toMatch(/^leakwarden: .+\nhint: .+\n$/);
    expect(stderr).not.toMatch(/^\s+at /m);
  };

  it('a report that cannot be written to standard output (> /dev/full)', () => {
    const repo = TempRepo.create();
    repo.write('leak.txt', `${key.line}\n`);
    repo.commitAll('base');
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [path.join(import.meta.dirname, '../../dist/cli.cjs'), 'dir'], { cwd: repo.dir, env: repo.env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(2);
      oneLine(run.stderr);
      expect(run.stderr).toContain('cannot write the report to standard output: ENOSPC');
    } finally {
      closeSync(full);
    }
  });

  it('a hook that cannot be written (a directory where the hook file goes; as root, permissions would not stop it)', () => {
    const repo = TempRepo.create();
    mkdirSync(repo.path('.git/hooks/pre-commit'), { recursive: true });
    const run = repo.run(['install']);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/^leakwarden: cannot read .*\.git\/hooks\/pre-commit: EISDIR\nhint: that path is a directory\n$/);
  });

  it('i18n.logOutputEncoding=UTF-16 in the repository does not garble the history walk', () => {
    const repo = TempRepo.create();
    repo.write('leak.txt', `${key.line}\n`);
    repo.commitAll('base');
    repo.git('config', 'i18n.logOutputEncoding', 'UTF-16');
    const run = repo.run(['history', '-f', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key leak.txt:1:${key.column}`]);
  });

  it('a damaged repository (a missing tree): exit 2, what failed, and git fsck as the way on', () => {
    const repo = TempRepo.create();
    repo.write('dir/a.txt', 'a\n');
    repo.commitAll('base');
    const tree = repo.git('rev-parse', 'HEAD:dir').trim();
    rmSync(path.join(repo.dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    const run = repo.run(['history']);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('git fsck');
  });
});
