import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey, openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';
import type { JsonReport } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const NONE = { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 };

function json(repo: TempRepo, args: readonly string[], options: { input?: string; cwd?: string } = {}): JsonReport & { code: number | null; stderr: string } {
  const run = repo.run([...args, '-f', 'json'], options);
  if (!run.json) throw new Error(`no JSON report (exit ${run.code}):\n${run.stderr}${run.stdout}`);
  return { ...run.json, code: run.code, stderr: run.stderr };
}

const fingerprints = (report: JsonReport) => report.findings.map((f) => f.fingerprint);

describe('inline allow comments', () => {
  const marked = (seed: string, marker: string) => `${openaiLine(seed).line} # ${marker}`;
  const text = [
    marked('same-ours', 'leakwarden:allow'),
    marked('same-gitleaks', 'gitleaks:allow'),
    marked('same-detect-secrets', 'pragma: allowlist secret'),
    marked('same-trufflehog', 'trufflehog:ignore'),
    '# leakwarden:allow-next-line',
    openaiLine('next-ours').line,
    openaiLine('not-covered').line,
    '# pragma: allowlist nextline secret',
    openaiLine('next-detect-secrets').line,
    `${openaiLine('own-line').line} # leakwarden:allow-next-line`,
    openaiLine('after-own-line').line,
    '',
  ].join('\n');
  // The lines an allow does not cover: the one after a next-line's target, a next-line marker's own line.
  const reported = ['openai-api-key leak.properties:7:16', 'openai-api-key leak.properties:10:16'];

  it('cover their line (or the next one) only, in dir, staged and stdin scans', () => {
    const repo = TempRepo.create();
    repo.write('README.md', '# demo\n');
    repo.commitAll('base');
    repo.write('leak.properties', text);
    repo.add('leak.properties');

    for (const run of [json(repo, ['dir']), json(repo, ['staged']), json(repo, ['stdin', '--path', 'leak.properties'], { input: text })]) {
      expect(run.code).toBe(1);
      expect(summarize(run)).toEqual(reported);
      expect(run.suppressed).toEqual({ ...NONE, inline: 7 });
    }
    const terminal = repo.run(['dir'], { env: { NO_COLOR: '1' } });
    expect(terminal.stdout).toMatch(/✖ 2 findings \(2 high\) in 1 file · scanned 2 files \(.+\) · suppressed 7 \(7 inline\)\n$/);
  });

  it('in history, apply to the line as the commit that brought the secret in wrote it', () => {
    const repo = TempRepo.create();
    const allowedFirst = openaiLine('history-allowed-first');
    const allowedLater = openaiLine('history-allowed-later');
    repo.write('a.txt', `${allowedFirst.line} # leakwarden:allow\n`);
    repo.write('b.txt', `${allowedLater.line}\n`);
    const introduced = repo.commitAll('bring both in');
    repo.write('a.txt', `${allowedFirst.line}\n`);
    repo.write('b.txt', `${allowedLater.line} # leakwarden:allow\n`);
    repo.commitAll('move the allow from a to b');

    // The work tree: a.txt lost its allow, b.txt gained one.
    expect(summarize(json(repo, ['dir']))).toEqual(['openai-api-key a.txt:1:16']);
    // History: a.txt's key came in allowed; b.txt's came in without an allow, and a later comment does not excuse it.
    const history = json(repo, ['history']);
    expect(history.findings.map((f) => `${f.path} ${f.commit}`)).toEqual([`b.txt ${introduced}`]);
    expect(history.incidents!.map((i) => i.paths)).toEqual([['b.txt']]);
    expect(history.suppressed).toEqual({ ...NONE, inline: 1 });
  });
});

describe('.leakwardenignore', () => {
  it('suppresses by fingerprint: the finding\'s (ruleId:path:hash) or the secret\'s anywhere (ruleId:hash)', () => {
    const repo = TempRepo.create();
    const pinned = openaiLine('ignore-pinned');
    const anywhere = openaiKey('ignore-anywhere');
    repo.write('pinned.txt', `${pinned.line}\n`);
    repo.write('one.txt', `k=${anywhere}\n`);
    repo.write('two.txt', `other=${anywhere}\n`);
    repo.commitAll('base');
    const before = json(repo, ['dir']);
    expect(before.findings).toHaveLength(3);
    const [one, pinnedFinding] = [before.findings[0]!, before.findings[1]!];
    const secretOnly = one.fingerprint.replace(':one.txt:', ':');

    repo.write('.leakwardenignore', [
      '# reviewed exceptions',
      '[[ignore]]',
      `fingerprint = "${pinnedFinding.fingerprint}"`,
      'reason = "revoked; kept as a parser fixture"',
      '',
      '[[ignore]]',
      `fingerprint = "${secretOnly}"`,
      'reason = "the sandbox key, readable by design"',
      'expires = 2999-12-31',
      '',
    ].join('\n'));
    const after = json(repo, ['dir']);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe('');
    expect(after.findings).toEqual([]);
    expect(after.suppressed).toEqual({ ...NONE, ignoreFile: 3 });

    // The entry names the secret, not the line: edits above it, a move to another line and a rename keep it ignored.
    repo.write('pinned.txt', `# header\n\n${pinned.line}\n`);
    repo.git('mv', 'one.txt', 'renamed.txt');
    expect(json(repo, ['dir']).findings).toEqual([]);
    // The same in staged and history scans; history's incident fingerprint is the ruleId:hash form.
    repo.write('three.txt', `k=${anywhere}\n${openaiLine('ignore-new').line}\n`);
    repo.add('three.txt');
    expect(summarize(json(repo, ['staged']))).toEqual(['openai-api-key three.txt:2:16']);
    repo.commitAll('more');
    const history = json(repo, ['history']);
    expect(summarize(history)).toEqual(['openai-api-key three.txt:2:16']);
    // The three of the first commit (three.txt's copy came with the rename of a file that held it: not counted).
    expect(history.suppressed!.ignoreFile).toBe(3);
  });

  it('an expired entry stops suppressing and says so; entries that matched nothing are listed (exit 1 with --strict-ignores)', () => {
    const repo = TempRepo.create();
    const key = openaiLine('expiry');
    repo.write('leak.txt', `${key.line}\n`);
    repo.write('sub/clean.txt', 'nothing\n');
    repo.commitAll('base');
    const fingerprint = json(repo, ['dir']).findings[0]!.fingerprint;
    const stale = 'openai-api-key:gone.txt:0123456789abcdef';
    repo.write('.leakwardenignore', `[[ignore]]\nfingerprint = "${fingerprint}"\nreason = "temporary"\nexpires = 2001-02-03\n\n[[ignore]]\nfingerprint = "${stale}"\nreason = "fixed long ago"\n`);

    const expired = json(repo, ['dir']);
    expect(expired.code).toBe(1);
    expect(expired.findings.map((f) => f.fingerprint)).toEqual([fingerprint]);
    expect(expired.suppressed).toEqual(NONE);
    expect(expired.stderr).toBe([
      `leakwarden: warning: .leakwardenignore: ignore[0] expired on 2001-02-03: ${fingerprint} is reported again (its reason was: temporary)`,
      `leakwarden: warning: .leakwardenignore: ignore[1] matched nothing in this scan: ${stale} (remove the entry, or renew it if the secret moved)`,
      '',
    ].join('\n'));
    expect(expired.ignoreEntries).toEqual({
      unused: [{ fingerprint: stale, reason: 'fixed long ago', expires: null }],
      expired: [{ fingerprint, reason: 'temporary', expires: '2001-02-03' }],
    });

    // Renewed: the key is suppressed; the stale entry is a warning, or with --strict-ignores (or the config key) exit 1.
    repo.write('.leakwardenignore', readFileSync(repo.path('.leakwardenignore'), 'utf8').replace('2001-02-03', '2999-02-03'));
    const warned = json(repo, ['dir']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/ignore\[1\] matched nothing/);
    const strict = json(repo, ['dir', '--strict-ignores']);
    expect(strict.code).toBe(1);
    expect(strict.findings).toEqual([]);
    expect(json(repo, ['history', '--strict-ignores']).code).toBe(1);
    writeFileSync(repo.path('.leakwarden.toml'), 'strictIgnores = true\n');
    expect(json(repo, ['dir']).code).toBe(1);
    expect(json(repo, ['dir', '--no-strict-ignores']).code).toBe(0);

    // A scan that does not cover everything cannot know an entry is stale: no warning, no failure.
    for (const partial of [json(repo, ['dir', 'sub']), json(repo, ['dir'], { cwd: repo.path('sub') }), json(repo, ['stdin'], { input: 'x\n' }), json(repo, ['staged']), json(repo, ['history', '--branch', 'main'])]) {
      expect(partial.code).toBe(0);
      expect(partial.stderr).toBe('');
    }
  });

  it('`leakwarden ignore` appends an entry, keeps what the file held, and refuses what would not read back', () => {
    const repo = TempRepo.create();
    repo.write('a.txt', `${openaiLine('command-a').line}\n`);
    repo.write('sub/b.txt', `${openaiLine('command-b').line}\n`);
    repo.commitAll('base');
    const [a, b] = fingerprints(json(repo, ['dir']));

    const first = repo.run(['ignore', a!, '--reason', 'fixture "quoted", with a\nnewline and ünïcode', '--expires', '2999-01-31']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(`leakwarden: .leakwardenignore: ignored ${a} until 2999-01-31\n`);
    const written = repo.read('.leakwardenignore');
    // Run from a subdirectory, it writes at the repository root; what was there stays byte for byte.
    const hand = `${written}# a comment of the user's, no newline at the end`;
    repo.write('.leakwardenignore', hand);
    const second = repo.run(['ignore', b!.replace(':sub/b.txt:', ':'), '--reason', 'shared test key'], { cwd: repo.path('sub') });
    expect(second.stdout).toBe(`leakwarden: ../.leakwardenignore: ignored ${b!.replace(':sub/b.txt:', ':')}\n`);
    const final = repo.read('.leakwardenignore');
    expect(final.startsWith(`${hand}\n`)).toBe(true);
    const entries = (parseToml(final) as { ignore: Record<string, unknown>[] }).ignore;
    expect(entries.map((e) => [e.fingerprint, e.reason, e.expires === undefined ? null : String((e.expires as Date).toISOString()).slice(0, 10)])).toEqual([
      [a, 'fixture "quoted", with a\nnewline and ünïcode', '2999-01-31'],
      [b!.replace(':sub/b.txt:', ':'), 'shared test key', null],
    ]);
    expect(json(repo, ['dir']).findings).toEqual([]);

    const refused = (args: string[], message: RegExp) => {
      const run = repo.run(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^leakwarden: ${message.source}\\nhint: .+\\n$`));
      expect(repo.read('.leakwardenignore')).toBe(final);
    };
    refused(['ignore', a!, '--reason', 'again'], /\.leakwardenignore: ignore\[0\] already ignores openai-api-key:a\.txt:[0-9a-f]{16}/);
    refused(['ignore', a!], /ignore needs --reason: say why the finding is not a leak/);
    refused(['ignore', 'a.txt:1', '--reason', 'x'], /not a fingerprint: .+/);
    refused(['ignore', 'openai-api-key:a.txt:12', '--reason', 'x'], /not a fingerprint: a fingerprint ends with the 16 hex digits .+/);
    refused(['ignore', 'openai-api-key:0123456789abcdef', '--reason', 'x', '--expires', '2030-02-30'], /--expires must be a date \(YYYY-MM-DD\), got "2030-02-30"/);
    refused(['ignore', 'openai-api-key:0123456789abcdef', '--reason', 'x', '--expires', '2001-01-01'], /--expires 2001-01-01 is not in the future: .+/);
    // A file it cannot parse is never rewritten.
    repo.write('.leakwardenignore', 'ignore = "not entries"\n');
    const broken = repo.run(['ignore', 'openai-api-key:0123456789abcdef', '--reason', 'x']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^leakwarden: \.leakwardenignore: ignore: must be an array of tables \(\[\[ignore\]\]\)\nhint: .+\n$/);
    expect(repo.read('.leakwardenignore')).toBe('ignore = "not entries"\n');
  });
});

describe('baselines', () => {
  it('`leakwarden baseline` writes sorted fingerprints that do not churn; --baseline reports only what is new', () => {
    const repo = TempRepo.create();
    const old1 = openaiLine('baseline-old-1');
    const old2 = openaiLine('baseline-old-2');
    repo.write('z.txt', `${old1.line}\n`);
    repo.write('a/config.txt', `first\n${old2.line}\n`);
    repo.commitAll('base');

    const written = repo.run(['baseline']);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    const lines = written.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# leakwarden baseline/);
    expect(lines.slice(1)).toEqual([...fingerprints(json(repo, ['dir']))].sort());
    expect(written.stdout).not.toMatch(/:\d+:\d+|T\d\d:\d\d|20\d\d-\d\d-\d\d/);
    const file = path.join(repo.base, 'baseline.txt');
    writeFileSync(file, written.stdout);

    // Stable: the same bytes on a re-run, after the secret's line moved, and from history.
    expect(repo.run(['baseline']).stdout).toBe(written.stdout);
    repo.write('a/config.txt', `first\nsecond\nthird\n\n${old2.line}\n`);
    repo.commitAll('move the line');
    expect(repo.run(['baseline']).stdout).toBe(written.stdout);
    expect(repo.run(['baseline', 'history']).stdout).toBe(written.stdout);
    expect(repo.run(['baseline', 'dir', '-o', path.join(repo.base, 'again.txt')])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(path.join(repo.base, 'again.txt'), 'utf8')).toBe(written.stdout);

    // A new secret: only it is reported, in every mode; the old ones are counted as baseline.
    const added = openaiLine('baseline-new');
    repo.write('new.txt', `${added.line}\n`);
    repo.add('new.txt');
    const dir = json(repo, ['dir', '--baseline', file]);
    expect(summarize(dir)).toEqual(['openai-api-key new.txt:1:16']);
    expect(dir.suppressed).toEqual({ ...NONE, baseline: 2 });
    expect(repo.run(['dir', '--baseline', file], { env: { NO_COLOR: '1' } }).stdout).toMatch(/· suppressed 2 \(2 baseline\)\n$/);
    expect(summarize(json(repo, ['staged', '--baseline', file]))).toEqual(['openai-api-key new.txt:1:16']);
    expect(summarize(json(repo, ['stdin', '--path', 'z.txt', '--baseline', file], { input: `${old1.line}\n${added.line}\n` }))).toEqual(['openai-api-key z.txt:2:16']);
    repo.commitAll('add a key');
    expect(summarize(json(repo, ['history', '--baseline', file]))).toEqual(['openai-api-key new.txt:1:16']);
    // A JSON report serves as a baseline too.
    const report = path.join(repo.base, 'report.json');
    writeFileSync(report, repo.run(['dir', '-f', 'json']).stdout);
    expect(json(repo, ['dir', '--baseline', report]).findings).toEqual([]);
  });

  it('a baseline that is not one fails with every bad line, exit 2', () => {
    const repo = TempRepo.create();
    repo.write('leak.txt', `${openaiLine('bad-baseline').line}\n`);
    repo.commitAll('base');
    writeFileSync(path.join(repo.base, 'bad.txt'), '# comment\nopenai-api-key:a.txt:0123456789abcdef\nleak.txt:1\n\nnot a fingerprint\n');
    const run = repo.run(['dir', '--baseline', path.join(repo.base, 'bad.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^leakwarden: 2 problems in the configuration:\n {2}\.\.\/bad\.txt: line 3: not a fingerprint: .+\n {2}\.\.\/bad\.txt: line 5: .+\nhint: .+\n$/);
  });
});

describe('every kind at once', () => {
  it('counts each suppressed finding once, under the first kind that applies, in JSON and the summary line', () => {
    const repo = TempRepo.create();
    const lines = ['inline', 'ignored', 'baselined', 'allowlisted', 'kept'].map((seed) => openaiLine(`all-${seed}`));
    repo.write('app.txt', `${lines[0]!.line} # gitleaks:allow\n${lines[1]!.line}\n${lines[2]!.line}\n${lines[4]!.line}\n`);
    repo.write('fixtures/keys.txt', `${lines[3]!.line} # leakwarden:allow\n`);
    repo.write('.leakwarden.toml', '[allowlist]\npaths = ["fixtures/"]\n');
    repo.commitAll('base');
    const [ignored, baselined] = json(repo, ['dir']).findings.map((f) => f.fingerprint);
    repo.write('.leakwardenignore', `[[ignore]]\nfingerprint = "${ignored}"\nreason = "r"\n`);
    writeFileSync(path.join(repo.base, 'baseline.txt'), `${baselined}\n`);

    const run = json(repo, ['dir', '--baseline', path.join(repo.base, 'baseline.txt')]);
    expect(summarize(run)).toEqual(['openai-api-key app.txt:4:16']);
    expect(run.suppressed).toEqual({ inline: 1, ignoreFile: 1, baseline: 1, allowlist: 1 });
    const terminal = repo.run(['dir', '--baseline', path.join(repo.base, 'baseline.txt')], { env: { NO_COLOR: '1' } });
    expect(terminal.stdout).toMatch(/· suppressed 4 \(1 inline, 1 ignore file, 1 baseline, 1 allowlist\)\n$/);
  });
});
