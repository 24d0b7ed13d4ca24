import type { CliArgs } from '../config/options.ts';
import { planPush, pushFacts } from '../hooks/pre-push.ts';
import { formatPrePush } from '../report/pre-push.ts';
import { scan } from '../scan.ts';
import { scanOptions } from '../scan-options.ts';
import { ExitCode } from '../types.ts';
import { verdict } from '../verdict.ts';
import type { CliIo } from './io.ts';
import { optionValues, useColor, warner } from './io.ts';

/**
 * The pre-push hook: one history scan over every commit the push sends, the same verdict as any scan (a secret, or
 * an incomplete scan, blocks the push), and the pre-push reporter's text on stderr, where git shows it.
 */
export async function prePushCommand(args: CliArgs, io: CliIo): Promise<number> {
  const plan = await planPush(io.cwd, args.remote, io.stdinIsTTY === true ? null : io.stdin(), io.env);
  const color = useColor(args, io);
  if (plan.select === null) {
    io.stderr.write(`leakwarden: 0 pushed commits checked: ${plan.remote} has every commit of this push\n`);
    return ExitCode.Clean;
  }
  const outcome = await scan(scanOptions({ mode: 'history', select: plan.select }, io.cwd, optionValues(args, io.env)), { warn: warner(io) });
  const judged = verdict(outcome, { failOnFindings: true });
  io.stderr.write(formatPrePush(outcome.result, { color }, judged, await pushFacts(io.cwd, plan, outcome.result.findings)));
  return judged.exitCode;
}

/** `install` and `uninstall`: the hooks where git runs them. */
export async function installCommand(args: CliArgs, io: CliIo): Promise<number> {
  const { installHooks, uninstallHooks } = await import('../hooks/install.ts');
  const done = args.command === 'install' ? await installHooks(io.cwd, args, process.argv[1] ?? 'leakwarden') : await uninstallHooks(io.cwd, args);
  io.stdout.write(done.length > 0 ? `${done.map((line) => `leakwarden: ${line}`).join('\n')}\n` : 'leakwarden: no hook of leakwarden\'s to remove\n');
  return ExitCode.Clean;
}
