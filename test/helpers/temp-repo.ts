/**
 * Real git repositories in temporary directories, and the built CLI run as a child process against them.
 *
 * Git is isolated from the developer's set-up: a global config file the test controls (GIT_CONFIG_GLOBAL), no
 * system config, no XDG config (so no global excludes file), fixed author and committer, no prompts, a ceiling at
 * the temp directory (so "outside git" really is), and no inherited GIT_* variable (a suite run from a git hook
 * must not scan the hook's index). The CLI inherits the same environment, so its own git calls are isolated too.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonReport } from '../../src/report/json.ts';

/** The committed CLI (package.json `bin`; `npm run bundle` writes it, test/build/bundles.test.ts checks it is current). */
export const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

/** Values to set; `undefined` removes the variable. */
export type EnvPatch = Readonly<Record<string, string | undefined>>;

export interface RunOptions {
  /** Written to the CLI's standard input (closed either way). */
  readonly input?: string | Buffer;
  readonly env?: EnvPatch;
  /** Default: the repository's work tree. */
  readonly cwd?: string;
  /** A command (argv) that runs node, e.g. to drop privileges: `['setpriv', …, '--']`. */
  readonly wrapper?: readonly string[];
  /** The script node runs; default the built entry point (CLI). */
  readonly entry?: string;
  /** How long the child may run before it is killed (default 20 s; a scan of hundreds of MB wants more). */
  readonly timeoutMs?: number;
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed, when it is a JSON report. */
  readonly json: JsonReport | undefined;
}

/** The JSON report contract (version 1), as src/report/json.ts declares it. */
export type { JsonFinding, JsonReport } from '../../src/report/json.ts';

const TEMP_ROOT = realpathSync(os.tmpdir());
const SUITE_CACHE = path.join(TEMP_ROOT, 'leakwarden-test-cache');
const created = new Set<TempRepo>();

/** The environment every child (git and the CLI) gets: inherited, minus what would leak the developer's set-up. */
function isolatedEnv(base: string, globalConfig: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('GIT_')) continue;
    // Faster node start, and nothing preloaded into the CLI under test.
    if (key === 'NODE_OPTIONS' || key === 'NODE_EXTRA_CA_CERTS') continue;
    env[key] = value;
  }
  return {
    ...env,
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.test',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.test',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CEILING_DIRECTORIES: TEMP_ROOT,
    XDG_CONFIG_HOME: path.join(base, 'xdg'),
    // The CLI's caches (code cache, parsed rules), shared by the suite as by a user's runs; never the developer's own.
    LEAKWARDEN_CACHE_DIR: SUITE_CACHE,
  };
}

export function applyEnv(env: NodeJS.ProcessEnv, patch: EnvPatch | undefined): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

export class TempRepo {
  /** Removes every directory created so far; call it from afterAll. */
  static cleanupAll(): void {
    for (const repo of created) repo.cleanup();
  }

  /** A temporary work tree: a fresh repository on `main` (default), or a plain directory with `git: false`. */
  static create(options: { readonly git?: boolean } = {}): TempRepo {
    const repo = new TempRepo(realpathSync(mkdtempSync(path.join(TEMP_ROOT, 'leakwarden-test-'))));
    if (options.git !== false) repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  /** The work tree. */
  readonly dir: string;
  /** The global git config file (GIT_CONFIG_GLOBAL) of this repository's tests; empty at first. */
  readonly globalConfig: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(readonly base: string) {
    this.dir = path.join(base, 'work');
    this.globalConfig = path.join(base, 'gitconfig');
    mkdirSync(this.dir);
    mkdirSync(path.join(base, 'xdg'));
    writeFileSync(this.globalConfig, '');
    this.env = isolatedEnv(base, this.globalConfig);
    created.add(this);
  }

  path(rel: string): string {
    return path.join(this.dir, rel);
  }

  write(rel: string, content: string | Buffer): this {
    const file = this.path(rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return this;
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  remove(rel: string): this {
    rmSync(this.path(rel), { recursive: true, force: true });
    return this;
  }

  /** Runs git in the work tree (argv, no shell) and returns its stdout; a failure throws with git's stderr. */
  git(...args: string[]): string {
    return this.gitWith({}, ...args);
  }

  gitWith(options: { readonly env?: EnvPatch; readonly cwd?: string }, ...args: string[]): string {
    const result = spawnSync('git', args, { cwd: options.cwd ?? this.dir, env: applyEnv(this.env, options.env), encoding: 'utf8' });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} exited ${result.status}:\n${result.stderr}${result.stdout}`);
    return result.stdout;
  }

  /** Runs git without throwing: for commands whose failure is the point (a hook that blocks a commit). */
  tryGit(options: { readonly env?: EnvPatch; readonly cwd?: string }, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync('git', args, { cwd: options.cwd ?? this.dir, env: applyEnv(this.env, options.env), encoding: 'utf8' });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** Resets index and work tree to HEAD and removes untracked and ignored files. */
  resetHard(): this {
    this.git('reset', '-q', '--hard', 'HEAD');
    this.git('clean', '-fdxq');
    return this;
  }

  add(...paths: string[]): this {
    this.git('add', '--', ...(paths.length > 0 ? paths : ['.']));
    return this;
  }

  /** Commits what is staged (allowing an empty commit) and returns the new commit's id. */
  commit(message = 'commit'): string {
    this.git('commit', '-q', '--allow-empty', '--no-verify', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** `git add -A` then commit. */
  commitAll(message = 'commit'): string {
    this.git('add', '-A');
    return this.commit(message);
  }

  /** Runs the built CLI with `args` in the work tree (or `options.cwd`). */
  run(args: readonly string[], options: RunOptions = {}): CliRun {
    return runNode([options.entry ?? CLI, ...args], { ...options, cwd: options.cwd ?? this.dir }, this.env);
  }

  /** Runs node with `argv` in this repository's isolated environment; for scripts other than the CLI. */
  runNode(argv: readonly string[], options: RunOptions = {}): CliRun {
    return runNode(argv, { ...options, cwd: options.cwd ?? this.dir }, this.env);
  }

  cleanup(): void {
    // A test may leave a file or directory without permissions behind.
    try {
      chmodSync(this.dir, 0o755);
    } catch {
      // already gone
    }
    rmSync(this.base, { recursive: true, force: true });
    created.delete(this);
  }
}

function runNode(argv: readonly string[], options: RunOptions, env: NodeJS.ProcessEnv): CliRun {
  const [command, ...args] = [...(options.wrapper ?? []), process.execPath, ...argv] as [string, ...string[]];
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: applyEnv(env, options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 20_000,
  });
  if (result.error) throw result.error;
  if (result.status !== 0 && result.stderr.includes('MODULE_NOT_FOUND') && result.stderr.includes(path.dirname(CLI))) {
    throw new Error(`the built CLI is missing or incomplete (${CLI}): run \`npm run bundle\` (npm test builds first)\n${result.stderr}`);
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: parseReport(result.stdout) };
}

function parseReport(stdout: string): JsonReport | undefined {
  if (!stdout.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(stdout) as JsonReport;
  } catch {
    return undefined;
  }
}

/** `"ruleId path:line:column"` per finding, for compact assertions. */
export function summarize(report: JsonReport | undefined): string[] {
  if (!report) throw new Error('expected a JSON report on stdout');
  return report.findings.map((f) => `${f.ruleId} ${f.path}:${f.line ?? '-'}:${f.column ?? '-'}`);
}

/** True when the text holds an ANSI escape sequence. */
export function hasAnsi(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\u001b\[/.test(text);
}

/** A repository with a bare file:// remote (`origin`) it has pushed main to, for push and pre-push tests. */
export function withRemote(): { repo: TempRepo; remote: string } {
  const repo = TempRepo.create();
  const remote = path.join(repo.base, 'remote.git');
  repo.git('init', '-q', '--bare', remote);
  repo.git('remote', 'add', 'origin', `file://${remote}`);
  repo.write('README.md', '# demo\n');
  repo.commitAll('first');
  repo.git('push', '-q', 'origin', 'main');
  return { repo, remote };
}
