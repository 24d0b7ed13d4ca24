import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiLine } from '../helpers/secrets.ts';
import { CLI, TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * Issue 15's start-up rule: a command loads only what it needs. The CLI's rarely used parts are files of their own
 * beside the core (scripts/build.mjs, CLI_PARTS), and the hooks must not load them, nor yargs (help and error
 * messages), nor node:crypto on a clean run. A preloaded script records every module the process requires.
 */
describe('what a command loads', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-loads-'));
  const tracker = path.join(scratch, 'track.cjs');
  writeFileSync(
    tracker,
    [
      "'use strict';",
      "const Module = require('node:module');",
      'const seen = new Set();',
      'const load = Module._load;',
      'Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };',
      // node's own modules too, as process.moduleLoadList names them (`NativeModule internal/…`).
      "process.on('exit', () => require('node:fs').writeFileSync(process.env.TRACK_FILE, [...seen, ...process.moduleLoadList].join('\\n')));",
    ].join('\n'),
  );
  let n = 0;
  const loads = (repo: TempRepo, args: string[]) => {
    const file = path.join(scratch, `loaded-${n++}.txt`);
    const run = repo.runNode(['--require', tracker, CLI, ...args], { env: { TRACK_FILE: file } });
    return { run, loaded: readFileSync(file, 'utf8').split('\n') };
  };
  const parts = (loaded: string[]) => loaded.filter((request) => /leakwarden-[a-z]+\.cjs$/.test(request)).map((request) => path.basename(request));

  it('the pre-commit hook loads the core only, and no yargs, and no node:crypto when nothing is found', () => {
    const repo = TempRepo.create();
    repo.write('config.ts', 'export const retries = 3;\n');
    repo.add('config.ts');
    const { run, loaded } = loads(repo, ['staged']);
    expect(run.code, run.stderr).toBe(0);
    expect(parts(loaded)).toEqual([]);
    expect(loaded).not.toContain('yargs');
    expect(loaded).not.toContain('node:crypto');
    // The hook's command line is the command alone: read without node's parseArgs.
    expect(loaded).not.toContain('NativeModule internal/util/parse_args/parse_args');
  });

  it('the pre-commit hook that finds a secret loads no part either', () => {
    const repo = TempRepo.create();
    repo.write('app.env', `${openaiLine('hook-path').line}\n${genericAssignment('hook-path').line}\n`);
    repo.add('app.env');
    const { run, loaded } = loads(repo, ['staged']);
    expect(run.code, run.stderr).toBe(1);
    expect(parts(loaded)).toEqual([]);
    expect(loaded).not.toContain('yargs');
  });

  it('the pre-commit hook runs one git, started by the launcher before the bundle is read', () => {
    // The launcher starts the staged diff (src/sources/staged-launch.ts, built into dist/cli.cjs) so that git runs
    // while node reads the bundle; the bundle adopts that process rather than starting another.
    const events = path.join(scratch, 'events-preload.cjs');
    writeFileSync(
      events,
      [
        "'use strict';",
        "const fs = require('node:fs');",
        "const childProcess = require('node:child_process');",
        'const seen = [];',
        'const spawn = childProcess.spawn;',
        "childProcess.spawn = function (file, args, ...rest) { seen.push(`spawn ${file} ${args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c')}`); return spawn.call(this, file, args, ...rest); };",
        'const read = fs.readFileSync;',
        "fs.readFileSync = function (file, ...rest) { if (/leakwarden\\.cjs$/.test(String(file))) seen.push('read bundle'); return read.call(this, file, ...rest); };",
        "process.on('exit', () => fs.writeFileSync(process.env.EVENTS_FILE, seen.join('\\n')));",
      ].join('\n'),
    );
    const repo = TempRepo.create();
    repo.write('config.ts', 'export const retries = 3;\n');
    repo.add('config.ts');
    for (const cache of ['on', 'off']) {
      const file = path.join(scratch, `events-${cache}.txt`);
      const run = repo.runNode(['--require', events, CLI, 'staged'], { env: { EVENTS_FILE: file, ...(cache === 'off' ? { LEAKWARDEN_CACHE_DIR: 'off' } : {}) } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).toMatch(/scanned 1 file/);
      expect(readFileSync(file, 'utf8').split('\n'), `code cache ${cache}`).toEqual(['spawn git diff', 'read bundle']);
    }
  });

  it('the pre-push hook loads no part', () => {
    const repo = TempRepo.create();
    repo.write('a.txt', 'a\n').add('a.txt').commit('a');
    const { run, loaded } = loads(repo, ['pre-push', 'origin', 'file:///nowhere']);
    // No ref lines on stdin: nothing to push, nothing to scan.
    expect(run.code, run.stderr).toBe(0);
    expect(parts(loaded)).toEqual([]);
    expect(loaded).not.toContain('yargs');
  });

  it('`audit` loads its part, and help loads yargs (the tracker sees what is loaded)', () => {
    const repo = TempRepo.create();
    const audit = loads(repo, ['audit', '--repos-file', path.join(scratch, 'nope.txt')]);
    expect(audit.run.code).toBe(2);
    expect(parts(audit.loaded)).toEqual(['leakwarden-audit.cjs']);
    const help = loads(repo, ['--help']);
    expect(help.run.code).toBe(0);
    expect(help.loaded).toContain('yargs');
  });
});
