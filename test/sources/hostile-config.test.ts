import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * A scanned repository is untrusted input: its .git/config and .gitattributes can name commands that git runs on
 * its own (fsmonitor, pager, external diff, textconv, filters, hooks). Each of those commands here leaves a marker
 * file; scanning must leave none.
 */
describe('a hostile repository config runs nothing', () => {
  let repo: TempRepo;
  let markers: string;
  const key = openaiKey('hostile');

  const listMarkers = () => readdirSync(markers).sort();

  beforeAll(() => {
    repo = TempRepo.create();
    markers = path.join(repo.base, 'markers');
    mkdirSync(markers);
    const evil = path.join(repo.base, 'evil.sh');
    // Records its first argument as a marker, then passes stdin through (a filter must answer something).
    writeFileSync(evil, `#!/bin/sh\n: > "${markers}/$1"\ncat\n`);
    chmodSync(evil, 0o755);
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

    const set = (name: string, value: string) => repo.git('config', name, value);
    const cmd = (marker: string) => `${evil} ${marker}`;
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
