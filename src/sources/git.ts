import type { ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { GitError } from '../errors.ts';
import { spawnGit } from './git-spawn.ts';
import type { ReadAhead } from './read-ahead.ts';
import { readAhead } from './read-ahead.ts';

export interface GitOptions {
  readonly cwd: string;
  /**
   * This call may reach a remote (the Action's own fetches, an audit's clones): https, http, ssh, git and file
   * transports are allowed for it. Never `ext::` or `fd::`, which run commands; every other call has no transport.
   */
  readonly network?: boolean;
  /** Written to git's stdin, then stdin is closed. `pipe`: stdin stays open for the caller to write (`gitPipe`). */
  readonly input?: string | Buffer | 'pipe';
  /** Exit codes that are not failures (e.g. 1 for `check-ignore` when nothing is ignored). */
  readonly okExitCodes?: readonly number[];
  /** Variables set on top of the inherited environment (never instead of it: GIT_INDEX_FILE must pass through). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface GitOutput {
  readonly stdout: Buffer;
  readonly exitCode: number;
  /** What git wrote to stderr; on success these are warnings worth reading (e.g. a directory it could not open). */
  readonly stderr: string;
}

export { gitArgv } from './git-spawn.ts';

/** A started git process: its stdout, and its end (exit code, stderr, or the error that kept it from starting). */
interface Started {
  readonly stdin: Writable | null;
  readonly stdout: Readable;
  readonly ended: Promise<{ readonly code: number; readonly stderr: string; readonly spawnFailure?: NodeJS.ErrnoException }>;
  stop(): void;
}

/** The one place git is spawned (git-spawn.ts: argv array, inherited environment plus `env`), stdin written and closed. */
function start(args: readonly string[], options: GitOptions): Started {
  const child = spawnGit(args, {
    cwd: options.cwd,
    stdin: options.input !== undefined,
    network: options.network === true,
    ...(options.env ? { env: options.env } : {}),
  });
  return watch(child, options.input);
}

/** Collects a spawned git's stderr and end; writes `input` to its stdin (then closes it) unless that is 'pipe'. */
function watch(child: ChildProcess, input: GitOptions['input']): Started {
  const err: Buffer[] = [];
  child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
  let spawnFailure: NodeJS.ErrnoException | undefined;
  child.on('error', (error: NodeJS.ErrnoException) => (spawnFailure = error));
  const ended = new Promise<{ code: number; stderr: string; spawnFailure?: NodeJS.ErrnoException }>((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? -1, stderr: Buffer.concat(err).toString('utf8').trim(), ...(spawnFailure ? { spawnFailure } : {}) })),
  );
  if (input !== undefined && child.stdin) {
    child.stdin.on('error', () => {}); // git may exit before reading all input; its exit code tells the story
    if (input !== 'pipe') child.stdin.end(input);
  }
  return {
    stdin: child.stdin,
    stdout: child.stdout!,
    ended,
    stop() {
      if (child.exitCode === null) child.kill();
    },
  };
}

/** Runs git to completion and returns its stdout; any failure (spawn error, unexpected exit code) is a GitError. */
export async function git(args: readonly string[], options: GitOptions): Promise<GitOutput> {
  const child = start(args, options);
  const out: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  const { code, stderr, spawnFailure } = await child.ended;
  if (spawnFailure) throw spawnError(args, spawnFailure, options.cwd);
  if (code !== 0 && !options.okExitCodes?.includes(code)) throw failure(args, code, stderr);
  return { stdout: Buffer.concat(out), exitCode: code, stderr };
}

/** A git process whose standard output is read as a stream (large outputs never sit in memory whole). */
export interface GitStream {
  readonly stdout: ReadAhead;
  /** Settles once git has exited: rejects with a GitError for a spawn failure or a non-zero exit. */
  finished(): Promise<void>;
  /** Stops git if it is still running (a reader that gives up early). */
  stop(): void;
}

export function streamGit(args: readonly string[], options: { readonly cwd: string; readonly input?: string }): GitStream {
  return stream(args, options, start(args, options));
}

/**
 * A git that was started (by git-spawn.ts's spawnGit, with `args`, no stdin) before this module was loaded, read as
 * streamGit would read it. It must be adopted before the event loop turns: its 'error' or 'close' could come then.
 */
export function adoptGitStream(args: readonly string[], options: { readonly cwd: string }, child: ChildProcess): GitStream {
  return stream(args, options, watch(child, undefined));
}

/** A streamed git process whose stdin the caller writes as it goes (`cat-file --batch` fed while oids are found). */
export interface GitPipe extends GitStream {
  readonly stdin: Writable;
}

export function gitPipe(args: readonly string[], options: { readonly cwd: string }): GitPipe {
  const child = start(args, { ...options, input: 'pipe' });
  return { ...stream(args, options, child), stdin: child.stdin! };
}

function stream(args: readonly string[], options: { readonly cwd: string }, child: Started): GitStream {
  return {
    stdout: readAhead(child.stdout),
    async finished() {
      const { code, stderr, spawnFailure } = await child.ended;
      if (spawnFailure) throw spawnError(args, spawnFailure, options.cwd);
      if (code !== 0) throw failure(args, code, stderr);
    },
    stop: child.stop,
  };
}

/** Why git could not be started: no git, or a working directory that is missing or closed to us. */
export function spawnError(args: readonly string[], error: NodeJS.ErrnoException, cwd: string): GitError {
  try {
    accessSync(cwd, constants.X_OK);
  } catch (access) {
    const code = (access as NodeJS.ErrnoException).code;
    return new GitError(
      code === 'ENOENT' ? `no such directory: ${cwd}` : `cannot enter ${cwd}: permission denied`,
      args, null, '', code === 'ENOENT' ? 'check the path' : 'check the permissions on that directory, or scan a path you can read',
    );
  }
  if (error.code === 'ENOENT') {
    return new GitError('git is not installed or not on PATH', args, null, '', 'install git (https://git-scm.com) and try again');
  }
  return new GitError(`could not run git: ${error.message}`, args, null, '');
}

export function failure(args: readonly string[], exitCode: number, stderr: string): GitError {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  // What failed, not the advice or warnings git printed on the way.
  const firstLine = lines.find((line) => /^(fatal|error): /.test(line)) ?? lines.find((line) => !/^(hint|warning): /.test(line)) ?? lines[0] ?? `exit code ${exitCode}`;
  return new GitError(`git ${subcommand(args)} failed: ${firstLine.replace(/^(fatal|error): /, '')}`, args, exitCode, stderr);
}

/** The git command a call runs (`diff`, `log`), past its leading `-c NAME=VALUE` settings and other options. */
function subcommand(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c' || args[i] === '-C') i++;
    else if (!args[i]!.startsWith('-')) return args[i]!;
  }
  return '';
}

/** Splits NUL-terminated output (`-z`) into its fields, dropping the empty tail. */
export function splitNul(output: Buffer): string[] {
  const text = output.toString('utf8');
  if (text === '') return [];
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * The repository's top level for a directory, or null when the directory is not inside a work tree.
 * Any other git failure (dubious ownership, git missing) is thrown: it must not be mistaken for "not a repo".
 */
export async function findWorkTreeRoot(cwd: string): Promise<string | null> {
  try {
    const { stdout } = await git(['rev-parse', '--show-toplevel'], { cwd });
    const root = stdout.toString('utf8').trim();
    return root === '' ? null : root;
  } catch (error) {
    if (error instanceof GitError && /not a git repository|not a work tree|must be run in a work tree/i.test(error.stderr)) return null;
    throw error;
  }
}

/** Whether `rev` names a commit present in the repository (never fetched: a scan does not touch the network). */
export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  return (await git(['cat-file', '-e', `${rev}^{commit}`], { cwd, okExitCodes: [1, 128] })).exitCode === 0;
}

/** Whether the repository is a shallow clone. */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(['rev-parse', '--is-shallow-repository'], { cwd })).stdout.toString('utf8').trim() === 'true';
}

/**
 * The variables that tie git to one repository (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, GIT_OBJECT_DIRECTORY…), as
 * git itself lists them (`rev-parse --local-env-vars`), less the GIT_CONFIG ones: those carry settings a user means
 * for every repository (a proxy, a CA), not a repository.
 */
export async function repositoryVariables(): Promise<string[]> {
  const out = await git(['rev-parse', '--local-env-vars'], { cwd: tmpdir() });
  return out.stdout.toString('utf8').split('\n').filter((name) => name !== '' && !name.startsWith('GIT_CONFIG'));
}
