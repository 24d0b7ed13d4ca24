import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expandExample } from '../../src/rules/examples.ts';
import { base64, connectCredentials, openaiKey } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import type { CliRun, JsonFinding } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * Secrets in base64, end to end: the built CLI on a real repository in every mode. A finding points at the encoded
 * text (the quanta that encode the secret), carries the decoded secret and `"encoding": "base64"`, and no output
 * shows the secret, plain or encoded.
 */

const k8sKey = openaiKey('b64-k8s');
const blobKey = openaiKey('b64-blob');
const urlSafeKey = openaiKey('b64-url');
const connect = connectCredentials('b64-connect');
const connectWrapped = connectCredentials('b64-connect-file');

const PROSE = 'Deployment notes: the service reads its settings from the mounted volume at start-up.';
const envContent = `# app settings\nMODEL=gpt-4o\nOPENAI_API_KEY=${blobKey}\nDEBUG=0\n`;
const jsonContent = `{"service":"chat","openai":{"api_key":"${urlSafeKey}","org":"research"},"retries":3}`;

const files: Record<string, string> = {
  'k8s/openai-secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: openai\ntype: Opaque\ndata:\n  OPENAI_API_KEY: ${base64(k8sKey)}\n`,
  'k8s/connect-credentials.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: op-credentials\ntype: Opaque\ndata:\n  1password-credentials.json: ${base64(connect)}\n`,
  // What `base64 1password-credentials.json > connect-credentials.b64` writes: lines of 76 characters.
  'deploy/connect-credentials.b64': `${base64(connectWrapped).match(/.{1,76}/g)!.join('\n')}\n`,
  'config/app.env.b64': `${base64(envContent)}\n`,
  'config/settings.json': `{"blob": "${Buffer.from(jsonContent).toString('base64url')}"}\n`,
  'fixtures/not-secrets.yaml': [
    `random: ${expandExample('«rand:200:b64»', 'b64-random').text}`,
    `prose: ${base64(`${PROSE} ${PROSE}`)}`,
    `placeholder: ${base64(`OPENAI_API_KEY=sk-${'x'.repeat(48)}`)}`,
    `skeleton: ${base64('{"verifier":{"salt":"...","localHash":"..."},"encCredentials":{"kid":"localauthv2keykid","enc":"A256GCM","data":"..."},"version":"2","uniqueKey":{"k":"..."}}')}`,
    '',
  ].join('\n'),
};

/** Columns (1-based, end exclusive) of the quanta that encode `secret` in base64 of `content` written at `prefix`. */
function quanta(prefix: number, content: string, secret: string): { column: number; endColumn: number } {
  const start = Buffer.byteLength(content.slice(0, content.indexOf(secret)));
  const end = start + Buffer.byteLength(secret);
  return { column: prefix + Math.floor(start / 3) * 4 + 1, endColumn: prefix + Math.ceil(end / 3) * 4 + 1 };
}

const wrappedLines = files['deploy/connect-credentials.b64']!.trimEnd().split('\n');
/** The findings every mode reports on `files`, in report order. */
const expected = [
  { ruleId: 'openai-api-key', path: 'config/app.env.b64', line: 1, endLine: 1, ...quanta(0, envContent, blobKey) },
  { ruleId: 'openai-api-key', path: 'config/settings.json', line: 1, endLine: 1, ...quanta('{"blob": "'.length, jsonContent, urlSafeKey) },
  { ruleId: '1password-connect-credentials', path: 'deploy/connect-credentials.b64', line: 1, column: 1, endLine: wrappedLines.length, endColumn: wrappedLines.at(-1)!.length + 1 },
  { ruleId: '1password-connect-credentials', path: 'k8s/connect-credentials.yaml', line: 7, column: 31, endLine: 7, endColumn: 31 + base64(connect).length },
  { ruleId: 'openai-api-key', path: 'k8s/openai-secret.yaml', line: 7, column: 19, endLine: 7, endColumn: 19 + base64(k8sKey).length },
].map((f) => ({ ...f, encoding: 'base64' }));
const decodedSecrets = [blobKey, urlSafeKey, connectWrapped, connect, k8sKey];

const where = (f: JsonFinding) => ({ ruleId: f.ruleId, path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, encoding: f.encoding });

/** The text a finding points at, from the file it is in. */
function pointedAt(finding: JsonFinding): string {
  const lines = files[finding.path]!.split('\n');
  if (finding.line === finding.endLine) return lines[finding.line! - 1]!.slice(finding.column! - 1, finding.endColumn! - 1);
  return [lines[finding.line! - 1]!.slice(finding.column! - 1), ...lines.slice(finding.line!, finding.endLine! - 1), lines[finding.endLine! - 1]!.slice(0, finding.endColumn! - 1)].join('');
}

/** Neither a secret nor its encoding (any 16 characters of the text a finding points at) appears in `output`. */
function expectNoSecret(output: string, findings: readonly JsonFinding[]): void {
  for (const secret of decodedSecrets) {
    expect(output).not.toContain(secret);
    expect(output).not.toContain(secret.slice(10, 30));
  }
  for (const finding of findings) {
    const encoded = pointedAt(finding);
    expect(encoded.length).toBeGreaterThan(16);
    for (let i = 0; i + 16 <= encoded.length; i += 4) expect(output).not.toContain(encoded.slice(i, i + 16));
  }
}

function expectReport(json: CliRun, terminal: CliRun): void {
  expect(json.stderr).toBe('');
  expect(json.code).toBe(1);
  const findings = json.json!.findings;
  expect(findings.map(where)).toEqual(expected);
  // The finding's location is the encoded secret: decoding it gives the secret back (the wrapped file: the whole file).
  for (const finding of findings) expect(Buffer.from(pointedAt(finding), 'base64').toString('latin1')).toContain(finding.ruleId === 'openai-api-key' ? 'T3BlbkFJ' : 'encCredentials');
  expect(json.stdout).toContain('"encoding": "base64"');
  expectNoSecret(json.stdout, findings);

  expect(terminal.code).toBe(1);
  expect(terminal.stdout).toContain('OpenAI API key (base64-encoded)');
  expect(terminal.stdout).toContain('1Password Connect server credentials file (1password-credentials.json) (base64-encoded)');
  expectNoSecret(terminal.stdout, findings);
}

describe('secrets in base64: dir and staged', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create();
    for (const [file, content] of Object.entries(files)) repo.write(file, content);
    repo.add();
  });

  it.each([['dir'], ['staged']])('%s reports each at its encoded text, decoded, and shows neither form', (mode) => {
    expectReport(repo.run([mode, '--format', 'json']), repo.run([mode, '--no-color']));
  });

  it('--no-redact shows the decoded secrets', () => {
    const run = repo.run(['dir', '--format', 'json', '--no-redact']);
    expect(run.json!.findings.map((f) => f.secret)).toEqual(decodedSecrets);
  });
});

describe('secrets in base64: staged reports only what the change adds', () => {
  let repo: TempRepo;
  const manifest = files['k8s/openai-secret.yaml']!;
  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('k8s/openai-secret.yaml', manifest);
    repo.commitAll('base');
  });
  afterEach(() => repo.resetHard());

  it('ignores an encoded secret already committed, and reports one on an added line', () => {
    repo.write('k8s/openai-secret.yaml', manifest.replace('name: openai', 'name: openai-v2'));
    repo.add();
    expect(repo.run(['staged', '--format', 'json']).code).toBe(0);

    const second = openaiKey('b64-staged');
    repo.write('k8s/openai-secret.yaml', `${manifest}  OPENAI_ADMIN_KEY: ${base64(second)}\n`);
    repo.add();
    const run = repo.run(['staged', '--format', 'json', '--no-redact']);
    expect(run.code).toBe(1);
    expect(run.json!.findings.map((f) => [f.line, f.column, f.encoding, f.secret])).toEqual([[8, 21, 'base64', second]]);
  });
});

describe('secrets in base64: stdin', () => {
  const repo = TempRepo.create({ git: false });
  const scan = (file: string, extra: readonly string[]) => repo.run(['stdin', '--path', file, ...extra], { input: files[file]! });

  it.each(Object.keys(files).filter((file) => !file.startsWith('fixtures/')))('%s', (file) => {
    const json = scan(file, ['--format', 'json']);
    expect(json.code).toBe(1);
    expect(json.json!.findings.map(where)).toEqual(expected.filter((f) => f.path === file));
    expectNoSecret(json.stdout, json.json!.findings);
    const terminal = scan(file, ['--no-color']);
    expect(terminal.stdout).toContain('(base64-encoded)');
    expectNoSecret(terminal.stdout, json.json!.findings);
  });

  it('reports nothing for random base64, base64 of prose, of a placeholder key or of a skeleton file', () => {
    const run = scan('fixtures/not-secrets.yaml', ['--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
  });
});
