import { prefetchStagedDiff } from './sources/staged-prefetch.ts';

// The pre-commit hook: start git first, then load the scanner while git works (see staged-prefetch.ts).
if (process.argv[2] === 'staged') prefetchStagedDiff(process.cwd());

void import('./cli/main.ts').then(({ main }) => main());
