/** Every committed build output, by path relative to the repository root, with its text (scripts/build.mjs). */
export declare function artifacts(): Promise<Map<string, string>>;
