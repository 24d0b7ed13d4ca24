import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { loadRulesDir } from '../../src/rules/load.ts';
import { DECISIONS } from './decisions.ts';
import { FAMILY_RULES, loadPeerCases, peerCorpusDir, weReport } from './peer-cases.ts';

const dir = peerCorpusDir();
const cases = loadPeerCases(dir);
const detector = createDetector((await loadRulesDir(builtinRulesDir())).specs.map(compileRule));

if (cases.length === 0) {
  // The corpus sits beside the repository in CI (../shared); a clone elsewhere can point LEAKWARDEN_PEER_CORPUS at it.
  console.warn(`peer corpus not found at ${dir}: the peer-case tests are skipped`);
}

describe.skipIf(cases.length === 0)('peer scanners\' own test cases', () => {
  const connectFixture = cases.find((c) => c.family === '1password-connect-credentials' && c.kind === 'content' && c.peerSays)?.value ?? '';
  const used = new Set<number>();

  it('covers every family we answer for, and only families we know', () => {
    expect(connectFixture).not.toBe('');
    const families = new Set(cases.map((c) => c.family));
    for (const family of families) expect(Object.keys(FAMILY_RULES)).toContain(family);
    for (const family of ['openai', '1password-service-account', '1password-secret-key', '1password-connect-credentials', '1password-connect-token', 'generic']) {
      expect(cases.filter((c) => c.family === family).length, family).toBeGreaterThan(0);
    }
  });

  for (const c of cases) {
    const index = DECISIONS.findIndex((d) => d.match(c));
    const decision = DECISIONS[index];
    const expected = decision ? decision.report : c.peerSays;
    const label = `${c.id}: ${expected ? 'reported' : 'not reported'}${decision ? ` (we differ from the peer: ${decision.why})` : ''}`;
    it(label, () => {
      if (index >= 0) used.add(index);
      expect(weReport(detector, c, connectFixture)).toBe(expected);
    });
  }

  it('every recorded disagreement still applies to some case', () => {
    const unused = DECISIONS.map((d, i) => (used.has(i) ? null : d.why)).filter((why) => why !== null);
    expect(unused).toEqual([]);
  });
});
