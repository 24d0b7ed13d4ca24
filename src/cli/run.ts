import type { CliArgs, Command } from '../config/options.ts';
import { ExitCode } from '../types.ts';
import { fastParse } from './fast-parse.ts';
import type { CliIo } from './io.ts';
import { reportError } from './io.ts';

export type { CliIo } from './io.ts';

/** Each command's handler, loaded when it runs: a pre-commit hook loads only the scan path. */
const HANDLERS: Record<Command, (args: CliArgs, io: CliIo) => Promise<number>> = {
  dir: scanCommand,
  staged: scanCommand,
  stdin: scanCommand,
  history: scanCommand,
  baseline: scanCommand,
  'pre-push': async (args, io) => (await import('./hook-commands.ts')).prePushCommand(args, io),
  install: async (args, io) => (await import('./hook-commands.ts')).installCommand(args, io),
  uninstall: async (args, io) => (await import('./hook-commands.ts')).installCommand(args, io),
  ignore: async (args, io) => {
    const { addIgnoreEntry } = await import('./ignore-command.ts');
    io.stdout.write(`leakwarden: ${await addIgnoreEntry(io.cwd, args)}\n`);
    return ExitCode.Clean;
  },
  rules: async (args, io) => (await import('./rules-command.ts')).rulesCommand(args, io),
  audit: async (args, io) => (await import('./audit-command.ts')).auditCommand(args, io),
};

async function scanCommand(args: CliArgs, io: CliIo): Promise<number> {
  return (await import('./scan-command.ts')).scanCommand(args, io);
}

/** Runs one command line and returns the exit code: 0 nothing found, 1 findings, 2 usage or operational error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let args = fastParse(argv);
    if (args === null) {
      const { parseWithYargs } = await import('./yargs-parse.ts');
      const parsed = await parseWithYargs(argv);
      if ('exitCode' in parsed) {
        io.stdout.write(parsed.output.endsWith('\n') ? parsed.output : `${parsed.output}\n`);
        return parsed.exitCode;
      }
      args = parsed.args;
    }
    return await HANDLERS[args.command](args, io);
  } catch (error) {
    return reportError(error, io);
  }
}
