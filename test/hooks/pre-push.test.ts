import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo, withRemote } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const sha = (repo: TempRepo, rev: string) => repo.git('rev-parse', rev).trim();

/** A key added by one commit and removed by the next: the push must still be blocked, naming the first. */
function addThenRemove(repo: TempRepo, name: string): string {
  repo.write('config.py', `OPENAI_API_KEY = "${openaiKey(name)}"\n`);
  const added = repo.commitAll(`add ${name}`);
  repo.write('config.py', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
  repo.commitAll(`remove ${name}`);
  return added;
}

describe('leakwarden pre-push: one verdict', () => {
  it('blocks with exit 2, naming what was not scanned, when an object of the pushed commits cannot be read (as history does)', () => {
    const { repo } = withRemote();
    const base = sha(repo, 'HEAD');
    repo.write('notes.txt', 'nothing secret here\n');
    repo.commitAll('notes');
    const blob = sha(repo, 'HEAD:notes.txt');
    rmSync(path.join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const push = repo.run(['pre-push', 'origin', 'url'], { input: `refs/heads/main ${sha(repo, 'HEAD')} refs/heads/main ${base}\n` });
    expect(push.code, push.stderr).toBe(2);
    expect(push.stderr).toContain('leakwarden: push to origin blocked: the scan is incomplete: 1 file could not be read (notes.txt)');
    expect(push.stderr).toContain('notes.txt (unreadable: object missing from the repository)');
    expect(push.stderr).not.toContain('no secrets');
    // The same verdict as a history scan of the same commits.
    expect(repo.run(['history', `${base}..HEAD`]).code).toBe(2);
  });

  it('scans every pushed ref in one scan and reports them in one message', () => {
    const { repo } = withRemote();
    const base = sha(repo, 'HEAD');
    const onMain = addThenRemove(repo, 'main');
    repo.git('checkout', '-q', '-b', 'feature', base);
    const onFeature = addThenRemove(repo, 'feature');
    const input = [
      `refs/heads/main ${sha(repo, 'main')} refs/heads/main ${base}`,
      `refs/heads/feature ${sha(repo, 'feature')} refs/heads/feature ${'0'.repeat(40)}`,
    ].join('\n');
    const push = repo.run(['pre-push', 'origin', 'url'], { input: `${input}\n` });
    expect(push.code).toBe(1);
    expect(push.stderr.match(/blocked/g)).toHaveLength(1);
    expect(push.stderr).toContain('leakwarden: push to origin blocked: 2 secrets in the commits being pushed');
    expect(push.stderr).toContain(`${onMain.slice(0, 12)}  config.py:1  openai-api-key`);
    expect(push.stderr).toContain(`${onFeature.slice(0, 12)}  config.py:1  openai-api-key`);
  });

  it('prints file names without their control characters (a name cannot clear the screen)', () => {
    const { repo } = withRemote();
    const base = sha(repo, 'HEAD');
    repo.write('evil\u001b[2J\u001b[H.py', `OPENAI_API_KEY = "${openaiKey('escape')}"\n`);
    repo.commitAll('escape');
    const push = repo.run(['pre-push', 'origin', 'url'], { input: `refs/heads/main ${sha(repo, 'HEAD')} refs/heads/main ${base}\n` });
    expect(push.code).toBe(1);
    expect(push.stderr).toContain('evil\ufffd[2J\ufffd[H.py:1');
    expect(push.stderr).not.toContain('\u001b');
  });
});

describe('leakwarden pre-push under the pre-commit framework (PRE_COMMIT_* variables, nothing on stdin)', () => {
  it('scans FROM..TO and blocks a secret a later commit removed, naming the commit that added it', () => {
    const { repo } = withRemote();
    const base = sha(repo, 'HEAD');
    const added = addThenRemove(repo, 'framework');
    const env = { PRE_COMMIT: '1', PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: sha(repo, 'HEAD'), PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_REMOTE_URL: 'url', PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main' };
    const push = repo.run(['pre-push'], { input: '', env });
    expect(push.code, push.stderr).toBe(1);
    expect(push.stderr).toContain('leakwarden: push to origin blocked: 1 secret in the commits being pushed');
    expect(push.stderr).toContain(`${added.slice(0, 12)}  config.py:1  openai-api-key`);
    expect(push.stderr).toContain(`git rebase -i ${added.slice(0, 12)}^`);

    const clean = repo.run(['pre-push'], { input: '', env: { ...env, PRE_COMMIT_FROM_REF: sha(repo, 'HEAD') } });
    expect(clean.code, clean.stderr).toBe(0);
  });

  it('scans every commit of a branch whose whole history is new (the framework gives only the local branch)', () => {
    const repo = TempRepo.create();
    repo.git('remote', 'add', 'origin', 'file:///nonexistent');
    repo.write('README.md', '# demo\n');
    repo.commitAll('first');
    const added = addThenRemove(repo, 'root');
    const env = { PRE_COMMIT: '1', PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_REMOTE_URL: 'url', PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main' };
    const push = repo.run(['pre-push'], { input: '', env });
    expect(push.code, push.stderr).toBe(1);
    expect(push.stderr).toContain(`${added.slice(0, 12)}  config.py:1  openai-api-key`);
  });
});

describe('a hook whose leakwarden is gone', () => {
  it('fails the commit, says nothing was checked, and points at an install that works (not the npm registry)', () => {
    const repo = TempRepo.create();
    repo.write('README.md', '# demo\n');
    repo.commitAll('first');
    expect(repo.run(['install']).code).toBe(0);
    const hook = path.join(repo.dir, '.git', 'hooks', 'pre-commit');
    const text = readFileSync(hook, 'utf8');
    const cli = /elif \[ -f ('[^']+') \]/.exec(text)![1]!;
    writeFileSync(hook, text.split(cli).join(`'${path.join(repo.base, 'uninstalled', 'cli.cjs')}'`));
    repo.write('notes.txt', 'hello\n');
    repo.add('notes.txt');
    const commit = repo.tryGit({ env: { PATH: '/usr/bin:/bin' } }, 'commit', '-q', '-m', 'change');
    expect(commit.status).not.toBe(0);
    expect(commit.stderr).toContain('leakwarden is not installed, so nothing was checked');
    expect(commit.stderr).toContain('git+https://');
    expect(commit.stderr).not.toMatch(/npm install (--save-dev )?leakwarden\b/);
  });
});
