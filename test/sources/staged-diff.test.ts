import { describe, expect, it } from 'vitest';
import type { PatchedFile } from '../../src/sources/staged-diff.ts';
import { parseFullContextDiff } from '../../src/sources/staged-diff.ts';

const oid = (c: string) => c.repeat(40);
const ZERO = oid('0');

/** What `git diff --cached --raw -z -p --full-index -U<huge>` prints, written out by hand. */
const RAW = [
  `:000000 100644 ${ZERO} ${oid('a')} A`, 'new.txt',
  `:100644 100644 ${oid('b')} ${oid('c')} M`, 'changed.txt',
  `:000000 100644 ${ZERO} ${oid('d')} A`, 'logo.png',
  `:100644 100644 ${oid('e')} ${oid('e')} R100`, 'old name.txt', 'new name.txt',
  `:100644 100644 ${oid('f')} ${oid('1')} M`, 'no-eol.txt',
].join('\0') + '\0\0';

const PATCH = [
  'diff --git a/new.txt b/new.txt',
  'new file mode 100644',
  `index ${ZERO}..${oid('a')}`,
  '--- /dev/null',
  '+++ b/new.txt',
  '@@ -0,0 +1,2 @@',
  '+first',
  '+second \u00e9\u00e8\u4e2d\r',
  'diff --git a/changed.txt b/changed.txt',
  `index ${oid('b')}..${oid('c')} 100644`,
  '--- a/changed.txt',
  '+++ b/changed.txt',
  '@@ -1,5 +1,5 @@',
  ' keep 1',
  '-old 2',
  '+new 2',
  ' keep 3',
  '', // a blank context line as diff.suppressBlankEmpty prints it: no leading space
  ' keep 4',
  'diff --git a/logo.png b/logo.png',
  'new file mode 100644',
  `index ${ZERO}..${oid('d')}`,
  'Binary files /dev/null and b/logo.png differ',
  'diff --git "a/old name.txt" "b/new name.txt"',
  'similarity index 100%',
  'rename from old name.txt',
  'rename to new name.txt',
  'diff --git a/no-eol.txt b/no-eol.txt',
  `index ${oid('f')}..${oid('1')} 100644`,
  '--- a/no-eol.txt',
  '+++ b/no-eol.txt',
  '@@ -1,2 +1,2 @@',
  ' a',
  '-b',
  '\\ No newline at end of file',
  '+c',
  '\\ No newline at end of file',
  '',
].join('\n');

async function parse(chunkSize: number, maxSize = 1000): Promise<PatchedFile[]> {
  const all = Buffer.concat([Buffer.from(RAW, 'utf8'), Buffer.from(PATCH, 'utf8')]);
  async function* chunks() {
    for (let i = 0; i < all.length; i += chunkSize) yield all.subarray(i, i + chunkSize);
  }
  const files: PatchedFile[] = [];
  for await (const file of parseFullContextDiff(chunks(), maxSize)) files.push(file);
  return files;
}

describe('full-context staged diff', () => {
  it.each([1, 7, 64, 1 << 20])('rebuilds each file and its added lines, whatever the chunking (%i bytes)', async (size) => {
    const files = await parse(size);
    const byPath = new Map(files.map((f) => [f.entry.path.toString(), f]));
    expect(byPath.get('new.txt')).toMatchObject({ content: 'first\nsecond \u00e9\u00e8\u4e2d\r\n', added: [[1, 2]], binary: false });
    expect(byPath.get('changed.txt')).toMatchObject({ content: 'keep 1\nnew 2\nkeep 3\n\nkeep 4\n', added: [[2, 2]] });
    expect(byPath.get('logo.png')).toMatchObject({ content: null, binary: true });
    expect(byPath.get('no-eol.txt')).toMatchObject({ content: 'a\nc', added: [[2, 2]], size: 3 });
    // A pure rename prints no index line and no content: nothing to scan, but it still comes out (for the .env check).
    expect(byPath.get('new name.txt')).toMatchObject({ content: null, added: [], binary: false });
  });

  it('counts a file over the size limit without keeping it', async () => {
    const files = await parse(64, 10);
    const changed = files.find((f) => f.entry.path.toString() === 'changed.txt')!;
    expect(changed.content).toBeNull();
    expect(changed.size).toBe(28);
  });

  it('skips a file whose patch outgrows the limit without holding it, and goes on with the next', async () => {
    const huge = Array.from({ length: 20000 }, (_, i) => `+line ${i} ${'x'.repeat(20)}`).join('\n');
    const raw = [`:000000 100644 ${ZERO} ${oid('a')} A`, 'huge.txt', `:000000 100644 ${ZERO} ${oid('b')} A`, 'small.txt'].join('\0') + '\0\0';
    const patch = [
      'diff --git a/huge.txt b/huge.txt', `index ${ZERO}..${oid('a')}`, '@@ -0,0 +1,20000 @@', huge,
      'diff --git a/small.txt b/small.txt', `index ${ZERO}..${oid('b')}`, '@@ -0,0 +1 @@', '+tiny', '',
    ].join('\n');
    const all = Buffer.from(raw + patch);
    async function* chunks() {
      for (let i = 0; i < all.length; i += 4096) yield all.subarray(i, i + 4096);
    }
    const files: PatchedFile[] = [];
    for await (const file of parseFullContextDiff(chunks(), 1000)) files.push(file);
    expect(files.map((f) => [f.entry.path.toString(), f.content, f.size > 1000])).toEqual([
      ['huge.txt', null, true],
      ['small.txt', 'tiny\n', false],
    ]);
  });
});

describe('full-context staged diff: line numbers and final newlines', () => {
  it('counts blank lines printed without their space, and keeps the newline only the old side lacked', async () => {
    const raw = [`:100644 100644 ${oid('2')} ${oid('3')} M`, 'blank.txt', `:100644 100644 ${oid('4')} ${oid('5')} M`, 'eol.txt'].join('\0') + '\0\0';
    const patch = [
      'diff --git a/blank.txt b/blank.txt',
      `index ${oid('2')}..${oid('3')} 100644`,
      '--- a/blank.txt',
      '+++ b/blank.txt',
      '@@ -1,4 +1,5 @@',
      ' one',
      '-gone',
      '',
      '',
      '+added after two blank lines',
      ' last',
      'diff --git a/eol.txt b/eol.txt',
      `index ${oid('4')}..${oid('5')} 100644`,
      '--- a/eol.txt',
      '+++ b/eol.txt',
      '@@ -1,2 +1,2 @@',
      ' a',
      '-b',
      '\\ No newline at end of file',
      '+b',
      '',
    ].join('\n');
    for (const size of [1, 5, 1 << 20]) {
      const all = Buffer.from(raw + patch, 'utf8');
      async function* chunks() {
        for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
      }
      const files = new Map<string, PatchedFile>();
      for await (const file of parseFullContextDiff(chunks(), 1000)) files.set(file.entry.path.toString(), file);
      expect(files.get('blank.txt')).toMatchObject({ content: 'one\n\n\nadded after two blank lines\nlast\n', added: [[4, 4]] });
      expect(files.get('eol.txt')).toMatchObject({ content: 'a\nb\n', added: [[2, 2]], size: 4 });
    }
  });
});
