import type { WorkCounts } from './work.ts';
import { newWorkCounts } from './work.ts';

/**
 * Keyword prefilter: one case-insensitive pass over a fragment tells which rules can match it. Once a rule is
 * selected its keywords leave the pattern, so frequent words (`token`, `key`) stop costing anything after their
 * first hit and the rest of the pass only looks for the rarer ones.
 */
export class Prefilter {
  private readonly keywords: readonly string[];
  private readonly index = new Map<string, number>();
  /** For each keyword: the rules it selects, including those of every keyword it contains (`password` ⊃ `pass`). */
  private readonly selects: readonly (readonly number[])[];
  private readonly patterns = new Map<string, RegExp>();

  constructor(
    ruleKeywords: readonly (readonly string[])[],
    private readonly work: WorkCounts = newWorkCounts(),
  ) {
    const byKeyword = new Map<string, Set<number>>();
    ruleKeywords.forEach((keywords, rule) => {
      for (const keyword of keywords) {
        const key = keyword.toLowerCase();
        if (!byKeyword.has(key)) byKeyword.set(key, new Set());
        byKeyword.get(key)!.add(rule);
      }
    });
    // Longest first, so that at one position the alternation prefers the keyword that contains the others.
    this.keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.keywords.forEach((keyword, i) => this.index.set(keyword, i));
    this.selects = this.keywords.map((keyword) => {
      const rules = new Set<number>();
      for (const [other, otherRules] of byKeyword) if (keyword.includes(other)) for (const r of otherRules) rules.add(r);
      return [...rules];
    });
  }

  /** Indices (into the rule list given to the constructor) of the rules whose keywords occur in `text`. */
  select(text: string): number[] {
    const selected = new Set<number>();
    let active = this.keywords.map((_, i) => i);
    let pattern = this.pattern(active);
    let from = 0;
    while (pattern !== null) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      this.work.prefilter += 1 + (match === null ? text.length : match.index + match[0].length) - from;
      if (match === null) break;
      let grew = false;
      for (const rule of this.selects[this.index.get(match[0].toLowerCase()) ?? -1] ?? []) {
        if (!selected.has(rule)) {
          selected.add(rule);
          grew = true;
        }
      }
      // Resume one character on, not after the match, so a keyword overlapping this one is not skipped.
      from = match.index + 1;
      if (grew) {
        active = active.filter((k) => this.selects[k]!.some((rule) => !selected.has(rule)));
        pattern = this.pattern(active);
      }
    }
    return [...selected].sort((a, b) => a - b);
  }

  private pattern(active: readonly number[]): RegExp | null {
    if (active.length === 0) return null;
    const key = active.join(',');
    let pattern = this.patterns.get(key);
    if (!pattern) {
      pattern = new RegExp(active.map((k) => escapeRegex(this.keywords[k]!)).join('|'), 'gi');
      this.patterns.set(key, pattern);
    }
    return pattern;
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
