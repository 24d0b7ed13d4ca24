import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDotenvPath } from '../checks/dotenv.ts';
import { GitError, InputError } from '../errors.ts';
import type { Fragment } from '../types.ts';
import { addName, splitNulBytes } from './file-name.ts';
import type { FileNames } from './file-name.ts';
import { findWorkTreeRoot, git } from './git.ts';
import { mapLimit } from '../map-limit.ts';
import { toPosix } from './posix-path.ts';
import type { PathFact, Source } from './source.ts';
import { SourceCounters } from './source.ts';
import { WINDOW_BYTES, windowedFragments } from './windows.ts';

export interface WorktreeOptions {
  /** Files or directories to scan, as the user gave them; default the current directory. */
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly maxFileSize: number;
  /** Inside git, skip what .gitignore excludes (default); false scans every file on disk. */
  readonly gitignore: boolean;
  readonly warn: (message: string) => void;
}

/**
 * Files on disk. Inside a git work tree: what `git ls-files -co --exclude-standard` lists (tracked, plus untracked
 * files that are not ignored), unless `gitignore` is off. Outside git: every file under the paths (sources/glob.ts,
 * dotfiles included, symlinks not followed, `.git` internals skipped).
 */
export async function createWorktreeSource(options: WorktreeOptions, place?: WorktreePlace): Promise<Source> {
  const { targets, repoRoot, root } = place ?? (await locateWorktree(options));
  const facts: PathFact[] = [];
  const counters = new SourceCounters();
  const files: FileNames = { names: [], raw: new Map() };
  /** What the user named: reported as not scanned (exit 2) rather than passed over when it cannot be read. */
  const named = new Set<string>();
  if (repoRoot !== null && options.gitignore) {
    // Files named on the command line are scanned whatever .gitignore says: git lists only the directories' files.
    const directories = targets.filter((t) => t.isDirectory);
    const pathspecs = directories.map((t) => `:(literal)${toPosix(path.relative(repoRoot, t.absolute)) || '.'}`);
    const listing = directories.length === 0 ? { tracked: [], untracked: [], stderr: '' } : await (place?.listing ?? listFiles(repoRoot, pathspecs));
    const seen = new Set<string>();
    for (const [names, state] of [[listing.tracked, 'tracked'], [listing.untracked, 'untracked']] as const) {
      for (const bytes of names) {
        const key = bytes.toString('latin1'); // a name listed twice (an unmerged index) is read once
        if (seen.has(key)) continue;
        seen.add(key);
        const file = addName(files, bytes);
        if (isDotenvPath(file)) facts.push({ path: file, state });
      }
    }
    reportListingProblems(listing.stderr, counters, options.warn);
    const listed = new Set(files.names);
    const ignoredDirectories: Target[] = [];
    for (const target of targets) {
      const file = toPosix(path.relative(repoRoot, target.absolute));
      if (target.isDirectory) {
        // A directory named on the command line that git lists nothing in (.gitignore excludes it): the user asked
        // for it, so its files are walked as outside git.
        const prefix = file === '' ? '' : `${file}/`;
        if (options.paths.length > 0 && file !== '' && !files.names.some((name) => name.startsWith(prefix))) ignoredDirectories.push(target);
        continue;
      }
      named.add(file);
      if (listed.has(file)) continue;
      files.names.push(file);
      if (isDotenvPath(file)) facts.push({ path: file, state: 'unknown' });
    }
    const walked = ignoredDirectories.length > 0 ? await ignoredByGit(repoRoot, ignoredDirectories) : [];
    if (walked.length > 0) {
      const { walkFiles } = await import('./glob.ts');
      const before = files.names.length;
      walkFiles(walked, root, counters, files);
      for (const name of files.names.slice(before)) if (isDotenvPath(name)) facts.push({ path: name, state: 'unknown' });
    }
  } else {
    const { walkFiles } = await import('./glob.ts');
    walkFiles(targets, root, counters, files);
    if (repoRoot !== null) for (const name of files.names) if (isDotenvPath(name)) facts.push({ path: name, state: 'unknown' });
    for (const target of targets) if (!target.isDirectory) named.add(toPosix(path.relative(root, target.absolute)));
  }
  files.names.sort();
  // A name listed twice (a file named and also under a named directory) is read once.
  const unique = files.names.filter((name, i) => i === 0 || name !== files.names[i - 1]);
  files.names.splice(0, files.names.length, ...unique);
  return {
    mode: 'dir',
    root,
    repoRoot,
    counters,
    facts,
    fragments: () => readFiles(files, root, options.maxFileSize, counters, named),
  };
}

/**
 * The tracked files under the pathspecs, and the untracked ones that are not ignored (with git's warnings about
 * directories it could not open). Without submodules, one `git ls-files -t` lists both, its tag telling them apart:
 * one git started, not two (each start blocks this thread until git runs: on express, a 213-file tree, a tenth of
 * the scan). With a .gitmodules, tracked files come from their own call: --recurse-submodules (the files of
 * checked-out submodules are files of this tree too; their own config runs nothing, sources/git.ts) lists the index only.
 */
interface Listing {
  readonly tracked: Buffer[];
  readonly untracked: Buffer[];
  readonly stderr: string;
}

async function listFiles(repoRoot: string, pathspecs: readonly string[]): Promise<Listing> {
  // In the C locale, so that the warnings about directories git could not open can be read.
  const others = ['ls-files', '-z', '--others', '--exclude-standard'];
  if (existsSync(path.join(repoRoot, '.gitmodules'))) {
    const [tracked, untracked] = await Promise.all([
      git(['ls-files', '-z', '--cached', '--recurse-submodules', '--', ...pathspecs], { cwd: repoRoot }),
      git([...others, '--', ...pathspecs], { cwd: repoRoot, env: { LC_ALL: 'C' } }),
    ]);
    return { tracked: splitNulBytes(tracked.stdout), untracked: splitNulBytes(untracked.stdout), stderr: untracked.stderr };
  }
  const both = await git([...others, '--cached', '-t', '--', ...pathspecs], { cwd: repoRoot, env: { LC_ALL: 'C' } });
  const tracked: Buffer[] = [];
  const untracked: Buffer[] = [];
  // Each name comes after a tag and a space: `?` untracked, a letter (H, S, M...) for what the index holds.
  for (const entry of splitNulBytes(both.stdout)) (entry[0] === 0x3f ? untracked : tracked).push(entry.subarray(2));
  return { tracked, untracked, stderr: both.stderr };
}

/** The directories git ignores (`git check-ignore` answers for all in one call). */
async function ignoredByGit(repoRoot: string, directories: readonly Target[]): Promise<Target[]> {
  const names = directories.map((t) => `${toPosix(path.relative(repoRoot, t.absolute))}/`);
  const out = await git(['check-ignore', '-z', '--stdin'], { cwd: repoRoot, input: `${names.join('\0')}\0`, okExitCodes: [1] });
  const ignored = new Set(out.stdout.toString('utf8').split('\0'));
  return directories.filter((_, i) => ignored.has(names[i]!));
}

/** What a `dir` scan covers and where its paths are relative to. */
export interface WorktreePlace {
  readonly targets: readonly Target[];
  /** The repository all targets belong to, or null outside git. */
  readonly repoRoot: string | null;
  /** The repository's top level, or outside git the one directory scanned (else the current directory). */
  readonly root: string;
  /** Whether the scan covers everything under `root`: its one target is `root` itself. */
  readonly whole: boolean;
  /** The listing of `root` (listFiles with the pathspec `.`), when it was started beside the repository's lookup. */
  readonly listing?: Promise<Listing>;
}

/** Resolves the paths to scan and the repository they belong to (the scan reads its settings from there). */
export async function locateWorktree(options: Pick<WorktreeOptions, 'paths' | 'cwd' | 'warn'> & { readonly gitignore?: boolean }): Promise<WorktreePlace> {
  const targets = resolveTargets(options.paths.length > 0 ? options.paths : ['.'], options.cwd);
  const only = targets.length === 1 ? targets[0]! : null;
  const early = options.gitignore === true && only !== null ? earlyListing(only) : null;
  // Heard now: its failure is the caller's to report when it reads it, and nobody's when it goes unread.
  early?.catch(() => {});
  const repoRoot = await repositoryOf(targets, options.warn);
  const root = repoRoot ?? (only !== null && only.isDirectory ? only.absolute : options.cwd);
  const place = { targets, repoRoot, root, whole: only !== null && only.isDirectory && sameDirectory(only.absolute, root) };
  // Both are physical paths (resolveTargets; git prints its top level resolved): equal, the listing is the one
  // createWorktreeSource would start.
  return early !== null && repoRoot === only!.absolute ? { ...place, listing: early } : place;
}

/**
 * The listing of a directory that looks like a repository's top level (it holds `.git`, and no `.gitmodules`: with
 * submodules the listing takes two gits), started before git has said where the top level is. `dir` is mostly run
 * there, and a git started blocks this thread until it runs: started together, the two gits run side by side
 * (express, 213 files: one git's run, ~5 ms, of a ~100 ms scan). The caller uses it only when the top level is this
 * directory, and otherwise lets it end unread.
 */
function earlyListing(target: Target): Promise<Listing> | null {
  if (!target.isDirectory || !existsSync(path.join(target.absolute, '.git')) || existsSync(path.join(target.absolute, '.gitmodules'))) return null;
  return listFiles(target.absolute, [':(literal).']);
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * `git ls-files --others` only warns when it cannot open a directory, and exits 0: those directories were not
 * scanned, so they count as unreadable (the scan then cannot pass as clean). Other warnings are passed on.
 */
function reportListingProblems(stderr: string, counters: SourceCounters, warn: (message: string) => void): void {
  for (const line of stderr.split('\n')) {
    const unopened = /^warning: could not open directory '(.*)': (.*)$/.exec(line);
    if (unopened) counters.unreadable(unopened[1]!, unopened[2]!);
    else if (line.trim() !== '') warn(`git: ${line.trim()}`);
  }
}

export interface Target {
  readonly absolute: string;
  readonly isDirectory: boolean;
}

function resolveTargets(paths: readonly string[], cwd: string): Target[] {
  return paths.map((given) => {
    const resolved = path.resolve(cwd, given);
    try {
      const isDirectory = statSync(resolved).isDirectory();
      // Physical paths, as git gives the repository's top level: a path through a symlinked directory (`dir link`,
      // `dir link/a.txt`) is otherwise outside the repository to git, or a name git lists under another. A file
      // named is not itself resolved: a symlink named is reported as one, not followed.
      const absolute = isDirectory ? realpathSync(resolved) : path.join(realpathSync(path.dirname(resolved)), path.basename(resolved));
      return { absolute, isDirectory };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        code === 'ENOENT' ? `no such file or directory: ${given}` : `cannot read ${given}: ${code ?? (error as Error).message}`,
        code === 'ENOENT' ? 'check the path; `leakwarden dir` with no path scans the current directory' : 'check the permissions on that path',
      );
    }
  });
}

/** The one repository all targets belong to, or null when none is in a work tree. Mixed targets are refused. */
async function repositoryOf(targets: readonly Target[], warn: (message: string) => void): Promise<string | null> {
  let roots: (string | null)[];
  try {
    // One git per distinct directory, a few at a time: `dir` with 2,000 files named must not start 2,000 gits.
    const directories = [...new Set(targets.map((t) => (t.isDirectory ? t.absolute : path.dirname(t.absolute))))];
    const byDirectory = new Map(directories.map((dir, i) => [dir, i]));
    const found = await mapLimit(directories, 8, (dir) => findWorkTreeRoot(dir));
    roots = targets.map((t) => found[byDirectory.get(t.isDirectory ? t.absolute : path.dirname(t.absolute))!]!);
  } catch (error) {
    if (error instanceof GitError && error.exitCode === null && /not installed/.test(error.message)) {
      warn('git is not installed: scanning every file on disk (.gitignore is not applied, the .env check is skipped)');
      return null;
    }
    throw error;
  }
  const distinct = new Set(roots);
  if (distinct.size > 1) {
    throw new InputError('the paths belong to different repositories (or some to none)', 'scan each repository with its own `leakwarden dir` run');
  }
  return roots[0] ?? null;
}

/**
 * Reads files one by one with synchronous calls: on a warm cache this is about 4x faster than fs.promises
 * (2,358 files of eslint: 58 ms against 224 ms with 32 reads in flight), and memory holds one file at a time.
 * O_NOFOLLOW skips symlinks (their targets are scanned as files of their own when inside the tree) and O_NONBLOCK
 * keeps a FIFO from blocking the open; fstat then skips anything that is not a regular file.
 */
function* readFiles(files: FileNames, root: string, maxFileSize: number, counters: SourceCounters, named: ReadonlySet<string>): Generator<Fragment> {
  const viaSymlink = symlinkedDirectories(root);
  // Names are relative and normal (git's, or path.relative's for a named file): joined by concatenation, which a
  // cold path.join (a normalizing loop over every character) costs some 10 µs a file more (2 ms of express's 213).
  const prefix = root + path.sep;
  const rawPrefix = Buffer.from(prefix);
  for (const file of files.names) {
    const raw = files.raw.get(file);
    let fd: number | undefined;
    try {
      // O_NOFOLLOW guards the last component only: a tracked path under a directory replaced by a symlink would
      // otherwise be read from wherever the link points, outside the tree.
      if (viaSymlink(path.posix.dirname(raw === undefined ? file : raw.toString('latin1')), raw !== undefined)) continue;
      fd = openSync(raw === undefined ? prefix + file : Buffer.concat([rawPrefix, raw]), READ_FLAGS);
      const info = fstatSync(fd);
      if (!info.isFile()) {
        if (named.has(file)) counters.unreadable(file, 'not a regular file (a FIFO, device or socket): not read');
        continue;
      }
      if (info.size > maxFileSize) {
        counters.tooLarge(file);
        continue;
      }
      if (info.size > WINDOW_BYTES) {
        // Under a raised --max-file-size: a window at a time, never the whole file (past V8's longest string, or
        // just a lot of memory).
        yield* windowedFragments(file, readPieces(fd, info.size), info.size, counters);
        continue;
      }
      const content = readWhole(fd, info.size);
      const text = counters.admit(file, content);
      if (text !== null) yield { path: file, text, bytes: content };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Gone from the work tree (tracked but deleted), a symlink, or a submodule directory: nothing to read, unless
      // the user named it.
      if (named.has(file) && code === 'ELOOP') counters.unreadable(file, 'a symbolic link: not followed (name the file it points to)');
      else if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ELOOP' && code !== 'EISDIR') {
        counters.unreadable(file, code ?? (error as Error).message);
      }
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/** Whether a directory (relative to root, `/`-separated) or one of its ancestors below root is a symlink; one lstat per directory. */
function symlinkedDirectories(root: string): (dir: string, bytes: boolean) => boolean {
  const known = new Map<string, boolean>([['.', false], ['', false]]);
  // `bytes`: the directory is a name's bytes, one character each (latin1), as a name that is not UTF-8 is kept.
  const check = (dir: string, bytes: boolean): boolean => {
    const key = bytes ? `\0${dir}` : dir;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    let linked: boolean;
    try {
      const where = bytes ? Buffer.concat([Buffer.from(root + path.sep), Buffer.from(dir, 'latin1')]) : path.join(root, dir);
      linked = check(path.posix.dirname(dir), bytes) || lstatSync(where).isSymbolicLink();
    } catch {
      linked = false; // missing: the open below reports it
    }
    known.set(key, linked);
    return linked;
  };
  return check;
}

const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Reads `size` bytes in pieces of 1 MiB (the file may shrink meanwhile: what was read is kept). */
function* readPieces(fd: number, size: number): Generator<Buffer> {
  for (let offset = 0; offset < size; ) {
    const piece = Buffer.allocUnsafe(Math.min(PIECE_BYTES, size - offset));
    const read = readSync(fd, piece, 0, piece.length, offset);
    if (read === 0) return;
    offset += read;
    yield read === piece.length ? piece : piece.subarray(0, read);
  }
}

const PIECE_BYTES = 1 << 20;

/** Reads `size` bytes (the file may shrink meanwhile: what was read is kept). */
function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, buffer, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}

