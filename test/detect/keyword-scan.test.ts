import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/rules/builtin.ts';
import { KeywordScan } from '../../src/detect/keyword-scan.ts';
import { Prefilter } from '../../src/detect/prefilter.ts';

/** Seeded, so that a failure names a text that can be made again. */
function generator(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** A text of `length` bytes from `pieces` (ASCII), as bytes and as the string they decode to. */
function textOf(length: number, pieces: readonly string[], random: () => number): { bytes: Buffer; text: string } {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const piece = pieces[Math.floor(random() * pieces.length)]!;
    parts.push(piece);
    size += piece.length;
  }
  const text = parts.join('').slice(0, length);
  return { bytes: Buffer.from(text, 'latin1'), text };
}

const count = (hits: (number[] | undefined)[]) => hits.reduce((n, list) => n + (list?.length ?? 0), 0);

describe('the keyword automaton over bytes (WebAssembly)', () => {
  it('runs a given automaton: the keyword `ab`, in one part and in four', () => {
    // Classes: a = 1, b = 2. States (premultiplied by the 3 classes): 0, 3 after `a`, 6 after `ab` (an output).
    const classes = new Uint8Array(65536);
    classes[97] = 1;
    classes[98] = 2;
    const delta = new Int16Array([0, 3, 0, 0, 3, -6 - 1, 0, 3, 0]);
    const scan = KeywordScan.create(classes, delta, 2, true);
    expect(scan).not.toBeNull();
    // Across the edge of a part (5,000 bytes: parts of 1,250) and of a chunk (256 kB, its parts of 64 kB).
    const cases = new Map([
      [5, [3, 5]],
      [5000, [3, 5, 1251, 2500, 4999]],
      [300_000, [3, 65_537, 131_072, 262_145, 299_999]],
    ]);
    for (const [length, ends] of cases) {
      const bytes = Buffer.alloc(length, 'x');
      for (const end of ends) bytes.write('ab', end - 2, 'latin1');
      const found: [number, number][] = [];
      scan!.run(bytes, (end, state) => found.push([end, state]));
      expect(found, `length ${length}`).toEqual(ends.map((end) => [end, 6]));
    }
    expect(KeywordScan.create(classes, delta, 2, false)).toBeNull();
  });

  it('gives the same hits as over the text, for the built-in rules, at every size around its chunks and parts', async () => {
    const specs = await loadBuiltinRules();
    const keywords = specs.map((spec) => spec.keywords);
    const random = generator(11);
    const pieces = [...new Set(keywords.flat())].flatMap((k) => [k, k.toUpperCase(), k.slice(0, 2), ` ${k.slice(1)}`]);
    pieces.push(' ', '\n', 'x', '=', 'abc', '0123456789'.repeat(3));
    const CHUNK = 256 << 10;
    let total = 0;
    for (const size of [0, 1, 2, 17, 18, 4095, 4096, 4097, 4099, 9000, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17]) {
      const { bytes, text } = textOf(size, pieces, random);
      const overBytes = new Prefilter(keywords).hits(text, true, bytes);
      expect(overBytes, `size ${size}`).toEqual(new Prefilter(keywords).hits(text, true));
      total += count(overBytes);
    }
    expect(total).toBeGreaterThan(100_000);
  });

  it('finds keywords across the edges of its four parts and its chunks, and once each', () => {
    const CHUNK = 256 << 10;
    const keywords = [['password'], ['key'], ['mxbhc3n3b3jklmnvbs']];
    for (const length of [4096, 4097, 4098, 4099, 10_001, CHUNK, CHUNK + 5, 2 * CHUNK + 3]) {
      const chunks = Math.ceil(length / CHUNK);
      // Every edge of a chunk and of a quarter of it, and a keyword laid across each at every offset.
      const edges = new Set<number>();
      for (let c = 0; c < chunks; c++) {
        const from = c * CHUNK;
        const size = Math.min(CHUNK, length - from);
        const part = Math.floor(size / 4);
        for (let k = 0; k <= 4; k++) edges.add(from + (k === 4 ? size : k * part));
      }
      for (const keyword of ['PassWord', 'key', 'MXBhc3N3b3JkLmNvbS']) {
        for (let shift = 0; shift <= keyword.length; shift++) {
          const bytes = Buffer.alloc(length, '.');
          const expected: number[] = [];
          for (const edge of [...edges].sort((a, b) => a - b)) {
            const start = edge - shift;
            if (start < 0 || start + keyword.length > length || (expected.length > 0 && start < expected[expected.length - 1]! + keyword.length)) continue;
            bytes.write(keyword, start, 'latin1');
            expected.push(start);
          }
          const text = bytes.toString('latin1');
          const hits = new Prefilter(keywords).hits(text, true, bytes);
          const rule = keyword === 'key' ? 1 : keyword === 'PassWord' ? 0 : 2;
          expect(hits[rule], `${keyword} length ${length} shift ${shift}`).toEqual(expected.length > 0 ? expected : undefined);
          expect(hits, `${keyword} length ${length} shift ${shift}`).toEqual(new Prefilter(keywords).hits(text, true));
        }
      }
    }
  });

  it('reads bytes that decoded one to a character: stray bytes (U+FFFD) too; other text is read as text', () => {
    const keywords = [['token'], ['key']];
    const bytes = Buffer.concat([Buffer.from('tok'), Buffer.from([0xff]), Buffer.from('en token'), Buffer.from([0x80, 0xfe]), Buffer.from('KEY')]);
    const text = bytes.toString('utf8');
    expect(text.length).toBe(bytes.length);
    expect(new Prefilter(keywords).hits(text, true, bytes)).toEqual([[7], [14]]);
    // UTF-8 of more than one byte a character: the offsets would differ, so the text is read.
    const wide = Buffer.from('é token é key');
    expect(new Prefilter(keywords).hits(wide.toString('utf8'), true, wide)).toEqual([[2], [10]]);
  });

  it('leaves keywords outside ASCII, and keywords longer than a part, to the automaton over the text', () => {
    const long = `k${'e'.repeat(1500)}y`;
    const keywords = [['µs', 'key'], [long]];
    const text = `x µs ${long} key ${'.'.repeat(5000)}${long}`;
    const bytes = Buffer.from(text, 'latin1');
    expect(new Prefilter(keywords).hits(text, true, bytes)).toEqual(new Prefilter(keywords).hits(text, true));
    const ascii = [['key'], [long]];
    // 4,105 bytes: split in four, a part (1,026 bytes) would be shorter than the keyword's lead.
    const plain = `${'.'.repeat(1300)}${long}${'.'.repeat(1300)}key`;
    const hits = new Prefilter(ascii).hits(plain, true, Buffer.from(plain, 'latin1'));
    expect(hits).toEqual([[1300 + long.length + 1300], [1300]]);
    expect(hits).toEqual(new Prefilter(ascii).hits(plain, true));
  });
});
