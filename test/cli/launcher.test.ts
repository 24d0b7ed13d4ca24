import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiLine } from '../helpers/secrets.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * build/cli.cjs runs the bundle from the V8 code cache the build made: the hook's start-up depends on it being there
 * and accepted, and a run must work the same without it.
 */
describe('the built entry point', () => {
  const key = openaiLine('launcher');

  it('runs the bundle from a code cache made for exactly this bundle', () => {
    const caches = readdirSync(path.dirname(CLI)).filter((name) => /^leakwarden-[0-9a-f]{16}\.cache$/.test(name));
    expect(caches).toHaveLength(1);
    const repo = TempRepo.create();
    const run = repo.run(['rules', '-f', 'json'], { env: { LEAKWARDEN_REPORT_CODE_CACHE: '1' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('code cache: accepted\n');
  });

  it('gives the same results when the bundle is run without the launcher and its cache', () => {
    const repo = TempRepo.create();
    repo.write('leak.txt', `${key.line}\n`);
    repo.add('leak.txt');
    const bundle = path.join(path.dirname(CLI), 'leakwarden.cjs');
    const viaLauncher = repo.run(['staged', '-f', 'json']);
    const direct = repo.run(['staged', '-f', 'json'], { entry: bundle });
    expect(viaLauncher.code).toBe(1);
    expect(direct.code).toBe(1);
    expect(direct.json!.findings).toEqual(viaLauncher.json!.findings);
  });
});
