/** What is used of the WebAssembly global (which the TypeScript libraries here do not declare). */
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => WasmModule;
  readonly Instance: new (module: WasmModule, imports: object) => { readonly exports: unknown };
}
type WasmModule = { readonly compiled: unique symbol };

const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
/** Each module (by its base64), compiled once a thread; null where it cannot be. */
const compiled = new Map<string, WasmModule | null>();

/**
 * A new instance of the module whose bytes are `base64` (the detector's modules, src/detect/*-wasm.ts), with its own
 * memory; null where WebAssembly is missing (`node --jitless`), so that the caller runs its JavaScript instead.
 */
export function wasmInstance<Exports>(base64: string): Exports | null {
  let module = compiled.get(base64);
  if (module === undefined) {
    try {
      module = api === undefined ? null : new api.Module(Buffer.from(base64, 'base64'));
    } catch {
      module = null;
    }
    compiled.set(base64, module);
  }
  return module === null ? null : (new api!.Instance(module, {}).exports as Exports);
}

/** A WebAssembly memory's view of itself (its buffer changes when it grows). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** Grows `memory` to at least `size` bytes. */
export function ensureMemory(memory: WasmMemory, size: number): void {
  if (size > memory.buffer.byteLength) memory.grow(Math.ceil((size - memory.buffer.byteLength) / 65536));
}
