import type { GitStream } from '../sources/git.ts';
import { streamGit } from '../sources/git.ts';

/** One commit of the log and the files it changed, as `git log --raw -c` reports them. */
export interface LogCommit {
  readonly sha: string;
  /** Author date, strict ISO 8601. */
  readonly date: string;
  readonly author: string;
  readonly email: string;
  readonly changes: readonly LogChange[];
}

export interface LogChange {
  readonly path: string;
  /** The file's blob after the commit; null when the commit deleted it or it is not a regular file (symlink, submodule). */
  readonly blob: string | null;
  /** The regular-file blobs the path held before the commit: one per parent that had it (merges have several). */
  readonly before: readonly string[];
}

/** What a whole-history audit walks: every ref. */
export const AUDIT_REVISIONS: readonly string[] = ['--all'];

/** Marks the start of a commit record (\x01); the format's fields follow, NUL-separated (`-z`). */
const RECORD = 1;
const COLON = 58;
const SPACE = 32;
const FORMAT = '--format=%x01%H%x00%aI%x00%an%x00%ae';
const HEADER_FIELDS = 4;
const ZERO_OID = /^0+$/;

/**
 * The log the history scan reads: for every commit, which blob each changed path went from and to. `-c` shows a
 * merge's files that differ from every parent (a conflict resolution, an "evil merge"), so every blob that enters
 * the history is named by exactly the commit that brought it in. No renames (they cost a similarity search); no
 * content: blobs are read once each, elsewhere.
 */
export function gitLog(cwd: string, revisions: readonly string[]): GitStream {
  return streamGit(
    [
      'log', '--raw', '-z', '-c', '--no-abbrev', '--root', '--no-renames', '--no-ext-diff', '--no-textconv',
      '--no-show-signature', '--no-color', FORMAT, ...revisions,
    ],
    { cwd },
  );
}

/**
 * Parses `gitLog` output as it streams, fed a chunk at a time, handing each complete commit to a callback. Fields are
 * NUL-terminated; a commit's record starts with \x01 (a raw entry's path comes right after its header, so a path that
 * starts with \x01 is still read as a path). A callback per commit, not an async generator's turn per commit (the
 * generator's promises and the state machine TurboFan compiled for it, again after each deoptimisation, were some of
 * a 3,000-commit scan's CPU).
 */
export class LogParser {
  private carry: Buffer | null = null;
  private header: string[] | null = null;
  private changes: LogChange[] = [];
  /** The raw entry whose path is the next field. */
  private pending: { readonly blob: string | null; readonly before: string[] } | null = null;

  push(chunk: Buffer, onCommit: (commit: LogCommit) => void): void {
    const data: Buffer = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(0, start); end !== -1; end = data.indexOf(0, start)) {
      const at = start;
      start = end + 1;
      if (this.pending !== null) {
        this.changes.push({ path: data.toString('utf8', at, end), blob: this.pending.blob, before: this.pending.before });
        this.pending = null;
        continue;
      }
      if (this.header !== null && this.header.length < HEADER_FIELDS) {
        this.header.push(data.toString('utf8', at, end));
        continue;
      }
      const from = data[at] === 10 ? at + 1 : at;
      if (data[from] === RECORD) {
        this.finish(onCommit);
        this.header = [data.toString('latin1', from + 1, end)];
      } else if (data[from] === COLON) {
        this.pending = parseRawHeader(data, from, end);
      } else if (from < end) {
        throw new Error(`unexpected git log output: ${JSON.stringify(data.toString('utf8', from, Math.min(end, from + 80)))}`);
      }
    }
    this.carry = start < data.length ? Buffer.from(data.subarray(start)) : null;
  }

  /** The output has ended: the last commit, or an error if it ended inside a record. */
  end(onCommit: (commit: LogCommit) => void): void {
    const { carry } = this;
    if (this.pending !== null || (carry !== null && carry.length > 0 && carry.toString('utf8').trim() !== '')) {
      throw new Error('git log output ended in the middle of a record');
    }
    this.finish(onCommit);
  }

  private finish(onCommit: (commit: LogCommit) => void): void {
    const { header } = this;
    if (header === null) return;
    const [sha = '', date = '', author = '', email = ''] = header;
    const commit = { sha, date, author, email, changes: this.changes };
    this.header = null;
    this.changes = [];
    onCommit(commit);
  }
}

/**
 * `:srcmode dstmode srcoid dstoid S` for one parent; a merge under `-c` has one colon, one mode and one oid per
 * parent: `::m1 m2 mNew o1 o2 oNew SS`. Read from the bytes (`data[from..end]`), each field a string of its own: a
 * history walk keeps an oid for every blob, and a piece split from the record's text would keep the whole record.
 */
function parseRawHeader(data: Buffer, from: number, end: number): { blob: string | null; before: string[] } {
  let parents = 0;
  while (data[from + parents] === COLON) parents++;
  const fields: string[] = [];
  for (let at = from + parents; at <= end && fields.length < 2 * parents + 2; ) {
    let space = data.indexOf(SPACE, at);
    if (space === -1 || space > end) space = end;
    fields.push(data.toString('latin1', at, space));
    at = space + 1;
  }
  const modes = fields.slice(0, parents + 1);
  const oids = fields.slice(parents + 1, 2 * parents + 2);
  if (oids.length !== parents + 1) throw new Error(`unexpected raw diff record: ${data.toString('utf8', from, Math.min(end, from + 120))}`);
  const before: string[] = [];
  for (let i = 0; i < parents; i++) {
    const oid = oids[i]!;
    if (isRegularFile(modes[i]!) && !ZERO_OID.test(oid) && !before.includes(oid)) before.push(oid);
  }
  const after = oids[parents]!;
  return { blob: isRegularFile(modes[parents]!) && !ZERO_OID.test(after) ? after : null, before };
}

/** 100644, 100755 (and the historical 100664); not symlinks (120000), submodules (160000) or deletions (000000). */
function isRegularFile(mode: string): boolean {
  return mode.startsWith('100');
}
