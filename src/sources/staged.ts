import { isDotenvPath } from '../checks/dotenv.ts';
import { GitError, InputError } from '../errors.ts';
import type { Fragment } from '../types.ts';
import { readBlobs } from './cat-file.ts';
import type { RawEntry } from './diff-parse.ts';
import type { PatchLines } from './diff-parse.ts';
import { parsePatchLines, parseRawZ } from './diff-parse.ts';
import { findWorkTreeRoot, git } from './git.ts';
import type { PathFact, Source } from './source.ts';
import { SourceCounters } from './source.ts';

export interface StagedOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
}

const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '-M', '--diff-filter=ACMRT'];
const GITLINK = '160000';
const SYMLINK = '120000';

/**
 * The pre-commit scan: what the index would commit, compared with HEAD (everything, when HEAD is unborn).
 * Content comes from the index's blobs, never the work tree; git's environment is inherited, so GIT_INDEX_FILE set
 * by `git commit -a` or `git commit <path>` is honoured. Only the lines the index adds or changes count. Work is
 * proportional to the staged change: one raw diff, then the blobs and a -U0 patch of the modified files, in parallel.
 */
export async function createStagedSource(options: StagedOptions): Promise<Source> {
  // Independent git calls run together: the hook's latency is one git start, not three.
  const rootPromise = findWorkTreeRoot(options.cwd);
  const rawPromise = git(['diff', '--cached', '--raw', '-z', '--no-abbrev', ...DIFF_FLAGS], { cwd: options.cwd });
  const patch = addedLines(options.cwd);
  rawPromise.catch(() => {});
  patch.catch(() => {});
  const repoRoot = await rootPromise;
  if (repoRoot === null) {
    throw new InputError('not a git repository', '`leakwarden staged` scans what `git commit` would record: run it inside a repository');
  }
  const entries = parseRawZ((await rawPromise).stdout).filter(
    (e) => e.dstMode !== GITLINK && e.dstMode !== SYMLINK && !(e.status === 'R' && e.srcOid === e.dstOid),
  );
  const facts: PathFact[] = entries.filter((e) => isDotenvPath(pathOf(e))).map((e) => ({ path: pathOf(e), state: 'staged' as const }));
  const counters = new SourceCounters();
  return {
    mode: 'staged',
    root: repoRoot,
    repoRoot,
    counters,
    facts,
    fragments: () => stagedFragments(entries, repoRoot, options.maxFileSize, counters, patch),
  };
}

async function* stagedFragments(
  entries: readonly RawEntry[],
  repoRoot: string,
  maxFileSize: number,
  counters: SourceCounters,
  patch: Promise<PatchLines>,
): AsyncGenerator<Fragment> {
  const byOid = new Map<string, RawEntry[]>();
  for (const entry of entries) byOid.set(entry.dstOid, [...(byOid.get(entry.dstOid) ?? []), entry]);
  // Files git calls binary (content or .gitattributes) while they are text: diffed again with --text at the end,
  // so that an attribute cannot hide a secret from the scan.
  const hidden: { entry: RawEntry; text: string }[] = [];

  // Streamed: new files are scanned as their blobs arrive; only changed files wait for the patch.
  for await (const blob of readBlobs([...byOid.keys()], { cwd: repoRoot, maxSize: maxFileSize })) {
    for (const entry of byOid.get(blob.oid) ?? []) {
      const file = pathOf(entry);
      if (blob.content === null) {
        if (blob.size < 0) throw new GitError(`the index names an object git cannot read: ${blob.oid}`, ['cat-file'], null, '');
        counters.tooLarge(file);
        continue;
      }
      const text = counters.admit(file, blob.content);
      if (text === null) continue;
      if (entry.status === 'A') {
        yield { path: file, text };
        continue;
      }
      const lines = await patch;
      if (lines.binary.has(entry.dstOid)) hidden.push({ entry, text });
      else {
        const ranges = lines.added.get(entry.dstOid) ?? [];
        if (ranges.length > 0) yield { path: file, text, addedLines: ranges };
      }
    }
  }
  await patch; // a failed diff is fatal even when no changed file needed its lines
  if (hidden.length > 0) {
    const lines = await addedLines(repoRoot, hidden.map((h) => h.entry));
    for (const { entry, text } of hidden) {
      const ranges = lines.added.get(entry.dstOid) ?? [];
      if (ranges.length > 0) yield { path: pathOf(entry), text, addedLines: ranges };
    }
  }
}

/**
 * Added line ranges of the changed (not new) files: `git diff --cached -U0` filtered to M, R and T, so a new file's
 * content is not printed twice and renames still pair up. With `only`, just those paths, diffed with --text.
 */
async function addedLines(cwd: string, only?: readonly RawEntry[]): Promise<PatchLines> {
  const args = ['diff', '--cached', '-p', '-U0', '--full-index', '--src-prefix=a/', '--dst-prefix=b/', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--diff-filter=MRT'];
  if (only) {
    args.push('--text', '--');
    for (const e of only) args.push(`:(literal)${e.srcPath.toString('utf8')}`, `:(literal)${e.path.toString('utf8')}`);
  }
  const { stdout } = await git(args, { cwd });
  return parsePatchLines(stdout.toString('utf8'));
}

function pathOf(entry: RawEntry): string {
  return entry.path.toString('utf8');
}
