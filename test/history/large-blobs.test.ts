import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LEAD_BYTES, REACH_BYTES, WINDOW_BYTES } from '../../src/sources/windows.ts';
import { commitBlob, fastImport, writeLargeBlob } from '../helpers/fast-import.ts';
import { genericAssignment, openaiKey } from '../helpers/secrets.ts';
import type { CliRun, EnvPatch, JsonFinding } from '../helpers/temp-repo.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * Large blobs are read and scanned in windows (src/sources/windows.ts): memory holds a few windows, whatever the size
 * of the blobs or of --max-file-size, and a secret across a window's edge is found once, where it is.
 */

const MAX_RSS = fileURLToPath(new URL('../helpers/max-rss.cjs', import.meta.url));
const MB = 1 << 20;

/** The CLI with its peak RSS, measured in its own process (test/helpers/max-rss.cjs). */
/** Scans of tens or hundreds of MB on a loaded 2-core machine: limits that stop a hung run, not bounds on time. */
function runWithRss(repo: TempRepo, args: readonly string[], env: EnvPatch = {}, timeoutMs = 150_000): CliRun & { rssMB: number } {
  const run = repo.runNode(['--require', MAX_RSS, CLI, ...args], { env, timeoutMs });
  const rss = /max-rss: (\d+)/.exec(run.stderr);
  if (!rss) throw new Error(`no max-rss line (exit ${run.code}):\n${run.stderr}`);
  return { ...run, rssMB: Number(rss[1]) / 1024 };
}

/** Filler: 100-character lines without any rule's keyword. */
const FILLER = `${'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore'.padEnd(99, '.')}\n`;

/** Line and column (UTF-16 code units, 1-based) of `index` in `text`. */
function position(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return `${line}:${index - lineStart + 1}`;
}

const placeOf = (f: JsonFinding) => `${f.line}:${f.column}`;

describe('history and dir: large blobs and files are scanned in windows', { timeout: 180_000 }, () => {
  it('finds each secret once, at its line and column, across every edge of every window', () => {
    // Window 1 is bytes [0, W) and answers for [0, W - REACH); window 2 starts LEAD before that, and so on.
    const own1 = WINDOW_BYTES - REACH_BYTES;
    const start2 = own1 - LEAD_BYTES;
    const end1 = WINDOW_BYTES;
    const own2 = start2 + WINDOW_BYTES - REACH_BYTES;
    const start3 = own2 - LEAD_BYTES;
    const end2 = start2 + WINDOW_BYTES;
    const keys = ['across-start2', 'across-own1', 'across-end1', 'across-start3', 'at-own2', 'last-line'].map((name) => openaiKey(`window-${name}`));
    const [acrossStart2, acrossOwn1, acrossEnd1, acrossStart3, atOwn2, lastLine] = keys as [string, string, string, string, string, string];
    const parts: string[] = [];
    let bytes = 0;
    const add = (text: string) => {
      parts.push(text);
      bytes += Buffer.byteLength(text);
    };
    /** Filler lines up to byte `offset`, then the rest of the way on one line. */
    const fillTo = (offset: number, on = ' ') => {
      while (on === '\n' && bytes + FILLER.length <= offset) add(FILLER);
      add(on === '\n' ? 'x'.repeat(offset - bytes) : on.repeat(offset - bytes));
    };
    /** A key whose first character is at byte `offset`, between quotes (a key needs a boundary on each side). */
    const keyAt = (offset: number, key: string, on = ' ') => {
      fillTo(offset - 1, on);
      add(`"${key}"`);
    };
    fillTo(start2 - 5000, '\n');
    // One long line from before window 2 to past window 1's end, accented first: window 2 starts inside it, and its
    // columns count characters (2 bytes each here), not bytes.
    add(`const text = "${'é'.repeat(2000)}`);
    keyAt(start2 - 60, acrossStart2); // window 1's; window 2 starts inside it
    keyAt(own1 - 70, acrossOwn1); // window 1's, across where window 2's part begins: both windows see it whole
    keyAt(end1 - 50, acrossEnd1); // window 2's; window 1 ends inside it
    add('";\n');
    keyAt(start3 - 30, acrossStart3, '\n'); // window 2's; window 3 starts inside it
    keyAt(own2, atOwn2); // window 3's first own character
    add('\n');
    // A generic secret across window 2's end: cut there, it is still a secret to the rule, so only the window whose part
    // it starts in may report it.
    const generic = genericAssignment('window-across-end2');
    fillTo(end2 - generic.column - 20, '\n');
    add(`${generic.line}\n`);
    fillTo(Math.round(9.5 * MB), '\n');
    add(`\nOPENAI_API_KEY="${lastLine}"\n`);
    const text = parts.join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * WINDOW_BYTES);

    const repo = TempRepo.create();
    fastImport(repo, [{ files: { 'data/large.js': text } }]);
    const run = repo.run(['history', '--format', 'json', '--no-redact']);
    expect(run.code, run.stderr).toBe(1);
    const expected = [...keys, generic.secret].map((key) => `${key} ${position(text, text.indexOf(key))}`);
    expect(run.json!.findings.map((f) => `${f.secret} ${placeOf(f)}`).sort()).toEqual(expected.sort());
    // Once each, not once per window that saw it.
    expect(run.json!.incidents!.map((i) => i.occurrences)).toEqual(expected.map(() => 1));
    expect(run.json!.scan.files).toBe(1);
    expect(run.json!.scan.bytes).toBe(Buffer.byteLength(text));

    // The same file in a work tree: `dir` reads it in windows too, and reports the same.
    const tree = TempRepo.create({ git: false }).write('data/large.js', text);
    const dir = tree.run(['dir', '--format', 'json', '--no-redact']);
    expect(dir.code, dir.stderr).toBe(1);
    expect(dir.json!.findings.map((f) => `${f.secret} ${placeOf(f)}`).sort()).toEqual(expected.sort());
    expect(dir.json!.scan).toMatchObject({ files: 1, bytes: Buffer.byteLength(text), skipped: [] });
  });

  it('reads UTF-16 text in windows too, at the same lines and columns', () => {
    // 4.6 million characters: 9.2 MB as UTF-16 (under --max-file-size), two windows once read as UTF-8.
    const own1 = WINDOW_BYTES - REACH_BYTES;
    const [first, last] = [openaiKey('utf16-own1'), openaiKey('utf16-last')];
    const head = FILLER.repeat(Math.floor(own1 / FILLER.length));
    const text = `${head}${'x'.repeat(own1 - head.length - 40)}"${first}"\n${FILLER.repeat(6000)}last="${last}"\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(bytes.length).toBeGreaterThan(2 * WINDOW_BYTES);
    const repo = TempRepo.create();
    fastImport(repo, [{ files: { 'export.reg': bytes } }]);
    const run = repo.run(['history', '--format', 'json', '--no-redact']);
    expect(run.code, run.stderr).toBe(1);
    const expected = [first, last].map((k) => `${k} ${position(text, text.indexOf(k))}`).sort();
    expect(run.json!.findings.map((f) => `${f.secret} ${placeOf(f)}`).sort()).toEqual(expected);
    const dir = TempRepo.create({ git: false }).write('export.reg', bytes).run(['dir', '--format', 'json', '--no-redact']);
    expect(dir.code, dir.stderr).toBe(1);
    expect(dir.json!.findings.map((f) => `${f.secret} ${placeOf(f)}`).sort()).toEqual(expected);
  });
});

describe('history: memory does not grow with the size of blobs', { timeout: 180_000 }, () => {
  it('distinct 9 MB blobs with a secret each: peak RSS stays where one blob at a time puts it', () => {
    const repo = TempRepo.create();
    const body = FILLER.repeat((9 * MB) / FILLER.length);
    fastImport(repo, Array.from({ length: 16 }, (_, i) => ({ files: { 'dist/bundle.js': `// build ${i}\nOPENAI="${openaiKey(`bundle-${i}`)}"\n${body}` } })));
    // All on this thread (nothing is copied to a worker): a finding that kept its blob's text alive kept 16 x 9 MB.
    const run = runWithRss(repo, ['history', '--format', 'json'], { LEAKWARDEN_HISTORY_WORKERS: '0' });
    expect(run.code, run.stderr).toBe(1);
    expect(run.json!.findings).toHaveLength(16);
    expect(run.json!.scan.files).toBe(16);
    console.log(`16 blobs of 9 MB, one thread: peak RSS ${run.rssMB.toFixed(0)} MB`);
    expect(run.rssMB).toBeLessThan(180);
  });

  // Writing and reading 600 MB takes its time on a loaded 2-core machine: a limit to stop a hung run, not a bound.
  it('a 600 MB blob under --max-file-size 1GB is scanned in windows: its secret is found, no stack trace', { timeout: 300_000 }, () => {
    const repo = TempRepo.create();
    const key = openaiKey('600MB');
    const tail = `\nOPENAI_API_KEY="${key}"\n`;
    // Past V8's longest string (2^29 - 24 characters): read whole, it could not even be decoded.
    const size = 600 * MB;
    const line = 'const value = compute(input, 42); // one line of a large generated file, nothing to see here\n';
    const commit = commitBlob(repo, writeLargeBlob(repo, size, line, tail), 'generated/huge.js');
    const run = runWithRss(repo, ['history', '--format', 'json', '--max-file-size', '1GB'], {}, 280_000);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.code).toBe(1);
    const lines = Math.floor((size - tail.length) / line.length) + 2;
    expect(run.json!.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}:${f.column} ${f.commit}`)).toEqual([`openai-api-key generated/huge.js:${lines}:17 ${commit}`]);
    expect(run.json!.scan.bytes).toBe(size);
    console.log(`600 MB blob: peak RSS ${run.rssMB.toFixed(0)} MB`);
    expect(run.rssMB).toBeLessThan(300);
  });
});
