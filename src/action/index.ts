import { WORKER_ARGV } from '../history/worker-argv.ts';

// The Action's entry point (dist/action.cjs, built by scripts/build-action.mjs). A history scan's blob workers run
// this same file (see history/blob-scanner.ts).
if (process.argv[2] === WORKER_ARGV) {
  void import('../history/blob-scanner.ts').then(({ runBlobWorker }) => runBlobWorker());
} else {
  void import('./main.ts').then(({ runAction }) => runAction());
}
