import { failure, streamGit } from './git.ts';

export interface BlobRead {
  readonly oid: string;
  /** Size in bytes as git reports it; -1 when the object is missing. */
  readonly size: number;
  /** The object's bytes, or null when it is missing or larger than `maxSize` (its bytes are streamed past, not kept). */
  readonly content: Buffer | null;
}

/**
 * Reads objects through one long-lived `git cat-file --batch`, in the order asked, streaming: memory holds one object
 * at a time (and none of an object over `maxSize`). cat-file applies no filters or textconv, so repository config
 * cannot run anything here.
 */
export async function* readBlobs(oids: readonly string[], options: { cwd: string; maxSize: number }): AsyncGenerator<BlobRead> {
  if (oids.length === 0) return;
  const args = ['cat-file', '--batch'];
  const git = streamGit(args, { cwd: options.cwd, input: `${oids.join('\n')}\n` });
  const parser = new BatchParser(options.maxSize);
  let delivered = 0;
  let complete = false;
  try {
    for await (const chunk of git.stdout) {
      for (const blob of parser.push(chunk)) {
        delivered++;
        yield blob;
      }
    }
    complete = true;
  } finally {
    // Only a reader that gave up early stops git; after a complete read git exits on its own.
    if (!complete) git.stop();
  }
  await git.finished();
  if (delivered !== oids.length) throw failure(args, 0, `read ${delivered} of ${oids.length} objects`);
}

/** Incremental parser for `cat-file --batch` output: `<oid> <type> <size>\n<bytes>\n` or `<oid> missing\n`. */
export class BatchParser {
  private pending: Buffer = Buffer.alloc(0);
  private current: { oid: string; size: number; parts: Buffer[] | null; remaining: number } | null = null;

  constructor(private readonly maxSize: number) {}

  *push(chunk: Buffer): Generator<BlobRead> {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    let offset = 0;
    while (offset < data.length) {
      if (this.current === null) {
        const newline = data.indexOf(10, offset);
        if (newline === -1) break;
        const header = data.toString('utf8', offset, newline);
        offset = newline + 1;
        const fields = header.split(' ');
        const oid = fields[0] ?? '';
        if (fields[1] === 'missing' || fields.length < 3) {
          yield { oid, size: -1, content: null };
          continue;
        }
        const size = Number(fields[2]);
        // +1 for the newline git writes after each object's bytes
        this.current = { oid, size, parts: size <= this.maxSize ? [] : null, remaining: size + 1 };
      }
      const current = this.current;
      const take = Math.min(current.remaining, data.length - offset);
      if (current.parts) current.parts.push(data.subarray(offset, offset + take));
      current.remaining -= take;
      offset += take;
      if (current.remaining === 0) {
        const content = current.parts ? Buffer.concat(current.parts).subarray(0, current.size) : null;
        this.current = null;
        yield { oid: current.oid, size: current.size, content };
      }
    }
    if (offset < data.length) this.pending = Buffer.from(data.subarray(offset));
    data = Buffer.alloc(0);
  }
}
