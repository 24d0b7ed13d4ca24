/**
 * `--format sarif` checked by a real validator: Ajv (JSON Schema 2020-12, formats included) with the SARIF 2.1.0
 * schema in test/fixtures/sarif-schema-2.1.0.json, vendored byte for byte from the npm package
 * @microsoft/sarif-multitool-linux@5.7.0 (its `sarif-2.1.0.json`, the schema Microsoft's SARIF validator ships;
 * github/codeql-action's upload-sarif validates against a draft-2020-12 copy of the same schema). The reports come
 * from the built CLI run on real repositories.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericAssignment, openaiLine, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import type { CliRun, JsonReport } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true });
// ajv-formats is CommonJS, whose module object is its function; `default` is the same function under either interop.
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

/** Parses a CLI run's stdout as SARIF and fails with the validator's own words unless the schema accepts it. */
function validSarif(run: CliRun): Log {
  const log = JSON.parse(run.stdout) as unknown;
  const valid = validateSarif(log);
  expect(valid, describeErrors(validateSarif.errors)).toBe(true);
  return log as Log;
}

function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

const openai = openaiLine('sarif-1');
const token = serviceAccountToken('sarif-2');
const generic = genericAssignment('sarif-3');
const oddGeneric = genericAssignment('sarif-4');
const secrets = [openai.secret, token, generic.secret, oddGeneric.secret];
/** A name that a URI must percent-encode (`%`, space, `#`, brackets) and whose `:` would read as a scheme. */
const ODD_PATH = 'notes/50% off: #1 [draft].py';

/** Neither the full secret nor a long stretch of its random middle may appear. */
function expectNoSecret(text: string): void {
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(10, 30));
  }
}

function resultsOf(log: Log): Result[] {
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!.results ?? [];
}

describe('--format sarif', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('src/app.py', `import os\n${openai.line}\n`);
    repo.write('deploy/ci.yml', `env:\n  OP_SERVICE_ACCOUNT_TOKEN: ${token}\n`);
    repo.write('src/settings.py', `${generic.line}\n`);
    repo.write(ODD_PATH, `${oddGeneric.line}\n`);
    repo.write('.env', 'PORT=3000\n');
    repo.write('README.md', '# demo\n');
    repo.write('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    repo.commitAll('base');
  });

  it('is valid SARIF 2.1.0: one run, the rules with help, a result per finding at the JSON report\'s positions', () => {
    const run = repo.run(['dir', '-f', 'sarif']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const log = validSarif(run);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const [sarifRun] = log.runs;
    expect(sarifRun!.columnKind).toBe('utf16CodeUnits');

    const driver = sarifRun!.tool.driver;
    expect(driver.name).toBe('leakwarden');
    expect(driver.version).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    const ruleIds = (driver.rules ?? []).map((r) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['openai-api-key', '1password-service-account-token', 'generic-secret', 'dotenv-not-gitignored']));
    for (const rule of driver.rules ?? []) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.help?.markdown).toBeTruthy();
      expect(rule.properties?.tags).toEqual(['security', 'secret']);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
    }
    const openaiRule = driver.rules!.find((r) => r.id === 'openai-api-key')!;
    expect(openaiRule.defaultConfiguration?.level).toBe('error');
    expect(openaiRule.help?.text).toContain('Revoke the key');
    expect(openaiRule.helpUri).toBe('https://platform.openai.com/api-keys');
    expect(driver.rules!.find((r) => r.id === 'generic-secret')!.defaultConfiguration?.level).toBe('warning');

    const json = repo.run(['dir', '-f', 'json']).json as JsonReport;
    const results = resultsOf(log);
    expect(results.map((r) => r.ruleId)).toEqual(json.findings.map((f) => f.ruleId));
    json.findings.forEach((finding, i) => {
      const result = results[i]!;
      expect(driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.level).toBe({ high: 'error', medium: 'warning', low: 'note' }[finding.severity]);
      expect(result.partialFingerprints).toEqual({ 'leakwarden/v1': finding.fingerprint });
      const physical = result.locations![0]!.physicalLocation!;
      expect(physical.artifactLocation).toEqual({ uri: finding.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' });
      expect(physical.region).toEqual(
        finding.line === null
          ? { startLine: 1 }
          : { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
      );
    });

    const byRule = (id: string) => results.filter((r) => r.ruleId === id);
    const [key] = byRule('openai-api-key');
    expect(key!.message.text).toMatch(/^OpenAI API key sk-pro…[\w-]{2} \(redacted\)/);
    expect(key!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 2, startColumn: openai.column, endLine: 2, endColumn: openai.column + openai.secret.length });
    // A file-level finding points at the file's first line: code scanning places alerts by region.startLine.
    const [dotenv] = byRule('dotenv-not-gitignored');
    expect(dotenv!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('.env');
    expect(dotenv!.message.text).toContain('.env is tracked by git and not in .gitignore');
    const odd = byRule('generic-secret').find((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!.startsWith('notes/'));
    expect(decodeURIComponent(odd!.locations![0]!.physicalLocation!.artifactLocation!.uri!)).toBe(ODD_PATH);

    // The binary file is named as not scanned; skipping it on purpose leaves the run successful.
    expect(sarifRun!.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: { text: 'Not scanned: a binary file.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'assets/logo.png', uriBaseId: '%SRCROOT%' } } }],
            properties: { reason: 'binary' },
          },
        ],
      },
    ]);
    expectNoSecret(run.stdout);
  });

  it('is valid from staged and stdin too, and from a clean scan', () => {
    const staged = repo.run(['staged', '-f', 'sarif']);
    expect(staged.code).toBe(0);
    expect(resultsOf(validSarif(staged))).toEqual([]);

    const stdin = repo.run(['stdin', '--path', 'config/app.env.txt', '-f', 'sarif'], { input: `${openai.line}\n` });
    expect(stdin.code).toBe(1);
    const [result] = resultsOf(validSarif(stdin));
    expect(result!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('config/app.env.txt');
    expectNoSecret(stdin.stdout);

    const clean = repo.run(['dir', 'README.md', '-f', 'sarif']);
    expect(clean.code).toBe(0);
    expect(resultsOf(validSarif(clean))).toEqual([]);
  });

  it('shows the secret only with --no-redact', () => {
    const run = repo.run(['dir', 'src/app.py', '-f', 'sarif', '--no-redact']);
    const [result] = resultsOf(validSarif(run));
    expect(result!.message.text).toContain(openai.secret);
  });

  it('the validator is not a formality: it rejects a log that breaks the schema', () => {
    const log = JSON.parse(repo.run(['dir', '-f', 'sarif']).stdout) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const region = log.runs[0]!.results.find((r) => r.locations[0]!.physicalLocation.region.startLine > 1)!.locations[0]!.physicalLocation.region;
    region.startLine = 0;
    expect(validateSarif(log)).toBe(false);
    expect(describeErrors(validateSarif.errors)).toMatch(/region\/startLine must be >= 1/);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r', locations: [{ physicalLocation: { artifactLocation: { uri: 'a b#c' } } }] }] }] })).toBe(false);
  });
});

describe('--format sarif on history', () => {
  let repo: TempRepo;
  const commits: string[] = [];
  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('app/settings.py', `DEBUG = True\n${openai.line}\n`);
    commits.push(repo.commitAll('settings with a key'));
    repo.write('app/settings.py', 'DEBUG = True\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    repo.write('.env', 'PORT=3000\n');
    repo.write('img/photo.jpg', Buffer.from([0xff, 0xd8, 0x00, 0x10]));
    commits.push(repo.commitAll('key from the environment; .env; a picture'));
    repo.write('deploy.yml', `env:\n  OP_SERVICE_ACCOUNT_TOKEN: ${token}\n`);
    commits.push(repo.commitAll('deploy'));
  });

  it('is valid, and each result names the commit that brought the secret in', () => {
    const run = repo.run(['history', '-f', 'sarif']);
    expect(run.code).toBe(1);
    const log = validSarif(run);
    const json = repo.run(['history', '-f', 'json']).json as JsonReport;
    const results = resultsOf(log);
    expect(results.map((r) => `${r.ruleId} ${r.properties?.commit as string}`)).toEqual(json.findings.map((f) => `${f.ruleId} ${f.commit}`));
    expect(results.map((r) => r.ruleId).sort()).toEqual(['1password-service-account-token', 'dotenv-not-gitignored', 'openai-api-key']);
    const key = results.find((r) => r.ruleId === 'openai-api-key')!;
    expect(key.properties?.commit).toBe(commits[0]);
    expect(key.properties?.author).toMatchObject({ name: 'Test Author', email: 'author@example.test' });
    expect(key.message.text).toMatch(new RegExp(`added in commit ${commits[0]!.slice(0, 12)}\\.$`));
    expect(key.locations![0]!.physicalLocation!.region).toEqual({ startLine: 2, startColumn: openai.column, endLine: 2, endColumn: openai.column + openai.secret.length });
    expect(results.find((r) => r.ruleId === 'dotenv-not-gitignored')!.properties?.commit).toBe(commits[1]);
    expect(log.runs[0]!.properties).toMatchObject({ mode: 'history', redacted: true, history: { commits: 3, range: null } });
    expectNoSecret(run.stdout);
  });

  it('a range scan is valid too', () => {
    const run = repo.run(['history', `${commits[1]}..HEAD`, '-f', 'sarif']);
    expect(run.code).toBe(1);
    expect(resultsOf(validSarif(run)).map((r) => r.ruleId)).toEqual(['1password-service-account-token']);
  });
});
