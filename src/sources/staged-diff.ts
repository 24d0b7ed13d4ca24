import { StringDecoder } from 'node:string_decoder';
import type { LineRanges } from '../types.ts';
import type { RawEntry } from './diff-parse.ts';
import { parseRawZ } from './diff-parse.ts';

/** One file of a full-context patch: its new content and the lines the change adds (none for a pure rename). */
export interface PatchedFile {
  readonly entry: RawEntry;
  /** The new content (UTF-8 decoded, as a blob read would be); null when git printed none or it is over the limit. */
  readonly content: string | null;
  /** The content's size in bytes. */
  readonly size: number;
  /** Lines the change adds, 1-based; every line for a new file. */
  readonly added: LineRanges;
  /** git printed "Binary files … differ" (by content, or by a .gitattributes setting). */
  readonly binary: boolean;
}

const RAW_END = Buffer.from([0, 0]);
const FILE_HEADER = '\ndiff --git ';

/**
 * Streams `git diff --raw -z -p --full-index -U<huge>` output into files. With unlimited context every hunk covers
 * its whole file, so the patch alone holds each file's full new content (context and added lines) and which lines
 * were added: one git process answers what a `-U0` patch plus a blob read would. Files come out one at a time, as
 * their patch ends.
 *
 * This is the pre-commit hot path, and a hook runs cold: per-line JavaScript runs in V8's interpreter there (a
 * line-by-line parser took 14 ms on a 150 kB patch). So each file's patch is taken whole and reduced with a few
 * native string and regex passes instead.
 *
 * Each piece of output is searched once, for the next file's header: a patch is kept as the pieces it arrived in and
 * joined once, when it ends. (It used to be one string grown by every piece and searched from its start each time:
 * work that grew with the square of a file's size, 317 s for a staged file of 200 MB.) `work.chars`, when given,
 * counts the characters searched and joined, which tests hold to linear.
 */
export async function* parseFullContextDiff(output: AsyncIterable<Buffer>, maxSize: number, work: { chars: number } = { chars: 0 }): AsyncGenerator<PatchedFile> {
  let raw: Buffer = Buffer.alloc(0);
  let rawDone = false;
  const decoder = new StringDecoder('utf8');
  // Raw entries not yet matched to a patch, by destination blob, in output order. Patches are matched by the blobs
  // on their `index` line (their `diff --git` paths are C-quoted); the deletion half of a type change (destination
  // 0000…) matches nothing.
  const unclaimed = new Map<string, RawEntry[]>();
  const take = (srcOid: string, dstOid: string): RawEntry | undefined => {
    const queue = unclaimed.get(dstOid);
    if (!queue || queue.length === 0) return undefined;
    return queue.splice(Math.max(0, queue.findIndex((e) => e.srcOid === srcOid)), 1)[0];
  };
  const claim = (patch: string): PatchedFile | null => {
    work.chars += patch.length;
    const parsed = parseFilePatch(patch, maxSize);
    const entry = parsed && take(parsed.srcOid, parsed.dstOid);
    return parsed && entry ? { entry, content: parsed.content, size: parsed.size, added: parsed.added, binary: parsed.binary } : null;
  };

  // The current file's patch: `held` (searched, no header in it) then `text` (from `searchFrom` on, not yet searched
  // for the next header). A patch that outgrows the limit is skipped to its end and reported too large, so a huge
  // staged file costs no memory (git is asked to call files over the scan's window size binary, staged-prefetch.ts:
  // this is the safety net).
  const limit = 2 * maxSize + 65536;
  let held: string[] = [];
  let heldLength = 0;
  let text = '';
  let searchFrom = 1;
  let oversized: { srcOid: string; dstOid: string } | null = null;
  for await (const chunk of output) {
    let data = chunk;
    if (!rawDone) {
      // The raw section ends with an empty NUL-terminated field; the patch text follows.
      raw = raw.length > 0 ? Buffer.concat([raw, chunk]) : chunk;
      const end = raw.indexOf(RAW_END);
      if (end === -1) continue;
      rawDone = true;
      for (const entry of parseRawZ(raw.subarray(0, end + 1))) {
        const queue = unclaimed.get(entry.dstOid);
        if (queue) queue.push(entry);
        else unclaimed.set(entry.dstOid, [entry]);
      }
      data = raw.subarray(end + 2);
    }
    text += decoder.write(data);
    // Every complete file patch: from one `diff --git` line to the next.
    for (;;) {
      const next = text.indexOf(FILE_HEADER, searchFrom);
      work.chars += (next === -1 ? text.length : next + FILE_HEADER.length) - searchFrom;
      if (next === -1) {
        // Searched: set aside but for the end, where the next header may have begun.
        const keep = Math.max(searchFrom, text.length - FILE_HEADER.length + 1);
        if (oversized === null && keep > 0) {
          held.push(text.slice(0, keep));
          heldLength += keep;
          if (heldLength > limit) {
            oversized = oids(head(held));
            held = [];
            heldLength = 0;
          }
        }
        text = text.slice(keep);
        searchFrom = 0;
        break;
      }
      const file = oversized ? claimTooLarge(oversized) : claim(held.join('') + text.slice(0, next + 1));
      held = [];
      heldLength = 0;
      oversized = null;
      text = text.slice(next + 1);
      searchFrom = 1;
      if (file) yield file;
    }
  }
  text += decoder.end();
  const last = oversized ? claimTooLarge(oversized) : heldLength + text.length > 0 ? claim(held.join('') + text) : null;
  if (last) yield last;
  // Entries without content of their own (a pure rename, a mode change) still come out: the .env check needs them.
  for (const queue of unclaimed.values()) {
    for (const entry of queue) yield { entry, content: null, size: 0, added: [], binary: false };
  }

  function claimTooLarge(blobs: { srcOid: string; dstOid: string }): PatchedFile | null {
    const entry = take(blobs.srcOid, blobs.dstOid);
    return entry ? { entry, content: null, size: maxSize + 1, added: [], binary: false } : null;
  }
}

/** The first 4096 characters (or so) of a patch held in pieces: where its header lines are. */
function head(pieces: readonly string[]): string {
  let text = '';
  for (const piece of pieces) {
    text += piece.slice(0, 4096);
    if (text.length >= 4096) break;
  }
  return text;
}

/** The blobs on a patch's `index` line; all zeros when it has none (nothing to claim). */
function oids(patch: string): { srcOid: string; dstOid: string } {
  const index = INDEX.exec(patch.slice(0, 4096));
  return { srcOid: index?.[1] ?? '', dstOid: index?.[2] ?? '' };
}

interface FilePatch {
  readonly srcOid: string;
  readonly dstOid: string;
  readonly content: string | null;
  readonly size: number;
  readonly added: LineRanges;
  readonly binary: boolean;
}

const INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/m;
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@[^\n]*(?:\n|$)/m;
/** Removed lines and `\ No newline` markers go; the one-character prefix of kept lines goes. */
const TO_NEW_SIDE = /^[-\\][^\n]*(?:\n|$)|^[+ ]/gm;
/** A `\ No newline at end of file` right after a kept line: the new side has no final newline. */
const NEW_SIDE_UNTERMINATED = /^[+ ][^\n]*\n\\/m;
/**
 * A line, as its kind on the new side: nothing for a removed line or a marker, else its first character, or the `\n`
 * of an empty line (a blank context line printed without its space, diff.suppressBlankEmpty).
 */
const LINE_KIND = /^(?:[-\\][^\n]*(?:\n|$)|([^\n\\-])[^\n]*\n?|(\n))/gm;
const ADDED_RUN = /\++/g;

/** Reads one file's patch: `diff --git …` header lines, then (for text) one hunk spanning the whole file. */
function parseFilePatch(patch: string, maxSize: number): FilePatch | null {
  const hunk = HUNK.exec(patch);
  const header = hunk ? patch.slice(0, hunk.index) : patch;
  const index = INDEX.exec(header);
  if (!index) return null; // a pure rename or mode change: no content changed
  const [, srcOid = '', dstOid = ''] = index;
  const binary = /^Binary files /m.test(header);
  if (!hunk || binary) return { srcOid, dstOid, content: null, size: 0, added: [], binary };
  const body = patch.slice(hunk.index + hunk[0].length);
  // More than one hunk means context was cut: the content would be incomplete.
  if (body.startsWith('@@ ') || body.includes('\n@@ ')) return { srcOid, dstOid, content: null, size: 0, added: [], binary: false };

  let content = body.replace(TO_NEW_SIDE, '');
  if (newSideUnterminated(body) && content.endsWith('\n')) content = content.slice(0, -1);
  const size = Buffer.byteLength(content, 'utf8');
  const start = Number(hunk[1]) || 1;
  const added = srcOid.replace(/0/g, '') === '' ? allLines(content, start) : addedLines(body, start);
  return { srcOid, dstOid, content: size <= maxSize ? content : null, size, added, binary: false };
}

/**
 * Whether a `\ No newline at end of file` marker follows a kept line. Every line of the body begins with its kind, so
 * a marker is where `\n\\` is: found with one native search, and only the lines from the first marker on (the end
 * of the file, where git prints them) are read with the regex. A patch is read cold, where each pass over it counts.
 */
function newSideUnterminated(body: string): boolean {
  const marker = body.startsWith('\\') ? 0 : body.indexOf('\n\\');
  if (marker === -1) return false;
  const line = body.lastIndexOf('\n', marker - 1) + 1;
  return NEW_SIDE_UNTERMINATED.test(body.slice(line));
}

/** A new file: every line is added. */
function allLines(content: string, start: number): LineRanges {
  if (content === '') return [];
  let lines = 1;
  for (let at = content.indexOf('\n'); at !== -1 && at < content.length - 1; at = content.indexOf('\n', at + 1)) lines++;
  return [[start, start + lines - 1]];
}

/** A changed file: the runs of `+` lines, numbered on the new side. */
function addedLines(body: string, start: number): LineRanges {
  // One character per new-side line (`+` added; ` `, or `\n` for a blank line printed without its space, kept), in
  // one pass: removed lines and markers leave nothing.
  const kinds = body.replace(LINE_KIND, '$1$2');
  const ranges: [number, number][] = [];
  ADDED_RUN.lastIndex = 0;
  for (let run = ADDED_RUN.exec(kinds); run !== null; run = ADDED_RUN.exec(kinds)) {
    ranges.push([start + run.index, start + run.index + run[0].length - 1]);
  }
  return ranges;
}
