import { writeFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { CliArgs } from '../config/options.ts';
import { LeakwardenError } from '../errors.ts';
import { reporters } from '../report/index.ts';
import { scan } from '../scan.ts';
import { ExitCode } from '../types.ts';
import type { ScanResult } from '../types.ts';
import { toolVersion } from '../version.ts';
import { fastParse } from './fast-parse.ts';
import type { HistoryProgress } from '../history/scan-history.ts';
import { ProgressLine } from './progress.ts';

/** Everything the CLI touches of its process, so that tests can run it in-process too. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** A function, because touching process.stdin builds a stream (and loads fs streams) that only `stdin` needs. */
  readonly stdin: () => Readable;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  /** A progress line is drawn on stderr only when it is a terminal. */
  readonly stderrIsTTY?: boolean;
}

/** Runs one command line and returns the exit code: 0 nothing found, 1 findings, 2 usage or operational error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let args = fastParse(argv);
    if (args === null) {
      const { parseWithYargs } = await import('./yargs-parse.ts');
      const outcome = await parseWithYargs(argv);
      if ('exitCode' in outcome) {
        io.stdout.write(outcome.output.endsWith('\n') ? outcome.output : `${outcome.output}\n`);
        return outcome.exitCode;
      }
      args = outcome.args;
    }
    return await execute(args, io);
  } catch (error) {
    return reportError(error, io);
  }
}

async function execute(args: CliArgs, io: CliIo): Promise<number> {
  const color = useColor(args, io);
  if (args.command === 'rules') {
    const { formatRules } = await import('./rules-command.ts');
    return (await deliver(await formatRules(args.format, color), args, io)) ? ExitCode.Clean : ExitCode.Error;
  }
  if (args.command === 'install' || args.command === 'uninstall') {
    const { installHooks, uninstallHooks } = await import('../hooks/install.ts');
    const done = args.command === 'install' ? await installHooks(io.cwd, args, cliPath()) : await uninstallHooks(io.cwd, args);
    io.stdout.write(done.length > 0 ? `${done.map((line) => `leakwarden: ${line}`).join('\n')}\n` : 'leakwarden: no hook of leakwarden\'s to remove\n');
    return ExitCode.Clean;
  }
  if (args.command === 'pre-push') {
    const { prePush } = await import('../hooks/pre-push.ts');
    const outcome = await prePush({
      cwd: io.cwd,
      remote: args.remote,
      input: io.stdin(),
      maxFileSize: args.maxFileSize,
      redact: args.redact,
      color,
      settings: { config: args.config, baseline: args.baseline, given: args.given },
      warn: (message) => io.stderr.write(`leakwarden: warning: ${message}\n`),
    });
    io.stderr.write(outcome.text);
    return outcome.blocked ? ExitCode.Findings : ExitCode.Clean;
  }
  if (args.command === 'ignore') {
    const { addIgnoreEntry } = await import('./ignore-command.ts');
    io.stdout.write(`leakwarden: ${await addIgnoreEntry(io.cwd, args)}\n`);
    return ExitCode.Clean;
  }
  const mode = args.command === 'baseline' ? args.baselineOf : args.command;
  const warn = (message: string) => io.stderr.write(`leakwarden: warning: ${message}\n`);
  const progress = mode === 'history' && io.stderrIsTTY === true ? new ProgressLine(io.stderr) : null;
  const { result, rules, strictIgnores } = await scan({
    mode,
    cwd: io.cwd,
    paths: args.paths,
    maxFileSize: args.maxFileSize,
    gitignore: args.gitignore,
    redact: args.redact,
    ...(mode === 'stdin' ? { stdin: { input: io.stdin(), path: args.path } } : {}),
    ...(mode === 'history' ? { history: { range: args.range, sinceCommit: args.sinceCommit, branch: args.branch } } : {}),
    ...(progress ? { progress: (p: HistoryProgress) => progress.update(p) } : {}),
    warn,
    config: args.config,
    baseline: args.baseline,
    strictIgnores: args.strictIgnores,
    given: args.given,
  }).finally(() => progress?.clear());
  if (args.command === 'baseline') {
    const { formatBaseline } = await import('../config/baseline.ts');
    if (!(await deliver(formatBaseline(result.findings.map((f) => f.fingerprint)), args, io))) return ExitCode.Error;
    // Findings are what a baseline is made of: only an incomplete scan fails it.
    return exitCodeFor({ ...result, findings: [] }, io);
  }
  const reporter = await reporters[args.format]();
  const report = reporter.format(result, { toolVersion: toolVersion(), rules, color });
  if (!(await deliver(report, args, io))) return ExitCode.Error;
  const code = exitCodeFor(result, io);
  // Stale entries were listed as warnings; with --strict-ignores they fail a scan that found nothing else.
  return code === ExitCode.Clean && strictIgnores && (result.ignoreEntries?.unused.length ?? 0) > 0 ? ExitCode.Findings : code;
}

/**
 * Findings win (1). Without findings, a scan that could not read everything it was asked to is not clean (2):
 * files that are binary or over the size limit were skipped on purpose, unreadable ones were not.
 */
function exitCodeFor(result: ScanResult, io: CliIo): number {
  if (result.findings.length > 0) return ExitCode.Findings;
  const unreadable = result.stats.skipped.filter((s) => s.reason === 'unreadable').length;
  if (unreadable > 0) {
    io.stderr.write(`leakwarden: ${unreadable} ${unreadable === 1 ? 'file' : 'files'} could not be read, so the scan is incomplete\nhint: fix the permissions, or scan a narrower path\n`);
    return ExitCode.Error;
  }
  return ExitCode.Clean;
}

/** Writes the report where asked. If the file cannot be written, the report goes to stdout instead: nothing is lost. */
async function deliver(report: string, args: CliArgs, io: CliIo): Promise<boolean> {
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

/** The CLI a hook should run: the launcher this process started from (build/cli.cjs). */
function cliPath(): string {
  return process.argv[1] ?? 'leakwarden';
}

/** Explicit --color/--no-color wins, then NO_COLOR, then FORCE_COLOR, then: colour only on a terminal. */
function useColor(args: CliArgs, io: CliIo): boolean {
  if (args.color !== undefined) return args.color;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return args.output === undefined && io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

/** Expected failures: one line and a hint. Anything else is a bug: its stack, once. Both exit 2. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof LeakwardenError) {
    io.stderr.write(`leakwarden: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
  } else {
    io.stderr.write(`leakwarden: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  return ExitCode.Error;
}
