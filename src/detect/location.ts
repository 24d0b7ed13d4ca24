import type { WorkCounts } from './work.ts';
import { newWorkCounts } from './work.ts';

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

/**
 * Maps offsets in `text` to 1-based line and column. Line starts are computed on first use, so a fragment without
 * findings costs nothing here. `origin` is where `text[0]` sits in its file when `text` is a window of it (positions
 * are then the file's), 1:1 otherwise.
 */
export class Locator {
  private starts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly work: WorkCounts = newWorkCounts(),
    private readonly origin: Position = { line: 1, column: 1 },
  ) {}

  position(offset: number): Position {
    const index = this.lineIndex(offset);
    const column = offset - this.starts![index]! + (index === 0 ? this.origin.column : 1);
    return { line: this.origin.line + index, column };
  }

  /** Offsets of the start and end (before `\r\n` or `\n`) of the line holding `offset`, in O(log lines). */
  lineBounds(offset: number): { start: number; end: number } {
    const starts = this.lineStarts();
    const line = this.lineIndex(offset) + 1;
    const start = starts[line - 1]!;
    let end = line < starts.length ? starts[line]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  }

  /** 0-based index in `text` of the line holding `offset`. */
  private lineIndex(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    let steps = 1;
    for (; low < high; steps++) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    this.work.locate += steps;
    return low;
  }

  private lineStarts(): number[] {
    if (this.starts === undefined) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      this.work.locate += 1 + this.text.length;
    }
    return this.starts;
  }
}
