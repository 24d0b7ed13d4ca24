import type { LineRanges } from '../types.ts';
import type { RawEntry } from './diff-parse.ts';
import { parseRawZ } from './diff-parse.ts';

/** One file of a full-context patch: its new content and the lines the change adds. */
export interface PatchedFile {
  readonly entry: RawEntry;
  /** The new content as git printed it; null when git printed none (binary, too large, or no hunk). */
  readonly content: Buffer | null;
  /** The content's size in bytes (counted even when it is over the limit and not kept). */
  readonly size: number;
  /** Lines the change adds, 1-based; every line for a new file. */
  readonly added: LineRanges;
  /** git printed "Binary files … differ" (by content, or by a .gitattributes setting). */
  readonly binary: boolean;
}

const NUL = 0;
const NEWLINE = 10;

/**
 * Streams `git diff --raw -z -p --full-index -U<huge>` output into files. With unlimited context every hunk covers
 * its whole file, so the patch alone holds each file's full new content (context and added lines) and which lines
 * were added: one git process answers what a `-U0` patch plus a blob read would. Files come out one at a time, as
 * their patch ends; a file over `maxSize` is counted, not kept.
 */
export async function* parseFullContextDiff(output: AsyncIterable<Buffer>, maxSize: number): AsyncGenerator<PatchedFile> {
  let pending: Buffer = Buffer.alloc(0);
  let entries: RawEntry[] | null = null;
  // Raw entries not yet matched to a patch block, by destination blob, in output order. Blocks are matched by the
  // blobs on their `index` line (their `diff --git` paths are C-quoted); the deletion half of a type change
  // (destination 0000…) matches nothing.
  const unclaimed = new Map<string, RawEntry[]>();
  let block: Block | null = null;

  const finish = (current: Block | null): PatchedFile | null => {
    if (current === null || current.dstOid === null) return null;
    const queue = unclaimed.get(current.dstOid);
    if (!queue || queue.length === 0) return null;
    const at = Math.max(0, queue.findIndex((e) => e.srcOid === current.srcOid));
    const [entry] = queue.splice(at, 1);
    return current.result(entry!, maxSize);
  };

  for await (const chunk of output) {
    let data: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let offset = 0;
    if (entries === null) {
      // The raw section ends with an empty NUL-terminated field.
      const end = data.indexOf(Buffer.from([NUL, NUL]));
      if (end === -1 && !startsPatch(data)) {
        pending = data;
        continue;
      }
      const rawEnd = end === -1 ? 0 : end + 1;
      entries = parseRawZ(data.subarray(0, rawEnd));
      for (const entry of entries) {
        const queue = unclaimed.get(entry.dstOid);
        if (queue) queue.push(entry);
        else unclaimed.set(entry.dstOid, [entry]);
      }
      offset = end === -1 ? 0 : end + 2;
    }
    for (let newline = data.indexOf(NEWLINE, offset); newline !== -1; newline = data.indexOf(NEWLINE, offset)) {
      const line = data.subarray(offset, newline);
      offset = newline + 1;
      if (startsWith(line, DIFF_GIT)) {
        const done = finish(block);
        if (done) yield done;
        block = new Block();
      } else if (block) block.line(line, maxSize);
    }
    pending = data.subarray(offset);
    data = Buffer.alloc(0);
  }
  if (pending.length > 0 && block) block.line(pending, maxSize);
  const done = finish(block);
  if (done) yield done;
}

const DIFF_GIT = Buffer.from('diff --git ');
const INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/;
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

class Block {
  srcOid: string | null = null;
  dstOid: string | null = null;
  private inHunks = false;
  private binary = false;
  private lines: Buffer[] = [];
  private size = 0;
  private newLine = 1;
  private lastKept: 'new' | 'old' | null = null;
  private missingFinalNewline = false;
  private readonly added: [number, number][] = [];
  /** More than one hunk means context was cut: the content is incomplete. */
  private hunks = 0;

  line(line: Buffer, maxSize: number): void {
    if (!this.inHunks) {
      const text = line.toString('latin1');
      const index = INDEX.exec(text);
      if (index) {
        this.srcOid = index[1]!;
        this.dstOid = index[2]!;
      } else if (text.startsWith('Binary files ')) this.binary = true;
      else if (text.startsWith('@@')) this.hunk(text);
      return;
    }
    // An empty line is a blank context line: diff.suppressBlankEmpty drops its leading space.
    const kind = line.length === 0 ? 0x20 : line[0];
    if (kind === 0x40 /* @ */) this.hunk(line.toString('latin1'));
    else if (kind === 0x2b /* + */ || kind === 0x20 /* space */) {
      if (kind === 0x2b) this.markAdded(this.newLine);
      this.newLine++;
      this.size += Math.max(1, line.length); // the dropped prefix stands for the newline
      if (this.size <= maxSize) this.lines.push(line.subarray(1));
      this.lastKept = 'new';
    } else if (kind === 0x2d /* - */) this.lastKept = 'old';
    else if (kind === 0x5c /* \ No newline at end of file */ && this.lastKept === 'new') this.missingFinalNewline = true;
  }

  private hunk(text: string): void {
    const match = HUNK.exec(text);
    if (!match) return;
    this.inHunks = true;
    this.hunks++;
    this.newLine = Number(match[1]) || 1;
  }

  private markAdded(line: number): void {
    const last = this.added[this.added.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else this.added.push([line, line]);
  }

  result(entry: RawEntry, maxSize: number): PatchedFile {
    const size = this.missingFinalNewline ? this.size - 1 : this.size;
    let content: Buffer | null = null;
    if (!this.binary && this.hunks === 1 && size <= maxSize) {
      content = Buffer.concat(this.lines.flatMap((l, i) => (i === 0 ? [l] : [LF, l])));
      if (this.lines.length > 0 && !this.missingFinalNewline) content = Buffer.concat([content, LF]);
    }
    return { entry, content, size, added: this.added, binary: this.binary };
  }
}

const LF = Buffer.from('\n');

function startsWith(line: Buffer, prefix: Buffer): boolean {
  return line.length >= prefix.length && line.subarray(0, prefix.length).equals(prefix);
}

function startsPatch(data: Buffer): boolean {
  return startsWith(data, DIFF_GIT);
}
