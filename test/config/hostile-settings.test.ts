import { spawnSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, symlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/** A repository whose work tree holds one clean file and whatever the test adds. */
function repoWith(setup: (repo: TempRepo) => void): TempRepo {
  const repo = TempRepo.create();
  repo.write('app.txt', 'nothing to see\n');
  repo.commitAll('base');
  setup(repo);
  return repo;
}

describe('settings files are read only when they are regular files under a size cap', () => {
  const refused = (repo: TempRepo, args: string[], message: RegExp) => {
    const run = repo.run(args, { input: 'x\n' });
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  };

  it('a .leakwarden.toml that links to /dev/zero, is a FIFO, or is 200 MB stops every mode with exit 2 naming it', () => {
    const zero = repoWith((repo) => symlinkSync('/dev/zero', repo.path('.leakwarden.toml')));
    const fifo = repoWith((repo) => spawnSync('mkfifo', [repo.path('.leakwarden.toml')]));
    const huge = repoWith((repo) => {
      const fd = openSync(repo.path('.leakwarden.toml'), 'w');
      ftruncateSync(fd, 200 << 20); // sparse: no 200 MB written
      closeSync(fd);
    });
    for (const args of [['dir'], ['staged'], ['stdin'], ['history']]) {
      refused(zero, args, /^leakwarden: \.leakwarden\.toml is not a regular file .+\nhint: /);
      refused(fifo, args, /^leakwarden: \.leakwarden\.toml is not a regular file .+\nhint: /);
      refused(huge, args, /^leakwarden: \.leakwarden\.toml is 209715200 bytes, over the 1 MiB a settings file may have/);
    }
  });

  it('the same holds for .leakwardenignore and for a --baseline file', () => {
    const ignore = repoWith((repo) => symlinkSync('/dev/zero', repo.path('.leakwardenignore')));
    refused(ignore, ['dir'], /^leakwarden: \.leakwardenignore is not a regular file/);
    const baseline = repoWith((repo) => spawnSync('mkfifo', [repo.path('baseline.txt')]));
    refused(baseline, ['dir', '--baseline', 'baseline.txt'], /^leakwarden: baseline\.txt is not a regular file/);
  });
});

describe('patterns a repository supplies run in linear time', () => {
  const evilConfig = [
    '[[rules]]',
    'id = "evil-rule"',
    'description = "backtracks catastrophically on a backtracking engine"',
    'severity = "low"',
    "regex = '''(a+)+$'''",
    'keywords = ["aaaa"]',
    'remediation = "none"',
    '',
    '[allowlist]',
    "regexes = ['''(x+x+)+y''']",
    '',
  ].join('\n');
  const line = `${'a'.repeat(50_000)}!\n${'x'.repeat(50_000)}\n`;

  it('a custom rule `(a+)+$` and an allowlist regex `(x+x+)+y` finish on a 50 KB line, in dir, stdin and history (with workers)', () => {
    const repo = TempRepo.create();
    repo.write('.leakwarden.toml', evilConfig);
    repo.write('long.txt', line);
    repo.commitAll('evil');
    expect(repo.run(['dir']).code).toBe(0);
    expect(repo.run(['stdin'], { input: line }).code).toBe(0);
    const history = repo.run(['history', '-f', 'json'], { env: { LEAKWARDEN_HISTORY_WORKERS: '1', LEAKWARDEN_HISTORY_INLINE_BYTES: '0' } });
    expect(history.code, history.stderr).toBe(0);
    expect(history.json!.scan.files).toBeGreaterThan(0);
  });

  it('a custom rule still finds what it should, with RE2 syntax: inline flags and lookbehinds', () => {
    const repo = TempRepo.create();
    repo.write('.leakwarden.toml', [
      '[[rules]]', 'id = "acme-token"', 'description = "Acme token"', 'severity = "high"',
      "regex = '''(?i)(?<![a-z0-9])acme_tok_([a-z0-9]{24})'''", 'secretGroup = 1', 'keywords = ["acme_tok_"]', 'remediation = "rotate"', '',
    ].join('\n'));
    repo.write('a.cfg', 'token = ACME_TOK_abcdefghij0123456789klmn\nxacme_tok_abcdefghij0123456789klmn\n');
    repo.commitAll('acme');
    const run = repo.run(['dir', '-f', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.json!.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['acme-token', 1, 18]]);
  });

  it('a pattern the linear engine cannot run (lookahead, backreference) is refused with exit 2 naming the rule, never the pattern', () => {
    const repo = TempRepo.create();
    repo.write('.leakwarden.toml', [
      '[[rules]]', 'id = "lookahead-rule"', 'description = "d"', 'severity = "low"',
      "regex = '''hunter2secretliteral(?=x)'''", 'keywords = ["hunter2"]', 'remediation = "r"', '',
      '[allowlist]', "regexes = ['''(shouldnotappear)\\1''']", '',
    ].join('\n'));
    repo.commitAll('bad');
    const run = repo.run(['dir']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.leakwarden.toml: rules[0].regex: invalid regex: ');
    expect(run.stderr).toContain('.leakwarden.toml: allowlist.regexes[0]: invalid regex: ');
    expect(run.stderr).toContain('no lookahead, no backreferences');
    expect(run.stderr).not.toContain('hunter2secretliteral');
    expect(run.stderr).not.toContain('shouldnotappear');
  });
});

describe('errors name files and positions, never content', () => {
  const key = openaiKey('error-message');

  it('--baseline given a .env, a key passed as a fingerprint, a key typed as a config value: exit 2 and the key is not printed', () => {
    const repo = repoWith((r) => r.write('.env', `OPENAI_API_KEY=${key}\n`));
    const runs = [repo.run(['dir', '--baseline', '.env']), repo.run(['ignore', key, '--reason', 'oops'])];
    repo.write('.leakwarden.toml', `maxFileSize = "${key}"\n`);
    runs.push(repo.run(['dir']));
    expect(runs.map((run) => run.stderr.split('\n')[0])).toEqual([
      'leakwarden: .env: line 1: not a fingerprint: a fingerprint starts with a rule id and a colon (ruleId:path:hash or ruleId:hash)',
      'leakwarden: not a fingerprint: a fingerprint starts with a rule id and a colon (ruleId:path:hash or ruleId:hash)',
      'leakwarden: .leakwarden.toml: maxFileSize: must be a positive size ("512KB", "10MB") or a number of bytes, got a string',
    ]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr + run.stdout).not.toContain(key);
      expect(run.stderr + run.stdout).not.toContain(key.slice(8, 28));
    }
    repo.write('bad-baseline.json', `{"findings": [${JSON.stringify(key)}`);
    const json = repo.run(['dir', '--baseline', 'bad-baseline.json']);
    expect(json.code).toBe(2);
    expect(json.stderr).not.toContain(key.slice(8, 28));
  });
});
