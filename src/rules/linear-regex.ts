import type { RE2JS as Engine } from 're2js';

/**
 * Regexes that a scanned repository supplies (its .leakwarden.toml: custom rules, their allowlists, the global
 * allowlist) run on RE2 (the re2js package: a JavaScript port of RE2), which matches in time linear in the text
 * whatever the pattern: a pull request that adds `(a+)+$` cannot hang the check. The built-in rules, reviewed here,
 * keep V8's engine. RE2 has no lookahead and no backreferences; it does take lookbehinds and Go-style inline flags
 * like `(?i)`, as gitleaks' patterns use them.
 *
 * The engine is loaded once, asynchronously (`loadLinearEngine`), by the code that reads such patterns (the config
 * loader, a history worker), so that a scan without them never loads it.
 */

type RE2JSClass = typeof Engine;
let engine: RE2JSClass | null = null;

export async function loadLinearEngine(): Promise<void> {
  engine ??= (await import('./re2.ts')).RE2JS;
}

/** Why a pattern cannot run on the linear engine, or null when it can. Never repeats the pattern (it may hold a secret). */
export function linearProblem(source: string, flags = ''): string | null {
  try {
    compile(source, flags);
    return null;
  } catch (error) {
    return linearSyntax(error);
  }
}

/** The description of a syntax error from the engine, without the pattern. */
export function linearSyntax(error: unknown): string {
  const description = (error as { getDescription?: () => string }).getDescription?.();
  if (description === undefined) throw error;
  return `${description} (patterns from the configuration run on a linear-time engine, RE2: no lookahead, no backreferences)`;
}

/** Counts of a linear pattern's capture groups and its group names (throws on a syntax error). */
export function linearGroups(source: string, flags = ''): { readonly count: number; readonly names: ReadonlySet<string> } {
  const pattern = compile(source, flags);
  return { count: pattern.groupCount(), names: new Set(Object.keys(pattern.namedGroups())) };
}

function compile(source: string, flags: string): Engine {
  if (engine === null) throw new Error('the linear regex engine is not loaded (loadLinearEngine)');
  // Lookbehinds without captures, which re2js runs in linear time too: `(?<![A-Za-z0-9])` is how boundaries are written.
  let mode = engine.LOOKBEHINDS;
  if (flags.includes('i')) mode |= engine.CASE_INSENSITIVE;
  if (flags.includes('m')) mode |= engine.MULTILINE;
  if (flags.includes('s')) mode |= engine.DOTALL;
  return engine.compile(source, mode);
}

type Matcher = ReturnType<Engine['matcher']>;

/**
 * A RegExp whose matching is RE2's: `exec` and `test` (and so every String method that uses them) behave as the
 * flags say: `g`/`y` read and advance `lastIndex`, `y` matches only at `lastIndex`, `d` gives match indices. One
 * matcher is kept per input text, so a global scan over a text is one linear pass, however many matches it finds.
 */
export class LinearRegExp extends RegExp {
  readonly #pattern: Engine;
  readonly #names: readonly (readonly [string, number])[];
  #input: string | null = null;
  #matcher: Matcher | null = null;

  constructor(source: string, flags = '') {
    // The base holds the flags (global, sticky, hasIndices read them); its own pattern never runs.
    super('(?:)', [...new Set(flags)].filter((f) => 'dgimsy'.includes(f)).join(''));
    this.#pattern = compile(source, flags);
    this.#names = Object.entries(this.#pattern.namedGroups());
  }

  override exec(text: string): RegExpExecArray | null {
    const advancing = this.global || this.sticky;
    const from = advancing ? this.lastIndex : 0;
    if (from > text.length) {
      this.lastIndex = 0;
      return null;
    }
    if (this.#input !== text || this.#matcher === null) {
      this.#matcher = this.#pattern.matcher(text);
      this.#input = text;
    }
    const m = this.#matcher;
    if (!m.find(from) || (this.sticky && m.start() !== from)) {
      if (advancing) this.lastIndex = 0;
      return null;
    }
    const count = this.#pattern.groupCount();
    const parts: (string | undefined)[] = [];
    const spans: ([number, number] | undefined)[] = [];
    for (let group = 0; group <= count; group++) {
      const start = m.start(group);
      parts.push(start < 0 ? undefined : (m.group(group) ?? undefined));
      spans.push(start < 0 ? undefined : [start, m.end(group)]);
    }
    const result = parts as unknown as RegExpExecArray;
    result.index = m.start();
    result.input = text;
    if (this.#names.length > 0) result.groups = Object.fromEntries(this.#names.map(([name, i]) => [name, parts[i]])) as Record<string, string>;
    if (this.hasIndices) {
      const indices = spans as unknown as RegExpIndicesArray;
      if (this.#names.length > 0) indices.groups = Object.fromEntries(this.#names.map(([name, i]) => [name, spans[i]!]));
      result.indices = indices;
    }
    if (advancing) this.lastIndex = m.end();
    return result;
  }
}
