import type { HistoryProgress } from '../history/scan-history.ts';
import { formatBytes } from '../report/terminal.ts';

/** Redrawn at most this often. */
const INTERVAL_MS = 200;

/**
 * One line on a terminal's stderr, redrawn in place: blobs read of those found, throughput, and (once the commit
 * walk has ended and the total is known) the time left. Never used when stderr is not a terminal.
 */
export class ProgressLine {
  private readonly started = Date.now();
  private last = 0;
  private drawn = false;

  constructor(private readonly stream: { write(text: string): unknown }) {}

  update(progress: HistoryProgress): void {
    const now = Date.now();
    if (now - this.last < INTERVAL_MS) return;
    this.last = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = progress.bytes / seconds;
    const total = progress.listed ? `${progress.blobsTotal}` : `${progress.blobsTotal}+`;
    const left = progress.blobsTotal - progress.blobsDone;
    const eta = progress.listed && progress.blobsDone > 0 ? ` · ETA ${Math.ceil((left * seconds) / progress.blobsDone)}s` : '';
    this.stream.write(`\r\x1b[2Kleakwarden: ${progress.commits} commits · ${progress.blobsDone}/${total} blobs · ${formatBytes(rate)}/s${eta}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
