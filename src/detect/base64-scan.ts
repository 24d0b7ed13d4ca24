import { BASE64_SCAN_WASM } from './base64-scan-wasm.ts';
import type { WasmMemory } from './wasm.ts';
import { ensureMemory, wasmInstance } from './wasm.ts';

/** The exports of base64-scan.wat. */
interface Exports {
  readonly memory: WasmMemory;
  window(from: number, n: number, min: number): number;
  candidate(from: number, n: number, min: number): number;
  readonly held: { readonly value: number };
}

/** The memory's layout (base64-scan.wat): the value table, the needles' prefix bitmap, then the input. */
const VALUES = 0;
const PREFIXES = 256;
const INPUT = PREFIXES + (1 << 15);
/** The largest input copied in (a window of a large file is 4 MiB and its overlap): past it, JavaScript runs. */
const MAX_INPUT = 8 << 20;

/**
 * The search for base64 runs (encoded.ts: windowEnd and nextCandidate) over a text's bytes, in WebAssembly, where
 * they are one a character (ASCII, or stray bytes that each decoded to U+FFFD, which no base64 alphabet holds): the
 * same offsets as over the text. It reads each fragment once more (a copy into its memory) but never makes the UTF-16
 * copy of it that the JavaScript reads (encoded.ts CodeUnits), and reads a byte through a table of 256 entries rather
 * than a code unit through one of 65,536, with no bounds checks. Only what it returns goes on to JavaScript.
 */
export class Base64Scan {
  private prefixesSet = false;
  /** The length of the input copied in. */
  private n = 0;
  /** The memory as bytes, made again only when it grows (a history loads every blob). */
  private bytes = new Uint8Array(0);

  private constructor(private readonly wasm: Exports) {}

  /**
   * A search with `values` (the 6-bit value of each code unit as base64, -1 for others: encoded.ts VALUE), or null
   * where WebAssembly is missing.
   */
  static create(values: Int8Array): Base64Scan | null {
    const wasm = wasmInstance<Exports>(BASE64_SCAN_WASM);
    if (wasm === null) return null;
    ensureMemory(wasm.memory, INPUT + 2);
    new Int8Array(wasm.memory.buffer, VALUES, 256).set(values.subarray(0, 256));
    return new Base64Scan(wasm);
  }

  /** Copies `bytes` in (followed by two zero bytes) for the calls that follow; false when they are too many. */
  load(bytes: Uint8Array): boolean {
    if (bytes.length > MAX_INPUT) return false;
    const { memory } = this.wasm;
    ensureMemory(memory, INPUT + bytes.length + 2);
    if (this.bytes.buffer !== memory.buffer) this.bytes = new Uint8Array(memory.buffer);
    this.bytes.set(bytes, INPUT);
    this.bytes[INPUT + bytes.length] = 0;
    this.bytes[INPUT + bytes.length + 1] = 0;
    this.n = bytes.length;
    return true;
  }

  /** The needles' prefixes (encoded.ts Needles), set once. */
  usePrefixes(prefixes: Int32Array): void {
    if (this.prefixesSet) return;
    new Int32Array(this.wasm.memory.buffer, PREFIXES, prefixes.length).set(prefixes);
    this.prefixesSet = true;
  }

  /** encoded.ts windowEnd over the loaded input. */
  window(from: number, min: number): number {
    return this.wasm.window(from, this.n, min);
  }

  /** encoded.ts nextCandidate over the loaded input; `held.at` is set as it sets it. */
  candidate(from: number, min: number, held: { at: number }): number {
    const end = this.wasm.candidate(from, this.n, min);
    if (end !== -1) held.at = this.wasm.held.value;
    return end;
  }
}
