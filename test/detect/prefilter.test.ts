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
});
