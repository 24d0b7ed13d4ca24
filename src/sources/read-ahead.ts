import type { Readable } from 'node:stream';

/**
 * Reads a stream as fast as its writer writes, up to `limit` bytes ahead of the consumer, and hands the chunks out
 * in order. A child process's pipe holds 64 kB: without this, git stops at a full pipe every time the scanner is busy
 * with what it read, and the two take turns instead of running side by side on two cores.
 */
export interface ReadAhead extends AsyncIterable<Buffer> {
  /** The stream has ended: all it will give is queued, and the reader need not let the event loop turn for more. */
  readonly ended: boolean;
}

export function readAhead(stream: Readable, limit = 8 * 1024 * 1024): ReadAhead {
  const queue: Buffer[] = [];
  let head = 0;
  let queued = 0;
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  stream.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued > limit) stream.pause();
    signal();
  });
  stream.on('end', () => {
    ended = true;
    signal();
  });
  stream.on('error', (error: Error) => {
    failure = error;
    signal();
  });
  return {
    get ended() {
      return ended;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (head < queue.length) {
          const chunk = queue[head]!;
          queue[head++] = EMPTY;
          if (head > 1024) {
            queue.splice(0, head);
            head = 0;
          }
          queued -= chunk.length;
          if (stream.isPaused() && queued <= limit / 2) stream.resume();
          yield chunk;
          continue;
        }
        if (failure) throw failure;
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

const EMPTY = Buffer.alloc(0);
