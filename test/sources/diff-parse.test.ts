import { describe, expect, it } from 'vitest';
import { parsePatchLines, parseRawZ, splitBuffer } from '../../src/sources/diff-parse.ts';

const oid = (c: string) => c.repeat(40);
const ZERO = oid('0');

/** A `--raw -z` record: header, NUL, path(s), each NUL-terminated. */
function raw(header: string, ...paths: (string | Buffer)[]): Buffer {
  return Buffer.concat([Buffer.from(`${header}\0`), ...paths.flatMap((p) => [Buffer.from(p), Buffer.from('\0')])]);
}

describe('parseRawZ', () => {
  it('reads modify, add, delete, rename, copy and gitlink records with their paths', () => {
    const output = Buffer.concat([
      raw(`:100644 100644 ${oid('a')} ${oid('b')} M`, 'dir/with space.txt'),
      raw(`:000000 100644 ${ZERO} ${oid('c')} A`, 'new\nline.txt'),
      raw(`:100644 100644 ${oid('d')} ${oid('d')} R100`, 'old name.txt', 'ünï/new name.txt'),
      raw(`:100644 000000 ${oid('e')} ${ZERO} D`, 'gone.txt'),
      raw(`:160000 160000 ${oid('f')} ${oid('1')} M`, 'vendor/lib'),
      raw(`:100644 100755 ${oid('2')} ${oid('3')} C075`, 'src.txt', 'copy.txt'),
      raw(`:100644 120000 ${oid('4')} ${oid('5')} T`, 'now-a-link'),
    ]);
    const entries = parseRawZ(output).map((e) => ({ ...e, srcPath: e.srcPath.toString('utf8'), path: e.path.toString('utf8') }));
    expect(entries).toEqual([
      { srcMode: '100644', dstMode: '100644', srcOid: oid('a'), dstOid: oid('b'), status: 'M', score: null, srcPath: 'dir/with space.txt', path: 'dir/with space.txt' },
      { srcMode: '000000', dstMode: '100644', srcOid: ZERO, dstOid: oid('c'), status: 'A', score: null, srcPath: 'new\nline.txt', path: 'new\nline.txt' },
      { srcMode: '100644', dstMode: '100644', srcOid: oid('d'), dstOid: oid('d'), status: 'R', score: 100, srcPath: 'old name.txt', path: 'ünï/new name.txt' },
      { srcMode: '100644', dstMode: '000000', srcOid: oid('e'), dstOid: ZERO, status: 'D', score: null, srcPath: 'gone.txt', path: 'gone.txt' },
      { srcMode: '160000', dstMode: '160000', srcOid: oid('f'), dstOid: oid('1'), status: 'M', score: null, srcPath: 'vendor/lib', path: 'vendor/lib' },
      { srcMode: '100644', dstMode: '100755', srcOid: oid('2'), dstOid: oid('3'), status: 'C', score: 75, srcPath: 'src.txt', path: 'copy.txt' },
      { srcMode: '100644', dstMode: '120000', srcOid: oid('4'), dstOid: oid('5'), status: 'T', score: null, srcPath: 'now-a-link', path: 'now-a-link' },
    ]);
  });

  it('keeps paths as the bytes git printed, even when they are not UTF-8', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]); // "café.txt" in Latin-1
    const [entry] = parseRawZ(raw(`:100644 100644 ${oid('a')} ${oid('b')} M`, latin1));
    expect(entry!.path.equals(latin1)).toBe(true);
  });

  it('returns nothing for empty output and rejects a truncated record', () => {
    expect(parseRawZ(Buffer.alloc(0))).toEqual([]);
    expect(() => parseRawZ(Buffer.from(`:100644 100644 ${oid('a')} ${oid('b')} R090\0only-one-path\0`))).toThrow(/truncated raw diff record/);
    expect(() => parseRawZ(Buffer.from(`:100644 100644 ${oid('a')} ${oid('b')} M\0`))).toThrow(/truncated/);
  });
});

describe('parsePatchLines', () => {
  const A = oid('a');
  const B = oid('b');
  const C = oid('c');
  const D = oid('d');
  const patch = [
    'diff --git a/a.txt b/a.txt',
    `index ${oid('9')}..${A} 100644`,
    '--- a/a.txt',
    '+++ b/a.txt',
    '@@ -1 +1 @@ def context():',
    '-old',
    '+new',
    '@@ -5,0 +6,2 @@',
    '+x',
    '+@@ -1 +100,5 @@ a line that looks like a hunk header',
    '@@ -7,0 +8 @@',
    '+z',
    '@@ -10,2 +12,0 @@',
    '-only',
    '-removed',
    '\\ No newline at end of file',
    'diff --git "a/new\\nline.txt" "b/new\\nline.txt"',
    `index ${oid('8')}..${B}`,
    '--- "a/new\\nline.txt"',
    '+++ "b/new\\nline.txt"',
    '@@ -3 +3,3 @@',
    '-diff --git a/fake b/fake',
    '+index 0000000..1111111',
    '+two',
    '+three',
    'diff --git a/old.txt b/new.txt',
    'similarity index 100%',
    'rename from old.txt',
    'rename to new.txt',
    'diff --git a/run.sh b/run.sh',
    'old mode 100644',
    'new mode 100755',
    'diff --git a/app.cfg b/app.cfg',
    `index ${oid('7')}..${C} 100644`,
    'Binary files a/app.cfg and b/app.cfg differ',
    'diff --git a/gone-lines.txt b/gone-lines.txt',
    `index ${oid('6')}..${D} 100644`,
    '--- a/gone-lines.txt',
    '+++ b/gone-lines.txt',
    '@@ -2,3 +1,0 @@',
    '-a',
    '-b',
    '-c',
    '',
  ].join('\n');

  it('collects the added line ranges per destination blob, merged and sorted', () => {
    const { added, binary } = parsePatchLines(patch);
    expect(added.get(A)).toEqual([[1, 1], [6, 8]]);
    expect(added.get(B)).toEqual([[3, 5]]);
    expect(added.get(D)).toEqual([]);
    expect(binary).toEqual(new Set([C]));
    // A pure rename or a mode change has no index line: nothing added, no entry.
    expect([...added.keys()].sort()).toEqual([A, B, C, D].sort());
  });

  it('is not confused by content lines that look like headers', () => {
    const { added } = parsePatchLines(patch);
    expect(added.has('1111111')).toBe(false);
    expect(added.get(A)!.some(([, end]) => end >= 100)).toBe(false);
  });

  it('returns nothing for an empty patch', () => {
    const { added, binary } = parsePatchLines('');
    expect(added.size).toBe(0);
    expect(binary.size).toBe(0);
  });
});

describe('splitBuffer', () => {
  it('splits on the separator, keeping empty fields but not a trailing one', () => {
    const parts = splitBuffer(Buffer.from('a\0\0b\0c'), 0).map((b) => b.toString());
    expect(parts).toEqual(['a', '', 'b', 'c']);
    expect(splitBuffer(Buffer.from('a\0'), 0).map((b) => b.toString())).toEqual(['a']);
    expect(splitBuffer(Buffer.alloc(0), 0)).toEqual([]);
  });
});
