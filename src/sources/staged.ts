import { isDotenvPath } from '../checks/dotenv.ts';
import { GitError, InputError } from '../errors.ts';
import type { Fragment } from '../types.ts';
import { objectSizes, readBlobs } from './cat-file.ts';
import type { RawEntry } from './diff-parse.ts';
import { parsePatchLines } from './diff-parse.ts';
import type { GitStream } from './git.ts';
import { findWorkTreeRoot, git } from './git.ts';
import type { PathFact, Source } from './source.ts';
import { isBinary, SourceCounters, textOf } from './source.ts';
import { parseFullContextDiff } from './staged-diff.ts';
import { STAGED_DIFF } from './staged-launch.ts';
import { adoptStagedDiff, stagedDiff } from './staged-prefetch.ts';
import { WINDOW_BYTES, windowFragment } from './windows.ts';

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
      // Let the event loop turn once per file, so git's output keeps flowing while the scanner works; once all of it
      // is in, a turn per file is only time (~30 µs each, cold; git is done by the fourth of the bench's 20 files).
      if (!diff.stdout.ended) await new Promise<void>((resolve) => setImmediate(resolve));
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

/**
 * Of the files git called binary, scans those whose content is text: text marked binary by a .gitattributes setting,
 * and files larger than a scan window, which the staged diff leaves out (staged-prefetch.ts). Sizes come first: a
 * file over --max-file-size is listed, never read. The rest are read through cat-file, a large one in windows
 * (windows.ts), so memory holds a window, never a large file. An added file is scanned as it is read; a changed one
 * once the lines it adds are known (a `-U0 --text` diff of those files alone), read again then.
 */
async function* attributeHidden(entries: readonly RawEntry[], options: StagedOptions, counters: SourceCounters): AsyncGenerator<Fragment> {
  const byOid = new Map<string, RawEntry[]>();
  for (const entry of entries) byOid.set(entry.dstOid, [...(byOid.get(entry.dstOid) ?? []), entry]);
  const sizes = await objectSizes([...byOid.keys()], options.cwd);
  const wanted: string[] = [];
  for (const [oid, list] of byOid) {
    const size = sizes.get(oid) ?? -1;
    if (size < 0) throw new GitError(`the index names an object git cannot read: ${oid}`, ['cat-file'], null, '');
    if (size > options.maxFileSize) for (const entry of list) counters.tooLarge(entry.path.toString('utf8'));
    else wanted.push(oid);
  }
  // Changed files whose content is text, by blob: scanned once their added lines are known.
  const changed = new Map<string, RawEntry[]>();
  const scannedNow = (oid: string) => byOid.get(oid)!.some((entry) => entry.status === 'A');
  for await (const { oid, fragment, size } of texts(wanted, options, scannedNow)) {
    const list = byOid.get(oid)!;
    if (size !== null) {
      // The blob's first read: binary, or text counted once per path that holds it.
      for (const entry of list) {
        if (fragment === null) counters.binary(entry.path.toString('utf8'));
        else counters.text(size);
      }
      const edits = list.filter((entry) => entry.status !== 'A');
      if (fragment !== null && edits.length > 0) changed.set(oid, edits);
    }
    if (fragment === null) continue;
    for (const entry of list) if (entry.status === 'A') yield fragment(entry.path.toString('utf8'));
  }
  if (changed.size === 0) return;
  const { added } = await addedLines([...changed.values()].flat(), options.cwd);
  const needed = [...changed.keys()].filter((oid) => (added.get(oid) ?? []).length > 0);
  for await (const { oid, fragment } of texts(needed, options)) {
    if (fragment === null) continue;
    for (const entry of changed.get(oid)!) yield { ...fragment(entry.path.toString('utf8')), addedLines: added.get(oid)! };
  }
}

/**
 * The blobs `oids` as fragments to scan, whole or a window at a time: `fragment` makes one for a path, null for a
 * binary blob; `size` is set on each blob's first read. The other windows of a binary blob, or of one `rest` says
 * is not wanted beyond its first read, are passed over.
 */
async function* texts(
  oids: readonly string[],
  options: StagedOptions,
  rest: (oid: string) => boolean = () => true,
): AsyncGenerator<{ oid: string; size: number | null; fragment: ((path: string) => Fragment) | null }> {
  let passed: string | null = null;
  for await (const blob of readBlobs(oids, { cwd: options.cwd, maxSize: options.maxFileSize, windowBytes: WINDOW_BYTES })) {
    const { oid, content, window } = blob;
    if (content === null) throw new GitError(`the index names an object git cannot read: ${oid}`, ['cat-file'], null, '');
    if (window === undefined) {
      const text = textOf(content);
      yield { oid, size: blob.size, fragment: text === null ? null : (path) => ({ path, text, bytes: content }) };
      continue;
    }
    if (!window.first && passed === oid) continue;
    const binary = window.first && isBinary(content);
    passed = binary || (window.first && !rest(oid)) ? oid : null;
    yield { oid, size: window.first ? blob.size : null, fragment: binary ? null : (path) => windowFragment(path, content, window) };
  }
}

/** `git diff --cached -U0 --text` for the given changed paths (both sides of a rename, so it pairs up again). */
async function addedLines(entries: readonly RawEntry[], cwd: string) {
  const args = [...STAGED_DIFF, '-p', '-U0', '--full-index', '--text', '--'];
  for (const e of entries) args.push(`:(top,literal)${e.srcPath.toString('utf8')}`, `:(top,literal)${e.path.toString('utf8')}`);
  const { stdout } = await git(args, { cwd });
  return parsePatchLines(stdout.toString('utf8'));
}

function notARepository(): InputError {
  return new InputError('not a git repository', '`leakwarden staged` scans what `git commit` would record: run it inside a repository');
}
