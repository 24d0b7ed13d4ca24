/** Every committed build output, by path relative to the repository root, with its text (scripts/build.mjs). */
export declare function artifacts(): Promise<Map<string, string>>;
/** The CLI's parts that few runs need, each its own file beside the core bundle (scripts/build.mjs). */
export declare const CLI_PARTS: readonly { readonly name: string; readonly entry: string }[];
/** The detector's WebAssembly modules: each one's .wat source, its assembled TypeScript module, and its constant. */
export declare const WASM_MODULES: readonly { readonly source: string; readonly module: string; readonly constant: string }[];
/** The committed file of a part of the CLI, relative to the repository root. */
export declare function partFile(name: string): string;
