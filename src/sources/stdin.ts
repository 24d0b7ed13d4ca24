import type { Readable } from 'node:stream';
import type { Fragment } from '../types.ts';
import type { Source } from './source.ts';
import { SourceCounters } from './source.ts';

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
      const text = counters.admit(options.path, Buffer.concat(chunks));
      if (text !== null) yield { path: options.path, text };
    },
  };
}
