import type { Allowlist, Rule } from '../rules/compile.ts';
import { allowsPath } from '../rules/compile.ts';
import type { Details, Fragment, LineRanges, RawFinding, Severity } from '../types.ts';
import type { DecodedRun } from './encoded.ts';
import { detach, detachDetails } from './detach.ts';
import { Base64Finder } from './encoded.ts';
import { shannonEntropy } from './entropy.ts';
import { InlineAllows } from './inline-allow.ts';
import { Locator } from './location.ts';
import { Prefilter } from './prefilter.ts';
import type { WorkCounts } from './work.ts';
import { newWorkCounts } from './work.ts';

export interface Detector {
  readonly rules: readonly Rule[];
  /** Findings in `fragment`, deduplicated and in text order. */
  detect(fragment: Fragment): RawFinding[];
  /**
   * What of a file's path the rules look at (each rule's path filter, each path allowlist), as a short string: two
   * paths with the same signature get the same findings from the same text, so content read once serves both.
   */
  pathSignature(path: string): string;
}

export interface DetectorOptions {
  /**
   * Run a rule's regex only around its keyword hits, where the rule allows it (the default), or over the whole text
   * of every fragment it has a hit in: the reference the windowed scan is tested against (same findings, in the
   * same order).
   */
  readonly windowed?: boolean;
  /**
   * Characters of text the detector scans the plain way first (keyword alternation regex, each selected rule's
   * regex over the whole text) before it switches to the automaton and the windows: those are JavaScript loops and
   * per-rule analysis, slower than native regexes until the JIT has compiled them, and a pre-commit hook is over
   * before that. Default WARM_UP; the same findings either way.
   */
  readonly warmUp?: number;
}

/**
 * 1 MiB: a hook's staged files and a small tree are under it, a large tree or a history soon past it. The automaton
 * and the windowed regexes (with the parse of each rule's regex that a rule's reach takes, where the built-in rules'
 * cache does not keep it) cost some 75 M instructions to build and warm, which the plain way only spends again over
 * about 3 MB of text: at 512 KiB a tree of 1 MB (express) paid for both ways (536-543 M instructions for the whole
 * `dir`, against 451-460 M with this), while a 17.5 MB tree (eslint) pays 0.2 % more for the later switch (2,404 M
 * -> 2,409 M; 2 MiB would cost 1.6 %).
 */
const WARM_UP = 1024 * 1024;

/** A match that passed every check, before it is located. Offsets index the fragment's text. */
interface Candidate {
  readonly rule: Rule;
  readonly start: number;
  readonly end: number;
  readonly identity?: string;
  readonly details: Details;
  /** Found in decoded base64: the decoded secret (the span is the base64 that encodes it). */
  readonly decoded?: { readonly secret: string; readonly run: DecodedRun };
}

/** Characters of context kept on each side of a secret for the masked excerpt. */
const EXCERPT_CONTEXT = 80;
const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
/** A character of [A-Za-z0-9_.-], which a `name` extends over: compared, not a regex call per character. */
function isIdentifier(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
}
const NAME_REACH = 100;
/**
 * Levels of base64 decoded: 2 finds base64 inside base64 (a Kubernetes Secret's `data:` holding a base64
 * credentials file). Bounded, so that nested encodings cannot multiply the work.
 */
const MAX_DEPTH = 2;

/**
 * Builds the detector. Per fragment, cheapest step first: keyword prefilter (one pass for all rules), rule path,
 * regex, secret group, entropy, named validator, allowlists; then base64 runs that hold an encoded keyword, decoded
 * and scanned the same way; then overlaps, then the lines a diff added, then allow comments (which mark a finding
 * rather than drop it, so that suppressions can be counted).
 *
 * `work`, when given, is where the detector counts the work each stage does (added to what it holds).
 */
export function createDetector(
  rules: readonly Rule[],
  globalAllowlists: readonly Allowlist[] = [],
  work: WorkCounts = newWorkCounts(),
  options: DetectorOptions = {},
): Detector {
  const prefilter = new Prefilter(rules.map((rule) => rule.keywords), work);
  const base64 = new Base64Finder(rules.flatMap((rule) => rule.spec.keywords), work);
  const windowed = options.windowed ?? true;
  const warmUp = options.warmUp ?? WARM_UP;
  let scanned = 0;

  /** Candidates in `fragment.text` at `depth` levels of decoding, overlaps resolved. */
  function collect(fragment: Fragment, depth: number, locator: Locator): Candidate[] {
    const candidates: Candidate[] = [];
    const warm = scanned >= warmUp;
    scanned += fragment.text.length;
    const hits = prefilter.hits(fragment.text, warm, fragment.bytes);
    for (let index = 0; index < rules.length; index++) {
      const ruleHits = hits[index];
      if (ruleHits === undefined) continue;
      // Around the keywords once warm, or from the start when the rule's reach is known without parsing its regex
      // (the built-in rules' cache keeps it): then the windowed regex is all it compiles.
      const rule = rules[index]!;
      const around = windowed && (warm || rule.spec.keywordReach !== undefined) ? ruleHits : null;
      for (const candidate of matchRule(rule, fragment, globalAllowlists, locator, work, around, warm)) candidates.push(candidate);
    }
    if (depth < MAX_DEPTH) {
      for (const run of base64.decode(fragment.text, depth === 0 ? 2 : 1, warm ? fragment.bytes : undefined)) {
        // The decoded text is scanned on its own (its own lines for allowlists); no diff filter: that applies to
        // the base64's lines, below.
        for (const inner of collect({ path: fragment.path, text: run.text }, depth + 1, new Locator(run.text, work))) {
          const span = run.span(inner.start, inner.end);
          candidates.push({
            ...inner,
            start: span.start,
            end: span.end,
            decoded: { secret: inner.decoded?.secret ?? run.text.slice(inner.start, inner.end), run },
          });
        }
      }
    }
    return candidates.length === 0 ? candidates : dropOverlaps(candidates, work);
  }

  return {
    rules,
    detect(fragment) {
      // Line starts are worked out once per fragment, and only if something asks for a line. A window's positions
      // are its file's.
      const { window } = fragment;
      const locator = new Locator(fragment.text, work, window);
      let candidates = collect(fragment, 0, locator);
      // A window reports what starts in the part it answers for; the overlap on either side is its neighbours' (they
      // see it too, with the same context, and resolve overlaps the same way).
      if (window !== undefined) candidates = candidates.filter((c) => c.start >= window.from && c.start < window.to);
      return candidates.length === 0 ? [] : locate(fragment, candidates, locator, work);
    },
    pathSignature(path) {
      let signature = globalAllowlists.map((list) => bit(allowsPath(list, path))).join('');
      for (const rule of rules) {
        const { path: filter, allowlists } = rule.compiled();
        signature += (filter ? bit(filter.test(path)) : '') + allowlists.map((list) => bit(allowsPath(list, path))).join('');
      }
      return signature;
    },
  };
}

const bit = (value: boolean) => (value ? '1' : '0');

/**
 * The rule's matches in the fragment, checked. `hits` (the rule's keyword hits, ascending), when given, lets a rule
 * whose matches start at most `reach` before a keyword (CompiledParts.windowed) be matched only there: from each hit
 * less its reach, a sticky run of the windowed regex finds the first match starting in the next reach + 1
 * positions, which is the match a scan of the whole text would find next (no match starts between the end of the
 * last one and a hit's window, since every match holds a hit within its reach). The same matches in the same order,
 * at a cost in proportion to the hits.
 */
function matchRule(
  rule: Rule,
  fragment: Fragment,
  globalAllowlists: readonly Allowlist[],
  locator: Locator,
  work: WorkCounts,
  hits: readonly number[] | null,
  warm: boolean,
): Candidate[] {
  const parts = rule.compiled();
  const { path, allowlists } = parts;
  if (path && !path.test(fragment.path)) return [];
  const lists = globalAllowlists.length > 0 ? [...globalAllowlists, ...allowlists] : allowlists;
  if (lists.some((list) => allowsPath(list, fragment.path))) return [];
  const { text } = fragment;
  const found: Candidate[] = [];
  const window = hits !== null ? parts.windowed : null;
  // Over the whole text: cold, one regex whose matches carry their indices; warm, the scan without them and, for the
  // candidates that pass the entropy floor, a re-run with them (match indices on every exec cost an allocation per
  // group per match).
  const regex = window !== null ? null : warm ? parts.regex : parts.indexed;
  const located = window === null && warm ? parts.located : null;
  // The secret's group in a windowed match: numbered groups move up one, behind the prefix; the whole match (group
  // 0) is no group there but the span [start, end) (null).
  const secretGroup = window !== null && typeof rule.secretGroup === 'number' ? (rule.secretGroup === 0 ? null : rule.secretGroup + 1) : rule.secretGroup;
  /** Next match's start must be at least this. */
  let next = 0;
  let hit = 0;
  /** The span of the last match `find` returned. */
  let start = 0;
  let end = 0;
  const find = (): RegExpExecArray | null => {
    if (window === null) {
      regex!.lastIndex = next;
      const match = exec(regex!, rule, fragment, work);
      if (match !== null) {
        start = match.index;
        end = regex!.lastIndex;
      }
      return match;
    }
    const { regex: sticky, reach } = window;
    while (hit < hits!.length) {
      const at = hits![hit]!;
      const from = Math.max(next, at - reach);
      if (from > at) {
        hit++;
        continue;
      }
      sticky.lastIndex = from;
      const match = exec(sticky, rule, fragment, work, reach);
      if (match === null) {
        // No match starts in [from, from + reach]: past this hit.
        next = from + reach + 1;
        continue;
      }
      start = from + match[1]!.length;
      end = sticky.lastIndex;
      return match;
    }
    return null;
  };
  for (let match = find(); match !== null; match = find()) {
    if (end === start) {
      next = start + 1;
      continue;
    }
    next = end;
    const secret = secretGroup === null ? text.slice(start, end) : groupText(match, secretGroup);
    if (secret === undefined) continue;
    // Most matches of a keyword-anchored rule die here, before any offsets are worked out.
    if (rule.minEntropy > 0 && shannonEntropy(secret) < rule.minEntropy) continue;
    // Offsets come from the same match repeated with the `d` flag, only for the candidates that got this far, where
    // the match has no indices (the windowed and the cold regex have them already).
    let withIndices = match;
    if (located !== null) {
      located.lastIndex = start;
      const again = exec(located, rule, fragment, work);
      if (again === null) continue;
      withIndices = again;
    }
    const span = secretGroup === null ? ([start, end] as const) : groupSpan(withIndices, secretGroup);
    if (span === undefined) continue;
    const [secretStart, secretEnd] = span;
    // Allowlists before the validator: both must pass, and the allowlists cost a few regexes where a validator
    // decodes, parses or scores (the generic rule's scorer, most of its time on a tree).
    if (allowed(lists, { secret, match: withIndices, start, end, text, secretStart, locator }, work)) continue;
    const verdict = rule.validator
      ? rule.validator({ secret, secretStart, text, path: fragment.path, ...(withIndices.indices?.groups?.name ? { name: assignedName(withIndices, text) } : {}) })
      : {};
    if (verdict === null) continue;
    found.push({
      rule,
      start: verdict.span?.start ?? secretStart,
      end: verdict.span?.end ?? secretEnd,
      ...(verdict.identity !== undefined ? { identity: verdict.identity } : {}),
      details: verdict.details ?? {},
    });
  }
  return found;
}

function groupText(match: RegExpExecArray, group: number | string): string | undefined {
  return typeof group === 'number' ? match[group] : match.groups?.[group];
}

/**
 * Runs the regex; the engine's own limits (a RangeError when its backtracking stack overflows on a pathological
 * input) become a DetectError naming the rule and file, which the scan reports as a file it could not finish.
 * Counted: from where the regex started to where it stopped (the end of the text for a global regex that found
 * nothing; for a sticky one, its start plus `reach`, the positions its lazy prefix tried).
 */
function exec(regex: RegExp, rule: Rule, fragment: Fragment, work: WorkCounts, reach = 0): RegExpExecArray | null {
  const from = regex.lastIndex;
  try {
    const match = regex.exec(fragment.text);
    work.rules += 1 + (match !== null ? regex.lastIndex : regex.sticky ? Math.min(from + reach, fragment.text.length) : fragment.text.length) - from;
    return match;
  } catch (error) {
    if (error instanceof RangeError) throw new DetectError(rule.id, fragment.path, error.message);
    throw error;
  }
}

export class DetectError extends Error {
  override name = 'DetectError';
  constructor(readonly ruleId: string, readonly path: string, reason: string) {
    super(`rule ${ruleId} could not finish on ${path}: ${reason}`);
  }
}

function groupSpan(match: RegExpExecArray, group: number | string): readonly [number, number] | undefined {
  const indices = match.indices;
  if (!indices) return undefined;
  return typeof group === 'number' ? indices[group] : indices.groups?.[group];
}

interface MatchContext {
  readonly secret: string;
  /** The match, with indices (its named groups' at least: a windowed match's numbered groups are one up). */
  readonly match: RegExpExecArray;
  /** The match's span in `text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly secretStart: number;
  readonly locator: Locator;
}

function allowed(lists: readonly Allowlist[], context: MatchContext, work: WorkCounts): boolean {
  let lower: string | undefined;
  for (const list of lists) {
    if (list.stopwords.length > 0) {
      lower ??= context.secret.toLowerCase();
      for (const word of list.stopwords) if (lower.includes(word)) return true;
    }
    if (list.regexCount === 0) continue;
    // The target once per list, counted once per regex run over it.
    const text = target(list, context);
    if (list.combined !== undefined) {
      if (list.combined.test(counted(text, work))) return true;
    } else {
      for (const regex of list.regexes) if (regex.test(counted(text, work))) return true;
    }
  }
  return false;
}

/** `text`, counted as what a regex is run over. */
function counted(text: string, work: WorkCounts): string {
  work.rules += 1 + text.length;
  return text;
}

function target(list: Allowlist, { secret, match, start, end, text, secretStart, locator }: MatchContext): string {
  switch (list.regexTarget) {
    case 'secret':
      return secret;
    case 'match':
      return text.slice(start, end);
    case 'line': {
      const { start: lineStart, end } = locator.lineBounds(secretStart);
      return text.slice(lineStart, end);
    }
    case 'name':
      return assignedName(match, text);
  }
}

/**
 * The identifier a `name` group sits in, extended left over identifier characters (`db_password` from
 * `password`), at most NAME_REACH characters.
 */
function assignedName(match: RegExpExecArray, text: string): string {
  const span = match.indices?.groups?.name;
  if (!span) return '';
  let start = span[0];
  const floor = Math.max(0, start - NAME_REACH);
  while (start > floor && isIdentifier(text.charCodeAt(start - 1))) start--;
  return text.slice(start, span[1]);
}

/**
 * One finding per place: the same span found twice is kept once, and where findings of different rules overlap
 * the higher-severity rule wins (a provider key inside `API_KEY=…` is reported as the provider's key, not also
 * as a generic secret; a provider key decoded from the base64 that `API_KEY=` holds, likewise). At equal severity
 * a plain finding beats one decoded from base64 it overlaps: the plain rule decoded that base64 itself (the Secret
 * Key inside an `ops_` token's payload). Findings decoded from one run were resolved among themselves already: the
 * quanta around two neighbouring secrets may overlap without the secrets doing so.
 */
function dropOverlaps(candidates: Candidate[], work: WorkCounts): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rule.id.localeCompare(b.rule.id));
  const kept: Candidate[] = [];
  const dropped = new Set<Candidate>();
  // maxEnd[i] = the furthest end among kept[0..i]: the backward walk stops where nothing earlier can overlap.
  const maxEnd: number[] = [];
  for (const candidate of candidates) {
    const rank = overlapRank(candidate);
    let shadowed = false;
    const beaten: Candidate[] = [];
    let i = kept.length - 1;
    for (; i >= 0 && maxEnd[i]! > candidate.start; i--) {
      const other = kept[i]!;
      if (dropped.has(other) || other.end <= candidate.start) continue;
      if (candidate.decoded !== undefined && other.decoded?.run === candidate.decoded.run) continue;
      const otherRank = overlapRank(other);
      if (otherRank > rank || (otherRank === rank && other.rule === candidate.rule)) shadowed = true;
      else if (otherRank < rank) beaten.push(other);
    }
    work.overlaps += kept.length - i;
    if (shadowed) continue;
    for (const other of beaten) dropped.add(other);
    kept.push(candidate);
    maxEnd.push(Math.max(candidate.end, maxEnd[maxEnd.length - 1] ?? 0));
  }
  return dropped.size === 0 ? kept : kept.filter((c) => !dropped.has(c));
}

function overlapRank(candidate: Candidate): number {
  return SEVERITY_RANK[candidate.rule.severity] * 2 + (candidate.decoded === undefined ? 1 : 0);
}

function locate(fragment: Fragment, candidates: readonly Candidate[], locator: Locator, work: WorkCounts): RawFinding[] {
  const findings: RawFinding[] = [];
  const allows = new InlineAllows(fragment.text, locator, work);
  for (const candidate of candidates) {
    const from = locator.position(candidate.start);
    const to = locator.position(Math.max(candidate.start, candidate.end - 1));
    if (fragment.addedLines && !touches(fragment.addedLines, from.line, to.line)) continue;
    const line = locator.lineBounds(candidate.start);
    const lineEnd = Math.max(line.end, candidate.start);
    const secretEnd = Math.min(candidate.end, lineEnd);
    const excerptStart = Math.max(line.start, candidate.start - EXCERPT_CONTEXT);
    const excerptEnd = Math.min(lineEnd, secretEnd + EXCERPT_CONTEXT);
    findings.push({
      ruleId: candidate.rule.id,
      description: candidate.rule.description,
      severity: candidate.rule.severity,
      path: fragment.path,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column + 1,
      // Detached: a finding outlives the text it was found in, and must not keep it alive (detach.ts).
      secret: detach(candidate.decoded?.secret ?? fragment.text.slice(candidate.start, candidate.end)),
      ...(candidate.identity !== undefined ? { identity: detach(candidate.identity) } : {}),
      ...(candidate.decoded !== undefined ? { encoding: 'base64' as const } : {}),
      excerpt: {
        text: detach(fragment.text.slice(excerptStart, excerptEnd)),
        secretStart: candidate.start - excerptStart,
        secretEnd: secretEnd - excerptStart,
      },
      commit: fragment.commit ?? null,
      details: detachDetails(candidate.details),
      ...(allows.covers(from.line, to.line) ? { allowedInline: true as const } : {}),
    });
  }
  return findings;
}

/** Whether the inclusive line range [first, last] intersects any of the (sorted) ranges. */
export function touches(ranges: LineRanges, first: number, last: number): boolean {
  for (const [start, end] of ranges) {
    if (start > last) return false;
    if (end >= first) return true;
  }
  return false;
}
