import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { checkExamples } from '../../src/rules/examples.ts';
import { loadRulesDir } from '../../src/rules/load.ts';

const loaded = await loadRulesDir(builtinRulesDir());
const detector = createDetector(loaded.specs.map(compileRule));

describe('built-in rules', () => {
  it('load without problems', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.specs.length).toBeGreaterThan(0);
  });

  for (const spec of loaded.specs) {
    it(`${spec.id}: examples hold`, () => {
      expect(checkExamples(spec, detector)).toEqual([]);
    });
  }
});
