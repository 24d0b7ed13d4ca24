import type { Readable } from 'node:stream';
import type { Fragment } from '../types.ts';
import type { Source } from './source.ts';
import { SourceCounters } from './source.ts';
import { WINDOW_BYTES, windowedFragments } from './windows.ts';

export interface StdinOptions {
  readonly input: Readable;
  /** The name findings carry (and path-based rules see); default `stdin`. */
  readonly path: string;
  readonly maxFileSize: number;
  readonly cwd: string;
}

/** Standard input as one fragment. Reading stops counting past the size limit, which skips it as too large. */
export function createStdinSource(options: StdinOptions): Source {
  const counters = new SourceCounters();
  return {
    mode: 'stdin',
    root: options.cwd,
    repoRoot: null,
    counters,
    facts: [],
    async *fragments(): AsyncGenerator<Fragment> {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of options.input as AsyncIterable<Buffer | string>) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buffer.length;
        if (size <= options.maxFileSize) chunks.push(buffer);
      }
      if (size > options.maxFileSize) {
        counters.tooLarge(options.path);
        return;
      }
      if (size <= WINDOW_BYTES) {
        const content = Buffer.concat(chunks);
        const text = counters.admit(options.path, content);
        if (text !== null) yield { path: options.path, text, bytes: content };
        return;
      }
      // Larger input (under a raised --max-file-size) is scanned a window at a time: read whole, it can be past what
      // one string holds (600 MB ended in a stack trace).
      yield* windowedFragments(options.path, released(chunks), size, counters);
    },
  };
}

/** The input read in `chunks`, each chunk let go as it is handed on. */
function* released(chunks: Buffer[]): Generator<Buffer> {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    chunks[i] = EMPTY;
    yield chunk;
  }
}

const EMPTY = Buffer.alloc(0);
