import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * A markers directory, and a command that records its first argument there as a marker, then passes stdin through
 * (a filter must answer something); `set` writes the repository's config.
 */
function traps(repo: TempRepo) {
  const markers = path.join(repo.base, 'markers');
  mkdirSync(markers);
  const evil = path.join(repo.base, 'evil.sh');
  writeFileSync(evil, `#!/bin/sh\n: > "${markers}/$1"\ncat\n`);
  chmodSync(evil, 0o755);
  return {
    markers,
    listMarkers: () => readdirSync(markers).sort(),
    cmd: (marker: string) => `${evil} ${marker}`,
    set: (name: string, value: string) => repo.git('config', name, value),
  };
}

/**
 * A scanned repository is untrusted input: its .git/config and .gitattributes can name commands that git runs on
 * its own (fsmonitor, pager, external diff, textconv, filters, hooks). Each of those commands here leaves a marker
 * file; scanning must leave none.
 */
describe('a hostile repository config runs nothing', () => {
  let repo: TempRepo;
  let markers: string;
  let listMarkers: () => string[];
  const key = openaiKey('hostile');

  beforeAll(() => {
    repo = TempRepo.create();
    const trap = traps(repo);
    ({ markers, listMarkers } = trap);
    const { set, cmd } = trap;
    const hooks = path.join(repo.base, 'evil-hooks');
    mkdirSync(hooks);
    for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'fsmonitor-watchman']) {
      writeFileSync(path.join(hooks, hook), `#!/bin/sh\n: > "${markers}/hook-${hook}"\n`);
      chmodSync(path.join(hooks, hook), 0o755);
    }

    repo.write('.gitattributes', '* diff=x filter=x\n');
    repo.write('a.txt', 'alpha\n');
    repo.write('b.txt', 'beta\n');
    repo.commitAll('base');
    // Staged: a modification and a new file, both with the key; in the work tree only: another modification.
    repo.write('b.txt', `beta\nK=${key}\n`);
    repo.write('c.txt', `K=${key}\n`);
    repo.add('b.txt', 'c.txt');
    repo.write('a.txt', `alpha\nK=${key}\n`);
    repo.write('untracked.txt', `K=${key}\n`);

    set('core.fsmonitor', cmd('fsmonitor'));
    set('core.pager', cmd('core-pager'));
    set('core.hooksPath', hooks);
    set('core.sshCommand', cmd('ssh'));
    set('core.editor', cmd('editor'));
    set('core.askPass', cmd('askpass'));
    set('pager.diff', cmd('pager-diff'));
    set('pager.ls-files', cmd('pager-ls-files'));
    set('pager.cat-file', cmd('pager-cat-file'));
    set('diff.external', cmd('diff-external'));
    set('diff.x.textconv', cmd('textconv'));
    set('diff.x.command', cmd('diff-command'));
    set('filter.x.clean', cmd('filter-clean'));
    set('filter.x.smudge', cmd('filter-smudge'));
    set('filter.x.process', cmd('filter-process'));
    set('credential.helper', cmd('credential'));
    set('gpg.program', cmd('gpg'));
    expect(listMarkers()).toEqual([]);
  });

  it('dir and staged scan as usual and leave no marker', () => {
    const dir = repo.run(['dir', '-f', 'json']);
    expect(dir.stderr).toBe('');
    expect(summarize(dir.json)).toEqual(['openai-api-key a.txt:2:3', 'openai-api-key b.txt:2:3', 'openai-api-key c.txt:1:3', 'openai-api-key untracked.txt:1:3']);
    expect(repo.run(['dir', '--no-gitignore']).code).toBe(1);
    expect(repo.run(['dir', 'a.txt', 'b.txt']).code).toBe(1);

    const staged = repo.run(['staged', '-f', 'json']);
    expect(staged.stderr).toBe('');
    expect(summarize(staged.json)).toEqual(['openai-api-key b.txt:2:3', 'openai-api-key c.txt:1:3']);
    expect(repo.run(['staged']).code).toBe(1);
    expect(listMarkers()).toEqual([]);
  });

  it('the traps are live: plain git commands in the same repository do trip them', () => {
    repo.tryGit({}, 'diff');
    repo.tryGit({}, 'status');
    expect(listMarkers()).toEqual(expect.arrayContaining(['diff-command', 'filter-process', 'fsmonitor', 'hook-post-index-change']));
  });
});

/**
 * `leakwarden history` reads an untrusted repository's whole history: besides the traps above, `git log` would
 * verify signatures with the repository's gpg.program when log.showSignature is set, and pagers exist per command.
 */
describe('history in a hostile repository runs nothing', () => {
  let repo: TempRepo;
  let markers: string;
  let listMarkers: () => string[];
  const key = openaiKey('hostile-history');

  beforeAll(() => {
    repo = TempRepo.create();
    const trap = traps(repo);
    ({ markers, listMarkers } = trap);
    const { set, cmd } = trap;
    repo.write('.gitattributes', '* diff=x filter=x\n');
    repo.write('a.txt', 'alpha\n');
    repo.commitAll('base');
    repo.write('a.txt', `alpha\nK=${key}\n`);
    repo.commitAll('key');
    // A commit carrying a (fake) signature: reading it with log.showSignature makes git run gpg.program.
    const tree = repo.git('rev-parse', 'HEAD^{tree}').trim();
    const parent = repo.git('rev-parse', 'HEAD').trim();
    const signed = [
      `tree ${tree}`, `parent ${parent}`, 'author A <a@example.test> 1700000000 +0000', 'committer A <a@example.test> 1700000000 +0000',
      'gpgsig -----BEGIN PGP SIGNATURE-----', ' ', ' iQEzBAABCAAdFiEE', ' -----END PGP SIGNATURE-----', '', 'signed', '',
    ].join('\n');
    writeFileSync(path.join(repo.base, 'signed-commit'), signed);
    const signedSha = repo.git('hash-object', '-t', 'commit', '-w', path.join(repo.base, 'signed-commit')).trim();
    repo.git('update-ref', 'refs/heads/main', signedSha);

    set('log.showSignature', 'true');
    // git runs gpg.program without a shell: it gets a script of its own.
    const gpg = path.join(repo.base, 'evil-gpg.sh');
    writeFileSync(gpg, `#!/bin/sh\n: > "${markers}/gpg"\ncat > /dev/null\nexit 1\n`);
    chmodSync(gpg, 0o755);
    set('gpg.program', gpg);
    set('core.fsmonitor', cmd('fsmonitor'));
    set('core.pager', cmd('core-pager'));
    for (const command of ['log', 'cat-file', 'rev-list', 'rev-parse', 'for-each-ref', 'ls-tree']) set(`pager.${command}`, cmd(`pager-${command}`));
    set('diff.external', cmd('diff-external'));
    set('diff.x.textconv', cmd('textconv'));
    set('diff.x.command', cmd('diff-command'));
    set('filter.x.clean', cmd('filter-clean'));
    set('filter.x.smudge', cmd('filter-smudge'));
    set('filter.x.process', cmd('filter-process'));
    set('core.hooksPath', path.join(repo.base, 'no-hooks'));
    expect(listMarkers()).toEqual([]);
  });

  it('history and a range scan find the key and leave no marker', () => {
    const all = repo.run(['history', '-f', 'json']);
    expect(all.stderr).toBe('');
    expect(summarize(all.json)).toEqual(['openai-api-key a.txt:2:3']);
    expect(repo.run(['history', 'HEAD~2..HEAD']).code).toBe(1);
    expect(repo.run(['history', '--branch', 'main']).code).toBe(1);
    expect(listMarkers()).toEqual([]);
  });

  it('the traps are live: plain git log in the same repository runs gpg.program', () => {
    repo.tryGit({}, 'log', '-1');
    expect(listMarkers()).toEqual(expect.arrayContaining(['gpg']));
  });
});
