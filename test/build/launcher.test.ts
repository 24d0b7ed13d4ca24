import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keywordReach } from '../../src/rules/keyword-reach.ts';
import type { RuleSpec } from '../../src/rules/spec.ts';
import { openaiLine } from '../helpers/secrets.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * dist/cli.cjs runs the bundle from a V8 code cache that the first run on a machine writes into the cache directory,
 * beside the parsed rules: the hook's start-up depends on both, and a run must give the same results without them.
 */
describe('the entry point and its caches', () => {
  const key = openaiLine('launcher');

  it('writes the code cache and the parsed rules on the first run and uses them on the next', () => {
    const repo = TempRepo.create();
    const cache = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-cache-'));
    const env = { LEAKWARDEN_CACHE_DIR: cache, LEAKWARDEN_REPORT_CODE_CACHE: '1' };
    const first = repo.run(['rules', '-f', 'json'], { env });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('code cache: none\n');
    // On Node >= 22 the launcher also keeps Node's compile cache there (compile/), for what the bundle loads later.
    const files = readdirSync(cache).filter((name) => name !== 'compile').sort();
    expect(files).toHaveLength(2);
    // One code cache per command (the launcher's COMMANDS), so that a hook's runs start from what a hook compiles.
    expect(files[0]).toMatch(new RegExp(`^code-[0-9a-f]{16}-rules-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.cache$`));
    expect(files[1]).toMatch(/^rules-[0-9a-f]{24}\.json$/);
    // Each rule is kept with its reach (worked out once, so that a hook matches it around its keywords at once).
    const kept = JSON.parse(readFileSync(path.join(cache, files[1]!), 'utf8')) as RuleSpec[];
    expect(kept.map((spec) => spec.keywordReach)).toEqual(kept.map((spec) => keywordReach(spec.regex, spec.flags ?? '', spec.keywords)));
    expect(kept.filter((spec) => typeof spec.keywordReach === 'number').length).toBeGreaterThan(4);
    const second = repo.run(['rules', '-f', 'json'], { env });
    expect(second.stderr).toBe('code cache: accepted\n');
    expect(second.stdout).toBe(first.stdout);
  });

  it('removes the caches of other releases and rules that no run wrote for 30 days when it writes its own', () => {
    const repo = TempRepo.create();
    const cache = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-cache-'));
    const env = { LEAKWARDEN_CACHE_DIR: cache, LEAKWARDEN_REPORT_CODE_CACHE: '1' };
    expect(repo.run(['rules', '-f', 'json'], { env }).code).toBe(0);
    const own = readdirSync(cache).find((name) => name.startsWith('code-'))!;
    const hash = own.slice(0, 'code-'.length + 16);
    const daysAgo = (name: string, days: number) => {
      writeFileSync(path.join(cache, name), 'x');
      const when = new Date(Date.now() - days * 86_400_000);
      utimesSync(path.join(cache, name), when, when);
    };
    const suffix = `${process.version}-${process.arch}.cache`;
    daysAgo(`${hash}-staged-${suffix}`, 90); // this release's: kept, however old
    daysAgo(`code-0123456789abcdef-staged-${suffix}`, 31); // another release's, stale: removed
    daysAgo(`code-fedcba9876543210-dir-${suffix}`, 2); // another release's, recent: kept
    daysAgo('rules-0123456789abcdef01234567.json', 45); // stale: removed
    daysAgo('rules-fedcba9876543210fedcba98.json', 1); // recent: kept
    daysAgo(`code-0123456789abcdef-dir-${suffix}.4242.tmp`, 2); // half-written, a day old: removed
    daysAgo('notes.txt', 400); // not a name leakwarden writes: kept
    const files = () => readdirSync(cache).filter((name) => name !== 'compile').sort();
    const before = files();
    // A run that reads its cache writes nothing, and removes nothing.
    expect(repo.run(['rules', '-f', 'json'], { env }).stderr).toBe('code cache: accepted\n');
    expect(files()).toEqual(before);
    // A run that writes one (another command's) removes the stale ones.
    expect(repo.run(['--version'], { env }).stderr).toBe('code cache: none\n');
    const removed = [`code-0123456789abcdef-staged-${suffix}`, 'rules-0123456789abcdef01234567.json', `code-0123456789abcdef-dir-${suffix}.4242.tmp`];
    expect(files()).toEqual([...before.filter((name) => !removed.includes(name)), `${hash}-other-${suffix}`].sort());
  });

  it('reads back the cache a history scan wrote, though it sets V8 flags for the scan (before compiling, as it must)', () => {
    const repo = TempRepo.create();
    repo.write('config.py', `${key.line}\n`).commitAll();
    const cache = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-cache-'));
    const env = { LEAKWARDEN_CACHE_DIR: cache, LEAKWARDEN_REPORT_CODE_CACHE: '1' };
    const first = repo.run(['history', '-f', 'json'], { env });
    expect(first.code).toBe(1);
    expect(first.stderr).toBe('code cache: none\n');
    const second = repo.run(['history', '-f', 'json'], { env });
    // V8 rejects a cache written under other flags: set after the bundle compiled, the flags would differ from the
    // next run's at its start, and every run would compile the bundle again.
    expect(second.stderr).toBe('code cache: accepted\n');
    expect(JSON.parse(second.stdout).findings).toEqual(JSON.parse(first.stdout).findings);
  });

  it('gives the same results with no cache, with a cache it cannot write, and with the bundle run directly', () => {
    const repo = TempRepo.create();
    repo.write('leak.txt', `${key.line}\n`);
    repo.add('leak.txt');
    const blocked = path.join(repo.base, 'not-a-directory');
    writeFileSync(blocked, '');
    const viaLauncher = repo.run(['staged', '-f', 'json']);
    const runs = [
      repo.run(['staged', '-f', 'json'], { env: { LEAKWARDEN_CACHE_DIR: 'off' } }),
      repo.run(['staged', '-f', 'json'], { env: { LEAKWARDEN_CACHE_DIR: blocked } }),
      repo.run(['staged', '-f', 'json'], { entry: path.join(path.dirname(CLI), 'leakwarden.cjs') }),
    ];
    expect(viaLauncher.code).toBe(1);
    expect(viaLauncher.json!.findings).toHaveLength(1);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(1);
      expect(run.json!.findings).toEqual(viaLauncher.json!.findings);
    }
    expect(existsSync(path.join(blocked, 'leakwarden'))).toBe(false);
  });

  it('writes nothing under LEAKWARDEN_CACHE_DIR=off, whatever the command loads', () => {
    const repo = TempRepo.create();
    const home = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-home-'));
    const env = { LEAKWARDEN_CACHE_DIR: 'off', XDG_CACHE_HOME: path.join(home, 'cache'), HOME: home, LEAKWARDEN_REPORT_CODE_CACHE: '1' };
    for (const args of [['staged'], ['rules', '-f', 'json'], ['--help'], ['audit', '--repos-file', path.join(home, 'nope.txt')]]) {
      const run = repo.run(args, { env });
      expect(run.code, run.stderr).not.toBeNull();
      expect(run.stderr).not.toMatch(/code cache/);
    }
    expect(readdirSync(home)).toEqual([]);
  });

  it('reads a rule changed in rules/ without a rebuild (the cache is keyed by the rules\' text)', async () => {
    // The bundles read rules/ beside dist/: a copy of the package with one rule's description changed.
    const { cpSync, readFileSync, mkdirSync, symlinkSync } = await import('node:fs');
    const copy = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-pkg-'));
    const root = path.dirname(path.dirname(CLI));
    mkdirSync(path.join(copy, 'dist'));
    for (const file of ['cli.cjs', 'leakwarden.cjs']) cpSync(path.join(root, 'dist', file), path.join(copy, 'dist', file));
    cpSync(path.join(root, 'rules'), path.join(copy, 'rules'), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    const file = path.join(copy, 'rules', 'openai.toml');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^description = "([^"]*)"/m, 'description = "Changed without a rebuild"');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const repo = TempRepo.create();
    const run = repo.run(['rules', '-f', 'json'], { entry: path.join(copy, 'dist', 'cli.cjs') });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Changed without a rebuild');
  });
});
