import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/** A name in Latin-1, as old tools and some archives write them: not valid UTF-8. */
const latin1 = (name: string) => Buffer.from(name, 'latin1');

describe('file names that are not valid UTF-8 are scanned, and shown escaped', () => {
  const key = openaiLine('file-name');

  function plant(dir: string): void {
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('café.txt')]), `${key.line}\n`);
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('réf')]));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('réf'), Buffer.from('/k.txt')]), `x\n${key.line}\n`);
  }

  it('in a git work tree (tracked and untracked) and outside git', () => {
    const repo = TempRepo.create();
    plant(repo.dir);
    const untracked = repo.run(['dir', '-f', 'json']);
    expect(untracked.code, untracked.stderr).toBe(1);
    expect(summarize(untracked.json)).toEqual([`openai-api-key caf\\xe9.txt:1:${key.column}`, `openai-api-key r\\xe9f/k.txt:2:${key.column}`]);
    repo.commitAll('latin-1 names');
    expect(summarize(repo.run(['dir', '-f', 'json']).json)).toEqual(summarize(untracked.json));
    const terminal = repo.run(['dir']);
    expect(terminal.stdout).toContain('caf\\xe9.txt');

    const plain = TempRepo.create({ git: false });
    plant(plain.dir);
    const outside = plain.run(['dir', '-f', 'json']);
    expect(outside.code, outside.stderr).toBe(1);
    expect(summarize(outside.json)).toEqual([`openai-api-key caf\\xe9.txt:1:${key.column}`, `openai-api-key r\\xe9f/k.txt:2:${key.column}`]);
    expect(path.basename(plain.dir)).not.toBe('');
  });
});
