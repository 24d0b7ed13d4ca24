import { failure, git, gitPipe } from './git.ts';
import type { WindowPlace } from './windows.ts';
import { ByteWindows } from './windows.ts';

export interface BlobRead {
  readonly oid: string;
  /** Size in bytes as git reports it; -1 when the object is missing. */
  readonly size: number;
  /**
   * The object's bytes, or null when it is missing or larger than `maxSize` (its bytes are streamed past, not kept).
   * One window of them when `window` is set.
   */
  readonly content: Buffer | null;
  /**
   * Set when the object is larger than the reader's window size: it then comes as several reads in a row, one per
   * window (src/sources/windows.ts), the last with `window.last`.
   */
  readonly window?: WindowPlace;
}

/**
 * Reads `oids` through one `git cat-file --batch`, in the order asked, streaming (see BlobQueue, which this feeds all
 * at once); objects over `windowBytes`, when given, a window at a time.
 */
export async function* readBlobs(oids: readonly string[], options: { cwd: string; maxSize: number; windowBytes?: number }): AsyncGenerator<BlobRead> {
  if (oids.length === 0) return;
  const queue = new BlobQueue<null>(options.cwd, options.maxSize, options.windowBytes ?? null);
  for (const oid of oids) queue.request(oid, null);
  queue.end();
  for await (const { tag: _tag, ...blob } of queue.results()) yield blob;
}

/** The size in bytes of each of `oids` (`git cat-file --batch-check`, which reads no content); -1 when git lacks it. */
export async function objectSizes(oids: readonly string[], cwd: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (oids.length === 0) return sizes;
  const { stdout } = await git(['cat-file', '--batch-check'], { cwd, input: `${oids.join('\n')}\n` });
  for (const line of stdout.toString('utf8').split('\n')) {
    const [oid = '', type, size] = line.split(' ');
    if (oid !== '') sizes.set(oid, type === 'missing' || size === undefined ? -1 : Number(size));
  }
  return sizes;
}

/**
 * Object names written to git's stdin and not yet read back, at most: enough to keep git busy (thousands of objects
 * ahead of the reader), few enough that a history walk naming every blob long before they are read does not queue
 * them all in the pipe's write buffer (an object, a callback and a string each: some 150 bytes a blob, 25 MB for a
 * history of 170,000 blobs). Past it, names wait in `pending` (the caller's own strings, a slot each).
 */
const IN_FLIGHT = 4096;

/**
 * One long-lived `git cat-file --batch` fed while the caller is still discovering what to read: `request` queues an
 * object name for git's stdin (written at once while fewer than IN_FLIGHT are in flight), `results` hands the
 * objects back in request order, each with the tag it was asked with. Memory holds one object at a time (none of an
 * object over `maxSize`; one window of an object over `windowBytes`, when given) plus git's read-ahead. cat-file
 * applies no filters or textconv: repository config cannot run anything here.
 */
export class BlobQueue<Tag> {
  private readonly git;
  private readonly tags: Tag[] = [];
  private head = 0;
  private requested = 0;
  private ended = false;
  /** Names not yet written to git: `pending[pendingHead..]`. */
  private pending: string[] = [];
  private pendingHead = 0;
  /** Objects written to git and objects read back (whole: a windowed object counts at its last window). */
  private sent = 0;
  private received = 0;
  private flushQueued = false;

  constructor(
    cwd: string,
    private readonly maxSize: number,
    private readonly windowBytes: number | null = null,
  ) {
    // --buffer: git flushes when its buffer fills, not after every object (the reader is never waiting on one object).
    this.git = gitPipe(['cat-file', '--batch', '--buffer'], { cwd });
  }

  request(oid: string, tag: Tag): void {
    if (this.ended) throw new Error('BlobQueue: request after end');
    this.tags.push(tag);
    this.requested++;
    this.pending.push(oid);
    // Names asked for in one run of code (a history walk's chunk of log: hundreds of blobs) go to git in one write,
    // not one write each.
    if (!this.flushQueued && this.sent - this.received < IN_FLIGHT) {
      this.flushQueued = true;
      queueMicrotask(() => {
        this.flushQueued = false;
        if (!this.ended) this.send();
      });
    }
  }

  /** No more requests: git finishes what was asked (once the last names are written) and exits. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.send();
  }

  /**
   * Writes pending names while fewer than IN_FLIGHT are in flight (in one write), and ends git's stdin once the last
   * is written after `end`. Refilled from `results` when half are read back: git (--buffer) holds back at most a
   * buffer's worth of output, a few dozen objects, so what is in flight always comes back.
   */
  private send(): void {
    const count = Math.min(this.pending.length - this.pendingHead, IN_FLIGHT - (this.sent - this.received));
    if (count > 0) {
      const names = this.pending.slice(this.pendingHead, this.pendingHead + count);
      this.pendingHead += count;
      this.sent += count;
      if (this.pendingHead === this.pending.length) {
        this.pending = [];
        this.pendingHead = 0;
      } else if (this.pendingHead > 4096 && this.pendingHead * 2 > this.pending.length) {
        this.pending.splice(0, this.pendingHead);
        this.pendingHead = 0;
      }
      this.git.stdin.write(`${names.join('\n')}\n`);
    }
    if (this.ended && this.pendingHead === this.pending.length && !this.git.stdin.writableEnded) this.git.stdin.end();
  }

  /** Stops git (a reader that gives up). */
  stop(): void {
    this.ended = true;
    this.pending = [];
    this.pendingHead = 0;
    this.git.stop();
  }

  /** The objects in request order, each with its tag (`read` as a generator: a chunk of git's output at a time). */
  async *results(): AsyncGenerator<BlobRead & { readonly tag: Tag }> {
    let blobs: (BlobRead & { readonly tag: Tag })[] = [];
    let done = false;
    let wake: (() => void) | null = null;
    let resume: (() => void) | null = null;
    const signal = () => {
      const wakeUp = wake;
      wake = null;
      wakeUp?.();
    };
    const reading = this.read(
      (blob, tag) => void blobs.push({ ...blob, tag }),
      // The reader waits while what it read is being consumed: memory holds a chunk's objects at a time.
      () => (blobs.length === 0 ? undefined : new Promise<void>((resolve) => ((resume = resolve), signal()))),
    );
    reading.then(
      () => ((done = true), signal()),
      () => ((done = true), signal()),
    );
    try {
      for (;;) {
        if (blobs.length > 0) {
          const batch = blobs;
          blobs = [];
          yield* batch;
          const next = resume as (() => void) | null;
          resume = null;
          next?.();
          continue;
        }
        if (done) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      if (!done) this.stop();
    }
    await reading;
  }

  /**
   * Hands each object to `onBlob` in request order (an object in windows: each window, the tag the same), as git's
   * output arrives: a callback per object, no promise or generator step each. `afterChunk`, when given, is awaited
   * after each chunk of git's output (a reader that lets the event loop turn while it scans).
   */
  async read(onBlob: (blob: BlobRead, tag: Tag) => void, afterChunk?: () => Promise<void> | void): Promise<void> {
    const parser = new BatchParser(this.maxSize, this.windowBytes);
    let complete = false;
    const emit = (blob: BlobRead) => {
      const tag = this.tags[this.head];
      if (tag === undefined) throw failure(['cat-file', '--batch'], 0, 'git returned more objects than were asked for');
      if (blob.window !== undefined && !blob.window.last) {
        onBlob(blob, tag);
        return;
      }
      this.tags[this.head++] = undefined as Tag; // let the tag go
      this.received++;
      if (this.sent - this.received <= IN_FLIGHT / 2 && this.pendingHead < this.pending.length) this.send();
      if (this.head > 4096 && this.head * 2 > this.tags.length) {
        this.tags.splice(0, this.head);
        this.requested -= this.head;
        this.head = 0;
      }
      onBlob(blob, tag);
    };
    try {
      for await (const chunk of this.git.stdout) {
        parser.push(chunk, emit);
        if (afterChunk) await afterChunk();
      }
      complete = true;
    } finally {
      if (!complete) this.stop();
    }
    await this.git.finished();
    if (this.head !== this.requested) throw failure(['cat-file', '--batch'], 0, `read ${this.head} of ${this.requested} objects`);
  }
}

/**
 * Incremental parser for `cat-file --batch` output: `<oid> <type> <size>\n<bytes>\n` or `<oid> missing\n`. An
 * object over `windowBytes` comes out in windows as its bytes arrive, never whole.
 */
export class BatchParser {
  private pending: Buffer = Buffer.alloc(0);
  private current: { oid: string; size: number; parts: Buffer[] | null; windows: ByteWindows | null; remaining: number } | null = null;

  constructor(
    private readonly maxSize: number,
    private readonly windowBytes: number | null = null,
  ) {}

  push(chunk: Buffer, emit: (blob: BlobRead) => void): void {
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
          emit({ oid, size: -1, content: null });
          continue;
        }
        const size = Number(fields[2]);
        const kept = size <= this.maxSize;
        const windowed = kept && this.windowBytes !== null && size > this.windowBytes;
        // +1 for the newline git writes after each object's bytes
        this.current = { oid, size, parts: kept && !windowed ? [] : null, windows: windowed ? new ByteWindows(this.windowBytes!) : null, remaining: size + 1 };
      }
      const current = this.current;
      const take = Math.min(current.remaining, data.length - offset);
      if (current.parts) current.parts.push(data.subarray(offset, offset + take));
      if (current.windows) {
        // The object's bytes, without the newline after them.
        const bytes = data.subarray(offset, offset + Math.min(take, current.remaining - 1));
        for (const window of current.windows.push(bytes)) emit({ oid: current.oid, size: current.size, content: window.bytes, window: window.place });
      }
      current.remaining -= take;
      offset += take;
      if (current.remaining === 0) {
        this.current = null;
        if (current.windows) {
          for (const window of current.windows.end()) emit({ oid: current.oid, size: current.size, content: window.bytes, window: window.place });
          continue;
        }
        // An object within one chunk of git's output is a view of it, not a copy (most blobs of a history).
        const { parts } = current;
        const content = parts === null ? null : (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).subarray(0, current.size);
        emit({ oid: current.oid, size: current.size, content });
      }
    }
    if (offset < data.length) this.pending = Buffer.from(data.subarray(offset));
    data = Buffer.alloc(0);
  }
}
