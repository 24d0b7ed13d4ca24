import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { checkExamples, expandExample } from '../../src/rules/examples.ts';
import { duplicateIds, parseRulesToml } from '../../src/rules/load.ts';
import type { RuleSpec } from '../../src/rules/spec.ts';

/** The harness that guards every rule must itself catch broken rules and broken evidence. */
const base = `
[[rules]]
id = "acme-key"
description = "Acme key"
severity = "high"
regex = '''acme_[a-z0-9]{12}'''
keywords = ["acme_"]
remediation = "rotate it"
`;

describe('rules file checks', () => {
  it('accepts a well-formed rule', () => {
    expect(parseRulesToml(base, 'acme.toml').problems).toEqual([]);
  });

  it.each([
    ['an invalid regex', base.replace("acme_[a-z0-9]{12}", 'acme_[a-z'), /rules\[0\]\.regex: invalid regex/],
    ['Go inline flags', base.replace("'''acme_", "'''(?i)acme_"), /inline flags/],
    ['an unbounded X{n,}', base.replace('{12}', '{12,}'), /X\{n\}X\*/],
    ['an unknown validator', `${base}validate = "nope"`, /unknown validator "nope"/],
    ['a missing keyword list', base.replace('keywords = ["acme_"]', ''), /keywords: must be a non-empty list/],
    ['an unknown key', `${base}colour = "red"`, /colour: unknown key/],
    ['a secret group the regex lacks', `${base}secretGroup = 2`, /regex has no group 2/],
    ['a bad severity', base.replace('"high"', '"critical"'), /severity: must be one of/],
    ['broken TOML', `${base}\n[[rules]\n`, /invalid TOML/],
  ])('reports %s, naming the file and key', (_, text, problem) => {
    const { problems } = parseRulesToml(text, 'acme.toml');
    expect(problems.join('\n')).toMatch(problem);
    expect(problems.every((p) => p.startsWith('acme.toml'))).toBe(true);
  });

  it('reports duplicate ids across files', () => {
    const one = parseRulesToml(base, 'a.toml').specs;
    expect(duplicateIds([...one, ...one])).toEqual(['rule id "acme-key" is defined more than once']);
  });
});

describe('example checks', () => {
  const spec = (examples: RuleSpec['examples']): RuleSpec => ({ ...parseRulesToml(base, 'acme.toml').specs[0]!, examples });
  const problemsOf = (s: RuleSpec) => checkExamples(s, createDetector([compileRule(s)]));

  it('passes sound evidence', () => {
    expect(problemsOf(spec({ positive: ['key = «secret:acme_«rand:12:hex»»'], negative: ['acme_short'] }))).toEqual([]);
  });

  it('fails a rule without negative examples', () => {
    expect(problemsOf(spec({ positive: ['acme_«rand:12:hex»'], negative: [] }))).toContain('acme-key: has no negative example');
  });

  it('fails a positive without any keyword (the prefilter would skip it in real scans)', () => {
    const withoutKeyword: RuleSpec = { ...spec({ positive: ['acme_«rand:12:hex»'], negative: ['x'] }), keywords: ['zzz'] };
    expect(problemsOf(withoutKeyword).join('\n')).toMatch(/contains none of the keywords zzz/);
  });

  it('fails a positive that is not reported, a negative that is, and a marked secret that differs', () => {
    const problems = problemsOf(spec({ positive: ['acme_short', 'x «secret:acme_«rand:12:hex»» y'.replace('«secret:', '«secret:z')], negative: ['acme_«rand:12:hex»'] }));
    expect(problems.join('\n')).toMatch(/positive\[0\]: expected exactly one acme-key finding, got none/);
    expect(problems.join('\n')).toMatch(/positive\[1\]: reported .*expected/);
    expect(problems.join('\n')).toMatch(/negative\[0\]: reported but should not be/);
  });

  it('fails an example that is reported as written (a live-format key in the rules file)', () => {
    expect(problemsOf(spec({ positive: ['acme_0123456789ab'], negative: ['x'] })).join('\n')).toMatch(/as written is reported/);
  });
});

describe('example generators', () => {
  it('expand deterministically, nest, and mark the secret span', () => {
    const a = expandExample('k=«secret:ops_«b64url:{"n":"«rand:8:hex»"}»»;', 'seed');
    expect(expandExample('k=«secret:ops_«b64url:{"n":"«rand:8:hex»"}»»;', 'seed')).toEqual(a);
    expect(a.text).toMatch(/^k=ops_eyJ[A-Za-z0-9_-]+;$/);
    const [span] = a.secrets;
    expect(a.text.slice(span!.start, span!.end)).toBe(a.text.slice(2, -1));
    expect(JSON.parse(Buffer.from(a.text.slice(6, -1), 'base64url').toString())).toEqual({ n: expect.stringMatching(/^[0-9a-f]{8}$/) });
  });

  it('reject unknown generators and alphabets', () => {
    expect(() => expandExample('«nope:1»', 's')).toThrow(/unknown generator/);
    expect(() => expandExample('«rand:4:klingon»', 's')).toThrow(/bad generator/);
  });
});
