import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiKey, openaiLine } from '../helpers/secrets.ts';
import { CLI, TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

describe('leakwarden staged: first commit (unborn HEAD)', () => {
  it('reports everything staged, from the index', () => {
    const repo = TempRepo.create();
    const key = openaiLine('unborn-1');
    const generic = genericAssignment('unborn-2');
    repo.write('README.md', '# project\n');
    repo.write('src/config.ts', `export const a = 1;\n${generic.line}\n`);
    repo.write('deploy/env.sh', `#!/bin/sh\n\nexport ${key.line}\n`);
    repo.add();
    repo.write('untracked.txt', `${openaiLine('unborn-3').line}\n`);

    const run = repo.run(['staged', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.json!.scan).toMatchObject({ mode: 'staged', files: 3, skipped: [] });
    expect(summarize(run.json)).toEqual([
      `openai-api-key deploy/env.sh:3:${key.column + 'export '.length}`,
      `generic-secret src/config.ts:2:${generic.column}`,
    ]);
    expect(run.json!.findings.every((f) => f.commit === null)).toBe(true);
  });

  it('exits 0 when nothing is staged', () => {
    const repo = TempRepo.create();
    repo.write('loose.txt', `${openaiLine('unborn-4').line}\n`);
    const run = repo.run(['staged', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
    expect(run.json!.scan.files).toBe(0);
  });
});

describe('leakwarden staged: outside a repository', () => {
  it('exits 2 with one line and a hint', () => {
    const dir = TempRepo.create({ git: false });
    dir.write('a.txt', `${openaiLine('norepo').line}\n`);
    const run = dir.run(['staged']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^leakwarden: not a git repository\nhint: .+\n$/);
  });
});

describe('leakwarden staged: changes against HEAD', () => {
  let repo: TempRepo;
  const oldKey = openaiLine('old-secret');
  const newKey = openaiKey('new-secret');
  const oldText = `line one\n${oldKey.line}\nline three\n`;

  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('old.txt', oldText);
    repo.write('moved.txt', `keep\n${openaiLine('moved-secret').line}\n`);
    repo.write('deleted.txt', `${openaiLine('deleted-secret').line}\n`);
    repo.write('.gitattributes', '*.cfg -diff\n');
    repo.write('app.cfg', '[app]\nname = demo\n');
    repo.write('with space.txt', 'a\n');
    repo.write('ünïcödé.txt', 'a\n');
    repo.write('new\nline.txt', 'a\n');
    repo.commitAll('base');
  });
  afterEach(() => {
    repo.resetHard();
  });

  it('does not report secrets that are only in the work tree', () => {
    repo.write('old.txt', `${oldText}NEW=${newKey}\n`);
    repo.write('untracked.txt', `NEW=${newKey}\n`);
    repo.write('clean.txt', 'nothing here\n');
    repo.add('clean.txt');
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
    expect(run.json!.scan.files).toBe(1);
  });

  it('reports what the index holds after the work tree was cleaned', () => {
    repo.write('old.txt', `${oldText}NEW=${newKey}\n`);
    repo.write('fresh.txt', `first\nNEW=${newKey}\n`);
    repo.add('old.txt', 'fresh.txt');
    repo.write('old.txt', oldText);
    repo.remove('fresh.txt');
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual(['openai-api-key fresh.txt:2:5', 'openai-api-key old.txt:4:5']);
  });

  it('does not report a staged deletion', () => {
    repo.git('rm', '-q', 'deleted.txt');
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
  });

  it('reports only the lines a modification adds, on the right line and column', () => {
    repo.write('old.txt', `line one, edited\n${oldKey.line}\nline three\n\n  const client = new OpenAI("${newKey}");\n`);
    repo.add('old.txt');
    const run = repo.run(['staged', '-f', 'json', '--no-redact']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key old.txt:5:${'  const client = new OpenAI("'.length + 1}`]);
    const finding = run.json!.findings[0]!;
    expect(finding.secret).toBe(newKey);
    expect(finding.endLine).toBe(5);
    expect(finding.endColumn).toBe('  const client = new OpenAI("'.length + 1 + newKey.length);
  });

  it('does not report a pure rename, but reports a secret added while renaming', () => {
    mkdirSync(repo.path('renamed'));
    repo.git('mv', 'moved.txt', 'renamed/moved.txt');
    const pure = repo.run(['staged', '-f', 'json']);
    expect(pure.code).toBe(0);
    expect(pure.json!.findings).toEqual([]);

    repo.write('renamed/moved.txt', `${repo.read('renamed/moved.txt')}NEW=${newKey}\n`);
    repo.add('renamed/moved.txt');
    const changed = repo.run(['staged', '-f', 'json']);
    expect(changed.code).toBe(1);
    expect(summarize(changed.json)).toEqual(['openai-api-key renamed/moved.txt:3:5']);
  });

  it('is not blinded by a .gitattributes `-diff` on a modified or new file', () => {
    repo.write('app.cfg', `[app]\nname = demo\napi_key = ${newKey}\n`);
    repo.write('other.cfg', `api_key = ${newKey}\n`);
    repo.add('app.cfg', 'other.cfg');
    expect(repo.git('diff', '--cached', '--', 'app.cfg')).toContain('Binary files');
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual(['openai-api-key app.cfg:3:11', 'openai-api-key other.cfg:1:11']);
  });

  it('does not report a mode change alone', () => {
    chmodSync(repo.path('old.txt'), 0o755);
    repo.add('old.txt');
    expect(repo.git('diff', '--cached', '--raw')).toMatch(/^:100644 100755 /);
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
  });

  it('handles file names with spaces, unicode and newlines, new and modified', () => {
    for (const name of ['with space.txt', 'ünïcödé.txt', 'new\nline.txt']) repo.write(name, `a\nK=${newKey}\n`);
    for (const name of ['new space.txt', 'nëw ünï.txt', 'new\nfile.txt']) repo.write(name, `K=${newKey}\n`);
    repo.add();
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json).sort()).toEqual(
      [
        'openai-api-key with space.txt:2:3',
        'openai-api-key ünïcödé.txt:2:3',
        'openai-api-key new\nline.txt:2:3',
        'openai-api-key new space.txt:1:3',
        'openai-api-key nëw ünï.txt:1:3',
        'openai-api-key new\nfile.txt:1:3',
      ].sort(),
    );
  });

  it('gives the same results whatever the user git config says about diffs', () => {
    repo.write('old.txt', `${oldText}NEW=${newKey}\n`);
    repo.write('ünïcödé.txt', `a\nK=${newKey}\n`);
    repo.write('added.txt', `K=${newKey}\n`);
    repo.git('mv', 'moved.txt', 'moved-again.txt');
    repo.add();
    const baseline = repo.run(['staged', '-f', 'json']);
    expect(baseline.code).toBe(1);
    expect(summarize(baseline.json)).toEqual(['openai-api-key added.txt:1:3', 'openai-api-key old.txt:4:5', 'openai-api-key ünïcödé.txt:2:3']);

    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.ui', 'always'],
      ['color.diff', 'always'],
      ['core.quotePath', 'true'],
      ['diff.renames', 'false'],
      ['diff.context', '10'],
      ['diff.interHunkContext', '20'],
      ['diff.algorithm', 'patience'],
      ['diff.indentHeuristic', 'false'],
      ['diff.suppressBlankEmpty', 'true'],
      ['diff.relative', 'true'],
    ] as const) {
      repo.git('config', '--global', key, value);
    }
    try {
      const configured = repo.run(['staged', '-f', 'json']);
      expect(configured.stderr).toBe('');
      expect(configured.code).toBe(1);
      expect(summarize(configured.json)).toEqual(summarize(baseline.json));
      // From a subdirectory too (diff.relative would narrow a diff to it, with paths relative to it).
      mkdirSync(repo.path('empty-dir'));
      const fromSubdirectory = repo.run(['staged', '-f', 'json'], { cwd: repo.path('empty-dir') });
      expect(summarize(fromSubdirectory.json)).toEqual(summarize(baseline.json));
    } finally {
      // afterEach must be able to reset with git itself
      repo.git('config', '--global', '--remove-section', 'diff');
      repo.git('config', '--global', '--remove-section', 'color');
      repo.git('config', '--global', '--remove-section', 'core');
    }
  });

  it('skips and lists binary and oversized blobs', () => {
    repo.write('blob.bin', Buffer.concat([Buffer.from('\0\0binary'), Buffer.from(`\nK=${newKey}\n`)]));
    repo.write('big.txt', `${'x'.repeat(2000)}\nK=${newKey}\n`);
    repo.add();
    const run = repo.run(['staged', '-f', 'json', '--max-file-size', '1KB']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
    expect([...run.json!.scan.skipped].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'big.txt', reason: 'too-large' },
      { path: 'blob.bin', reason: 'binary' },
    ]);
  });

  it('does not crash on a gitlink (submodule) or symlinks, and does not follow them', () => {
    const nested = TempRepo.create();
    nested.write('inner.txt', `K=${newKey}\n`).commitAll('inner');
    const outside = TempRepo.create({ git: false });
    outside.write('secret.txt', `K=${newKey}\n`);
    // A real embedded repository staged as a gitlink (mode 160000), and two symlinks (mode 120000).
    repo.gitWith({}, 'clone', '-q', nested.dir, repo.path('vendor/lib'));
    repo.git('add', 'vendor/lib');
    symlinkSync(outside.path('secret.txt'), repo.path('outside-link.txt'));
    symlinkSync('old.txt', repo.path('inside-link.txt'));
    repo.add('outside-link.txt', 'inside-link.txt');
    expect(repo.git('ls-files', '-s', 'vendor/lib')).toMatch(/^160000 /);

    try {
      const run = repo.run(['staged', '-f', 'json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.json!.findings).toEqual([]);
      expect(run.json!.scan.skipped).toEqual([]);
    } finally {
      repo.git('reset', '-q');
      repo.remove('vendor');
    }
  });
});

describe('leakwarden staged: GIT_INDEX_FILE, from a real pre-commit hook', () => {
  let repo: TempRepo;
  const secretLine = `NEW=${openaiKey('hook-secret')}\n`;

  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('a.txt', 'alpha\n');
    repo.write('b.txt', 'beta\n');
    repo.commitAll('base');
    const hook = repo.path('.git/hooks/pre-commit');
    repo.write('.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" staged\n`);
    chmodSync(hook, 0o755);
  });
  afterEach(() => {
    repo.resetHard();
  });

  const head = () => repo.git('rev-parse', 'HEAD').trim();

  it('`git commit -a` is blocked when the work-tree change holds a secret', () => {
    const before = head();
    repo.write('a.txt', `alpha\n${secretLine}`);
    const commit = repo.tryGit({}, 'commit', '-a', '-m', 'x');
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('openai-api-key');
    expect(head()).toBe(before);
  });

  it('`git commit <path>` is blocked when that path holds a secret', () => {
    const before = head();
    repo.write('a.txt', `alpha\n${secretLine}`);
    const commit = repo.tryGit({}, 'commit', 'a.txt', '-m', 'x');
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('a.txt');
    expect(head()).toBe(before);
  });

  it('both are allowed when the change is clean', () => {
    const before = head();
    repo.write('a.txt', 'alpha\nmore alpha\n');
    const all = repo.tryGit({}, 'commit', '-q', '-a', '-m', 'clean -a');
    expect(all.stderr).toContain('no secrets found');
    expect(all.status).toBe(0);
    repo.write('b.txt', 'beta\nmore beta\n');
    const one = repo.tryGit({}, 'commit', '-q', 'b.txt', '-m', 'clean path');
    expect(one.status).toBe(0);
    expect(repo.git('rev-list', '--count', `${before}..HEAD`).trim()).toBe('2');
  });

  it('`git commit <clean path>` is allowed although another staged file holds a secret', () => {
    repo.write('a.txt', `alpha\n${secretLine}`);
    repo.add('a.txt');
    repo.write('b.txt', 'beta\nonly b\n');
    const before = head();
    const commit = repo.tryGit({}, 'commit', '-q', 'b.txt', '-m', 'only b');
    expect(commit.status, commit.stderr).toBe(0);
    expect(repo.git('diff', '--name-only', before, 'HEAD')).toBe('b.txt\n');
    // The secret is still staged, and a plain commit is now blocked.
    expect(repo.tryGit({}, 'commit', '-q', '-m', 'x').status).not.toBe(0);
  });

  it('the CLI honours GIT_INDEX_FILE set by the caller', () => {
    repo.write('a.txt', `alpha\n${secretLine}`);
    const alternate = path.join(repo.base, 'alternate-index');
    repo.gitWith({ env: { GIT_INDEX_FILE: alternate } }, 'read-tree', 'HEAD');
    repo.gitWith({ env: { GIT_INDEX_FILE: alternate } }, 'add', 'a.txt');
    expect(repo.run(['staged', '-f', 'json']).code).toBe(0);
    const run = repo.run(['staged', '-f', 'json'], { env: { GIT_INDEX_FILE: alternate } });
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual(['openai-api-key a.txt:2:5']);
  });
});

describe('leakwarden staged: in a linked worktree', () => {
  it('reads that worktree\'s index, and the shared hook blocks its commits', () => {
    const repo = TempRepo.create();
    repo.write('a.txt', 'alpha\n').commitAll('base');
    repo.write('.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" staged\n`);
    chmodSync(repo.path('.git/hooks/pre-commit'), 0o755);
    const linked = path.join(repo.base, 'linked');
    repo.git('worktree', 'add', '-q', '-b', 'feature', linked);
    repo.gitWith({ cwd: linked }, 'rm', '-q', 'a.txt'); // the main worktree's index is untouched
    repo.write('../linked/s.txt', `${openaiLine('worktree').line}\n`);
    repo.gitWith({ cwd: linked }, 'add', 's.txt');

    const run = repo.run(['staged', '-f', 'json'], { cwd: linked });
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual(['openai-api-key s.txt:1:16']);
    expect(repo.run(['staged']).code).toBe(0);
    expect(repo.tryGit({ cwd: linked }, 'commit', '-q', '-m', 'x').status).not.toBe(0);
  });
});
