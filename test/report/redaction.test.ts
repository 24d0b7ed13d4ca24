import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiKey, openaiLine, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';
import type { CliRun, JsonReport } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const openai = openaiLine('redaction-1');
const token = serviceAccountToken('redaction-2');
const generic = genericAssignment('redaction-3');
const twoOnALine = [openaiKey('redaction-4'), openaiKey('redaction-5')] as const;
const secrets = [openai.secret, token, generic.secret, ...twoOnALine];
const content = [
  openai.line,
  `OP_SERVICE_ACCOUNT_TOKEN=${token}`,
  generic.line,
  `keys = ["${twoOnALine[0]}", "${twoOnALine[1]}"]`,
  '',
].join('\n');

/** The full secret, and a long stretch of its random middle: neither may appear in a redacted output. */
function expectRedacted(text: string): void {
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(10, 30));
  }
}

function expectAllShown(text: string): void {
  for (const secret of secrets) expect(text).toContain(secret);
}

describe('redaction', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('config/settings.py', content);
    repo.add();
  });

  const scans: [string, (extra: string[]) => CliRun][] = [
    ['dir', (extra) => repo.run(['dir', ...extra])],
    ['staged', (extra) => repo.run(['staged', ...extra])],
    ['stdin', (extra) => repo.run(['stdin', '--path', 'config/settings.py', ...extra], { input: content })],
  ];

  it.each(scans)('%s: every finding is reported, and no output shows a secret by default', (_mode, scan) => {
    const json = scan(['--format', 'json']);
    expect(json.code).toBe(1);
    expect(summarize(json.json)).toEqual([
      `openai-api-key config/settings.py:1:${openai.column}`,
      `1password-service-account-token config/settings.py:2:${'OP_SERVICE_ACCOUNT_TOKEN='.length + 1}`,
      `generic-secret config/settings.py:3:${generic.column}`,
      'openai-api-key config/settings.py:4:10',
      `openai-api-key config/settings.py:4:${14 + twoOnALine[0].length}`,
    ]);
    expect(json.json!.scan.redacted).toBe(true);
    for (const finding of json.json!.findings) expect(finding.secret).toMatch(/^.{1,6}….{0,2} \(redacted\)$/);
    expectRedacted(json.stdout + json.stderr);

    const terminal = scan(['--no-color']);
    expect(terminal.code).toBe(1);
    expect(terminal.stdout).toContain('Secrets are redacted in this report; --no-redact shows them.');
    expectRedacted(terminal.stdout + terminal.stderr);
    // Both keys on line 4 are masked in each finding's snippet, not only the finding's own.
    const bothMasked = `${twoOnALine[0].slice(0, 6)}…${twoOnALine[0].slice(-2)}", "${twoOnALine[1].slice(0, 6)}…${twoOnALine[1].slice(-2)}`;
    expect(terminal.stdout.split(bothMasked)).toHaveLength(3);
  });

  it.each(scans)('%s: --no-redact shows the secrets in full', (_mode, scan) => {
    const json = scan(['--format', 'json', '--no-redact']);
    expect(json.code).toBe(1);
    expect(json.json!.scan.redacted).toBe(false);
    expect(json.json!.findings.map((f) => f.secret)).toEqual(secrets);
    const terminal = scan(['--no-redact', '--no-color']);
    expectAllShown(terminal.stdout);
    expect(terminal.stdout).not.toContain('Secrets are redacted');
  });

  it('a report written with --output is redacted too', () => {
    for (const format of ['json', 'terminal']) {
      const file = path.join(repo.base, `report.${format}`);
      const run = repo.run(['dir', '--format', format, '--output', file]);
      expect(run.code).toBe(1);
      const written = readFileSync(file, 'utf8');
      expect(written).toContain('openai-api-key');
      expectRedacted(written + run.stdout + run.stderr);
    }
  });

  it('the fingerprint is the same redacted or not', () => {
    const redacted = repo.run(['dir', '-f', 'json']).json!;
    const shown = repo.run(['dir', '-f', 'json', '--no-redact']).json!;
    expect(redacted.findings.map((f) => f.fingerprint)).toEqual(shown.findings.map((f) => f.fingerprint));
  });
});

describe('the JSON report contract', () => {
  let repo: TempRepo;
  const fingerprints = (report: JsonReport) => report.findings.map((f) => f.fingerprint);

  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('src/app.py', `import os\n${openai.line}\n`);
    repo.write('src/copy.py', `${openai.line}\n`);
    repo.write('.env', 'APP=1\n');
    repo.commitAll('base');
  });

  it('has the documented shape, 1-based positions and fingerprints without line numbers', () => {
    const run = repo.run(['dir', '-f', 'json']);
    expect(run.code).toBe(1);
    const report = run.json!;
    expect(Object.keys(report)).toEqual(['version', 'tool', 'scan', 'findings', 'suppressed']);
    expect(report.suppressed).toEqual({ inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 });
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'leakwarden', version: JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version });
    expect(Object.keys(report.scan)).toEqual(['mode', 'files', 'bytes', 'skipped', 'durationMs', 'redacted']);
    expect(report.scan).toMatchObject({ mode: 'dir', files: 3, skipped: [], redacted: true });
    expect(report.scan.bytes).toBe(['src/app.py', 'src/copy.py', '.env'].reduce((n, f) => n + readFileSync(repo.path(f)).length, 0));
    expect(Number.isInteger(report.scan.durationMs) && report.scan.durationMs >= 0).toBe(true);

    const [dotenv, app, copy] = report.findings;
    expect(Object.keys(app!)).toEqual(['ruleId', 'description', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'secret', 'fingerprint', 'commit', 'details']);
    expect(app).toMatchObject({
      ruleId: 'openai-api-key',
      description: 'OpenAI API key',
      severity: 'high',
      path: 'src/app.py',
      line: 2,
      column: openai.column,
      endLine: 2,
      endColumn: openai.column + openai.secret.length,
      commit: null,
      details: { variant: 'project' },
    });
    expect(app!.fingerprint).toMatch(/^openai-api-key:src\/app\.py:[0-9a-f]{16}$/);
    // Same secret, other file: the hash part is the secret's, the path part differs.
    expect(copy!.fingerprint.split(':')[2]).toBe(app!.fingerprint.split(':')[2]);
    expect(copy!.fingerprint).not.toBe(app!.fingerprint);
    expect(Object.keys(dotenv!)).toEqual(['ruleId', 'description', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'secret', 'fingerprint', 'commit', 'message', 'details']);
  });

  it('keeps a fingerprint when lines are added above the secret', () => {
    const before = repo.run(['dir', 'src', '-f', 'json']).json!;
    repo.write('src/app.py', `"""docs"""\n\n\nimport sys\n${repo.read('src/app.py')}`);
    const after = repo.run(['dir', 'src', '-f', 'json']).json!;
    expect(summarize(after)).toEqual([`openai-api-key src/app.py:6:${openai.column}`, `openai-api-key src/copy.py:1:${openai.column}`]);
    expect(fingerprints(after)).toEqual(fingerprints(before));
    // The fingerprint does not depend on the source either: stdin under the same name gives the same one.
    const stdin = repo.run(['stdin', '--path', 'src/app.py', '-f', 'json'], { input: repo.read('src/app.py') }).json!;
    expect(fingerprints(stdin)).toEqual([fingerprints(before)[0]]);
  });
});

describe('a suppressed secret on the line of a reported one is masked too', () => {
  const [kept, suppressed] = [openaiKey('redaction-kept'), openaiKey('redaction-suppressed')];
  const line = `keys = ["${kept}", "${suppressed}"]\n`;
  /** No stretch of 16 characters of either secret (a snippet shows the line around the reported one). */
  const leaks = (text: string) => [kept, suppressed].flatMap((secret) => Array.from({ length: secret.length - 16 }, (_, i) => secret.slice(i, i + 16))).filter((part) => text.includes(part));

  const setups: Record<string, (repo: TempRepo, fingerprint: string) => string[]> = {
    'an ignore entry': (repo, fingerprint) => {
      repo.write('.leakwardenignore', `[[ignore]]\nfingerprint = "${fingerprint}"\nreason = "test"\n`);
      return [];
    },
    'a baseline': (repo, fingerprint) => {
      repo.write('base.txt', `${fingerprint}\n`);
      return ['--baseline', 'base.txt'];
    },
    'the config allowlist': (repo) => {
      repo.write('.leakwarden.toml', `[allowlist]\nstopwords = ["${suppressed.slice(-12)}"]\n`);
      return [];
    },
  };

  for (const [how, setup] of Object.entries(setups)) {
    it(`by ${how}: in every format`, () => {
      const repo = TempRepo.create();
      repo.write('keys.py', line);
      const all = repo.run(['dir', 'keys.py', '-f', 'json']);
      const fingerprint = all.json!.findings.find((f) => f.column === line.indexOf(suppressed) + 1)!.fingerprint;
      const extra = setup(repo, fingerprint);
      for (const format of ['terminal', 'json', 'sarif', 'github']) {
        const run = repo.run(['dir', 'keys.py', '-f', format, ...extra]);
        expect(run.code, `${how} ${format}: ${run.stderr}`).toBe(1);
        expect(leaks(run.stdout), `${how} ${format}`).toEqual([]);
      }
      expect(repo.run(['dir', 'keys.py', '-f', 'json', ...extra]).json!.findings).toHaveLength(1);
    });
  }
});
