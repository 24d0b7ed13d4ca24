import { expect, it } from 'vitest';
import { shannonEntropy } from '../../src/detect/entropy.ts';
it('entropy', () => {
  const ref = (s: string) => { const m = new Map<string, number>(); for (const c of s) m.set(c, (m.get(c) ?? 0) + 1); let e = 0; for (const n of m.values()) { const p = n / s.length; e -= p * Math.log2(p); } return e; };
  for (const s of ['', 'a', 'aaaa', 'abcd', 'sk-proj-AbC', 'héllo wörld', 'x'.repeat(100) + 'yz', '0123456789abcdef']) expect(shannonEntropy(s)).toBeCloseTo(ref(s), 10);
  expect(shannonEntropy('abcd')).toBe(2);
});
