import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openaiLine } from '../helpers/secrets.ts';
import { TempRepo, hasAnsi, summarize } from '../helpers/temp-repo.ts';
import type { EnvPatch } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const key = openaiLine('options');
/** Colour must be decided by the flags and variables under test only. */
const NO_COLOR_ENV: EnvPatch = { NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined };

let repo: TempRepo;
beforeAll(() => {
  repo = TempRepo.create();
  repo.write('app.env.txt', `${key.line}\n`);
  repo.write('clean.txt', 'nothing\n');
  repo.commitAll('base');
});

describe('--format', () => {
  it('terminal is the default; json, -f json and --format=json give the same report', () => {
    const terminal = repo.run(['dir'], { env: NO_COLOR_ENV });
    expect(terminal.code).toBe(1);
    expect(terminal.json).toBeUndefined();
    expect(terminal.stdout).toMatch(/^app\.env\.txt\n {2}1:16 {5}high {4}openai-api-key {2}OpenAI API key/);
    expect(terminal.stdout).toMatch(/✖ 1 finding \(1 high\) in 1 file · scanned 2 files \(\d+ B\)\n$/);

    const reports = [['--format', 'json'], ['-f', 'json'], ['--format=json']].map((flags) => repo.run(['dir', ...flags]));
    for (const run of reports) {
      expect(run.code).toBe(1);
      expect(summarize(run.json)).toEqual(['openai-api-key app.env.txt:1:16']);
    }
  });
});

describe('--output', () => {
  it('writes the report to the file and nothing to stdout; the exit code still says what was found', () => {
    const file = path.join(repo.base, 'report.json');
    const run = repo.run(['dir', '--format', 'json', '--output', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(summarize(JSON.parse(readFileSync(file, 'utf8')))).toEqual(['openai-api-key app.env.txt:1:16']);

    const clean = repo.run(['dir', 'clean.txt', '-o', file]);
    expect(clean.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/no secrets found/);

    const rules = repo.run(['rules', '-f', 'json', '-o', file]);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);
  });

  it('`-o -` is standard output', () => {
    const run = repo.run(['dir', '-f', 'json', '-o', '-']);
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual(['openai-api-key app.env.txt:1:16']);
  });

  it('prints the report to stdout and exits 2 when the file cannot be written', () => {
    const file = path.join(repo.base, 'no-such-dir', 'report.json');
    for (const args of [['dir'], ['dir', 'clean.txt'], ['rules']]) {
      const run = repo.run([...args, '-f', 'json', '-o', file]);
      expect(run.code).toBe(2);
      expect(run.json?.version).toBe(1);
      expect(run.stderr).toMatch(/^leakwarden: cannot write the report to .*report\.json: ENOENT\nhint: .+\n$/);
    }
  });
});

describe('colour', () => {
  const runWith = (args: string[], env: EnvPatch = {}) => repo.run(['dir', ...args], { env: { ...NO_COLOR_ENV, ...env } });

  it('is off when stdout is not a terminal, and with NO_COLOR or --no-color', () => {
    for (const run of [runWith([]), runWith([], { NO_COLOR: '1' }), runWith(['--no-color'], { FORCE_COLOR: '1' }), runWith([], { FORCE_COLOR: '0' })]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('openai-api-key');
      expect(hasAnsi(run.stdout)).toBe(false);
      expect(hasAnsi(run.stderr)).toBe(false);
    }
  });

  it('is on with --color (over NO_COLOR) and with FORCE_COLOR', () => {
    for (const run of [runWith(['--color']), runWith(['--color'], { NO_COLOR: '1' }), runWith([], { FORCE_COLOR: '1' })]) {
      expect(run.code).toBe(1);
      expect(hasAnsi(run.stdout)).toBe(true);
    }
    const rules = repo.run(['rules', '--color'], { env: NO_COLOR_ENV });
    expect(hasAnsi(rules.stdout)).toBe(true);
    expect(hasAnsi(repo.run(['rules'], { env: NO_COLOR_ENV }).stdout)).toBe(false);
  });

  it('a scanned file cannot drive the terminal: control characters in names and lines are neutralised', () => {
    const scratch = TempRepo.create();
    scratch.write('e\u001b[31mvil\rname.txt', `\u001b]0;pwned\u0007${key.line}\u001b[2J\n`);
    const run = scratch.run(['dir', '--no-redact'], { env: NO_COLOR_ENV });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(key.secret);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('never reaches the JSON report', () => {
    const run = runWith(['--color', '-f', 'json'], { FORCE_COLOR: '1' });
    expect(hasAnsi(run.stdout)).toBe(false);
    expect(summarize(run.json)).toEqual(['openai-api-key app.env.txt:1:16']);
  });
});

describe('--max-file-size', () => {
  it.each([['16'], ['512KB'], ['512k'], ['10MB'], ['1.5MB'], ['1GB'], ['100 b']])('accepts %s', (size) => {
    const run = repo.run(['dir', 'clean.txt', '--max-file-size', size, '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('applies the limit it was given', () => {
    const small = repo.run(['dir', '--max-file-size', '16', '-f', 'json']);
    expect(small.code).toBe(0);
    expect(small.json!.scan.skipped).toEqual([{ path: 'app.env.txt', reason: 'too-large' }]);
  });
});

describe('usage errors: exit 2, one line and a hint, nothing on stdout, no stack', () => {
  it.each([
    [['dir', '--bogus'], 'Unknown argument: bogus'],
    [['dir', '-x'], 'Unknown argument: x'],
    [['scan'], 'Unknown argument: scan'],
    [[], 'give a command'],
    [['staged', '--no-gitignore'], 'Unknown argument: gitignore'],
    [['rules', '--no-redact'], 'Unknown argument: redact'],
    [['staged', 'extra'], 'Unknown argument: extra'],
    [['dir', '--format', 'junit'], 'unknown --format "junit"'],
    [['rules', '--format', 'sarif'], '--format sarif reports findings; `leakwarden rules` prints terminal or json'],
    [['rules', '-f', 'github'], '--format github reports findings; `leakwarden rules` prints terminal or json'],
    [['dir', '--format'], 'Not enough arguments following: format'],
    [['dir', '-f'], 'Not enough arguments following: f'],
    [['dir', '--format', 'json', '--format', 'terminal'], '--format was given more than once'],
    [['dir', '--output'], 'Not enough arguments following: output'],
    [['stdin', '--path'], 'Not enough arguments following: path'],
    [['dir', '--max-file-size', 'abc'], 'invalid --max-file-size "abc"'],
    [['dir', '--max-file-size', '10XB'], 'invalid --max-file-size "10XB"'],
    [['dir', '--max-file-size', '-5'], 'invalid --max-file-size "-5"'],
    [['dir', '--max-file-size', '0'], '--max-file-size must be positive, got "0"'],
    [['dir', '--max-file-size'], 'Not enough arguments following: max-file-size'],
  ])('%j', (args, message) => {
    const run = repo.run(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`leakwarden: ${message}`);
    expect(lines[1]).toMatch(/^hint: \S/);
    expect(lines[2]).toBe('');
  });

  it('--help and --version print to stdout and exit 0', () => {
    const help = repo.run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['dir', 'staged', 'stdin', 'rules']) expect(help.stdout).toContain(command);
    const dirHelp = repo.run(['dir', '--help']);
    expect(dirHelp.code).toBe(0);
    expect(dirHelp.stdout).toContain('--max-file-size');
    const version = repo.run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}\n`);
  });
});

describe('leakwarden rules', () => {
  it('lists every rule with id, severity and description', () => {
    const terminal = repo.run(['rules'], { env: NO_COLOR_ENV });
    expect(terminal.code).toBe(0);
    const json = repo.run(['rules', '--format', 'json']);
    expect(json.code).toBe(0);
    const { version, rules } = JSON.parse(json.stdout) as { version: number; rules: { id: string; severity: string; description: string; remediation: string }[] };
    expect(version).toBe(1);
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining([
      'openai-api-key', '1password-service-account-token', '1password-connect-credentials', '1password-connect-token',
      '1password-secret-key', '1password-recovery-code', 'generic-secret', 'dotenv-not-gitignored',
    ]));
    const lines = terminal.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rules.length);
    for (const rule of rules) {
      expect(['high', 'medium', 'low']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(0);
      expect(rule.remediation.length).toBeGreaterThan(0);
      expect(lines.some((line) => new RegExp(`^${rule.id.replace(/[.]/g, '\\.')} +${rule.severity} +${escape(rule.description)}$`).test(line))).toBe(true);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
