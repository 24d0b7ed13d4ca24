import type { Locator } from './location.ts';
import type { WorkCounts } from './work.ts';

/**
 * Allow comments. Ours, and the markers users already have from other scanners, so that a repository moving to
 * leakwarden keeps its reviewed exceptions: `gitleaks:allow`, detect-secrets' `pragma: allowlist secret` (and its
 * `pragma: allowlist nextline secret`), `trufflehog:ignore`. The comment syntax around a marker is not checked:
 * every language writes comments differently, and a marker is not something code says by accident.
 *
 * `next`: markers for the line after, for lines that cannot hold a comment after the secret (.properties,
 * multi-line strings, PEM blocks).
 */
const MARKERS = /(?<next>leakwarden:allow-next-line|pragma:[ \t]*allowlist[ \t-]+nextline[ \t-]+secret)|leakwarden:allow(?![-\w])|gitleaks:allow|trufflehog:ignore|pragma:[ \t]*allowlist[ \t-]+secret/gi;

/**
 * The lines of one text that allow comments cover: a marker's own line, or the line after a next-line marker.
 * Nothing else: a marker never reaches further. Worked out in one pass over the text, on the first question, so
 * that a line dense with findings costs no more than one with a single finding.
 */
export class InlineAllows {
  private lines: Set<number> | undefined;

  constructor(
    private readonly text: string,
    private readonly locator: Locator,
    private readonly work: WorkCounts,
  ) {}

  /** Whether a marker covers one of the lines `first..last` (1-based, inclusive). */
  covers(first: number, last: number): boolean {
    const lines = (this.lines ??= this.find());
    if (lines.size === 0) return false;
    for (let line = first; line <= last; line++) if (lines.has(line)) return true;
    return false;
  }

  private find(): Set<number> {
    const lines = new Set<number>();
    MARKERS.lastIndex = 0;
    for (let match = MARKERS.exec(this.text); match !== null; match = MARKERS.exec(this.text)) {
      const line = this.locator.position(match.index).line;
      lines.add(match.groups?.next === undefined ? line : line + 1);
    }
    this.work.locate += 1 + this.text.length;
    return lines;
  }
}
