import { KEYWORD_SCAN_WASM } from './keyword-scan-wasm.ts';
import type { WasmMemory } from './wasm.ts';
import { ensureMemory, wasmInstance } from './wasm.ts';

interface Global {
  readonly value: number;
}

/** The exports of keyword-scan.wat. */
interface Exports {
  readonly memory: WasmMemory;
  scan(p: number, end: number, state: number, out: number): number;
  scan4(p0: number, p1: number, p2: number, p3: number, n: number, o0: number, o1: number, o2: number, o3: number): void;
  readonly state0: Global;
  readonly state1: Global;
  readonly state2: Global;
  readonly state3: Global;
  readonly out0: Global;
  readonly out1: Global;
  readonly out2: Global;
  readonly out3: Global;
}

/** Input copied into WebAssembly memory at a time: memory stays a few MB whatever the text's size. */
const CHUNK = 256 << 10;
/** Below this (a chunk's bytes), one automaton: splitting costs more than it saves. */
const SPLIT = 4096;
const TABLES = 256;

/**
 * The keyword automaton (see Prefilter) run over bytes in WebAssembly: the text's own bytes, where they are one a
 * character (ASCII text, the bulk of what a scan reads), with the same hits as over the text. Four automata share the
 * loop, each over a quarter of a chunk, starting as many bytes before its quarter as the longest keyword less one
 * (from there its state is what one automaton's would be); what each finds before its quarter is its neighbour's.
 * On the generated 3,000-commit history (54 MB) that took 53 ms where the JavaScript automaton took 126, and one
 * automaton in WebAssembly 97.
 */
export class KeywordScan {
  private readonly wasm: Exports;
  private readonly input: number;
  private readonly outputs: readonly [number, number, number, number];
  /** The WebAssembly memory, as bytes and as words (it grows only here, in the constructor). */
  private readonly words: Int32Array;
  private readonly bytes: Uint8Array;

  private constructor(
    wasm: Exports,
    classes: Uint8Array,
    delta: Int16Array | Int32Array,
    /** How many bytes before its part an automaton starts: the longest keyword's length less one. */
    private readonly lead: number,
  ) {
    this.wasm = wasm;
    const table = TABLES + delta.length * 4;
    this.input = align(table);
    // An area a part: one pair a byte at most, for a quarter of a chunk and its lead (or a whole text under SPLIT).
    const area = align((Math.max(CHUNK >> 2, SPLIT) + lead + 4) * 8);
    const first = align(this.input + CHUNK + lead);
    this.outputs = [first, first + area, first + 2 * area, first + 3 * area];
    const size = first + 4 * area;
    const { memory } = this.wasm;
    ensureMemory(memory, size);
    this.bytes = new Uint8Array(memory.buffer);
    this.words = new Int32Array(memory.buffer);
    for (let code = 0; code < 128; code++) this.bytes[code] = classes[code]!;
    // Offsets in bytes (the automaton's are in entries).
    for (let i = 0; i < delta.length; i++) {
      const next = delta[i]!;
      this.words[(TABLES >> 2) + i] = next >= 0 ? next * 4 : -((-next - 1) * 4) - 1;
    }
  }

  /**
   * A scanner for the automaton `delta` over `classes` (see Prefilter's Automaton), or null where WebAssembly is
   * missing or some keyword is not ASCII (its bytes would not be its characters).
   */
  static create(classes: Uint8Array, delta: Int16Array | Int32Array, longest: number, ascii: boolean): KeywordScan | null {
    const wasm = ascii ? wasmInstance<Exports>(KEYWORD_SCAN_WASM) : null;
    return wasm === null ? null : new KeywordScan(wasm, classes, delta, Math.max(longest - 1, 0));
  }

  /**
   * Calls `found(end, state)` for each place in `bytes` where keywords end, in order: `end` is the index after the
   * keyword's last byte, `state` the automaton state there (as the automaton's table holds it: premultiplied).
   */
  run(bytes: Uint8Array, found: (end: number, state: number) => void): void {
    for (let from = 0; from < bytes.length; from += CHUNK) this.chunk(bytes, from, Math.min(from + CHUNK, bytes.length), found);
  }

  private chunk(bytes: Uint8Array, from: number, to: number, found: (end: number, state: number) => void): void {
    const { wasm, input, outputs, lead } = this;
    // The bytes before `from` that set the state at `from`, then the chunk.
    const before = Math.min(lead, from);
    this.bytes.set(bytes.subarray(from - before, to), input);
    const length = to - from;
    // Memory addresses: `start` where a part's automaton starts, `own` where its part starts, `end` where it ends.
    const base = input + before;
    const report = (area: number, own: number, outEnd: number) => {
      const { words } = this;
      for (let o = area; o < outEnd; o += 8) {
        const at = words[o >> 2]!;
        if (at > own) found(at - base + from, words[(o >> 2) + 1]! >> 2);
      }
    };
    const part = Math.floor(length / 4);
    if (length < SPLIT || part <= lead) {
      report(outputs[0], base, wasm.scan(input, base + length, 0, outputs[0]));
      return;
    }
    const own = [base, base + part, base + 2 * part, base + 3 * part, base + length] as const;
    const start = [input, own[1] - lead, own[2] - lead, own[3] - lead] as const;
    // Every automaton reads `part` bytes together (the first's lead is at most `lead`: part of its count), then each
    // finishes its own on its own.
    wasm.scan4(start[0], start[1], start[2], start[3], part, outputs[0], outputs[1], outputs[2], outputs[3]);
    const states = [wasm.state0.value, wasm.state1.value, wasm.state2.value, wasm.state3.value] as number[];
    const outs = [wasm.out0.value, wasm.out1.value, wasm.out2.value, wasm.out3.value] as number[];
    for (let k = 0; k < 4; k++) {
      const read = start[k]! + part;
      const outEnd = read < own[k + 1]! ? wasm.scan(read, own[k + 1]!, states[k]!, outs[k]!) : outs[k]!;
      report(outputs[k]!, own[k]!, outEnd);
    }
  }
}

function align(address: number): number {
  return (address + 7) & ~7;
}
