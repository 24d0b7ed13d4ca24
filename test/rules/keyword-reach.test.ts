import { describe, expect, it } from 'vitest';
import { keywordReach } from '../../src/rules/keyword-reach.ts';

describe('keyword reach: how far before a keyword it holds a match can start', () => {
  it('is the widest part before the first keyword every match spells out', () => {
    expect(keywordReach('key=(\\w+)', '', ['key'])).toBe(0);
    expect(keywordReach('(?<![a-z])(?:api|access)[_.-]?key', 'i', ['key'])).toBe(7);
    expect(keywordReach('sk-[a-z]{0,200}?MARK[a-z]+', '', ['mark'])).toBe(203);
    // every branch of an alternation holds a keyword: the farthest counts
    expect(keywordReach('(?:password|x?token)=', '', ['pass', 'token'])).toBe(1);
    // the first repetition of a group repeated at least once joins the literals before it
    expect(keywordReach('1PRK(?:-[A-Z]{4}){13}', '', ['1prk-'])).toBe(0);
    // escapes that stand for one character are literals; case folds as the prefilter folds it
    expect(keywordReach('\\x4b\\u0065y\\.', '', ['KEY.'])).toBe(0);
    expect(keywordReach('KEY', 'i', ['key'])).toBe(0);
    // zero-width parts take no room
    expect(keywordReach('^(?=a)\\b(?<=x)key$', 'm', ['key'])).toBe(0);
  });

  it('is null where no bound holds: the rule then runs over the whole text', () => {
    // a branch without a keyword
    expect(keywordReach('password|secret', '', ['pass'])).toBeNull();
    // an unbounded part before the keyword
    expect(keywordReach('[a-z]*key', '', ['key'])).toBeNull();
    expect(keywordReach('a{2,}key', '', ['key'])).toBeNull();
    // the keyword only in an optional part, or split by one, or in a class, a lookahead or a backreference
    expect(keywordReach('(?:key)?=', '', ['key'])).toBeNull();
    expect(keywordReach('ke?y', '', ['key'])).toBeNull();
    expect(keywordReach('[k]ey', '', ['key'])).toBeNull();
    expect(keywordReach('(?=key)\\w+', '', ['key'])).toBeNull();
    // numbered backreferences (a windowed regex numbers its groups one up), the u flag, syntax it does not know
    expect(keywordReach('(a)key\\1', '', ['key'])).toBeNull();
    expect(keywordReach('key', 'u', ['key'])).toBeNull();
    expect(keywordReach('\\p{L}key', '', ['key'])).toBeNull();
    expect(keywordReach('key)', '', ['key'])).toBeNull();
    expect(keywordReach('(key', '', ['key'])).toBeNull();
    // the Kelvin sign is not the keyword's k, even under the i flag
    expect(keywordReach('\u212aey', 'i', ['key'])).toBeNull();
  });
});
