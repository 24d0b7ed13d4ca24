import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import { Base64Finder, MIN_RUN } from '../../src/detect/encoded.ts';
import { newWorkCounts } from '../../src/detect/work.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { expandExample } from '../../src/rules/examples.ts';
import { loadRulesDir } from '../../src/rules/load.ts';
import type { Fragment } from '../../src/types.ts';
import { base64, connectCredentials, openaiKey } from '../helpers/secrets.ts';

const specs = (await loadRulesDir(builtinRulesDir())).specs;
const keywords = specs.flatMap((spec) => spec.keywords);

/** Seeded, so that a failure names a text that can be made again. */
function generator(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** What a finder makes of `text`: each run's text and the span of its whole text, and the work it counted. */
function decoded(text: string, bytes?: Uint8Array) {
  const work = newWorkCounts();
  const runs = new Base64Finder(keywords, work).decode(text, 2, bytes).map((run) => ({ text: run.text, ...run.span(0, run.text.length) }));
  return { runs, work: work.base64 };
}

/** Wraps base64 at `width` characters, each line after `indent`, lines ended by `eol`. */
function wrap(encoded: string, width: number, indent: string, eol: string): string {
  return encoded.match(new RegExp(`.{1,${width}}`, 'g'))!.map((line) => `${indent}${line}`).join(eol);
}

describe('the search for base64 runs over bytes (WebAssembly)', () => {
  it('decodes the same runs as over the text, with the same counted work, in texts made of every kind of run', () => {
    const random = generator(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const rand = (length: number, alphabet: string) => expandExample(`«rand:${length}:${alphabet}»`, String(random())).text;
    const secrets = [
      () => `password=${rand(20 + Math.floor(random() * 40), 'alnum')}`,
      () => `OPENAI_API_KEY=${openaiKey(String(random()))}`,
      () => connectCredentials(String(random())),
    ];
    // Runs of every shape: encoded secrets (one level and two), wrapped at quanta or not, CRLF, indented, padded;
    // random base64 (integrity hashes), exactly MIN_RUN long and one short of it, url-safe; and what is not base64.
    const pieces: (() => string)[] = [
      () => base64(pick(secrets)()),
      () => base64(base64(pick(secrets)())),
      () => wrap(base64(pick(secrets)()), pick([64, 76, 75]), pick(['', '  ', '\t']), pick(['\n', '\r\n'])),
      () => base64(pick(secrets)()).replace(/\+/g, '-').replace(/\//g, '_'),
      () => rand(MIN_RUN, 'b64'),
      () => rand(MIN_RUN - 1, 'b64'),
      () => rand(30 + Math.floor(random() * 300), pick(['b64', 'b64url', 'alnum', 'hex'])),
      () => `${rand(MIN_RUN + 4, 'b64')}${pick(['=', '==', '==='])}`,
      () => pick([' ', '\n', '\r\n', '"', ': ', '=', '/', '_', '-', '+', '\t', 'sha512-']),
      () => 'The quick brown fox jumps over the lazy dog.',
      () => String.fromCharCode(0xfffd),
    ];
    let texts = 0;
    let runs = 0;
    for (let t = 0; t < 400; t++) {
      let text = '';
      const target = Math.floor(random() * 6000);
      while (text.length < target) text += pick(pieces)();
      // U+FFFD stands for a stray byte: one byte a character, as a blob with one decodes.
      const oneByte = Buffer.from(text.replace(/\ufffd/g, '\u00ff'), 'latin1');
      const expected = decoded(text);
      expect(decoded(text, oneByte), `text ${t}`).toEqual(expected);
      texts++;
      runs += expected.runs.length;
    }
    expect(texts).toBe(400);
    // The texts held runs to decode, not only runs to pass over.
    expect(runs).toBeGreaterThan(300);
  });

  it('finds runs at the very start and end of a text, and one exactly MIN_RUN long', () => {
    const secret = `password=${expandExample('«rand:40:alnum»', 'edge').text}`;
    const encoded = base64(secret);
    for (const text of [encoded, `${encoded}\n`, `x ${encoded}`, `${encoded.slice(0, MIN_RUN)}`, `${'a'.repeat(MIN_RUN - 1)} ${encoded}`]) {
      const bytes = Buffer.from(text, 'latin1');
      expect(decoded(text, bytes), JSON.stringify(text)).toEqual(decoded(text));
    }
    expect(decoded(encoded, Buffer.from(encoded, 'latin1')).runs).toEqual([{ text: secret, start: 0, end: encoded.length }]);
    // Wrapped on two lines, the text ending with the second, and the run chosen for wrapping (no needle starts on its
    // first line: base64 of spaces is ICAg, which no keyword's encoding starts with).
    const late = `${' '.repeat(60)}${secret}`;
    for (const eol of ['\n', '\r\n']) {
      const text = `data: |${eol}${wrap(base64(late), 76, '', eol)}`;
      const expected = decoded(text);
      expect(expected.runs.map((run) => run.text), JSON.stringify(eol)).toEqual([late]);
      expect(decoded(text, Buffer.from(text, 'latin1')), JSON.stringify(eol)).toEqual(expected);
    }
  });

  it('gives the detector the same findings from bytes as from the text', () => {
    const detector = (bytes: boolean) => {
      // No warm-up: the bytes are read from the first fragment on.
      const d = createDetector(specs.map(compileRule), [], undefined, { warmUp: 0 });
      return (text: string) => d.detect({ path: 'k8s/secret.yaml', text, ...(bytes ? { bytes: Buffer.from(text, 'latin1') } : {}) } satisfies Fragment);
    };
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'data:',
      `  credentials: ${base64(connectCredentials('k8s'))}`,
      `  key: ${base64(base64(`OPENAI_API_KEY=${openaiKey('nested')}`))}`,
      `  noise: ${expandExample('«rand:400:b64»', 'noise').text}`,
      '',
    ].join('\n');
    const fromBytes = detector(true)(text);
    expect(fromBytes.map((f) => [f.ruleId, f.line, f.encoding])).toEqual([
      ['1password-connect-credentials', 4, 'base64'],
      ['openai-api-key', 5, 'base64'],
    ]);
    expect(fromBytes).toEqual(detector(false)(text));
  });
});
