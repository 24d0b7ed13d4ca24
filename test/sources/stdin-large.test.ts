import { afterAll, describe, expect, it } from 'vitest';
import { REACH_BYTES, WINDOW_BYTES } from '../../src/sources/windows.ts';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/** Standard input larger than a window is scanned a window at a time (read whole, past 512 MB it was a stack trace). */
describe('stdin: input larger than a window', () => {
  it('finds a secret across a window edge and one at the end, at their lines', () => {
    const line = `${'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.padEnd(99, '.')}\n`;
    const [edge, end] = [openaiKey('stdin-edge'), openaiKey('stdin-end')];
    const own1 = WINDOW_BYTES - REACH_BYTES;
    const head = line.repeat(Math.floor(own1 / line.length));
    const text = `${head}${'x'.repeat(own1 - head.length - 30)}"${edge}"\n${line.repeat(60_000)}OPENAI_API_KEY="${end}"\n`;
    expect(text.length).toBeGreaterThan(2 * WINDOW_BYTES);
    const dir = TempRepo.create({ git: false });
    const run = dir.run(['stdin', '--format', 'json', '--no-redact', '--max-file-size', '64MB'], { input: text });
    expect(run.code, run.stderr).toBe(1);
    const lineOf = (key: string) => text.slice(0, text.indexOf(key)).split('\n').length;
    const columnOf = (key: string) => text.indexOf(key) - text.lastIndexOf('\n', text.indexOf(key));
    expect(run.json!.findings.map((f) => `${f.secret} ${f.line}:${f.column}`)).toEqual([edge, end].map((k) => `${k} ${lineOf(k)}:${columnOf(k)}`));
    expect(run.json!.scan).toMatchObject({ files: 1, bytes: text.length, skipped: [] });
  });
});
