/**
 * Every way the README says to install leakwarden, done for real on a scratch clone of this repository's committed
 * HEAD (what users get): the pre-commit framework (try-repo, `install` with `repo:` + `rev:` and a real commit,
 * `install -t pre-push` and a real push), a global install from git, a devDependency from git, and a packed tarball.
 * Each test installs into its own npm prefix and PRE_COMMIT_HOME; dependencies come from the user's npm cache
 * (`prefer-offline`), so a warm cache needs no network. Each checks what a user would see: a staged OpenAI key is
 * blocked and named `openai-api-key`, a clean change passes.
 *
 * A missing tool skips its tests on a developer's machine and fails them under CI=true, where a skip would hide that
 * an install path went untested. pre-commit 3.x runs only when LEAKWARDEN_PRE_COMMIT_3 names its executable.
 *
 * The installs are independent and mostly wait on child processes, so they run concurrently (async spawns).
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo, applyEnv } from '../helpers/temp-repo.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());
const TAG = 'v0.1.0-test';
/** Per test: an install from the cache takes seconds, but a cold cache, a loaded machine or two cores shared by
 * the whole suite can stretch it a lot. */
const TIMEOUT = 300_000;

afterAll(() => TempRepo.cleanupAll());

// ---------------------------------------------------------------------------------------------------------------
// Tools

interface Tool {
  /** Skip the tests that need it: only outside CI, when it is missing or the wrong version. */
  readonly skip: boolean;
  /** Throws the reason it cannot be used (call it first in a test: under CI the test runs and fails with it). */
  readonly require: () => void;
  readonly command: string;
  readonly version: string;
}

/**
 * `command --version`, judged by `versionCheck` (a problem, or undefined when the version will do). Outside CI a
 * missing or wrong tool skips its tests; under CI=true it fails them with a clear error.
 */
function needTool(name: string, versionCheck: (version: string) => string | undefined, command = name): Tool {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const version = `${probe.stdout ?? ''}${probe.stderr ?? ''}`.trim();
  const problem = probe.error
    ? `${name} is not installed (${command}: ${probe.error.message})`
    : probe.status !== 0
      ? `\`${command} --version\` exited ${probe.status}: ${version}`
      : versionCheck(version);
  return {
    skip: problem !== undefined && !IN_CI,
    require: () => {
      if (problem !== undefined) throw new Error(`${problem}${IN_CI ? ' (under CI=true every install path must be tested, so this fails instead of skipping)' : ''}`);
    },
    command,
    version,
  };
}

function majorMinor(version: string): [number, number] {
  const match = /(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

const npm = needTool('npm', (v) => (majorMinor(v)[0] >= 8 ? undefined : `npm ${v} is too old: the install tests need npm 8 or later`));
const preCommit4 = needTool('pre-commit', (v) =>
  majorMinor(v)[0] === 4 ? undefined : `\`pre-commit --version\` says "${v}"; these tests need pre-commit 4.x (python3 -m pip install 'pre-commit>=4,<5')`,
);
/** pre-commit 3.x, where someone has one (LEAKWARDEN_PRE_COMMIT_3=/path/to/pre-commit); skipped otherwise, also in CI. */
const preCommit3Path = process.env.LEAKWARDEN_PRE_COMMIT_3;
const preCommit3: Tool = preCommit3Path
  ? (() => {
      const tool = needTool(
        'pre-commit 3.x',
        (v) => {
          const [major, minor] = majorMinor(v);
          // The hooks use the stage names of 3.2 (minimum_pre_commit_version: 3.2.0).
          return major === 3 && minor >= 2 ? undefined : `LEAKWARDEN_PRE_COMMIT_3 runs "${v}"; it must be pre-commit 3.2 to 3.x`;
        },
        preCommit3Path,
      );
      // Asked for by name: a wrong one fails, in CI or not.
      return { ...tool, skip: false };
    })()
  : { skip: true, require: () => {}, command: '', version: '' };

// ---------------------------------------------------------------------------------------------------------------
// Processes

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout then stderr, with the command line: the message of a failed expectation. */
  readonly output: string;
}

/** Runs a command (argv, no shell) without blocking the event loop, so that concurrent tests overlap. */
function run(command: string, args: readonly string[], options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv }): Promise<Ran> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout ends npm's or pre-commit's children too.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, TIMEOUT - 10_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const note = timedOut ? '\n(killed: it ran out of time)' : '';
      resolve({ status, stdout, stderr, output: `$ ${command} ${args.join(' ')}\n${stdout}${stderr}${note}` });
    });
  });
}

/** The environment of a user's shell in a test: no npm_* variables from `npm test` (npm reads them as config). */
function userEnv(repo: TempRepo): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(repo.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  return applyEnv(env, {
    npm_config_prefix: path.join(repo.base, 'npm-prefix'),
    PRE_COMMIT_HOME: path.join(repo.base, 'pre-commit-home'),
    // The user's cache, trusted as it is: no network when it holds every dependency, the registry otherwise.
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
}

/** A user's repository with one commit, and the environment its commands run in. */
function userRepo(): { repo: TempRepo; env: NodeJS.ProcessEnv; bin: string } {
  const repo = TempRepo.create();
  repo.write('README.md', '# demo\n');
  repo.commitAll('first');
  return { repo, env: userEnv(repo), bin: path.join(repo.base, 'npm-prefix', 'bin') };
}

/** Stages a file holding an OpenAI key; returns the key. */
function stageKey(repo: TempRepo, seed: string, file = 'app.js'): string {
  const key = openaiKey(seed);
  repo.write(file, `const OPENAI_API_KEY = "${key}";\n`);
  repo.add(file);
  return key;
}

/** Replaces the staged key with a clean line. */
function stageClean(repo: TempRepo, file = 'app.js'): void {
  repo.write(file, 'const OPENAI_API_KEY = process.env.OPENAI_API_KEY;\n');
  repo.add(file);
}

function expectBlocked(ran: Ran, key: string): void {
  expect(ran.status, ran.output).toBe(1);
  expect(ran.output).toContain('openai-api-key');
  expect(ran.output).not.toContain(key);
}

/** `leakwarden staged` (through `argv`) exits 1 naming the staged key, then 0 once the change is clean. */
async function expectStagedScan(repo: TempRepo, env: NodeJS.ProcessEnv, argv: readonly [string, ...string[]], seed: string): Promise<void> {
  const [command, ...args] = argv;
  const key = stageKey(repo, seed);
  expectBlocked(await run(command, [...args, 'staged'], { cwd: repo.dir, env }), key);
  stageClean(repo);
  const clean = await run(command, [...args, 'staged'], { cwd: repo.dir, env });
  expect(clean.status, clean.output).toBe(0);
}

/**
 * The CLI's parts (dist/leakwarden-audit.cjs, dist/leakwarden-verify.cjs: scripts/build.mjs CLI_PARTS) are files the
 * hooks never load: `audit` with a list file that does not exist loads its part and stops there, so a package
 * without it fails here with MODULE_NOT_FOUND instead of the audit's own message.
 */
async function expectAuditPart(repo: TempRepo, env: NodeJS.ProcessEnv, argv: readonly [string, ...string[]]): Promise<void> {
  const [command, ...args] = argv;
  const ran = await run(command, [...args, 'audit', '--repos-file', path.join(repo.base, 'no-such-list.txt')], { cwd: repo.dir, env });
  expect(ran.status, ran.output).toBe(2);
  expect(ran.stderr, ran.output).toMatch(/^leakwarden: cannot read --repos-file .*no-such-list\.txt/);
}

// ---------------------------------------------------------------------------------------------------------------
// The repository users get

let clone = '';
let cloneUrl = '';

beforeAll(() => {
  // The committed state of this repository, tagged as a release would be (pre-commit's `rev:`, npm's `#tag`).
  const holder = TempRepo.create({ git: false });
  clone = path.join(holder.base, 'leakwarden');
  holder.gitWith({ cwd: holder.base }, 'clone', '-q', ROOT, clone);
  holder.gitWith({ cwd: clone }, 'tag', TAG);
  cloneUrl = `file://${clone}`;
});

/** `npm pack` of the clone, made once for the tests that install the tarball. */
let packed: Promise<string> | undefined;
function tarball(): Promise<string> {
  packed ??= (async () => {
    const { repo, env } = userRepo();
    const ran = await run('npm', ['pack', '--pack-destination', repo.base], { cwd: clone, env });
    expect(ran.status, ran.output).toBe(0);
    const name = ran.stdout.trim().split('\n').pop()!;
    expect(name, ran.output).toMatch(/^leakwarden-[\d.]+\.tgz$/);
    return path.join(repo.base, name);
  })();
  return packed;
}

/** What the tests ran with `npx --package`: npx keeps each in the cache's _npx, where a temp path is of no further use. */
const npxSpecs = new Set<string>();
afterAll(() => {
  if (npxSpecs.size === 0) return;
  const cache = spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout?.trim();
  if (!cache) return;
  const npxDir = path.join(cache, '_npx');
  let entries: string[] = [];
  try {
    entries = readdirSync(npxDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(npxDir, entry, 'package.json'), 'utf8')) as { _npx?: { packages?: unknown } };
      const packages = manifest._npx?.packages;
      if (Array.isArray(packages) && packages.some((spec) => npxSpecs.has(String(spec)))) rmSync(path.join(npxDir, entry), { recursive: true, force: true });
    } catch {
      // not one of ours
    }
  }
});

/** `npx --yes --package SPEC leakwarden`, as argv. */
function npxPackage(spec: string): [string, ...string[]] {
  npxSpecs.add(spec);
  return ['npx', '--yes', '--package', spec, 'leakwarden'];
}

// ---------------------------------------------------------------------------------------------------------------
// The pre-commit framework

function preCommitTests(label: string, tool: Tool): void {
  describe.skipIf(tool.skip)(label, () => {
    const preCommit = tool.command;

    it('`pre-commit try-repo <clone> leakwarden` blocks a staged key and passes a clean change', { timeout: TIMEOUT }, async () => {
      tool.require();
      const { repo, env } = userRepo();
      const key = stageKey(repo, `try-repo ${label}`);
      const blocked = await run(preCommit, ['try-repo', clone, 'leakwarden'], { cwd: repo.dir, env });
      expectBlocked(blocked, key);
      expect(blocked.output).toContain('git commit --no-verify');
      stageClean(repo);
      const clean = await run(preCommit, ['try-repo', clone, 'leakwarden'], { cwd: repo.dir, env });
      expect(clean.status, clean.output).toBe(0);
    });

    it('`pre-commit install` from `repo:` + `rev:`: a real `git commit` of a key is blocked, a clean one is made', { timeout: TIMEOUT }, async () => {
      tool.require();
      const { repo, env } = userRepo();
      repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${cloneUrl}\n    rev: ${TAG}\n    hooks:\n      - id: leakwarden\n`);
      repo.commitAll('use leakwarden');
      const installed = await run(preCommit, ['install'], { cwd: repo.dir, env });
      expect(installed.status, installed.output).toBe(0);

      const key = stageKey(repo, `install ${label}`);
      expectBlocked(await run('git', ['commit', '-q', '-m', 'add a key'], { cwd: repo.dir, env }), key);
      expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('2');

      stageClean(repo);
      const clean = await run('git', ['commit', '-q', '-m', 'read the key from the environment'], { cwd: repo.dir, env });
      expect(clean.status, clean.output).toBe(0);
      expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('3');
    });

    it('`pre-commit install -t pre-push`: a real `git push` of a key a later commit removed is blocked, naming the commit that added it', { timeout: TIMEOUT }, async () => {
      tool.require();
      const { repo, env } = userRepo();
      repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${cloneUrl}\n    rev: ${TAG}\n    hooks:\n      - id: leakwarden-pre-push\n`);
      repo.commitAll('use leakwarden');
      const remote = path.join(repo.base, 'remote.git');
      repo.git('init', '-q', '--bare', remote);
      repo.git('remote', 'add', 'origin', `file://${remote}`);
      repo.git('push', '-q', 'origin', 'main');
      const installed = await run(preCommit, ['install', '-t', 'pre-push'], { cwd: repo.dir, env });
      expect(installed.status, installed.output).toBe(0);

      repo.git('checkout', '-q', '-b', 'feature');
      const key = openaiKey(`pre-push ${label}`);
      repo.write('config.py', `OPENAI_API_KEY = "${key}"\n`);
      const added = repo.commitAll('add a key');
      repo.write('config.py', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
      repo.commitAll('remove it');
      const blocked = await run('git', ['push', 'origin', 'feature'], { cwd: repo.dir, env });
      expectBlocked(blocked, key);
      expect(blocked.output).toContain(added.slice(0, 12));
      expect(repo.git('ls-remote', 'origin', 'feature').trim()).toBe('');

      repo.git('checkout', '-q', '-b', 'clean', 'main');
      repo.write('notes.txt', 'nothing secret\n');
      repo.commitAll('clean');
      const clean = await run('git', ['push', 'origin', 'clean'], { cwd: repo.dir, env });
      expect(clean.status, clean.output).toBe(0);
    });
  });
}

function npmTests(): void {
  describe.skipIf(npm.skip)('npm', () => {
    it('`npm install -g git+file://<clone>#<tag>`: the installed `leakwarden staged` blocks a staged key', { timeout: TIMEOUT }, async () => {
      npm.require();
      const { repo, env, bin } = userRepo();
      const installed = await run('npm', ['install', '-g', `git+${cloneUrl}#${TAG}`], { cwd: repo.base, env });
      expect(installed.status, installed.output).toBe(0);
      const where = path.join(repo.base, 'npm-prefix', 'lib', 'node_modules', 'leakwarden');
      expect(
        lstatSync(where).isSymbolicLink(),
        `npm installed leakwarden as a link (to ${lstatSync(where).isSymbolicLink() ? readlinkSync(where) : ''}), not a copy: a package.json script ` +
          'named build, prepare, prepack, preinstall, install or postinstall makes npm "prepare" a git dependency (npm install in a ' +
          'temporary clone), which under -g links that clone, and npm then deletes it (npm/cli#4148)',
      ).toBe(false);
      await expectStagedScan(repo, env, [path.join(bin, 'leakwarden')], 'npm -g git');
      await expectAuditPart(repo, env, [path.join(bin, 'leakwarden')]);
    });

    it('`npm install --save-dev git+file://<clone>#<tag>`, then `npx leakwarden staged` in that project', { timeout: TIMEOUT }, async () => {
      npm.require();
      const { repo, env } = userRepo();
      repo.write('package.json', '{ "name": "demo", "version": "1.0.0", "private": true }\n');
      const installed = await run('npm', ['install', '--save-dev', `git+${cloneUrl}#${TAG}`], { cwd: repo.dir, env });
      expect(installed.status, installed.output).toBe(0);
      expect(JSON.parse(repo.read('package.json')).devDependencies.leakwarden).toBe(`git+${cloneUrl}#${TAG}`);
      await expectStagedScan(repo, env, ['npx', 'leakwarden'], 'npm save-dev git');
    });

    it('`npx --yes --package git+file://<clone>#<tag> leakwarden staged` (run once, nothing installed)', { timeout: TIMEOUT }, async () => {
      npm.require();
      const { repo, env } = userRepo();
      await expectStagedScan(repo, env, npxPackage(`git+${cloneUrl}#${TAG}`), 'npx git');
    });

    it('`npm pack`, then `npm install -g <tarball>`: the installed `leakwarden staged` blocks a staged key', { timeout: TIMEOUT }, async () => {
      npm.require();
      const file = await tarball();
      const { repo, env, bin } = userRepo();
      const installed = await run('npm', ['install', '-g', file], { cwd: repo.base, env });
      expect(installed.status, installed.output).toBe(0);
      await expectStagedScan(repo, env, [path.join(bin, 'leakwarden')], 'npm -g tarball');
      await expectAuditPart(repo, env, [path.join(bin, 'leakwarden')]);
    });

    it('`npm pack`, then `npx --yes --package <tarball> leakwarden staged`', { timeout: TIMEOUT }, async () => {
      npm.require();
      const file = await tarball();
      const { repo, env } = userRepo();
      await expectStagedScan(repo, env, npxPackage(file), 'npx tarball');
    });
  });
}

// One concurrent suite: vitest runs sibling suites one after the other, and a concurrent suite's nested suites together.
describe.concurrent('installing leakwarden', () => {
  preCommitTests('the pre-commit framework 4.x', preCommit4);
  preCommitTests('the pre-commit framework 3.x (LEAKWARDEN_PRE_COMMIT_3)', preCommit3);
  npmTests();
});
