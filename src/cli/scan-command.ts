import type { CliArgs } from '../config/options.ts';
import { reporters } from '../report/index.ts';
import { reportChunks } from '../report/reporter.ts';
import { scan } from '../scan.ts';
import type { ScanTarget } from '../scan-options.ts';
import { scanOptions } from '../scan-options.ts';
import { ExitCode } from '../types.ts';
import { verdict } from '../verdict.ts';
import { toolVersion } from '../version.ts';
import type { CliIo } from './io.ts';
import { conclude, deliver, optionValues, useColor, warner } from './io.ts';
import { ProgressLine } from './progress.ts';

/** `dir`, `staged`, `stdin`, `history`, and `baseline` (a scan whose report is the fingerprints of its findings). */
export async function scanCommand(args: CliArgs, io: CliIo): Promise<number> {
  const target = scanTarget(args, io);
  const progress = target.mode === 'history' && io.stderrIsTTY === true ? new ProgressLine(io.stderr) : null;
  const outcome = await scan(scanOptions(target, io.cwd, optionValues(args, io.env)), {
    warn: warner(io),
    ...(progress ? { progress: (p) => progress.update(p) } : {}),
  }).finally(() => progress?.clear());
  const { result, rules } = outcome;
  let report: string | (() => Iterable<string>);
  if (args.command === 'baseline') {
    const { formatBaseline } = await import('../config/baseline.ts');
    report = formatBaseline(result.findings.map((f) => f.fingerprint));
  } else {
    const reporter = await reporters[args.format]();
    // What the scan held besides its result (the findings before finalising) is garbage now: collected before the
    // report is written, when it is large.
    if (result.stats.mode === 'history') (await import('../history/release-memory.ts')).afterStep(result.findings.length);
    const context = { toolVersion: toolVersion(), rules, color: useColor(args, io) };
    report = () => reportChunks(reporter, result, context);
  }
  if (!deliver(report, args, io)) return ExitCode.Error;
  // Findings are what a baseline is made of: only an incomplete scan fails it.
  return conclude(verdict(outcome, { failOnFindings: args.command !== 'baseline' }), io);
}

function scanTarget(args: CliArgs, io: CliIo): ScanTarget {
  const mode = args.command === 'baseline' ? args.baselineOf : args.command;
  switch (mode) {
    case 'dir':
      return { mode, paths: args.paths };
    case 'staged':
      return { mode };
    case 'stdin':
      return { mode, input: io.stdin(), path: args.path };
    case 'history':
      return { mode, select: { kind: 'refs', range: args.range, sinceCommit: args.sinceCommit, branch: args.branch } };
    default:
      throw new Error(`${args.command} is not a scan`);
  }
}
