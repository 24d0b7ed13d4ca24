import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDotenvPath } from '../../src/checks/dotenv.ts';
import { openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';
import type { CliRun, JsonFinding } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

describe('isDotenvPath', () => {
  it.each([
    '.env', '.env.local', '.env.production', 'config/.env', 'deploy/prod.env', 'docker-compose.env', '.env.development.local',
  ])('%s is a .env file', (file) => {
    expect(isDotenvPath(file)).toBe(true);
  });

  it.each([
    '.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults', '.env.schema', '.env.vault',
    '.env.local.example', 'example.env', 'config/.env.EXAMPLE', '.envrc', 'env', '.env/bin/activate', 'environment.ts', 'app.env.bak',
  ])('%s is not', (file) => {
    expect(isDotenvPath(file)).toBe(false);
  });
});

const dotenvOnly = (run: CliRun) => run.json!.findings.filter((f) => f.ruleId === 'dotenv-not-gitignored');
const paths = (findings: readonly JsonFinding[]) => findings.map((f) => f.path);

describe('dotenv-not-gitignored in a repository', () => {
  let repo: TempRepo;
  const leaked = openaiLine('dotenv-ignored');

  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('.gitignore', '.env.test\n*.secret.env\n');
    repo.write('.env', 'APP_NAME=demo\n');
    repo.write('config/prod.env', 'APP_NAME=demo\n');
    repo.write('.env.example', 'API_KEY=\n');
    repo.write('forced.secret.env', 'APP_NAME=demo\n');
    repo.add('.gitignore', '.env', 'config/prod.env', '.env.example');
    repo.git('add', '-f', 'forced.secret.env');
    repo.commit('base');
    repo.write('.env.local', 'APP_NAME=demo\n');
    repo.write('.env.test', `${leaked.line}\n`);
    repo.write('app.secret.env', 'APP_NAME=demo\n');
    repo.write('py/.env/pyvenv.cfg', 'home = /usr/bin\n'); // a virtualenv folder named .env: not a .env file
  });
  afterEach(() => {
    repo.git('reset', '-q');
    repo.git('checkout', '-q', '--', '.');
  });

  it('dir reports tracked and untracked-not-ignored .env files, file-level, with a fix', () => {
    const run = repo.run(['dir', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([
      'dotenv-not-gitignored .env:-:-',
      'dotenv-not-gitignored .env.local:-:-',
      'dotenv-not-gitignored config/prod.env:-:-',
      'dotenv-not-gitignored forced.secret.env:-:-',
    ]);
    const byPath = new Map(run.json!.findings.map((f) => [f.path, f]));
    const tracked = byPath.get('.env')!;
    expect(tracked).toMatchObject({
      severity: 'medium',
      line: null,
      column: null,
      endLine: null,
      endColumn: null,
      commit: null,
      message: '.env is tracked by git and not in .gitignore',
      details: { state: 'tracked', ignoredByGitignore: false },
    });
    expect(tracked.fingerprint).toMatch(/^dotenv-not-gitignored:\.env:[0-9a-f]{16}$/);
    expect(tracked.details.fix).toBe("add `.env`, `.env.*` and `!.env.example` to .gitignore, then git rm --cached -- '.env' and commit; rotate what it held");
    expect(byPath.get('config/prod.env')!.details.fix).toContain('`*.env`');
    expect(byPath.get('.env.local')!).toMatchObject({
      message: '.env.local is not ignored by git: the next `git add .` commits it',
      details: { state: 'untracked', fix: 'add `.env`, `.env.*` and `!.env.example` to .gitignore' },
    });
    const forced = byPath.get('forced.secret.env')!;
    expect(forced.message).toBe('forced.secret.env is tracked by git although .gitignore ignores it (added with --force, or before the rule)');
    expect(forced.details).toMatchObject({ state: 'tracked', ignoredByGitignore: true });
    expect(forced.details.fix).toBe("git rm --cached -- 'forced.secret.env' and commit; rotate what it held");
  });

  it('dir shows the finding as a file-level line with its fix in the terminal report', () => {
    const run = repo.run(['dir', 'config']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('config/prod.env\n  file     medium  dotenv-not-gitignored  config/prod.env is tracked by git and not in .gitignore\n');
    expect(run.stdout).toContain("fix: add `*.env` to .gitignore, then git rm --cached -- 'config/prod.env' and commit");
  });

  it('dir --no-gitignore scans ignored .env files but still does not call them unignored', () => {
    const run = repo.run(['dir', '--no-gitignore', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(paths(dotenvOnly(run))).toEqual(['.env', '.env.local', 'config/prod.env', 'forced.secret.env']);
    // The content of the ignored file is scanned, though.
    expect(summarize(run.json)).toContain(`openai-api-key .env.test:1:${leaked.column}`);
    expect(dotenvOnly(run).find((f) => f.path === 'forced.secret.env')!.message).toContain('although .gitignore ignores it');
  });

  it('dir on a subdirectory reports paths from the repository root', () => {
    const run = repo.run(['dir', '.', '-f', 'json'], { cwd: repo.path('config') });
    expect(paths(dotenvOnly(run))).toEqual(['config/prod.env']);
  });

  it('staged reports .env files being added or changed, not untouched or removed ones', () => {
    const untouched = repo.run(['staged', '-f', 'json']);
    expect(untouched.code).toBe(0);

    repo.write('.env', 'APP_NAME=demo2\n');
    repo.add('.env', '.env.local');
    repo.git('add', '-f', 'app.secret.env');
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([
      'dotenv-not-gitignored .env:-:-',
      'dotenv-not-gitignored .env.local:-:-',
      'dotenv-not-gitignored app.secret.env:-:-',
    ]);
    const byPath = new Map(run.json!.findings.map((f) => [f.path, f]));
    expect(byPath.get('.env.local')).toMatchObject({
      message: '.env.local is staged for commit and not ignored',
      details: { state: 'staged', ignoredByGitignore: false, fix: "git restore --staged -- '.env.local' and add `.env`, `.env.*` and `!.env.example` to .gitignore" },
    });
    expect(byPath.get('app.secret.env')).toMatchObject({
      message: 'app.secret.env is staged for commit although .gitignore ignores it (added with --force?)',
      details: { state: 'staged', ignoredByGitignore: true, fix: "git restore --staged -- 'app.secret.env'" },
    });
  });

  it('staged reports a template renamed into a .env file, though a pure rename carries no content', () => {
    repo.git('mv', '.env.example', 'config/.env');
    try {
      const run = repo.run(['staged', '-f', 'json']);
      expect(run.code).toBe(1);
      expect(summarize(run.json)).toEqual(['dotenv-not-gitignored config/.env:-:-']);
    } finally {
      repo.git('mv', 'config/.env', '.env.example');
    }
  });

  it('staged does not report untracking a .env file (the fix itself)', () => {
    repo.git('rm', '-q', '--cached', '.env', 'config/prod.env');
    const run = repo.run(['staged', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
    repo.git('reset', '-q');
  });
});

describe('dotenv-not-gitignored outside git', () => {
  it('does not run', () => {
    const dir = TempRepo.create({ git: false });
    dir.write('.env', 'APP_NAME=demo\n');
    dir.write('config/prod.env', 'APP_NAME=demo\n');
    const run = dir.run(['dir', '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
    expect(run.json!.scan.files).toBe(2);
  });
});
