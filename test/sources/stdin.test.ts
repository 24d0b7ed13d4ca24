import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

// stdin needs no repository; a plain temp directory keeps the CLI's cwd away from this project.
let dir: TempRepo;
beforeAll(() => {
  dir = TempRepo.create({ git: false });
});
afterAll(() => TempRepo.cleanupAll());

describe('leakwarden stdin', () => {
  const key = openaiLine('stdin-1');
  const generic = genericAssignment('stdin-2');
  const input = `# settings\n\n${key.line}\n  ${generic.line}\n`;

  it('scans standard input and names findings `stdin`', () => {
    const run = dir.run(['stdin', '--format', 'json'], { input });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.json?.scan).toMatchObject({ mode: 'stdin', files: 1, bytes: Buffer.byteLength(input), skipped: [] });
    expect(summarize(run.json)).toEqual([
      `openai-api-key stdin:3:${key.column}`,
      `generic-secret stdin:4:${generic.column + 2}`,
    ]);
    const first = run.json!.findings[0]!;
    expect(first.endLine).toBe(3);
    expect(first.endColumn).toBe(key.column + key.secret.length);
    expect(first.commit).toBeNull();
  });

  it('names findings after --path', () => {
    const run = dir.run(['stdin', '--path', 'config/app settings.yml', '--format', 'json'], { input });
    expect(run.code).toBe(1);
    expect(run.json!.findings.map((f) => f.path)).toEqual(['config/app settings.yml', 'config/app settings.yml']);
    expect(run.json!.findings[0]!.fingerprint).toMatch(/^openai-api-key:config\/app settings\.yml:[0-9a-f]{16}$/);
  });

  it('finds a secret at the end of an input larger than one pipe buffer', () => {
    const filler = `${'lorem ipsum dolor sit amet '.repeat(3)}\n`.repeat(20_000);
    const run = dir.run(['stdin', '-f', 'json'], { input: `${filler}${key.line}\n` });
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual([`openai-api-key stdin:20001:${key.column}`]);
  });

  it('exits 0 on empty or clean input', () => {
    const empty = dir.run(['stdin']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('no secrets found');
    const clean = dir.run(['stdin', '-f', 'json'], { input: 'password = ${DB_PASSWORD}\nhello\n' });
    expect(clean.code).toBe(0);
    expect(clean.json!.findings).toEqual([]);
  });

  it('skips, and lists, input over --max-file-size or binary input', () => {
    const large = dir.run(['stdin', '--max-file-size', '100', '-f', 'json', '--path', 'big.txt'], { input });
    expect(large.code).toBe(0);
    expect(large.json!.scan.skipped).toEqual([{ path: 'big.txt', reason: 'too-large' }]);
    expect(large.json!.scan.files).toBe(0);

    const binary = dir.run(['stdin', '-f', 'json'], { input: Buffer.concat([Buffer.from('\0\x01\x02'), Buffer.from(input)]) });
    expect(binary.code).toBe(0);
    expect(binary.json!.scan.skipped).toEqual([{ path: 'stdin', reason: 'binary' }]);
  });

  it('refuses an empty --path', () => {
    const run = dir.run(['stdin', '--path', ''], { input });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^leakwarden: .*--path.*\nhint: .+\n$/);
  });
});
