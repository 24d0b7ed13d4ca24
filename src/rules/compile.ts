import type { Severity } from '../types.ts';
import type { AllowlistSpec, RegexTarget, RuleSpec } from './spec.ts';
import type { Validator } from './validators.ts';
import { validators } from './validators.ts';

export interface Allowlist {
  readonly regexes: readonly RegExp[];
  readonly regexTarget: RegexTarget;
  /** Lower-cased. */
  readonly stopwords: readonly string[];
  readonly paths: readonly RegExp[];
}

/** The parts of a rule that cost something to build; built the first time the prefilter selects the rule. */
export interface CompiledParts {
  /** Global, without match indices: the fast scan. */
  readonly regex: RegExp;
  /** The same pattern, sticky and with match indices (`d`): re-run at a candidate's position to locate its groups. */
  readonly located: RegExp;
  readonly path: RegExp | null;
  readonly allowlists: readonly Allowlist[];
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
      parts ??= {
        regex: new RegExp(spec.regex, `g${spec.flags ?? ''}`),
        located: new RegExp(spec.regex, `yd${spec.flags ?? ''}`),
        path: spec.path ? new RegExp(spec.path) : null,
        allowlists: (spec.allowlists ?? []).map(compileAllowlist),
      };
      return parts;
    },
  };
}

export function compileAllowlist(spec: AllowlistSpec): Allowlist {
  return {
    regexes: (spec.regexes ?? []).map((r) => new RegExp(r, 'i')),
    regexTarget: spec.regexTarget ?? 'secret',
    stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
    paths: (spec.paths ?? []).map((p) => new RegExp(p, 'i')),
  };
}
