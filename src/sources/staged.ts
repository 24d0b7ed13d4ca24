import { isDotenvPath } from '../checks/dotenv.ts';
import { GitError, InputError } from '../errors.ts';
import type { Fragment } from '../types.ts';
import { readBlobs } from './cat-file.ts';
import type { RawEntry } from './diff-parse.ts';
import { parsePatchLines } from './diff-parse.ts';
import type { GitStream } from './git.ts';
import { findWorkTreeRoot, git } from './git.ts';
import type { PathFact, Source } from './source.ts';
import { SourceCounters } from './source.ts';
import { parseFullContextDiff } from './staged-diff.ts';
import { adoptStagedDiff, STAGED_DIFF, stagedDiff } from './staged-prefetch.ts';

export interface StagedOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
}

const GITLINK = '160000';
const SYMLINK = '120000';

/**
 * The pre-commit scan: what the index would commit, compared with HEAD (everything, when HEAD is unborn).
 * Content comes from the index, never the work tree; git's environment is inherited, so GIT_INDEX_FILE set by
 * `git commit -a` or `git commit <path>` is honoured. Only the lines the index adds or changes count.
 *
 * One git process does the work: a raw, full-context patch gives each staged file's new content and its added
 * lines, streamed file by file. Work is proportional to the staged change, never to the repository; the hook's
 * latency is one node start and one git run, side by side.
 */
export async function createStagedSource(options: StagedOptions): Promise<Source> {
  const counters = new SourceCounters();
  const facts: PathFact[] = [];
  // Usually already running (started before the scanner loaded); otherwise started now, while the rules are prepared.
  const diff = adoptStagedDiff(options.cwd) ?? stagedDiff(options.cwd);
  const source: Source = {
    mode: 'staged',
    root: options.cwd,
    repoRoot: null,
    counters,
    facts,
    fragments: () => stagedFragments(diff, options, counters, facts, source),
  };
  return source;
}

async function* stagedFragments(
  diff: GitStream,
  options: StagedOptions,
  counters: SourceCounters,
  facts: PathFact[],
  source: Source,
): AsyncGenerator<Fragment> {
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
      const text = counters.admitText(path, file.content, file.size);
      if (text === null) continue;
      yield entry.status === 'A' ? { path, text } : { path, text, addedLines: file.added };
      // Let the event loop turn once per file, so git's output keeps flowing while the scanner works.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    complete = true;
  } finally {
    // Only a reader that gave up early stops git; after a complete read git exits on its own.
    if (!complete) diff.stop();
  }
  try {
    await diff.finished();
  } catch (error) {
    // Outside a repository `git diff --cached` fails as `git diff --no-index` usage: say what is really wrong.
    if ((await findWorkTreeRoot(options.cwd).catch(() => options.cwd)) === null) throw notARepository();
    throw error;
  }
  // Paths from the diff are relative to the top level; the .env check (rarely needed) is the one that asks where it is.
  if (facts.length > 0) {
    const root = await findWorkTreeRoot(options.cwd);
    if (root === null) throw notARepository();
    source.root = root;
    source.repoRoot = root;
  }
  if (binary.length > 0) yield* attributeHidden(binary, options, counters);
}

/** Of the files git called binary, scans those whose content is text, diffed again with --text. */
async function* attributeHidden(entries: readonly RawEntry[], options: StagedOptions, counters: SourceCounters): AsyncGenerator<Fragment> {
  const text = new Map<string, string>();
  const byOid = new Map<string, RawEntry[]>();
  for (const entry of entries) byOid.set(entry.dstOid, [...(byOid.get(entry.dstOid) ?? []), entry]);
  for await (const blob of readBlobs([...byOid.keys()], { cwd: options.cwd, maxSize: options.maxFileSize })) {
    for (const entry of byOid.get(blob.oid)!) {
      const path = entry.path.toString('utf8');
      if (blob.content === null) {
        if (blob.size < 0) throw new GitError(`the index names an object git cannot read: ${blob.oid}`, ['cat-file'], null, '');
        counters.tooLarge(path);
        continue;
      }
      const decoded = counters.admit(path, blob.content);
      if (decoded !== null) text.set(blob.oid, decoded);
    }
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
  const args = [...STAGED_DIFF, '-p', '-U0', '--full-index', '--text', '--'];
  for (const e of entries) args.push(`:(top,literal)${e.srcPath.toString('utf8')}`, `:(top,literal)${e.path.toString('utf8')}`);
  const { stdout } = await git(args, { cwd });
  return parsePatchLines(stdout.toString('utf8'));
}

function notARepository(): InputError {
  return new InputError('not a git repository', '`leakwarden staged` scans what `git commit` would record: run it inside a repository');
}
