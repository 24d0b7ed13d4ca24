import { prefetchStagedDiff } from './sources/staged-prefetch.ts';

import { WORKER_ARGV } from './history/worker-argv.ts';

if (process.argv[2] === WORKER_ARGV) {
  // A history scan's blob worker: the same bundle, another job (see history/blob-scanner.ts).
  void import('./history/blob-scanner.ts').then(({ runBlobWorker }) => runBlobWorker());
} else {
  // The pre-commit hook: start git first, then load the scanner while git works (see staged-prefetch.ts).
  if (process.argv[2] === 'staged') prefetchStagedDiff(process.cwd());
  void import('./cli/main.ts').then(({ main }) => main());
}
