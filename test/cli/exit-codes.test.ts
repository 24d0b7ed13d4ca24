import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiLine } from '../helpers/secrets.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';
import type { CliRun } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const key = openaiLine('exit-codes');

/** One line and a hint on stderr (no stack trace). */
function expectOneLineError(run: CliRun, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(new RegExp(`^leakwarden: ${message.source}\\n(hint: .+\\n)?$`));
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('exit codes: 0 nothing found, 1 findings, 2 usage or operational error', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('clean.txt', 'nothing\n');
    repo.write('leak.txt', `${key.line}\n`);
    repo.commitAll('base');
  });

  it.each([
    ['dir clean', 0, ['dir', 'clean.txt'], ''],
    ['dir with a finding', 1, ['dir'], ''],
    ['staged, nothing staged', 0, ['staged'], ''],
    ['stdin clean', 0, ['stdin'], 'hello\n'],
    ['stdin with a finding', 1, ['stdin'], `${key.line}\n`],
    ['rules', 0, ['rules'], ''],
    ['usage error', 2, ['dir', '--nope'], ''],
    ['missing path', 2, ['dir', 'missing.txt'], ''],
  ] as const)('%s → %i', (_name, code, args, input) => {
    const run = repo.run(args, { input });
    expect(run.code).toBe(code);
    if (code === 2) expect(run.stdout).toBe('');
    else expect(run.stdout).not.toBe('');
  });

  it('staged: 1 for a staged secret, 0 once it is unstaged', () => {
    repo.write('new.txt', `${key.line}\n`);
    repo.add('new.txt');
    expect(repo.run(['staged']).code).toBe(1);
    repo.git('reset', '-q', '--', 'new.txt');
    expect(repo.run(['staged']).code).toBe(0);
    repo.remove('new.txt');
  });

  it('staged fails closed (2) when the index names an object git cannot read', () => {
    const scratch = TempRepo.create();
    scratch.write('a.txt', 'a\n').commitAll('base');
    scratch.git('update-index', '--add', '--cacheinfo', `100644,${'1'.repeat(40)},ghost.txt`);
    const run = scratch.run(['staged']);
    expectOneLineError(run, /.*(object|ghost|cat-file|unable to read).*/);
    expect(run.stdout).toBe('');
  });

  it('dir and staged fail closed (2) when git fails (a corrupt index)', () => {
    const scratch = TempRepo.create();
    scratch.write('a.txt', `${key.line}\n`).commitAll('base');
    scratch.write('.git/index', 'DIRC this is not an index');
    expectOneLineError(scratch.run(['dir']), /git ls-files failed: .+/);
    expectOneLineError(scratch.run(['staged']), /git diff failed: .+/);
  });

  it('staged outside a repository → 2', () => {
    const dir = TempRepo.create({ git: false });
    expectOneLineError(dir.run(['staged']), /not a git repository/);
  });
});

describe('the process ends once its report is out', () => {
  // The CLI ends itself when its verdict is in (src/cli/main.ts), without node's teardown, but never before what it
  // wrote has left its output streams: node writes a full pipe asynchronously, also on Linux (without that check
  // this report was cut at 62 kB). A pipe whose reader starts late, as a shell pipeline makes it.
  it('a report larger than a pipe holds, read late, arrives whole and the exit code is kept', () => {
    const repo = TempRepo.create();
    const lines = Array.from({ length: 400 }, (_, i) => openaiLine(`slow-reader-${i}`).line);
    repo.write('keys.txt', `${lines.join('\n')}\n`);
    const script = '{ "$0" "$1" dir --format json; echo "exit $?" >&2; } | { sleep 0.5; cat; }';
    const run = spawnSync('sh', ['-c', script, process.execPath, CLI], { cwd: repo.dir, env: repo.env, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.stderr).toBe('exit 1\n');
    expect(run.stdout.length).toBeGreaterThan(2 * 65536);
    const report = JSON.parse(run.stdout) as { findings: unknown[] };
    expect(report.findings).toHaveLength(400);
  });
});
