import { describe, expect, it } from 'vitest';
import { primed } from '../../src/detect/primed.ts';

describe('primed', () => {
  it('returns the same regex, its lastIndex back at 0, matching as before', () => {
    for (const [source, flags] of [['[^a]+', 'g'], ['\\0+', 'y'], ['x', 'gd'], ['(?:id|name)$', 'i']] as const) {
      const regex = new RegExp(source, flags);
      expect(primed(regex)).toBe(regex);
      expect(regex.lastIndex).toBe(0);
      const fresh = new RegExp(source, flags);
      for (const text of ['', 'x', 'aaxb\0', 'user_ID', 'NAME']) {
        regex.lastIndex = 0;
        fresh.lastIndex = 0;
        expect(regex.exec(text)).toEqual(fresh.exec(text));
      }
    }
  });
});
