import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo, withRemote } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const HUSKY = fileURLToPath(new URL('../../node_modules/husky/bin.js', import.meta.url));

/** `git commit` with hooks (TempRepo.commit skips them). */
const commitWithHooks = (repo: TempRepo, ...args: string[]) => repo.tryGit({}, 'commit', '-q', '-m', 'change', ...args);

describe('leakwarden install: the pre-commit hook', () => {
  it('blocks a commit that stages a secret, lets a clean one through, and --no-verify bypasses', () => {
    const repo = TempRepo.create();
    repo.write('README.md', '# demo\n');
    repo.commitAll('first');
    const installed = repo.run(['install']);
    expect(installed.code).toBe(0);
    expect(installed.stdout).toMatch(/installed .*\.git\/hooks\/pre-commit/);

    const key = openaiKey('hook');
    repo.write('app.js', `const OPENAI_API_KEY = "${key}";\n`);
    repo.add('app.js');
    const blocked = commitWithHooks(repo);
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('openai-api-key');
    expect(blocked.stdout + blocked.stderr).toContain('git commit --no-verify');
    expect(blocked.stdout + blocked.stderr).not.toContain(key);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');

    repo.write('app.js', 'const OPENAI_API_KEY = process.env.OPENAI_API_KEY;\n');
    repo.add('app.js');
    expect(commitWithHooks(repo).status).toBe(0);

    repo.write('other.js', `const OPENAI_API_KEY = "${key}";\n`);
    repo.add('other.js');
    expect(commitWithHooks(repo, '--no-verify').status).toBe(0);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('3');
  });

  it('writes where git runs hooks: core.hooksPath, and the common directory from a linked worktree', () => {
    const repo = TempRepo.create();
    repo.write('a.txt', 'a\n');
    repo.commitAll('first');
    repo.git('config', 'core.hooksPath', 'tools/hooks');
    expect(repo.run(['install']).code).toBe(0);
    expect(existsSync(repo.path('tools/hooks/pre-commit'))).toBe(true);
    repo.write('b.txt', `k=${openaiKey('hookspath')}\n`);
    repo.add('b.txt');
    expect(commitWithHooks(repo).status).toBe(1);

    const other = TempRepo.create();
    other.write('a.txt', 'a\n');
    other.commitAll('first');
    const worktree = path.join(other.base, 'linked');
    other.git('worktree', 'add', '-q', '-b', 'side', worktree);
    expect(other.run(['install'], { cwd: worktree }).code).toBe(0);
    expect(existsSync(path.join(other.dir, '.git', 'hooks', 'pre-commit'))).toBe(true);
    writeFileSync(path.join(worktree, 'c.txt'), `k=${openaiKey('worktree')}\n`);
    other.gitWith({ cwd: worktree }, 'add', 'c.txt');
    expect(other.tryGit({ cwd: worktree }, 'commit', '-q', '-m', 'c').status).toBe(1);
  });

  it('never overwrites a hook it did not write; --force keeps it as a backup, uninstall restores it', () => {
    const repo = TempRepo.create();
    repo.write('a.txt', 'a\n');
    repo.commitAll('first');
    const hook = repo.path('.git/hooks/pre-commit');
    const foreign = '#!/bin/sh\necho foreign hook ran\n';
    writeFileSync(hook, foreign);
    chmodSync(hook, 0o755);

    const refused = repo.run(['install']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pre-commit exists and leakwarden did not write it\nhint: chain both: add `leakwarden staged \|\| exit 1` to that hook/);
    expect(readFileSync(hook, 'utf8')).toBe(foreign);

    const forced = repo.run(['install', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(`${hook}.leakwarden-backup`, 'utf8')).toBe(foreign);
    expect(readFileSync(hook, 'utf8')).toContain('leakwarden-hook v1');
    // Installing again updates its own hook and leaves the backup alone.
    expect(repo.run(['install']).stdout).toMatch(/updated/);

    const removed = repo.run(['uninstall']);
    expect(removed.code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
    expect(existsSync(`${hook}.leakwarden-backup`)).toBe(false);
    expect(repo.run(['uninstall']).stdout).toMatch(/no hook of leakwarden's to remove/);
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
  });

  it('works in husky\'s layout (real husky 9): appends to .husky/pre-commit, and uninstall takes only its part', () => {
    const repo = TempRepo.create();
    repo.write('package.json', '{ "name": "demo", "private": true }\n');
    repo.commitAll('first');
    const init = spawnSync(process.execPath, [HUSKY, 'init'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
    writeFileSync(repo.path('.husky/pre-commit'), 'echo husky-own-step\n');
    expect(repo.run(['install', '--husky']).code).toBe(0);
    const content = readFileSync(repo.path('.husky/pre-commit'), 'utf8');
    expect(content.startsWith('echo husky-own-step\n')).toBe(true);
    expect(content).toContain('leakwarden_run staged || exit 1');

    repo.write('app.js', `const token = "${serviceAccountToken('husky')}";\n`);
    repo.add('app.js');
    const blocked = commitWithHooks(repo);
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('husky-own-step');
    expect(blocked.stdout + blocked.stderr).toContain('1password-service-account-token');

    expect(repo.run(['uninstall', '--husky']).code).toBe(0);
    expect(readFileSync(repo.path('.husky/pre-commit'), 'utf8')).toBe('echo husky-own-step\n');
    expect(commitWithHooks(repo).status).toBe(0);
  });
});

describe('leakwarden pre-push', () => {
  it('blocks a push whose commits hold a secret even when a later commit removed it, and prints the repair', () => {
    const { repo } = withRemote();
    expect(repo.run(['install', '--pre-push']).code).toBe(0);
    const key = openaiKey('pushed');
    repo.write('config.py', `OPENAI_API_KEY = "${key}"\n`);
    const added = repo.commitAll('add a key');
    repo.write('config.py', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    repo.git('commit', '-q', '--no-verify', '-am', 'remove it');

    const push = repo.tryGit({}, 'push', 'origin', 'main');
    expect(push.status).not.toBe(0);
    expect(push.stderr).toContain('leakwarden: push to origin blocked: 1 secret in the commits being pushed');
    expect(push.stderr).toContain(`${added.slice(0, 12)}  config.py:1  openai-api-key`);
    expect(push.stderr).toContain(`git rebase -i ${added.slice(0, 12)}^`);
    expect(push.stderr).toContain('git push --no-verify');
    expect(push.stderr).not.toContain(key);
    expect(repo.git('ls-remote', 'origin', 'main')).not.toContain(repo.git('rev-parse', 'HEAD').trim());
  });

  it('the repair is `git commit --amend` when the secret is in the tip; a clean push passes; a new branch checks only its new commits', () => {
    const { repo } = withRemote();
    expect(repo.run(['install', '--pre-push']).code).toBe(0);
    repo.write('a.env.js', `const k = "${openaiKey('tip')}";\n`);
    repo.commitAll('tip');
    const push = repo.tryGit({}, 'push', 'origin', 'main');
    expect(push.status).not.toBe(0);
    expect(push.stderr).toContain('git commit --amend');

    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.write('ok.txt', 'fine\n');
    repo.commitAll('clean');
    const clean = repo.tryGit({}, 'push', 'origin', 'main');
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stderr).toContain('leakwarden: 1 pushed commit checked, no secrets');

    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('f.txt', 'feature\n');
    repo.commitAll('feature');
    const branch = repo.tryGit({}, 'push', 'origin', 'feature');
    expect(branch.status, branch.stderr).toBe(0);
    expect(branch.stderr).toContain('leakwarden: 1 pushed commit checked, no secrets');
  });

  it('reads git\'s protocol from stdin: a deletion scans nothing; malformed input exits 2', () => {
    const { repo } = withRemote();
    const head = repo.git('rev-parse', 'HEAD').trim();
    const deletion = repo.run(['pre-push', 'origin', 'url'], { input: `(delete) ${'0'.repeat(40)} refs/heads/old ${head}\n` });
    expect(deletion.code).toBe(0);
    const bad = repo.run(['pre-push', 'origin'], { input: 'nonsense\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^leakwarden: unexpected pre-push input line: "nonsense"\nhint: /);
  });
});
