import { describe, expect, it } from 'vitest';
import { Prefilter } from '../../src/detect/prefilter.ts';

describe('keyword prefilter', () => {
  it('selects the rules whose keywords occur, case-insensitively, including keywords inside longer ones', () => {
    const prefilter = new Prefilter([['t3blbkfj'], ['pass'], ['ops_eyj']]);
    expect(prefilter.select('key = sk-x_T3BlbkFJ and PASSWORD')).toEqual([0, 1]);
    expect(prefilter.select('nothing here')).toEqual([]);
  });

  it('finds a keyword that overlaps the one before it', () => {
    const prefilter = new Prefilter([['abc'], ['bcd']]);
    expect(prefilter.select('xabcdx')).toEqual([0, 1]);
  });

  it('keeps looking for rarer keywords after the frequent ones have selected their rules', () => {
    const prefilter = new Prefilter([['key'], ['ops_eyj']]);
    expect(prefilter.select(`${'key '.repeat(1000)}ops_eyJ`)).toEqual([0, 1]);
  });

  it('gives the same hits through the regex as through the automaton', () => {
    const keywords = [['key', 'password'], ['pass', 'a3-'], ['ey', 'ſecret', 'µs'], ['KEY'], ['t3blbkfj', 'word']];
    const prefilter = new Prefilter(keywords);
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const pieces = ['k', 'K', 'e', 'y', 'key', 'KeY', 'pass', 'PASSWORD', 'word', 'a3-', 'A3-', 'ſ', 'S', 'secret', 'µ', 'μ', 'Μ', 's', 'T3BlbkFJ', ' ', '\n', 'x', '\u212a'];
    let total = 0;
    for (let i = 0; i < 500; i++) {
      let text = '';
      while (text.length < 60) text += pieces[Math.floor(random() * pieces.length)];
      const hits = prefilter.hits(text, true);
      expect(prefilter.hits(text, false), text).toEqual(hits);
      total += hits.reduce((n, list) => n + (list?.length ?? 0), 0);
    }
    expect(total).toBeGreaterThan(2000);
  });

  it('gives every position where a keyword starts, once, in order', () => {
    const prefilter = new Prefilter([['pass', 'password'], ['word'], ['sw']]);
    for (const automaton of [true, false]) {
      expect(prefilter.hits('xPASSWORD passpass', automaton)).toEqual([[1, 10, 14], [5], [4]]);
    }
  });
});
