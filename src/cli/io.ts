import { writeFileSync } from 'node:fs';
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

/** Writes the report where asked. If the file cannot be written, the report goes to stdout instead: nothing is lost. */
export function deliver(report: string, args: Pick<CliArgs, 'output'>, io: CliIo): boolean {
  if (args.output === undefined || args.output === '-') {
    io.stdout.write(report);
    return true;
  }
  try {
    writeFileSync(args.output, report);
    return true;
  } catch (error) {
    io.stdout.write(report);
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

/** Expected failures: one line and a hint. Anything else is a bug: its stack, once. Both exit 2. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof LeakwardenError) {
    io.stderr.write(`leakwarden: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
  } else {
    io.stderr.write(`leakwarden: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  return ExitCode.Error;
}
