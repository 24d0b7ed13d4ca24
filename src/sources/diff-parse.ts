import type { LineRanges } from '../types.ts';

/** One record of `git diff --raw -z --no-abbrev`. */
export interface RawEntry {
  readonly srcMode: string;
  readonly dstMode: string;
  readonly srcOid: string;
  readonly dstOid: string;
  /** Status letter (A, C, D, M, R, T, U, X); `score` holds the similarity of R and C. */
  readonly status: string;
  readonly score: number | null;
  /** The path before a rename or copy; equal to `path` otherwise. Bytes kept for exact pathspecs. */
  readonly srcPath: Buffer;
  readonly path: Buffer;
}

/**
 * Parses `--raw -z` output: `:srcmode dstmode srcoid dstoid STATUS\0path\0` (R and C add a second path). Paths are
 * kept as bytes because git prints them as they are stored (not necessarily UTF-8).
 */
export function parseRawZ(output: Buffer): RawEntry[] {
  const fields = splitBuffer(output, 0);
  const entries: RawEntry[] = [];
  for (let i = 0; i < fields.length; ) {
    const header = fields[i]!.toString('latin1');
    if (!header.startsWith(':')) break;
    const [srcMode = '', dstMode = '', srcOid = '', dstOid = '', statusField = ''] = header.slice(1).split(' ');
    const status = statusField.charAt(0);
    const score = statusField.length > 1 ? Number(statusField.slice(1)) : null;
    const twoPaths = status === 'R' || status === 'C';
    const first = fields[i + 1];
    const second = twoPaths ? fields[i + 2] : first;
    if (first === undefined || second === undefined) throw new Error(`truncated raw diff record: ${header}`);
    entries.push({ srcMode, dstMode, srcOid, dstOid, status, score, srcPath: first, path: second });
    i += twoPaths ? 3 : 2;
  }
  return entries;
}

/** Per blob, the lines a `-U0 --full-index` patch adds (by destination oid), and the blobs git called binary. */
export interface PatchLines {
  readonly added: ReadonlyMap<string, LineRanges>;
  readonly binary: ReadonlySet<string>;
}

const INDEX_LINE = /^index [0-9a-f]+\.\.([0-9a-f]+)/;
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads added line ranges from patch text. Files are matched by the destination blob named on each block's
 * `index` line rather than by the `diff --git` header, whose paths git C-quotes. A block without an `index` line
 * (a pure rename or mode change) adds nothing.
 */
export function parsePatchLines(patch: string): PatchLines {
  const added = new Map<string, [number, number][]>();
  const binary = new Set<string>();
  let oid: string | null = null;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      oid = null;
      continue;
    }
    if (oid === null) {
      const index = INDEX_LINE.exec(line);
      if (index) {
        oid = index[1]!;
        if (!added.has(oid)) added.set(oid, []);
      }
      continue;
    }
    if (line.startsWith('@@')) {
      const hunk = HUNK_HEADER.exec(line);
      if (!hunk) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) added.get(oid)!.push([start, start + count - 1]);
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      binary.add(oid);
    }
  }
  for (const ranges of added.values()) normalise(ranges);
  return { added, binary };
}

/** Sorts and merges ranges in place. */
function normalise(ranges: [number, number][]): void {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = 0;
  for (const range of ranges) {
    const last = ranges[out - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else ranges[out++] = range;
  }
  ranges.length = out;
}

export function splitBuffer(buffer: Buffer, separator: number): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let end = buffer.indexOf(separator, start); end !== -1; end = buffer.indexOf(separator, start)) {
    parts.push(buffer.subarray(start, end));
    start = end + 1;
  }
  if (start < buffer.length) parts.push(buffer.subarray(start));
  return parts;
}
