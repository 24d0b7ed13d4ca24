import { isatty } from 'node:tty';
import { discardStagedDiff } from '../sources/staged-prefetch.ts';
import { runCli } from './run.ts';

/** Runs the CLI on this process: its arguments, streams and exit code. */
export async function main(): Promise<void> {
  // A reader that goes away (`leakwarden dir | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // Until the run says otherwise: a process that ends early (an event loop left with nothing to wait on) must not
  // pass for a clean scan.
  process.exitCode = 2;
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: () => process.stdin,
      stdinIsTTY: isatty(0),
      env: process.env,
      cwd: process.cwd(),
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
    });
  } finally {
    discardStagedDiff();
  }
}
