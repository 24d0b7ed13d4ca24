import { isDotenvPath } from '../checks/dotenv.ts';
import { GitError, InputError } from '../errors.ts';
import type { Fragment } from '../types.ts';
import { readBlobs } from './cat-file.ts';
import type { RawEntry } from './diff-parse.ts';
import { parsePatchLines } from './diff-parse.ts';
import { findWorkTreeRoot, git, streamGit } from './git.ts';
import type { PathFact, Source } from './source.ts';
import { SourceCounters } from './source.ts';
import { parseFullContextDiff } from './staged-diff.ts';

export interface StagedOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
}

const DIFF = ['diff', '--cached', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--diff-filter=ACMRT', '--src-prefix=a/', '--dst-prefix=b/'];
const GITLINK = '160000';
const SYMLINK = '120000';
/** Unlimited context: each hunk spans its whole file, so the patch carries every staged file's full new content. */
const FULL_CONTEXT = `-U${2 ** 31 - 1}`;

/**
 * The pre-commit scan: what the index would commit, compared with HEAD (everything, when HEAD is unborn).
 * Content comes from the index, never the work tree; git's environment is inherited, so GIT_INDEX_FILE set by
 * `git commit -a` or `git commit <path>` is honoured. Only the lines the index adds or changes count.
 *
 * One git process does the work: a raw, full-context patch gives each staged file's new content and its added
 * lines, streamed file by file. Work is proportional to the staged change, never to the repository.
 */
export async function createStagedSource(options: StagedOptions): Promise<Source> {
  const counters = new SourceCounters();
  const facts: PathFact[] = [];
  // Asked in parallel with the diff, which outside a repository would turn into `git diff --no-index` usage.
  const root = findWorkTreeRoot(options.cwd);
  root.catch(() => {});
  const source: Source = {
    mode: 'staged',
    root: options.cwd,
    repoRoot: null,
    counters,
    facts,
    fragments: () => stagedFragments(options, counters, facts, source, root),
  };
  return source;
}

async function* stagedFragments(
  options: StagedOptions,
  counters: SourceCounters,
  facts: PathFact[],
  source: Source,
  rootPromise: Promise<string | null>,
): AsyncGenerator<Fragment> {
  const args = [...DIFF, '--raw', '-z', '--no-abbrev', '-p', '--full-index', FULL_CONTEXT];
  const diff = streamGit(args, { cwd: options.cwd });
  // Files git calls binary: by content (skipped, as git would), or by a .gitattributes setting on a text file,
  // which must not hide a secret. Their blobs are read afterwards to tell the two apart.
  const binary: RawEntry[] = [];

  let complete = false;
  try {
    for await (const file of parseFullContextDiff(diff.stdout, options.maxFileSize)) {
      const { entry } = file;
      if (entry.dstMode === GITLINK || entry.dstMode === SYMLINK) continue;
      const path = entry.path.toString('utf8');
      if (isDotenvPath(path)) facts.push({ path, state: 'staged' });
      if (file.binary) {
        binary.push(entry);
        continue;
      }
      if (file.size > options.maxFileSize) {
        counters.tooLarge(path);
        continue;
      }
      if (file.content === null || file.added.length === 0) continue;
      const text = counters.admit(path, file.content);
      if (text === null) continue;
      yield entry.status === 'A' ? { path, text } : { path, text, addedLines: file.added };
    }
    complete = true;
  } finally {
    // Only a reader that gave up early stops git; after a complete read git exits on its own.
    if (!complete) diff.stop();
  }
  const finished = diff.finished();
  finished.catch(() => {});
  // Outside a repository `git diff --cached` fails as `git diff --no-index` usage: say what is really wrong.
  const root = await rootPromise;
  if (root === null) throw notARepository();
  await finished;
  source.root = root;
  source.repoRoot = root;
  if (binary.length > 0) yield* attributeHidden(binary, options, counters);
}

/** Of the files git called binary, scans those whose content is text, diffed again with --text. */
async function* attributeHidden(entries: readonly RawEntry[], options: StagedOptions, counters: SourceCounters): AsyncGenerator<Fragment> {
  const text = new Map<string, string>();
  const byOid = new Map(entries.map((e) => [e.dstOid, e]));
  for await (const blob of readBlobs([...byOid.keys()], { cwd: options.cwd, maxSize: options.maxFileSize })) {
    const entry = byOid.get(blob.oid)!;
    const path = entry.path.toString('utf8');
    if (blob.content === null) {
      if (blob.size < 0) throw new GitError(`the index names an object git cannot read: ${blob.oid}`, ['cat-file'], null, '');
      counters.tooLarge(path);
      continue;
    }
    const decoded = counters.admit(path, blob.content);
    if (decoded !== null) text.set(blob.oid, decoded);
  }
  const hidden = entries.filter((e) => text.has(e.dstOid));
  if (hidden.length === 0) return;
  const added = hidden.some((e) => e.status !== 'A') ? await addedLines(hidden, options.cwd) : null;
  for (const entry of hidden) {
    const path = entry.path.toString('utf8');
    const content = text.get(entry.dstOid)!;
    if (entry.status === 'A') yield { path, text: content };
    else {
      const ranges = added?.added.get(entry.dstOid) ?? [];
      if (ranges.length > 0) yield { path, text: content, addedLines: ranges };
    }
  }
}

/** `git diff --cached -U0 --text` for the given paths (both sides of a rename, so it pairs up again). */
async function addedLines(entries: readonly RawEntry[], cwd: string) {
  const args = [...DIFF, '-p', '-U0', '--full-index', '--text', '--'];
  for (const e of entries) args.push(`:(top,literal)${e.srcPath.toString('utf8')}`, `:(top,literal)${e.path.toString('utf8')}`);
  const { stdout } = await git(args, { cwd });
  return parsePatchLines(stdout.toString('utf8'));
}

function notARepository(): InputError {
  return new InputError('not a git repository', '`leakwarden staged` scans what `git commit` would record: run it inside a repository');
}
