import { writePieces } from '../report/reporter.ts';
import type { Readable } from 'node:stream';
import type { CliArgs } from '../config/options.ts';
import { LeakwardenError } from '../errors.ts';
import type { OptionValues } from '../scan-options.ts';
import { ExitCode } from '../types.ts';
import type { Verdict } from '../verdict.ts';
import { verifySettings } from '../verify/settings.ts';

/** Everything the CLI touches of its process, so that tests can run it in-process too. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** A function, because touching process.stdin builds a stream (and loads fs streams) that only some commands need. */
  readonly stdin: () => Readable;
  readonly stdinIsTTY?: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  /** A progress line is drawn on stderr only when it is a terminal. */
  readonly stderrIsTTY?: boolean;
}

/**
 * The scan options the command line gave (the config file fills in the rest: scan-options.ts `withConfig`), and for
 * `--verify` the environment's (OP_CONNECT_HOST, LEAKWARDEN_OPENAI_BASE_URL).
 */
export function optionValues(args: CliArgs, env: NodeJS.ProcessEnv): OptionValues {
  const { maxFileSize, gitignore, strictIgnores, redact, config, baseline, given } = args;
  const verify = verifySettings({ verify: args.verify, onlyVerified: args.onlyVerified, timeoutMs: args.verifyTimeoutMs, connectHost: args.connectHost }, env);
  return { maxFileSize, gitignore, strictIgnores, redact, config, baseline, given, verify };
}

export function warner(io: CliIo): (message: string) => void {
  return (message) => io.stderr.write(`leakwarden: warning: ${message}\n`);
}

/** The verdict's exit code, after saying on stderr what was not scanned when the scan was incomplete. */
export function conclude(verdict: Verdict, io: CliIo): number {
  if (verdict.incomplete) io.stderr.write(`leakwarden: ${verdict.incomplete.line}\nhint: ${verdict.incomplete.hint}\n`);
  return verdict.exitCode;
}

/**
 * Writes the report where asked. If the file cannot be written, the report goes to stdout instead: nothing is lost.
 * A large report comes as a function that gives its pieces (Reporter.chunks), written one at a time, each time asked.
 */
export function deliver(report: string | (() => Iterable<string>), args: Pick<CliArgs, 'output'>, io: CliIo): boolean {
  const pieces = typeof report === 'string' ? () => [report] : report;
  const print = () => {
    for (const piece of pieces()) io.stdout.write(piece);
  };
  if (args.output === undefined || args.output === '-') {
    print();
    return true;
  }
  try {
    writePieces(args.output, pieces());
    return true;
  } catch (error) {
    print();
    io.stderr.write(`leakwarden: cannot write the report to ${args.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\nhint: check the directory exists and is writable; the report was printed above instead\n`);
    return false;
  }
}

/** Explicit --color/--no-color wins, then NO_COLOR, then FORCE_COLOR, then: colour only on a terminal. */
export function useColor(args: Pick<CliArgs, 'color' | 'output'>, io: CliIo): boolean {
  if (args.color !== undefined) return args.color;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return args.output === undefined && io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

const SYSTEM_HINTS: Readonly<Record<string, string>> = {
  EACCES: 'check the permissions of that path (or run as a user who may write there)',
  EPERM: 'check the permissions of that path (or run as a user who may write there)',
  EROFS: 'that file system is read-only',
  ENOSPC: 'free some disk space and run it again',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of that path is a file, not a directory',
  EISDIR: 'that path is a directory',
  ENOENT: 'check that the path exists',
  EMFILE: 'too many open files: raise the limit (ulimit -n) or scan fewer paths at once',
};

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | null;
  return e instanceof Error && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) && typeof e.syscall === 'string';
}

/** Expected failures: one line and a hint. Anything else is a bug: its stack, once. Both exit 2. */
export function reportError(error: unknown, io: CliIo): number {
  const missing = (error as NodeJS.ErrnoException | null)?.code === 'MODULE_NOT_FOUND' ? /Cannot find (?:module|package) '([^']+)'/.exec((error as Error).message)?.[1] : undefined;
  if (error instanceof LeakwardenError) {
    io.stderr.write(`leakwarden: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
  } else if (isSystemError(error)) {
    // A file operation the run could not do (a read-only hooks directory, a full disk): what, where, and what to do.
    const what = `${error.syscall ?? 'access'}${error.path ? ` ${error.path}` : ''}`;
    io.stderr.write(`leakwarden: cannot ${what}: ${error.code}\nhint: ${SYSTEM_HINTS[error.code!] ?? 'check the path and its permissions'}\n`);
  } else if (missing !== undefined && !missing.startsWith('.') && !missing.startsWith('/')) {
    io.stderr.write(`leakwarden: a package leakwarden needs is not installed: ${missing}\nhint: install leakwarden with npm (its dependencies come with it), or run \`npm ci --omit=dev\` in its directory\n`);
  } else {
    io.stderr.write(`leakwarden: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  return ExitCode.Error;
}
