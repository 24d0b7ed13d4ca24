import { afterAll, describe, expect, it } from 'vitest';
import { openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/** Text as PowerShell's Out-File or a .reg export writes it: UTF-16 with a byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), order === 'le' ? le : Buffer.from(le).swap16()]);
}

describe('UTF-16 files (with a byte-order mark) are decoded, not skipped as binary', () => {
  const key = openaiLine('utf16');
  const expected = (file: string) => `openai-api-key ${file}:2:${key.column}`;

  it('in dir, staged, stdin and history, little- and big-endian', () => {
    const repo = TempRepo.create();
    repo.write('README.md', '# demo\n');
    repo.commitAll('first');
    repo.write('settings.ps1.txt', utf16(`# exported\r\n${key.line}\r\n`, 'le'));
    repo.write('export.reg', utf16(`Windows Registry Editor\n${key.line}\n`, 'be'));
    repo.add('settings.ps1.txt', 'export.reg');

    const dir = repo.run(['dir', '-f', 'json']);
    expect(dir.code, dir.stderr).toBe(1);
    expect(summarize(dir.json)).toEqual([expected('export.reg'), expected('settings.ps1.txt')]);
    expect(dir.json!.scan.skipped).toEqual([]);

    const staged = repo.run(['staged', '-f', 'json']);
    expect(summarize(staged.json)).toEqual([expected('export.reg'), expected('settings.ps1.txt')]);

    const stdin = repo.run(['stdin', '--path', 'x.reg', '-f', 'json'], { input: utf16(`line one\n${key.line}\n`, 'le') });
    expect(summarize(stdin.json)).toEqual([expected('x.reg')]);

    repo.commitAll('utf-16 files');
    const history = repo.run(['history', '-f', 'json']);
    expect(summarize(history.json)).toEqual([expected('export.reg'), expected('settings.ps1.txt')]);
    for (const run of [dir, staged, stdin, history]) expect(run.stdout).not.toContain(key.secret);
  });

  it('a staged change to a UTF-16 file reports the key on the line it adds', () => {
    const repo = TempRepo.create();
    repo.write('conf.txt', utf16('first line\nsecond line\n', 'le'));
    repo.commitAll('base');
    repo.write('conf.txt', utf16(`first line\n${key.line}\nsecond line\n`, 'le'));
    repo.add('conf.txt');
    const staged = repo.run(['staged', '-f', 'json']);
    expect(staged.code, staged.stderr).toBe(1);
    expect(summarize(staged.json)).toEqual([expected('conf.txt')]);
  });
});
