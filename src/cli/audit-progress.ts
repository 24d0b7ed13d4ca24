import type { AuditProgress } from '../audit/run-audit.ts';
import { clean } from '../report/terminal.ts';

/** Redrawn at most this often (the last state is always drawn). */
const INTERVAL_MS = 200;

/**
 * The audit's line on a terminal's stderr, redrawn in place: repositories done of the total, and the ones being
 * cloned or scanned now. Never used when stderr is not a terminal.
 */
export class AuditProgressLine {
  private last = 0;
  private drawn = false;

  constructor(
    private readonly stream: { write(text: string): unknown },
    private readonly columns = 100,
  ) {}

  update(progress: AuditProgress): void {
    const now = Date.now();
    if (now - this.last < INTERVAL_MS && progress.done < progress.total) return;
    this.last = now;
    const current = progress.running.length > 0 ? ` · ${progress.running.map(clean).join(', ')}` : '';
    const text = `leakwarden: audit ${progress.done}/${progress.total} ${progress.total === 1 ? 'repository' : 'repositories'}${current}`;
    this.stream.write(`\r\x1b[2K${text.length > this.columns - 1 ? `${text.slice(0, this.columns - 2)}…` : text}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
