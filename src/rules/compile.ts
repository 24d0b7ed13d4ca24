import type { Severity } from '../types.ts';
import { reachOf } from './keyword-reach.ts';
import { LinearRegExp } from './linear-regex.ts';
import type { Matcher } from './lower-case-form.ts';
import { caseInsensitiveMatcher } from './lower-case-form.ts';
import { primed } from '../detect/primed.ts';
import type { AllowlistSpec, RegexEngine, RegexTarget, RuleSpec } from './spec.ts';
import type { Validator } from './validators.ts';
import { validators } from './validators.ts';

export interface Allowlist {
  readonly regexes: readonly RegExp[];
  /** How many `regexes` there are (without making them). */
  readonly regexCount: number;
  /**
   * One regex that matches where any of `regexes` does (their alternation), when they can be joined: one native
   * search per target instead of one per regex. Absent when they cannot (back-references, the linear engine). It may
   * run on the lower-cased target without the `i` flag (lower-case-form.ts): it is only tested, never executed.
   */
  readonly combined?: Matcher;
  readonly regexTarget: RegexTarget;
  /** Lower-cased. */
  readonly stopwords: readonly string[];
  readonly paths: readonly RegExp[];
  /** The alternation of `paths`, when they can be joined (as `combined`): one regex to compile and run per path. */
  readonly combinedPaths?: Matcher;
}

/** Whether one of the allowlist's path regexes matches `path`. */
export function allowsPath(list: Allowlist, path: string): boolean {
  return list.combinedPaths !== undefined ? list.combinedPaths.test(path) : list.paths.some((p) => p.test(path));
}

/** The parts of a rule that cost something to build; built the first time the prefilter selects the rule. */
export interface CompiledParts {
  /** Global, without match indices: the fast scan of a warm detector over a whole text (a rule without `windowed`). */
  readonly regex: RegExp;
  /** The same pattern, sticky and with match indices (`d`): re-run at a candidate's position to locate its groups. */
  readonly located: RegExp;
  /**
   * The same pattern, global and with match indices: the scan of a cold detector (its warm-up: detector.ts). Each
   * regex is compiled the first time it runs (and again, to native code, the next time): on a hook's few files one
   * pattern whose every match carries its indices costs less than two patterns, the scan and the re-run.
   */
  readonly indexed: RegExp;
  readonly path: RegExp | null;
  readonly allowlists: readonly Allowlist[];
  /**
   * Set when every match of the rule starts at most `reach` characters before a keyword it holds (keyword-reach.ts):
   * `regex` is the rule's pattern after a lazy prefix of at most `reach` characters, captured as group 1, sticky,
   * with match indices (its matches are located without a second run: a match costs its indices either way).
   * Run from a position p, it finds the first match that starts in [p, p + reach], which is the match a scan of
   * the whole text from p would find first, if that one starts there. Null for a rule that must scan whole texts.
   */
  readonly windowed: { readonly regex: RegExp; readonly reach: number } | null;
}

/** A rule ready for the detector. Regexes compile lazily: a scan compiles only the rules its text can trigger. */
export interface Rule {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly remediation: string;
  readonly helpUri?: string;
  /** Lower-cased. */
  readonly keywords: readonly string[];
  readonly secretGroup: number | string;
  readonly minEntropy: number;
  readonly validator: Validator | null;
  readonly spec: RuleSpec;
  compiled(): CompiledParts;
}

/** Turns checked specs into rules. Specs must have passed `checkRuleSpec` (built-in rules are checked at build time). */
export function compileRule(spec: RuleSpec): Rule {
  let parts: CompiledParts | undefined;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    remediation: spec.remediation,
    ...(spec.helpUri ? { helpUri: spec.helpUri } : {}),
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    secretGroup: spec.secretGroup ?? 0,
    minEntropy: spec.minEntropy ?? 0,
    validator: spec.validate ? validators[spec.validate as keyof typeof validators] : null,
    spec,
    compiled() {
      const make = regexMaker(spec.engine);
      // The windowed form is worked out the first time a scan asks for it (after its warm-up: detector.ts), and each
      // form of the regex is made when asked for: a scan uses the indexed one or the other two, seldom all three.
      let windowed: CompiledParts['windowed'] | undefined;
      let regex: RegExp | undefined;
      let located: RegExp | undefined;
      let indexed: RegExp | undefined;
      parts ??= {
        get regex() {
          return (regex ??= make(spec.regex, `g${spec.flags ?? ''}`));
        },
        get located() {
          return (located ??= make(spec.regex, `yd${spec.flags ?? ''}`));
        },
        get indexed() {
          return (indexed ??= make(spec.regex, `gd${spec.flags ?? ''}`));
        },
        path: spec.path ? make(spec.path, '') : null,
        allowlists: (spec.allowlists ?? []).map((list) => compileAllowlist(list, spec.engine)),
        get windowed() {
          if (windowed === undefined) windowed = windowedPart(spec);
          return windowed;
        },
      };
      return parts;
    },
  };
}

/**
 * The windowed form of a rule's regex, or null. Only V8's engine: the linear engine finds a sticky match by searching
 * on from the position, which would cost the rest of the text per hit.
 */
function windowedPart(spec: RuleSpec): CompiledParts['windowed'] {
  if (spec.engine === 'linear') return null;
  const flags = spec.flags ?? '';
  const reach = reachOf(spec);
  if (reach === null) return null;
  return { regex: primed(new RegExp(`([\\s\\S]{0,${reach}}?)(?:${spec.regex})`, `yd${flags}`)), reach };
}

/**
 * An allowlist's regexes are made when first asked for (each one compiles on its first run: detector.ts), the joined
 * ones rather than the single ones where they can be joined.
 */
export function compileAllowlist(spec: AllowlistSpec, engine: RegexEngine = 'v8'): Allowlist {
  const make = regexMaker(engine);
  const sources = spec.regexes ?? [];
  const pathSources = spec.paths ?? [];
  let regexes: readonly RegExp[] | undefined;
  let paths: readonly RegExp[] | undefined;
  let combined: Matcher | null | undefined;
  let combinedPaths: Matcher | null | undefined;
  return {
    get regexes() {
      return (regexes ??= sources.map((r) => make(r, 'i')));
    },
    regexCount: sources.length,
    get combined() {
      combined ??= (engine === 'v8' ? combine(sources) : undefined) ?? null;
      return combined ?? undefined;
    },
    regexTarget: spec.regexTarget ?? 'secret',
    stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
    get paths() {
      return (paths ??= pathSources.map((p) => make(p, 'i')));
    },
    get combinedPaths() {
      combinedPaths ??= (engine === 'v8' ? combine(pathSources) : undefined) ?? null;
      return combinedPaths ?? undefined;
    },
  };
}

/**
 * The alternation of case-insensitive regexes, which matches a text exactly when one of them does: undefined for
 * fewer than two, or when a regex refers to its own groups (a back-reference's number would move; a name could
 * repeat) or the joined source does not compile. Compiled in lower case where it can be (lower-case-form.ts).
 */
function combine(sources: readonly string[]): Matcher | undefined {
  if (sources.length < 2 || sources.some((source) => /\\(?:[1-9]|k<)/.test(source))) return undefined;
  const joined = sources.map((source) => `(?:${source})`).join('|');
  try {
    // Compiled here as written, without running it, so that a source that does not compile is found now.
    new RegExp(joined, 'i');
  } catch {
    return undefined;
  }
  return caseInsensitiveMatcher(joined, (source, flags) => primed(new RegExp(source, flags)));
}

/**
 * V8's RegExp (primed: compiled to native code at once, detect/primed.ts; V8's engine runs only the built-in rules'
 * patterns), or for a repository's own patterns the linear engine (loaded by whoever read them: loadLinearEngine).
 */
function regexMaker(engine: RegexEngine = 'v8'): (source: string, flags: string) => RegExp {
  return engine === 'linear' ? (source, flags) => new LinearRegExp(source, flags) : (source, flags) => primed(new RegExp(source, flags));
}
