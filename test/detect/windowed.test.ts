import { describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/detector.ts';
import { createDetector } from '../../src/detect/detector.ts';
import { newWorkCounts } from '../../src/detect/work.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { keywordReach } from '../../src/rules/keyword-reach.ts';
import { exampleCases, expandExample } from '../../src/rules/examples.ts';
import { loadRulesDir } from '../../src/rules/load.ts';
import type { RuleSpec } from '../../src/rules/spec.ts';
import { textOf } from '../../src/sources/source.ts';
import type { Fragment } from '../../src/types.ts';
import { caseInput, loadPeerCases, peerCorpusDir } from '../corpus/peer-cases.ts';
import { base64, connectCredentials, genericAssignment, openaiKey, serviceAccountToken } from '../helpers/secrets.ts';

/**
 * The windowed scan (a rule's regex run only from its reach before each of its keyword hits) must find exactly what
 * the reference scan finds (each selected rule's regex over the whole text): the same findings, in the same order.
 * (Without a warm-up here: a detector scans its first MiB the reference way.)
 * Both run here on many inputs: the peers' test cases, the rules' examples, texts generated around each rule's
 * reach, and repositories' own rules (of shapes the reach is computed for) over random text dense in their keywords.
 */
const specs = (await loadRulesDir(builtinRulesDir())).specs;
const rules = specs.map(compileRule);
const windowed = createDetector(rules, [], newWorkCounts(), { warmUp: 0 });
const reference = createDetector(rules, [], newWorkCounts(), { windowed: false });

function expectSame(fragment: Fragment, pair: readonly [Detector, Detector] = [windowed, reference], label = ''): number {
  const expected = pair[1].detect(fragment);
  expect(pair[0].detect(fragment), `${label}${JSON.stringify(fragment.text.slice(0, 200))}`).toEqual(expected);
  return expected.length;
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('windowed detection finds what the whole-text scan finds', () => {
  it('reach is computed for the frequent rules (else this file would test nothing)', () => {
    const reach = Object.fromEntries(rules.map((rule) => [rule.id, rule.compiled().windowed?.reach ?? null]));
    expect(reach).toMatchObject({ 'generic-secret': 13, 'connection-string-password': 1, '1password-secret-key': 0, 'openai-api-key': 203 });
  });

  it('around the generic rule\'s names: identifiers of every length, quotes, blanks and operators after them', () => {
    const random = mulberry32(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const generic = compileRule(specs.find((spec) => spec.id === 'generic-secret')!);
    const pair = [createDetector([generic], [], newWorkCounts(), { warmUp: 0 }), createDetector([compileRule(generic.spec)], [], newWorkCounts(), { windowed: false })] as const;
    const names = ['password', 'PASSWD', 'pass', 'pwd', 'secret', 'token', 'auth', 'auth_token', 'api-key', 'access.key', 'subscription_key', 'credentials', 'creds', 'key', 'keys', 'authx'];
    const value = () => expandExample(pick(['«rand:16:alnum»', '«rand:24:b64»', '«rand:12:pw»', '«rand:32:hex»', '«rand:10:alnum»', '«rand:11:pw»', '«rand:10:op»']), `v${Math.floor(random() * 1e6)}`).text;
    const piece = (): string => {
      const r = random();
      if (r < 0.25) return pick(names);
      if (r < 0.4) return 'aB0_.-'[Math.floor(random() * 6)]!.repeat(pick([0, 1, 2, 12, 13, 14, 38, 39, 40, 41, 42]));
      if (r < 0.5) return pick(['"', "'", '`', ']', '[', ')', '}']);
      if (r < 0.6) return pick(['', ' ', '  ', '\t', '    ', '     ', ' \t \t ']);
      if (r < 0.75) return pick([':=', '=>', '?=', '||=', '=', ':', ',', '?', '|', '==', ': ', ':"', ';', '\n']);
      if (r < 0.9) return value();
      return pick(['\u017f', '\u212a', 'é', '«', '\r\n']);
    };
    let findings = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 2 + Math.floor(random() * 14) }, piece).join('');
      findings += expectSame({ path: 'src/app.ts', text }, pair, 'generic: ');
    }
    expect(findings).toBeGreaterThan(50);
    // Every operator at its widest: the longest names, up to 4 blanks, 2 quotes, a value of 10 characters.
    const tenth = expandExample('«rand:10:alnum»', 'edge').text;
    let edges = 0;
    for (const name of ['password', 'subscription_key', 'auth_token', 'api.key']) {
      for (const tail of ['', 'x', 'aB0_.-'.repeat(6) + 'abc', 'aB0_.-'.repeat(6) + 'abcd', 'aB0_.-'.repeat(6) + 'abcde']) {
        for (const operator of [':=', '=>', '?=', '||=', '=', '":', '",', '] :', ' :', ',']) {
          for (const blanks of ['', ' \t', '    ', '     ']) {
            for (const quotes of ['', '"', '""', "'`"]) {
              const text = `x ${name}${tail}${operator}${blanks}${quotes}${tenth}${quotes.slice(0, 1)}\n`;
              edges += expectSame({ path: 'src/app.ts', text }, pair, 'generic: ');
            }
          }
        }
      }
    }
    expect(edges).toBeGreaterThan(300);
  });

  it('on the peers\' test cases', () => {
    const cases = loadPeerCases(peerCorpusDir());
    const fixture = cases.find((c) => c.family === '1password-connect-credentials' && c.kind === 'content' && c.peerSays)?.value ?? '';
    let findings = 0;
    for (const c of cases) findings += expectSame(caseInput(c, fixture));
    if (cases.length > 0) expect(findings).toBeGreaterThan(50);
  });

  it('from the first fragment on, when the rules come with their reach (as the built-in rules\' cache keeps them)', () => {
    const withReach = specs.map((spec) => ({ ...spec, keywordReach: keywordReach(spec.regex, spec.flags ?? '', spec.keywords) }));
    // The default warm-up: only the kept reach makes these windowed before the first MiB.
    const pair = [createDetector(withReach.map(compileRule)), reference] as const;
    const cases = loadPeerCases(peerCorpusDir());
    const fixture = cases.find((c) => c.family === '1password-connect-credentials' && c.kind === 'content' && c.peerSays)?.value ?? '';
    let findings = 0;
    for (const c of cases) findings += expectSame(caseInput(c, fixture), pair, 'kept reach: ');
    for (const example of specs.flatMap((spec) => exampleCases(spec))) findings += expectSame({ path: example.path, text: example.expanded.text }, pair, 'kept reach: ');
    expect(findings).toBeGreaterThan(50);
  });

  it('on the rules\' examples, alone, glued together, after CRLF and inside UTF-16 files', () => {
    const examples = specs.flatMap((spec) => exampleCases(spec));
    let findings = 0;
    for (const example of examples) {
      const { text } = example.expanded;
      findings += expectSame({ path: example.path, text });
      expectSame({ path: example.path, text: text.replace(/\n/g, '\r\n') });
      const utf16 = textOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`ünïcödé ✓ ${text}`, 'utf16le')]));
      if (utf16 !== null) expectSame({ path: example.path, text: utf16 });
    }
    expect(findings).toBeGreaterThan(20);
    // All examples in one text, with and without separators: matches meet at their edges.
    const texts = examples.map((e) => e.expanded.text);
    expectSame({ path: 'all.txt', text: texts.join('\n') });
    expectSame({ path: 'all.txt', text: texts.join('') });
    expectSame({ path: 'all.txt', text: texts.join(' key ') });
  });

  it('on generated texts with secrets and keywords at the edges of each rule\'s window', () => {
    const random = mulberry32(15);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const secrets = [
      openaiKey('w1'),
      serviceAccountToken('w2'),
      connectCredentials('w3'),
      genericAssignment('w4').line,
      expandExample('A3-«rand:6:sk»-«rand:6:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»', 'w5').text,
      expandExample(`1PRK${'-«rand:4:sk»'.repeat(13)}`, 'w6').text,
      expandExample('postgres://app:«rand:20:alnum»@db.internal:5432/app', 'w7').text,
      expandExample('subscription_key_for_the_service = "«rand:32:alnum»"', 'w8').text,
      expandExample('"password": "«rand:24:alnum»",', 'w9').text,
      expandExample('api-key: «rand:40:b64»', 'w10').text,
    ];
    const keywords = ['password', 'PASSWORD', 'pass', 'key', 'Key', 'token', 'secret', 'auth', 'A3-', 'a3-', 'ops_eyJ', 'T3BlbkFJ', '1PRK-', 'encCredentials', 'postgres://', 'ftp', 'sftp://', 'creds', 'pwd'];
    const noise = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.+/=:"\' \t';
    const exotic = ['\u017f', '\u212a', '\u0130', 'é', '😀', '\u00b5', '«', '»'];
    const filler = (length: number) => {
      let out = '';
      for (let i = 0; i < length; i++) out += random() < 0.03 ? pick(exotic) : random() < 0.05 ? pick(['\n', '\r\n']) : noise[Math.floor(random() * noise.length)];
      return out;
    };
    // Lengths around the rules' reaches (0, 1, 2, 13, 203) and around an assignment name's reach (40).
    const edges = [0, 1, 2, 3, 12, 13, 14, 39, 40, 41, 202, 203, 204];
    const piece = (depth: number): string => {
      const r = random();
      if (r < 0.3) return pick(secrets);
      if (r < 0.55) return pick(keywords);
      if (r < 0.65) return pick(['=', ': ', ' = "', '":"', '=> ', '\n', '\r\n', '']);
      if (r < 0.75 && depth < 2) return base64(Array.from({ length: 1 + Math.floor(random() * 3) }, () => piece(depth + 1)).join(''));
      if (r < 0.85) return 'x'.repeat(pick(edges));
      return filler(pick(edges));
    };
    let findings = 0;
    for (let i = 0; i < 1500; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => piece(0)).join('');
      findings += expectSame({ path: pick(['a.txt', 'src/app.js', 'config/.env', 'deploy/values.yaml']), text });
    }
    // Each secret after a run of identifier characters (the generic rule's name extends left over them) and before
    // one, at every edge length, and each keyword as the whole text, at its start and at its end.
    for (const secret of secrets) {
      for (const length of edges) {
        findings += expectSame({ path: 'a.txt', text: `${'k'.repeat(length)}${secret}${'y'.repeat(length)}` });
        findings += expectSame({ path: 'a.txt', text: `${filler(length)}${secret}` });
      }
    }
    for (const keyword of keywords) {
      for (const secret of secrets) {
        expectSame({ path: 'a.txt', text: `${keyword}${secret}` });
        expectSame({ path: 'a.txt', text: `${secret}${keyword}` });
        expectSame({ path: 'a.txt', text: `${keyword}=${secret}` });
      }
    }
    expect(findings).toBeGreaterThan(500);
  });

  it('for repositories\' own rules of every shape the reach is computed for, on text dense in their keywords', () => {
    const shapes: { regex: string; flags?: string; keywords: string[]; secretGroup?: number | string; reach: number | null; parts: string[] }[] = [
      { regex: '(?:foo|ba)[a-z]{0,5}key=(\\w{3,12})', keywords: ['key'], secretGroup: 1, reach: 8, parts: ['foo', 'ba', 'key=', 'abcd', 'xyzw'] },
      { regex: '(?<![a-z])(?:key|KEY)_(?<secret>[a-z0-9]{2,9})(?![a-z])', keywords: ['key'], secretGroup: 'secret', reach: 0, parts: ['key_', 'KEY_', 'ab', '12', 'z'] },
      { regex: '^[ \\t]{0,4}(?:export )?(?:db_)?pass(?:word)?\\s*=\\s*(\\S{4,})$', flags: 'm', keywords: ['pass'], secretGroup: 1, reach: 14, parts: ['\n', '  ', 'export ', 'db_', 'pass', 'word', '=', 'abcdef'] },
      { regex: 'x?(?:ab|b)c(?:d|e)?tok(?:en)?(=[a-z]{1,4})?', flags: 'i', keywords: ['tok', 'bctok'], secretGroup: 0, reach: 5, parts: ['x', 'ab', 'b', 'C', 'd', 'e', 'tok', 'TOK', 'en', '=ab'] },
      { regex: '(?:k|q)ey-(?:[a-z]{2}-){2}[a-z]{0,3}', keywords: ['ey-'], reach: 1, parts: ['k', 'q', 'ey-', 'ab-', 'cd-', 'xyz'] },
      { regex: '(?:[a-z]{2}_){1,3}key', keywords: ['key'], reach: 9, parts: ['ab_', 'cd_', 'key', 'e'] },
      { regex: 'k(?=ey)ey[^\\n]{0,30}?(?:$|;)', flags: 'm', keywords: ['ey'], reach: 1, parts: ['key', 'ey', ';', '\n', 'abc'] },
      { regex: '(?<=[=:]["\']?)[a-z]{0,4}tok[a-z]{0,4}', flags: 'i', keywords: ['tok'], reach: 4, parts: ['=', ':"', 'tok', 'ab', 'TOK'] },
      { regex: '(?:k|p)e?y+', keywords: ['ey', 'py'], reach: null, parts: ['k', 'p', 'e', 'y', 'yy'] },
      { regex: '[a-z]*key', keywords: ['key'], reach: null, parts: ['abc', 'key', 'KEY'] },
    ];
    const alphabet = ['k', 'e', 'y', 'K', 'E', 'Y', 'key', 'KEY', 'tok', 'TOK', 'en', 'pass', 'word', 'db_', 'export ', 'ey-', 'ab', 'bc', 'x', 'q', 'p', 'foo', 'ba', 'a', 'b', 'c', 'd', '_', '-', '=', ':', '"', ';', ' ', '\t', '\n', '\r\n', '0', '9'];
    const random = mulberry32(42);
    shapes.forEach((shape, n) => {
      const spec: RuleSpec = {
        id: `custom-${n}`,
        description: 'custom',
        severity: 'high',
        regex: shape.regex,
        keywords: shape.keywords,
        remediation: 'none',
        ...(shape.flags ? { flags: shape.flags } : {}),
        ...(shape.secretGroup !== undefined ? { secretGroup: shape.secretGroup } : {}),
      };
      const rule = compileRule(spec);
      expect(rule.compiled().windowed?.reach ?? null, shape.regex).toBe(shape.reach);
      const pair = [createDetector([rule], [], newWorkCounts(), { warmUp: 0 }), createDetector([compileRule(spec)], [], newWorkCounts(), { windowed: false })] as const;
      let findings = 0;
      for (let i = 0; i < 600; i++) {
        let text = '';
        const length = Math.floor(random() * 120);
        while (text.length < length) text += random() < 0.6 ? shape.parts[Math.floor(random() * shape.parts.length)] : alphabet[Math.floor(random() * alphabet.length)];
        findings += expectSame({ path: 'a.txt', text }, pair, `${shape.regex}: `);
      }
      expect(findings, shape.regex).toBeGreaterThan(10);
    });
  });
});

describe('a rule whose secret is its whole match (secret group 0)', () => {
  it('gets the whole match for its entropy floor in the windowed scan too, not the lazy prefix before it', () => {
    // The window's prefix (what lies between the window's start and the match) is low in entropy; the match is not.
    const spec: RuleSpec = { id: 'whole', description: 'whole', severity: 'high', regex: 'tk_[a-z0-9]{12}', keywords: ['tk_'], remediation: 'none', minEntropy: 3 };
    const rule = compileRule(spec);
    expect(rule.compiled().windowed?.reach).toBe(0);
    const pair = [createDetector([rule], [], newWorkCounts(), { warmUp: 0 }), createDetector([compileRule(spec)], [], newWorkCounts(), { windowed: false })] as const;
    const value = ['q7', 'm2', 'x9', 'b4', 'k1', 'z8'].join('');
    expect(expectSame({ path: 'a.txt', text: `aaaa tk_${value} tk_aaaaaaaaaaaa` }, pair)).toBe(1);
  });
});

describe('windowed detection costs in proportion to keyword hits', () => {
  it('text of n and 4n characters with the same keywords and no candidates: the rules\' work stays the same', () => {
    // Keywords of every frequent rule, none of them in a match; the filler holds no keyword.
    const hits = 'password; the key, a token and a secret; A3-B postgres ftp sk- T3BlbkFJ. ';
    const filler = expandExample('«rand:1000000:lower»', 'filler').text.replace(/[aeiou]/g, ' ');
    const noKeyword = (size: number) => {
      let text = '';
      for (let i = 0; text.length < size; i += 4000) text += `${filler.slice(i, i + 4000)}\n${hits}\n`;
      return text.slice(0, size);
    };
    const small = noKeyword(64 * 1024);
    const large = `${small}${filler.slice(0, 3 * 64 * 1024).replace(/(.{4000})/g, '$1\n')}`;
    const counts = (detector: 'windowed' | 'reference', text: string) => {
      const work = newWorkCounts();
      const made = createDetector(rules, [], work, { windowed: detector === 'windowed', warmUp: 0 });
      expect(made.detect({ path: 'a.txt', text })).toEqual([]);
      return work;
    };
    const windowedSmall = counts('windowed', small);
    const windowedLarge = counts('windowed', large);
    // The prefilter reads every character; the rules only the windows around the same hits.
    expect(windowedLarge.prefilter / windowedSmall.prefilter).toBeGreaterThan(3.5);
    expect(windowedLarge.rules / windowedSmall.rules).toBeLessThan(1.1);
    expect(windowedSmall.rules).toBeLessThan(small.length / 4);
    // The reference scan goes over the bytes.
    expect(counts('reference', large).rules / counts('reference', small).rules).toBeGreaterThan(3.5);
  });
});
