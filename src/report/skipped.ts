import type { ScanStats, Skipped } from '../types.ts';

/**
 * What a scan did not read, as every report words it. Binary files are skipped on purpose and only counted; files
 * over the size limit are listed; unreadable ones (a file that could not be read, an object missing from the
 * repository, a file the detector could not finish) are listed and make the scan incomplete (src/verdict.ts).
 */

/** Files listed one by one in a report before the rest are only counted. */
export const SKIPPED_LISTED = 20;

/** The files a report names: every skipped file but binary ones. */
export function notScanned(stats: Pick<ScanStats, 'skipped'>): readonly Skipped[] {
  return stats.skipped.filter((s) => s.reason !== 'binary');
}

/** The files whose skipping makes the scan incomplete. */
export function unreadable(stats: Pick<ScanStats, 'skipped'>): readonly Skipped[] {
  return stats.skipped.filter((s) => s.reason === 'unreadable');
}

/** Why a file was not scanned, in a few words. */
export function skipReason(skipped: Skipped): string {
  switch (skipped.reason) {
    case 'binary':
      return 'a binary file';
    case 'too-large':
      return 'larger than --max-file-size';
    case 'unreadable':
      return `unreadable${skipped.detail ? `: ${skipped.detail}` : ''}`;
  }
}

/** `path (why)` for the first SKIPPED_LISTED files a report names, and how many more there are. */
export function skippedLines(stats: Pick<ScanStats, 'skipped'>): { readonly lines: readonly string[]; readonly more: number } {
  const named = notScanned(stats);
  return { lines: named.slice(0, SKIPPED_LISTED).map((s) => `${s.path} (${skipReason(s)})`), more: Math.max(0, named.length - SKIPPED_LISTED) };
}
