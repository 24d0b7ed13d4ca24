import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiKey, openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const key = openaiLine('worktree-1');
const generic = genericAssignment('worktree-2');
/** A text file a little over 600 KiB whose last line holds a key. */
const BIG_SIZE = 600 * 1024;
const bigText = (secretLine: string) => `${'filler text, nothing to see here\n'.repeat(Math.ceil(BIG_SIZE / 33))}${secretLine}\n`;
/** The line of bigText's key. */
const bigLine = Math.ceil(BIG_SIZE / 33) + 1;
const binary = (secretLine: string) => Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'), Buffer.from(`\n${secretLine}\n`)]);

describe('leakwarden dir: inside a git repository', () => {
  let repo: TempRepo;
  let big: string;

  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('.gitignore', 'ignored/\n*.log\n');
    repo.write('tracked.txt', `hello\n${key.line}\n`);
    repo.write('src/app.ts', `import x from 'y';\n${generic.line}\n`);
    repo.write('src/deep/clean.ts', 'export {};\n');
    repo.write('gone.txt', `${openaiLine('gone').line}\n`);
    big = bigText(`K=${openaiKey('big')}`);
    repo.write('data/big.txt', big);
    repo.write('logo.png', binary(`K=${openaiKey('binary')}`));
    repo.commitAll('base');
    repo.remove('gone.txt'); // tracked, deleted from the work tree: nothing on disk to leak
    repo.write('untracked.txt', `${openaiLine('untracked').line}\n`);
    repo.write('ignored/secret.txt', `${openaiLine('ignored-1').line}\n`);
    repo.write('debug.log', `${openaiLine('ignored-2').line}\n`);
  });

  it('scans tracked and untracked files, not ignored ones, and lists what it skipped', () => {
    const run = repo.run(['dir', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([
      `openai-api-key data/big.txt:${bigLine}:3`,
      `generic-secret src/app.ts:2:${generic.column}`,
      `openai-api-key tracked.txt:2:${key.column}`,
      `openai-api-key untracked.txt:1:${key.column}`,
    ]);
    expect(run.json!.scan).toMatchObject({ mode: 'dir', files: 6, skipped: [{ path: 'logo.png', reason: 'binary' }] });
    const textFiles = ['.gitignore', 'tracked.txt', 'src/app.ts', 'src/deep/clean.ts', 'data/big.txt', 'untracked.txt'];
    expect(run.json!.scan.bytes).toBe(textFiles.reduce((sum, f) => sum + readFileSync(repo.path(f)).length, 0));
  });

  it('scans ignored files too with --no-gitignore', () => {
    const run = repo.run(['dir', '--no-gitignore', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([
      `openai-api-key data/big.txt:${bigLine}:3`,
      `openai-api-key debug.log:1:${key.column}`,
      `openai-api-key ignored/secret.txt:1:${key.column}`,
      `generic-secret src/app.ts:2:${generic.column}`,
      `openai-api-key tracked.txt:2:${key.column}`,
      `openai-api-key untracked.txt:1:${key.column}`,
    ]);
    // .git internals are never scanned
    expect(run.json!.findings.some((f) => f.path.startsWith('.git/'))).toBe(false);
  });

  it('reports paths relative to the repository root from a subdirectory, with /', () => {
    const run = repo.run(['dir', '-f', 'json'], { cwd: repo.path('src') });
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([`generic-secret src/app.ts:2:${generic.column}`]);
    expect(run.json!.scan.files).toBe(2);

    const file = repo.run(['dir', 'app.ts', '../tracked.txt', '-f', 'json'], { cwd: repo.path('src') });
    expect(summarize(file.json)).toEqual([`generic-secret src/app.ts:2:${generic.column}`, `openai-api-key tracked.txt:2:${key.column}`]);
  });

  it('honours --max-file-size in bytes, KB and MB (a file of exactly the limit is scanned)', () => {
    const size = Buffer.byteLength(big);
    const runWith = (limit: string) => repo.run(['dir', 'data', '--max-file-size', limit, '-f', 'json']).json!;
    expect(runWith('512KB').scan.skipped).toEqual([{ path: 'data/big.txt', reason: 'too-large' }]);
    expect(runWith('512KB').findings).toEqual([]);
    expect(runWith(String(size - 1)).scan.skipped).toEqual([{ path: 'data/big.txt', reason: 'too-large' }]);
    expect(runWith(String(size)).findings.map((f) => f.path)).toEqual(['data/big.txt']);
    expect(runWith('1MB').scan.skipped).toEqual([]);
    // A skipped file is skipped on purpose: no findings, exit 0.
    const run = repo.run(['dir', 'data', '--max-file-size', '512KB']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Not scanned\n {2}data\/big\.txt {2}larger than --max-file-size/);
  });

  it('does not follow a symlink out of the repository, nor crash on a gitlink', () => {
    const outside = TempRepo.create({ git: false });
    outside.write('secret.txt', `${openaiLine('outside').line}\n`);
    const nested = TempRepo.create();
    nested.write('inner.txt', `${openaiLine('nested').line}\n`).commitAll('inner');
    const scratch = TempRepo.create();
    scratch.write('a.txt', 'a\n');
    symlinkSync(outside.path('secret.txt'), scratch.path('link.txt'));
    symlinkSync(outside.dir, scratch.path('linkdir'));
    scratch.gitWith({}, 'clone', '-q', nested.dir, scratch.path('vendor/lib'));
    scratch.commitAll('with links and a gitlink');
    expect(scratch.git('ls-files', '-s', 'vendor/lib')).toMatch(/^160000 /);
    const run = scratch.run(['dir', '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
  });
});

describe('leakwarden dir: a repository reached through a symlinked directory', () => {
  it('scans it, and a file named through the link, as it scans the repository itself', () => {
    const repo = TempRepo.create();
    const leak = openaiLine('through-link');
    repo.write('src/config.js', `${leak.line}\n`).write('README.md', '# r\n').commitAll('init');
    const links = TempRepo.create({ git: false });
    symlinkSync(repo.dir, links.path('project'));
    // Before: `dir project` was a git error ("outside repository"), `dir project/src/config.js` "scanned 0 files", exit 0.
    for (const target of ['project', 'project/src', 'project/src/config.js']) {
      const run = links.run(['dir', target, '-f', 'json'], { cwd: links.dir });
      expect(run.code, `${target}: ${run.stderr}`).toBe(1);
      expect(run.json!.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['src/config.js:1']);
    }
    const inside = links.run(['dir', '.', '-f', 'json'], { cwd: links.path('project') });
    expect(inside.code, inside.stderr).toBe(1);
    expect(inside.json!.scan.files).toBe(2);
  });
});

describe('leakwarden dir: outside git', () => {
  let dir: TempRepo;

  beforeAll(() => {
    dir = TempRepo.create({ git: false });
    dir.write('project/a.txt', `${key.line}\n`);
    dir.write('project/.hidden/creds.txt', `${openaiLine('hidden').line}\n`);
    dir.write('project/.env', `${openaiLine('dotenv').line}\n`);
    dir.write('project/.gitignore', '*.txt\n.env\n'); // not a repository: no meaning
    dir.write('project/sub dir/ünï.txt', `x\n${generic.line}\n`);
    // A `.git` directory that is not a repository: its content is still git internals, never scanned.
    dir.write('project/.git/leftover', `${openaiLine('git-1').line}\n`);
    dir.write('project/vendor/.git/config', `${openaiLine('git-2').line}\n`);
    dir.write('project/image.bin', binary(`K=${openaiKey('bin')}`));
  });

  it('scans every file under the path, dotfiles included, relative to the scanned directory', () => {
    const run = dir.run(['dir', dir.path('project'), '-f', 'json'], { cwd: dir.base });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([
      `openai-api-key .env:1:${key.column}`,
      `openai-api-key .hidden/creds.txt:1:${key.column}`,
      `openai-api-key a.txt:1:${key.column}`,
      `generic-secret sub dir/ünï.txt:2:${generic.column}`,
    ]);
    expect(run.json!.scan).toMatchObject({ mode: 'dir', files: 5, skipped: [{ path: 'image.bin', reason: 'binary' }] });
  });

  it('reports paths relative to the current directory when given several paths', () => {
    const run = dir.run(['dir', 'a.txt', '.hidden', '-f', 'json'], { cwd: dir.path('project') });
    expect(summarize(run.json)).toEqual([`openai-api-key .hidden/creds.txt:1:${key.column}`, `openai-api-key a.txt:1:${key.column}`]);
  });

  it('calls a file binary by a NUL in its first 8000 bytes only, as git does', () => {
    const scratch = TempRepo.create({ git: false });
    const line = `${key.line}\n`;
    scratch.write('nul-at-7999.txt', Buffer.concat([Buffer.alloc(7999, 0x61), Buffer.from([0]), Buffer.from(`\n${line}`)]));
    scratch.write('nul-at-8000.txt', Buffer.concat([Buffer.alloc(8000, 0x61), Buffer.from([0]), Buffer.from(`\n${line}`)]));
    const run = scratch.run(['dir', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(run.json!.scan.skipped).toEqual([{ path: 'nul-at-7999.txt', reason: 'binary' }]);
    expect(summarize(run.json)).toEqual([`openai-api-key nul-at-8000.txt:2:${key.column}`]);
  });

  it('without git on PATH, warns on stderr and still writes only the report to stdout', () => {
    const scratch = TempRepo.create();
    scratch.write('.gitignore', 'ignored.txt\n');
    scratch.write('ignored.txt', `${key.line}\n`);
    const run = scratch.run(['dir', '-f', 'json'], { env: { PATH: scratch.base } });
    expect(run.stderr).toBe('leakwarden: warning: git is not installed: scanning every file on disk (.gitignore is not applied, the .env check is skipped)\n');
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key ignored.txt:1:${key.column}`]);
    expect(run.json!.findings.some((f) => f.path.startsWith('.git/'))).toBe(false);
  });

  it('exits 2 for a missing path, with one line and a hint', () => {
    const run = dir.run(['dir', 'project', 'no-such-thing'], { cwd: dir.path('') });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('leakwarden: no such file or directory: no-such-thing\nhint: check the path; `leakwarden dir` with no path scans the current directory\n');
  });

  it('exits 2 when a file cannot be read, whether or not something was found (the report still lists the findings)', (ctx) => {
    const scratch = TempRepo.create({ git: false });
    scratch.write('readable.txt', 'fine\n');
    scratch.write('locked.txt', `${key.line}\n`);
    chmodSync(scratch.path('locked.txt'), 0o000);
    const wrapper = unprivileged(scratch.path('locked.txt'));
    if (typeof wrapper === 'string') ctx.skip(wrapper);
    const options = { wrapper: wrapper as string[] };
    const run = scratch.run(['dir', '-f', 'json'], options);
    expect(run.code).toBe(2);
    expect(run.json!.findings).toEqual([]);
    expect(run.json!.scan.skipped).toEqual([{ path: 'locked.txt', reason: 'unreadable', detail: 'EACCES' }]);
    expect(run.stderr).toMatch(/leakwarden: the scan is incomplete: 1 file could not be read \(locked\.txt\)\nhint: .+\n$/);

    scratch.write('found.txt', `${key.line}\n`);
    const withFinding = scratch.run(['dir', '-f', 'json'], options);
    expect(withFinding.code).toBe(2);
    expect(summarize(withFinding.json)).toEqual([`openai-api-key found.txt:1:${key.column}`]);
    expect(withFinding.json!.scan.skipped).toEqual([{ path: 'locked.txt', reason: 'unreadable', detail: 'EACCES' }]);

    // A directory that cannot be listed is reported the same way, and the rest is still scanned.
    scratch.remove('found.txt');
    scratch.write('locked-dir/inner.txt', `${key.line}\n`);
    chmodSync(scratch.path('locked-dir'), 0o000);
    try {
      const dirRun = scratch.run(['dir', '-f', 'json'], options);
      expect(dirRun.stderr).toMatch(/^leakwarden: the scan is incomplete: 2 files could not be read \(locked-dir\/, …\)\nhint: .+\n$/);
      expect(dirRun.code).toBe(2);
      expect(dirRun.json!.scan.files).toBe(1);
      expect(dirRun.json!.scan.skipped).toEqual([
        { path: 'locked-dir/', reason: 'unreadable', detail: 'EACCES' },
        { path: 'locked.txt', reason: 'unreadable', detail: 'EACCES' },
      ]);
    } finally {
      chmodSync(scratch.path('locked-dir'), 0o755);
    }
  });
});

describe('leakwarden dir: paths git would not hand over on its own', () => {
  it('scans a file named on the command line even when .gitignore excludes it', () => {
    const scratch = TempRepo.create();
    scratch.write('.gitignore', '*.local\n');
    scratch.write('settings.local', `${key.line}\n`);
    scratch.write('.env.local', 'X=1\n');
    scratch.commitAll('base');
    expect(scratch.run(['dir', '-f', 'json']).json!.findings).toEqual([]);
    const named = scratch.run(['dir', 'settings.local', '.env.local', '-f', 'json']);
    expect(named.code).toBe(1);
    // The key is reported; the ignored .env.local is correct practice, not a finding.
    expect(summarize(named.json)).toEqual([`openai-api-key settings.local:1:${key.column}`]);
  });

  it('does not read a tracked path through a directory that was replaced by a symlink out of the tree', () => {
    const outside = TempRepo.create({ git: false });
    outside.write('file.txt', `${key.line}\n`);
    const scratch = TempRepo.create();
    scratch.write('d/file.txt', 'clean\n');
    scratch.commitAll('base');
    scratch.remove('d/file.txt');
    rmSync(scratch.path('d'), { recursive: true });
    symlinkSync(outside.path('.'), scratch.path('d'));
    const run = scratch.run(['dir', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
  });

  it('counts an untracked directory git could not open as unreadable, so the scan is not clean', (ctx) => {
    const scratch = TempRepo.create();
    scratch.write('a.txt', 'ok\n');
    scratch.commitAll('base');
    scratch.write('locked/s.txt', `${key.line}\n`);
    chmodSync(scratch.path('locked'), 0o000);
    try {
      const wrapper = unprivileged(scratch.path('locked/s.txt'));
      if (typeof wrapper === 'string') ctx.skip(wrapper);
      const run = scratch.run(['dir', '-f', 'json'], { wrapper: wrapper as string[] });
      expect(run.code).toBe(2);
      expect(run.json!.scan.skipped).toEqual([{ path: 'locked/', reason: 'unreadable', detail: 'Permission denied' }]);
    } finally {
      chmodSync(scratch.path('locked'), 0o755);
    }
  });

  it('says which directory it cannot enter, with a hint', (ctx) => {
    const scratch = TempRepo.create({ git: false });
    scratch.write('closed/a.txt', 'x\n');
    chmodSync(scratch.path('closed'), 0o000);
    try {
      const wrapper = unprivileged(scratch.path('closed/a.txt'));
      if (typeof wrapper === 'string') ctx.skip(wrapper);
      const run = scratch.run(['dir', 'closed'], { wrapper: wrapper as string[] });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^leakwarden: cannot (enter|read) .*closed.*\nhint: .+\n$/);
    } finally {
      chmodSync(scratch.path('closed'), 0o755);
    }
  });
});

/**
 * How to run the CLI so that chmod 000 makes `file` unreadable: directly, unless the tests run as root (which
 * reads through permissions); then under `setpriv` without the capabilities that bypass file permissions (the
 * process stays root, so git and the sandbox's devices keep working). A string says why neither is possible.
 */
function unprivileged(file: string): string[] | string {
  try {
    readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return [];
    throw error;
  }
  const wrapper = ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'];
  const probe = spawnSync(wrapper[0]!, [...wrapper.slice(1), process.execPath, '-e', 'require("fs").readFileSync(process.argv[1])', file], { encoding: 'utf8' });
  if (probe.error === undefined && probe.status !== 0 && probe.stderr.includes('EACCES')) return wrapper;
  return `running as root, where chmod 000 does not stop reads, and setpriv cannot drop the capabilities that do (${probe.error?.message ?? probe.stderr.trim().split('\n')[0]})`;
}

describe('leakwarden dir: the listing started beside the repository lookup', () => {
  it('is started at a top level only, and lists what the listing after the lookup lists', async () => {
    const { locateWorktree } = await import('../../src/sources/worktree.ts');
    const repo = TempRepo.create();
    repo.write('.gitignore', '*.log\n');
    repo.write('a.txt', 'a\n');
    repo.write('sub/b.txt', 'b\n');
    repo.commitAll('base');
    repo.write('c.txt', 'untracked\n');
    repo.write('d.log', 'ignored\n');
    const warn = () => {};
    const top = await locateWorktree({ paths: [], cwd: repo.path('.'), warn, gitignore: true });
    expect(top.listing).toBeDefined();
    const listing = await top.listing!;
    expect(listing.tracked.map(String).sort()).toEqual(['.gitignore', 'a.txt', 'sub/b.txt']);
    expect(listing.untracked.map(String)).toEqual(['c.txt']);
    // Not where the top level is elsewhere, nor for --no-gitignore, nor for a file.
    expect((await locateWorktree({ paths: [], cwd: repo.path('sub'), warn, gitignore: true })).listing).toBeUndefined();
    expect((await locateWorktree({ paths: [], cwd: repo.path('.'), warn, gitignore: false })).listing).toBeUndefined();
    expect((await locateWorktree({ paths: ['a.txt'], cwd: repo.path('.'), warn, gitignore: true })).listing).toBeUndefined();
    // With submodules the listing takes two gits, started after the lookup.
    repo.write('.gitmodules', '');
    expect((await locateWorktree({ paths: [], cwd: repo.path('.'), warn, gitignore: true })).listing).toBeUndefined();
  });

  it('goes unread, and unheard, where the directory holds a .git that is not a repository', () => {
    const dir = TempRepo.create({ git: false });
    dir.write('.git/nothing', '');
    dir.write('a.txt', `${openaiLine('not-a-repo').line}\n`);
    const run = dir.run(['dir', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key a.txt:1:${key.column}`]);
  });

  it('is not what a config file with gitignore = false scans', () => {
    const repo = TempRepo.create();
    repo.write('.gitignore', '*.log\n');
    repo.write('.leakwarden.toml', 'gitignore = false\n');
    repo.commitAll('base');
    repo.write('debug.log', `${openaiLine('ignored-by-git').line}\n`);
    const run = repo.run(['dir', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key debug.log:1:${key.column}`]);
  });
});
