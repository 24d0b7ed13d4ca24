import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git } from '../../src/sources/git.ts';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/** A script that leaves a marker file named after its first argument, then passes stdin through. */
function markerProgram(repo: TempRepo): { markers: string; cmd: (name: string) => string; list: () => string[] } {
  const markers = path.join(repo.base, 'markers');
  mkdirSync(markers, { recursive: true });
  const evil = path.join(repo.base, 'evil.sh');
  writeFileSync(evil, `#!/bin/sh\n: > "${markers}/$1"\ncat\n`);
  chmodSync(evil, 0o755);
  return { markers, cmd: (name) => `${evil} ${name}`, list: () => readdirSync(markers).sort() };
}

describe('a submodule\'s own config runs nothing (diff.submodule=diff in the superproject)', () => {
  it('staged, dir, history, pre-push and the installed hook leave no marker; plain git does', () => {
    const sub = TempRepo.create();
    sub.write('a.txt', 'one\n');
    sub.commitAll('one');
    const repo = TempRepo.create();
    const { cmd, list } = markerProgram(repo);
    repo.write('README.md', '# super\n');
    repo.commitAll('first');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'sub');
    repo.commitAll('add the submodule');
    const inner = path.join(repo.dir, 'sub');
    writeFileSync(path.join(inner, 'a.txt'), 'one\ntwo\n');
    repo.gitWith({ cwd: inner }, 'commit', '-q', '-am', 'move the pointer');
    repo.write('sub/.gitattributes', '* diff=x\n');
    const modules = path.join(repo.dir, '.git', 'modules', 'sub', 'config');
    repo.git('config', 'diff.submodule', 'diff');
    repo.git('config', '-f', modules, 'diff.external', cmd('diff-external'));
    repo.git('config', '-f', modules, 'diff.x.textconv', cmd('textconv'));
    repo.git('config', '-f', modules, 'core.fsmonitor', cmd('fsmonitor'));
    repo.write('app.py', `KEY = "${openaiKey('submodule')}"\n`);
    repo.add('sub', 'app.py');

    expect(repo.run(['staged']).code).toBe(1);
    expect(repo.run(['dir']).code).toBe(1);
    expect(repo.run(['history']).code).toBe(0);
    expect(repo.run(['install']).code).toBe(0);
    expect(repo.tryGit({}, 'commit', '-q', '-m', 'blocked').status).not.toBe(0);
    repo.gitWith({}, 'commit', '-q', '--no-verify', '-m', 'through');
    const head = repo.git('rev-parse', 'HEAD').trim();
    expect(repo.run(['pre-push', 'origin', 'url'], { input: `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n` }).code).toBe(1);
    expect(list()).toEqual([]);

    // The trap is live: git's own diff of the same change runs the submodule's external diff.
    repo.tryGit({}, 'diff', 'HEAD~1', 'HEAD');
    expect(list()).toContain('diff-external');
  });
});

describe('history reads the objects as they are', () => {
  const key = openaiKey('replaced');

  function leaked(): { repo: TempRepo; leak: string; clean: string } {
    const repo = TempRepo.create();
    repo.write('README.md', '# demo\n');
    repo.commitAll('first');
    repo.write('config.py', `OPENAI_API_KEY = "${key}"\n`);
    const leak = repo.commitAll('the leak');
    repo.write('config.py', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    const clean = repo.commitAll('clean');
    return { repo, leak, clean };
  }

  it('a replace ref that swaps the leaking blob (or commit) for a clean one hides nothing', () => {
    const { repo, leak } = leaked();
    const secretBlob = repo.git('rev-parse', `${leak}:config.py`).trim();
    writeFileSync(path.join(repo.base, 'clean.txt'), 'nothing here\n');
    const cleanBlob = repo.git('hash-object', '-w', path.join(repo.base, 'clean.txt')).trim();
    repo.git('replace', secretBlob, cleanBlob);
    expect(repo.git('show', `${leak}:config.py`)).toBe('nothing here\n'); // plain git is fooled
    const blob = repo.run(['history', '-f', 'json']);
    expect(summarize(blob.json)).toEqual([`openai-api-key config.py:1:19`]);
    repo.git('replace', '-d', secretBlob);
    repo.git('replace', leak, `${leak}~1`);
    expect(summarize(repo.run(['history', '-f', 'json']).json)).toEqual([`openai-api-key config.py:1:19`]);
    expect(repo.run(['pre-push', 'origin', 'url'], { input: `refs/heads/main ${repo.git('rev-parse', 'HEAD').trim()} refs/heads/main ${'0'.repeat(40)}\n` }).code).toBe(1);
  });

  it('a graft that cuts the history above the leak hides nothing', () => {
    const { repo, clean } = leaked();
    writeFileSync(path.join(repo.dir, '.git', 'info', 'grafts'), `${clean}\n`);
    expect(repo.tryGit({}, 'rev-list', '--count', 'HEAD').stdout.trim()).toBe('1'); // plain git is fooled
    const run = repo.run(['history', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key config.py:1:19`]);
  });
});

describe('no transport runs a command', () => {
  it('even a call allowed to reach the network cannot use ext::, and a scan cannot use any transport', async () => {
    const repo = TempRepo.create();
    repo.git('commit', '-q', '--allow-empty', '-m', 'first');
    const marker = path.join(repo.base, 'ext-ran');
    const ext = `ext::sh -c touch% ${marker}`;
    const env = repo.env as Record<string, string>;
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      await expect(git(['-c', 'protocol.allow=always', 'fetch', ext], { cwd: repo.dir, network: true })).rejects.toThrow();
      await expect(git(['-c', 'protocol.allow=always', 'fetch', `file://${repo.dir}`], { cwd: repo.dir })).rejects.toThrow(/transport 'file' not allowed/);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
    expect(existsSync(marker)).toBe(false);
  });
});
