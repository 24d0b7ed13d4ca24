import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCredentialsFile, openaiKey, openaiLine, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import type { CliRun, JsonFinding, JsonReport } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

/**
 * Reads a line the way the Actions runner does (actions/runner ActionCommand.TryParseV2 and its unescape tables): it
 * is a command when it starts with `::`; the command and its properties end at the next `::`; properties split on
 * `,` and then on the first `=`; `%25` is decoded last.
 */
function parseCommand(line: string): WorkflowCommand | null {
  if (!line.startsWith('::')) return null;
  const end = line.indexOf('::', 2);
  if (end < 0) return null;
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { command: space < 0 ? head : head.slice(0, space), properties, message: unescape(line.slice(end + 2), false) };
}

function unescape(text: string, property: boolean): string {
  let out = text.replaceAll('%0D', '\r').replaceAll('%0A', '\n');
  if (property) out = out.replaceAll('%3A', ':').replaceAll('%2C', ',');
  return out.replaceAll('%25', '%');
}

/** Every line of the report as the runner reads it; a line that is not a command fails the test. */
function commandsOf(run: CliRun): WorkflowCommand[] {
  const lines = run.stdout.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const command = parseCommand(line);
    expect(command, `not a workflow command: ${JSON.stringify(line)}`).not.toBeNull();
    return command!;
  });
}

const LEVEL = { high: 'error', medium: 'warning', low: 'notice' } as const;

/** A path the properties must escape (`,` `:` `%`), and one that tries to start a command of its own on a new line. */
const ODD_PATH = 'odd/a,b:c%d.py';
const EVIL_PATH = 'odd/evil\n::error title=pwned::injected.py';

describe('--format github', () => {
  const key = openaiLine('github-1');
  const evilKey = openaiLine('github-2');
  const token = serviceAccountToken('github-3');
  const connect = connectCredentialsFile('github-4');
  const secrets = [key.secret, evilKey.secret, token];
  let repo: TempRepo;

  beforeAll(() => {
    repo = TempRepo.create();
    repo.write(ODD_PATH, `${key.line}\n`);
    repo.write(EVIL_PATH, `${evilKey.line}\n`);
    repo.write('deploy/ci.yml', `env:\n  OP_SERVICE_ACCOUNT_TOKEN: ${token}\n`);
    repo.write('connect/1password-credentials.json', connect);
    repo.write('.env', 'PORT=3000\n');
    repo.commitAll('base');
  });

  it('writes one annotation per finding, at its position, with the redacted secret and what to do', () => {
    const run = repo.run(['dir', '-f', 'github']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const json = repo.run(['dir', '-f', 'json']).json as JsonReport;
    const commands = commandsOf(run);
    expect(commands).toHaveLength(json.findings.length);
    expect(json.findings.map((f) => f.ruleId).sort()).toEqual(['1password-connect-credentials', '1password-service-account-token', 'dotenv-not-gitignored', 'openai-api-key', 'openai-api-key']);

    json.findings.forEach((finding: JsonFinding, i) => {
      const { command, properties, message } = commands[i]!;
      expect(command).toBe(LEVEL[finding.severity]);
      expect(properties.title).toBe(`leakwarden: ${finding.ruleId}`);
      expect(properties.file).toBe(finding.path);
      if (finding.message) expect(message.split('\n')[0]).toBe(finding.message);
      else expect(message.split('\n')[0]).toContain(`${finding.description} ${finding.secret}`);
      expect(message).toMatch(/\n(Revoke|Add the file to \.gitignore)/);
    });

    const at = (path: string) => commands.find((c) => c.properties.file === path)!;
    // One line: columns too. Several lines: the runner would drop columns, so there are none.
    expect(at(ODD_PATH).properties).toEqual({ title: 'leakwarden: openai-api-key', file: ODD_PATH, line: '1', endLine: '1', col: String(key.column), endColumn: String(key.column + key.secret.length) });
    const multiLine = json.findings.find((f) => f.ruleId === '1password-connect-credentials')!;
    expect(multiLine.endLine).toBeGreaterThan(multiLine.line!);
    expect(at('connect/1password-credentials.json').properties).toEqual({ title: 'leakwarden: 1password-connect-credentials', file: 'connect/1password-credentials.json', line: String(multiLine.line), endLine: String(multiLine.endLine) });
    // A file-level finding names the file only.
    expect(at('.env').properties).toEqual({ title: 'leakwarden: dotenv-not-gitignored', file: '.env' });
    expect(at('.env').message).toMatch(/^\.env is tracked by git and not in \.gitignore\nFix: .+\nAdd the file to \.gitignore/);

    for (const secret of [...secrets, connect]) {
      expect(run.stdout).not.toContain(secret.slice(10, 30));
    }
  });

  it('escapes with @actions/core: `,` `:` `%` in properties, newlines in messages and paths', () => {
    const run = repo.run(['dir', 'odd', '-f', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(2);
    const odd = lines.find((line) => line.includes('file=odd/a'))!;
    const redacted = `${key.secret.slice(0, 6)}…${key.secret.slice(-2)} (redacted)`;
    expect(odd).toBe(
      `::error title=leakwarden%3A openai-api-key,file=odd/a%2Cb%3Ac%25d.py,line=1,endLine=1,col=${key.column},endColumn=${key.column + key.secret.length}`
        + `::OpenAI API key ${redacted}; variant: project%0ARevoke the key at https://platform.openai.com/api-keys (admin keys: Organization settings > Admin keys), create a new one, and load it from the environment or a secret manager (e.g. an op://`
        + ' reference) instead of the repository.',
    );
    // The newline in a file name cannot start a command of its own: it is %0A inside the `file` property.
    const evil = lines.find((line) => line.includes('file=odd/evil'))!;
    expect(evil).toMatch(/^::error title=leakwarden%3A openai-api-key,file=odd\/evil%0A%3A%3Aerror title=pwned%3A%3Ainjected\.py,line=1,/);
    expect(commandsOf(run).map((c) => c.properties.file).sort()).toEqual([ODD_PATH, EVIL_PATH]);
  });

  it('annotates staged, stdin and history scans too; history says which commit brought the secret in', () => {
    const staged = TempRepo.create();
    staged.write('app.py', `${key.line}\n`).add();
    const stagedRun = staged.run(['staged', '-f', 'github']);
    expect(stagedRun.code).toBe(1);
    expect(commandsOf(stagedRun).map((c) => [c.command, c.properties.file, c.properties.line])).toEqual([['error', 'app.py', '1']]);

    const stdin = repo.run(['stdin', '--path', 'ci/env.txt', '-f', 'github'], { input: `${key.line}\n` });
    expect(stdin.code).toBe(1);
    expect(commandsOf(stdin).map((c) => [c.command, c.properties.file])).toEqual([['error', 'ci/env.txt']]);

    const history = TempRepo.create();
    history.write('app.py', `${key.line}\n`);
    const added = history.commitAll('add');
    history.write('app.py', 'nothing\n');
    history.commitAll('remove');
    const historyRun = history.run(['history', '-f', 'github']);
    expect(historyRun.code).toBe(1);
    const [annotation] = commandsOf(historyRun);
    expect(annotation!.properties).toMatchObject({ file: 'app.py', line: '1', title: 'leakwarden: openai-api-key' });
    expect(annotation!.message.split('\n')[0]).toMatch(new RegExp(`^OpenAI API key .+ \\(redacted\\); variant: project, added in commit ${added.slice(0, 12)}$`));
    for (const run of [stagedRun, stdin, historyRun]) expect(run.stdout).not.toContain(key.secret.slice(10, 30));
  });

  it('names files it did not scan in a notice, and says when annotations will not show every finding', () => {
    const crowded = TempRepo.create();
    crowded.write('keys.txt', `${Array.from({ length: 12 }, (_, i) => `KEY_${i}=${openaiKey(`crowded-${i}`)}`).join('\n')}\n`);
    crowded.write('big.txt', `${'x'.repeat(8000)}\n`);
    crowded.commitAll('base');
    const run = crowded.run(['dir', '-f', 'github', '--max-file-size', '4KB']);
    expect(run.code).toBe(1);
    const commands = commandsOf(run);
    // Within GitHub's budget: the runner would show no more than 10 errors of a step.
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(10);
    const notices = commands.filter((c) => c.command === 'notice');
    expect(notices.map((c) => c.properties)).toEqual([{ title: 'leakwarden: not scanned' }, { title: 'leakwarden: more findings than annotations' }]);
    expect(notices[0]!.message).toBe('1 file was not scanned:\nbig.txt (larger than --max-file-size)');
    expect(notices[1]!.message).toMatch(/^12 findings: GitHub shows at most 10 annotations of each level in a step and 50 in a job, so 2 are not annotated\./);
  });

  it('is empty when nothing is found', () => {
    const clean = TempRepo.create();
    clean.write('README.md', '# nothing here\n');
    clean.commitAll('base');
    const run = clean.run(['dir', '-f', 'github']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });
});

describe('the github reporter in-process', () => {
  it('returns the commands as text and leaves process.stdout as it found it', async () => {
    const { githubReporter } = await import('../../src/report/github.ts');
    const write = process.stdout.write;
    const own = Object.hasOwn(process.stdout, 'write');
    const finding = {
      ruleId: 'generic-secret', description: 'High-entropy secret assigned to a secret-looking name', severity: 'low' as const,
      path: 'a.txt', line: 3, column: 5, endLine: 3, endColumn: 9, secret: 'ab…cd (redacted)', fingerprint: 'generic-secret:a.txt:0123456789abcdef',
      message: null, commit: null, author: null, details: {}, snippet: null,
    };
    const text = githubReporter.format(
      { stats: { mode: 'stdin', files: 1, bytes: 10, skipped: [], durationMs: 1 }, findings: [finding], redacted: true },
      { toolVersion: '0.0.0', rules: new Map(), color: false },
    );
    expect(text).toMatch(/^::notice title=leakwarden%3A generic-secret,file=a\.txt,line=3,endLine=3,col=5,endColumn=9::High-entropy secret assigned to a secret-looking name ab…cd \(redacted\)\r?\n$/);
    expect(process.stdout.write).toBe(write);
    expect(Object.hasOwn(process.stdout, 'write')).toBe(own);
  });
});
