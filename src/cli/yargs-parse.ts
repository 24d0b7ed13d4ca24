import yargs from 'yargs';
import type { CliArgs, Command } from '../config/options.ts';
import { COMMANDS, COMMAND_NAMES, normalizeArgs, optionsFor } from '../config/options.ts';
import { UsageError } from '../errors.ts';
import { toolVersion } from '../version.ts';

export type YargsOutcome = { readonly args: CliArgs } | { readonly exitCode: 0; readonly output: string };

const EPILOG = [
  'Exit codes: 0 nothing found, 1 findings, 2 usage or operational error (the scan could not do what was asked).',
  'Docs: the README (options, hooks, rules).',
].join('\n');

/** The full parser: help, --version, suggestions for typos, and the error messages for bad command lines. */
export async function parseWithYargs(argv: readonly string[]): Promise<YargsOutcome> {
  let parser = yargs([...argv])
    .scriptName('leakwarden')
    .usage('$0 <command> [options]\n\nA secret-leak scanner for git: 1Password and OpenAI credentials, generic secrets, .env hygiene.')
    .strict()
    .recommendCommands()
    .demandCommand(1, 'give a command')
    .exitProcess(false)
    .version(toolVersion())
    .help()
    .alias('help', 'h')
    .epilog(EPILOG)
    .wrap(Math.min(110, process.stdout.columns || 100));
  for (const name of COMMAND_NAMES) {
    parser = parser.command(COMMANDS[name].usage, COMMANDS[name].description, (y) => {
      if (name === 'dir') y.positional('paths', { type: 'string', array: true, description: 'files or directories (default: .)' });
      if (name === 'pre-push') {
        y.positional('remote', { type: 'string', description: 'the remote git pushes to (git passes it)' });
        y.positional('url', { type: 'string', description: 'its URL (git passes it)' });
      }
      if (name === 'history') y.positional('range', { type: 'string', description: 'BASE..HEAD: only what these commits added (default: the whole history of every ref)' });
      if (name === 'ignore') y.positional('fingerprint', { type: 'string', description: 'a finding\'s fingerprint (ruleId:path:hash), or an incident\'s (ruleId:hash: the secret anywhere)' });
      if (name === 'baseline') y.positional('mode', { type: 'string', description: 'dir (the files on disk, the default) or history' });
      for (const def of optionsFor(name)) {
        y.option(def.flag, {
          type: def.type,
          description: def.description,
          ...(def.alias ? { alias: def.alias } : {}),
          ...(def.choices ? { choices: def.choices } : {}),
          ...(def.multiple ? { array: true } : {}),
          // Shown, not applied: normalizeArgs applies defaults, so that it knows which options the user set.
          ...(def.default !== undefined ? { defaultDescription: JSON.stringify(def.default) } : {}),
          ...(def.placeholder ? { requiresArg: true } : {}),
        });
      }
      return y;
    });
  }

  return new Promise<YargsOutcome>((resolve, reject) => {
    parser.parse([...argv], {}, (error, parsed, output) => {
      if (error) {
        reject(new UsageError(error.message.split('\n')[0] ?? 'invalid arguments', hintFor(argv)));
        return;
      }
      const command = String(parsed._[0] ?? '') as Command;
      if (parsed.help || parsed.version || !COMMAND_NAMES.includes(command)) {
        resolve({ exitCode: 0, output });
        return;
      }
      try {
        const positionals =
          command === 'dir' ? ((parsed.paths as string[] | undefined) ?? []).map(String)
          : command === 'history' ? [...(parsed.range === undefined ? [] : [String(parsed.range)]), ...parsed._.slice(1).map(String)]
          : command === 'pre-push' ? [parsed.remote, parsed.url].filter((v) => v !== undefined).map(String)
          : command === 'ignore' || command === 'baseline'
            ? [...[command === 'ignore' ? parsed.fingerprint : parsed.mode].filter((v) => v !== undefined).map(String), ...parsed._.slice(1).map(String)]
          : [];
        resolve({ args: normalizeArgs(command, parsed as Record<string, unknown>, positionals) });
      } catch (normalizeError) {
        reject(normalizeError);
      }
    });
  });
}

function hintFor(argv: readonly string[]): string {
  const command = argv.find((a) => COMMAND_NAMES.includes(a as Command));
  return command ? `see \`leakwarden ${command} --help\`` : 'see `leakwarden --help`';
}
