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
}
