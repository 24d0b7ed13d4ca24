import { closeSync, openSync, writeSync } from 'node:fs';
import type { RuleInfo, ScanResult } from '../types.ts';

/** What a reporter may know besides the result. */
export interface ReportContext {
  readonly toolVersion: string;
  /** Metadata of every rule that could have fired, by id (descriptions, remediation). */
  readonly rules: ReadonlyMap<string, RuleInfo>;
  readonly color: boolean;
}

/** Turns a finished (redacted) result into text. Pure and synchronous: no I/O, no clock. */
export interface Reporter {
  readonly id: string;
  format(result: ScanResult, context: ReportContext): string;
  /**
   * The same text as `format`, in pieces (of 32 k characters or so), for reports too large to be one string: a history
   * with hundreds of thousands of findings makes a report past what a JavaScript string can hold (2^29 characters),
   * and twice the memory of the findings themselves. The CLI writes the pieces as they come. Pure and synchronous
   * like `format`; a reporter whose text stays small need not have it.
   */
  chunks?(result: ScanResult, context: ReportContext): Iterable<string>;
}

/** A reporter's text in pieces: its `chunks`, or its `format` as one piece. */
export function reportChunks(reporter: Reporter, result: ScanResult, context: ReportContext): Iterable<string> {
  return reporter.chunks ? reporter.chunks(result, context) : [reporter.format(result, context)];
}

/** Writes a report's pieces to `file` (created or truncated) one at a time: never the whole text as one string. */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/**
 * Joins pieces of text into pieces of about `size` characters: fewer writes than one per finding, and each short
 * enough (under 128 kB, two bytes a character at worst) for V8's young generation, where garbage is cheap and goes
 * at once. Pieces of a megabyte went to the large-object space, which is collected only as the whole heap is: the
 * 700 MB report of 450,000 findings took 600 MB more to write than the findings took.
 */
export function* batched(pieces: Iterable<string>, size = 32 << 10): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}
