import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import type { Fragment } from '../types.ts';
import type { SourceCounters } from './source.ts';
import { decode, isBinary, utf16 } from './source.ts';

/**
 * Large files are read and scanned in windows: memory holds one window of a file, never the file, whatever its size
 * (a 600 MB blob would not even fit in one JavaScript string). A file of at most WINDOW_BYTES is one window, the
 * file itself.
 *
 * Consecutive windows overlap, and each answers for the findings that start in its own part of the file: the part
 * ends REACH_BYTES before the window does, and the next window starts LEAD_BYTES before its own part begins. So a
 * finding that starts in a window's part is whole in that window as long as it is at most REACH_BYTES long, and the
 * window holds LEAD_BYTES of what comes before it (look-behinds, the excerpt's 80 characters, an allowlist's reach
 * back over the assigned name, the line of an allow-next-line comment of ordinary length).
 *
 * The bound: REACH_BYTES is 256 KiB. The longest finding a built-in rule makes is a Connect credentials file, a JSON
 * object of at most 64 KiB (detect/json-object.ts MAX_OBJECT; the YAML form is a few hundred lines); base64 of it
 * is 86 KiB, and base64 of that (the detector decodes two levels, detect/encoded.ts) 114 KiB of characters. 256 KiB
 * holds all of these in ASCII, and the object and its base64 even if every character took 3 bytes of UTF-8. Every
 * other rule's match is bounded by its regex to under 2 KiB (generic 40 + 500 characters, OpenAI 3 + 200 + 8 + 200),
 * except two whose bodies are open (`ops_eyJ…`, Connect JWTs: real ones are 1-2 KiB) and a repository's own rules:
 * a match of those longer than the reach that crosses a window's end is reported as far as the window goes.
 *
 * WINDOW_BYTES is 4 MiB: the overlap is then 7% of a window (scanned twice), and a window's bytes and text stay a
 * few MB per thread.
 */
export const WINDOW_BYTES = 4 << 20;
export const LEAD_BYTES = 16 << 10;
export const REACH_BYTES = 256 << 10;

/** Where a window sits in its file. Byte offsets index the window's bytes. */
export interface WindowPlace {
  /** 1-based line and column (UTF-16 code units, as the detector counts them) of the window's first byte. */
  readonly line: number;
  readonly column: number;
  /** The window's own part of the file: [from, to), byte offsets in the window. */
  readonly from: number;
  readonly to: number;
  readonly first: boolean;
  readonly last: boolean;
}

export interface ByteWindow {
  readonly bytes: Buffer;
  readonly place: WindowPlace;
}

/**
 * Cuts a file's bytes, pushed in pieces of any size, into overlapping windows of about `size` bytes, cut between
 * UTF-8 characters. Memory holds at most one window and the piece that completed it. UTF-16 text with its byte-order
 * mark (which source.ts `textOf` reads as text) is converted to UTF-8 as it comes, so that its windows are cut and
 * decoded like any other: the text, and so every line and column, is the same.
 */
export class ByteWindows {
  /** Until the first two bytes are in: whether the file is UTF-16; then its decoder (null for anything else). */
  private utf16: { decoder: StringDecoder; swap: boolean; odd: Buffer | null } | null | undefined;
  private head: Buffer | null = null;
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** Where the held bytes start in the file, and where the next window's own part starts (file offsets). */
  private start = 0;
  private ownFrom = 0;
  private line = 1;
  private column = 1;
  private first = true;

  constructor(private readonly size: number = WINDOW_BYTES) {
    if (size < 2 * (LEAD_BYTES + REACH_BYTES)) throw new Error(`ByteWindows: a window of ${size} bytes is smaller than its overlap`);
  }

  /** The windows `piece` completes (usually none). */
  push(piece: Buffer): ByteWindow[] {
    const bytes = this.utf8(piece);
    return bytes.length === 0 ? [] : this.hold(bytes);
  }

  /** The last windows: what is held, to the end of the file (the last one has `place.last`). */
  end(): ByteWindow[] {
    const rest = this.utf16 === undefined ? this.head : this.utf16 ? Buffer.from(this.utf16.decoder.end(), 'utf8') : null;
    const windows = rest !== null && rest.length > 0 ? this.hold(rest) : [];
    const bytes = this.take();
    windows.push({ bytes, place: { line: this.line, column: this.column, from: this.ownFrom - this.start, to: bytes.length, first: this.first, last: true } });
    this.held = [];
    this.heldBytes = 0;
    return windows;
  }

  /** `piece` as UTF-8: itself, unless the file is UTF-16 (its byte-order mark dropped, as textOf drops it). */
  private utf8(piece: Buffer): Buffer {
    if (this.utf16 === undefined) {
      const head: Buffer = this.head === null ? piece : Buffer.concat([this.head, piece]);
      if (head.length < 2) {
        this.head = head;
        return Buffer.alloc(0);
      }
      this.head = null;
      const order = utf16(head);
      this.utf16 = order === null ? null : { decoder: new StringDecoder('utf16le'), swap: order === 'be', odd: null };
      if (this.utf16 === null) return head;
      piece = head.subarray(2);
    }
    if (this.utf16 === null) return piece;
    const state = this.utf16;
    if (state.swap) {
      // Big-endian: swapped in whole pairs; an odd byte waits for its partner.
      const joined = state.odd === null ? piece : Buffer.concat([state.odd, piece]);
      const even = joined.length & ~1;
      state.odd = even < joined.length ? Buffer.from(joined.subarray(even)) : null;
      piece = Buffer.from(joined.subarray(0, even)).swap16();
    }
    return Buffer.from(state.decoder.write(piece), 'utf8');
  }

  private hold(piece: Buffer): ByteWindow[] {
    this.held.push(piece);
    this.heldBytes += piece.length;
    const windows: ByteWindow[] = [];
    while (this.heldBytes >= this.size) windows.push(this.cut());
    return windows;
  }

  private cut(): ByteWindow {
    const all = this.take();
    const end = characterStart(all, this.size);
    const ownTo = characterStart(all, end - REACH_BYTES);
    const window = { bytes: all.subarray(0, end), place: { line: this.line, column: this.column, from: this.ownFrom - this.start, to: ownTo, first: this.first, last: false } };
    // The next window starts LEAD_BYTES before its own part, which starts where this one's ends.
    const next = characterStart(all, ownTo - LEAD_BYTES);
    this.advance(all.subarray(0, next));
    this.held = [all.subarray(next)];
    this.heldBytes = all.length - next;
    this.start += next;
    this.ownFrom = this.start + (ownTo - next);
    this.first = false;
    return window;
  }

  /** The held bytes as one buffer. */
  private take(): Buffer {
    if (this.held.length !== 1) this.held = [Buffer.concat(this.held, this.heldBytes)];
    return this.held[0]!;
  }

  /** Moves the line and column on over `passed`, the bytes before the next window. */
  private advance(passed: Buffer): void {
    let lines = 0;
    let last = -1;
    for (let at = passed.indexOf(10); at !== -1; at = passed.indexOf(10, at + 1)) {
      lines++;
      last = at;
    }
    if (lines === 0) {
      this.column += utf16Length(passed);
    } else {
      this.line += lines;
      this.column = 1 + utf16Length(passed.subarray(last + 1));
    }
  }
}

/** `at`, or the start of the UTF-8 character that `at` falls inside (at most 3 bytes back: past that it is not UTF-8). */
function characterStart(bytes: Buffer, at: number): number {
  let start = at;
  while (start > 0 && at - start < 3 && (bytes[start]! & 0xc0) === 0x80) start--;
  return (bytes[start]! & 0xc0) === 0x80 ? at : start;
}

/** Length in UTF-16 code units of the text `bytes` decode to (as source.ts `decode` decodes them). */
function utf16Length(bytes: Buffer): number {
  return isAscii(bytes) ? bytes.length : decode(bytes).length;
}

/**
 * The fragment a window is scanned as: its text, where that sits in the file, and the part of it the window answers
 * for, as offsets in the text. A window that is the whole file is a plain fragment.
 */
export function windowFragment(path: string, bytes: Buffer, place: WindowPlace): Fragment {
  const text = decode(bytes);
  if (place.first && place.last) return { path, text, bytes };
  // Window edges are cut between characters, so the text before `from` (or after `to`) decodes on its own to what
  // the whole window's text holds there.
  const from = place.from === 0 ? 0 : utf16Length(bytes.subarray(0, place.from));
  const to = place.last ? text.length : text.length - utf16Length(bytes.subarray(place.to));
  return { path, text, bytes, window: { line: place.line, column: place.column, from, to } };
}

/**
 * A large file's fragments, a window at a time, from its bytes in pieces of any size: binary by its first window
 * (counted, nothing yielded), else counted as text of `size` bytes.
 */
export function* windowedFragments(path: string, pieces: Iterable<Buffer>, size: number, counters: SourceCounters): Generator<Fragment> {
  const windows = new ByteWindows();
  function* all(): Generator<ByteWindow> {
    for (const piece of pieces) yield* windows.push(piece);
    yield* windows.end();
  }
  for (const window of all()) {
    if (window.place.first) {
      if (isBinary(window.bytes)) return void counters.binary(path);
      counters.text(size);
    }
    yield windowFragment(path, window.bytes, window.place);
  }
}
