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
 * findings costs nothing here.
 */
export class Locator {
  private starts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly work: WorkCounts = newWorkCounts(),
  ) {}

  position(offset: number): Position {
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
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** Offsets of the start and end (before `\r\n` or `\n`) of the line holding `offset`, in O(log lines). */
  lineBounds(offset: number): { start: number; end: number } {
    const starts = this.lineStarts();
    const line = this.position(offset).line;
    const start = starts[line - 1]!;
    let end = line < starts.length ? starts[line]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
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
