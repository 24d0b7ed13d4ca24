import { isatty } from 'node:tty';
import { discardStagedDiff } from '../sources/staged-prefetch.ts';
import { runCli } from './run.ts';

/** Runs the CLI on this process: its arguments, streams and exit code. */
export async function main(): Promise<void> {
  // A reader that goes away (`leakwarden dir | head`) is not an error worth a stack trace. Any other failure to write
  // the report (`> /dev/full`, a closed descriptor) is one line on stderr and exit 2: the report was not delivered.
  let lost: string | null = null;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || lost !== null) return;
    lost = error.code ?? error.message;
    process.stderr.write(`leakwarden: cannot write the report to standard output: ${lost}\nhint: write it to a file with --output FILE, or check where standard output goes (a full disk?)\n`);
    process.exitCode = 2;
  });
  // Until the run says otherwise: a process that ends early (an event loop left with nothing to wait on) must not
  // pass for a clean scan.
  process.exitCode = 2;
  try {
    const code = await runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: () => process.stdin,
      stdinIsTTY: isatty(0),
      env: process.env,
      cwd: process.cwd(),
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
    });
    process.exitCode = lost === null ? code : 2;
  } finally {
    discardStagedDiff();
  }
  // The verdict is in and the report is written: end the process here rather than let node tear its heap down and
  // wait on handles first (1.7 ms of a pre-commit hook's ~55, 41 interleaved runs). Only once the output streams hold
  // nothing (node writes to a full pipe asynchronously: a report larger than the pipe, read late, was cut at 62 kB
  // without this check), and a turn of the event loop later, so that a write that failed has reported itself (the
  // handler above) before the exit code is read.
  setImmediate(() => {
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
  });
}
