import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandExample } from '../../src/rules/examples.ts';
import { openaiLine } from '../helpers/secrets.ts';
import { TempRepo, summarize } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

/**
 * A made-up provider for custom rules: `acme_` and 32 letters and digits. The config holds only the regex and
 * generator templates; the keys themselves are made at test time.
 */
const ACME_RULE = `
[[rules]]
id = "acme-api-key"
description = "Acme API key"
severity = "high"
regex = '''(?<![A-Za-z0-9])(acme_[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)'''
secretGroup = 1
keywords = ["acme_"]
minEntropy = 3
remediation = "Revoke it in the Acme console."
`;
const ACME_EXAMPLES = `
[rules.examples]
positive = ['ACME_KEY=«secret:acme_«rand:32:alnum»»']
negative = ['ACME_KEY=acme_${'x'.repeat(32)}']
`;

function acmeKey(seed: string): string {
  return expandExample('acme_«rand:32:alnum»', `acme:${seed}`).text;
}

describe('.leakwarden.toml', () => {
  it('adds custom rules, which run through the example harness when they bring examples', () => {
    const repo = TempRepo.create();
    const key = acmeKey('custom');
    repo.write('.leakwarden.toml', `${ACME_RULE}${ACME_EXAMPLES}`);
    repo.write('app.cfg', `acme = ${key}\n`);
    repo.write('openai.txt', `${openaiLine('custom').line}\n`);
    repo.commitAll('base');

    const run = repo.run(['dir', '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(summarize(run.json)).toEqual(['acme-api-key app.cfg:1:8', 'openai-api-key openai.txt:1:16']);
    // Custom rules run in history (on worker threads too: they get the config's rules) and staged scans.
    for (const env of [{}, { LEAKWARDEN_HISTORY_WORKERS: '2', LEAKWARDEN_HISTORY_INLINE_BYTES: '0' }]) {
      expect(summarize(repo.run(['history', '-f', 'json'], { env }).json)).toEqual(['acme-api-key app.cfg:1:8', 'openai-api-key openai.txt:1:16']);
    }
    repo.write('more.cfg', `acme = ${acmeKey('staged')}\n`);
    repo.add('more.cfg');
    expect(summarize(repo.run(['staged', '-f', 'json']).json)).toEqual(['acme-api-key more.cfg:1:8']);

    // A custom rule whose own examples fail is a config error, like a built-in rule's would be.
    repo.write('.leakwarden.toml', `${ACME_RULE}\n[rules.examples]\npositive = ['ACME_KEY=«secret:acme_«rand:31:alnum»»']\nnegative = ['ACME_KEY=acme_«rand:32:alnum»']\n`);
    const failing = repo.run(['dir']);
    expect(failing.code).toBe(2);
    expect(failing.stderr).toContain('.leakwarden.toml: rules[0].examples.positive[0]: expected exactly one acme-api-key finding, got none');
    expect(failing.stderr).toContain('.leakwarden.toml: rules[0].examples.negative[0]: reported but should not be');
  });

  it('[extend]: disabledRules turns built-in rules (and the .env check) off; useDefault = false keeps only its own', () => {
    const repo = TempRepo.create();
    repo.write('openai.txt', `${openaiLine('extend').line}\n`);
    repo.write('.env', 'PORT=1\n');
    repo.write('app.cfg', `acme = ${acmeKey('extend')}\n`);
    repo.commitAll('base');
    expect(summarize(repo.run(['dir', '-f', 'json']).json)).toEqual(['dotenv-not-gitignored .env:-:-', 'openai-api-key openai.txt:1:16']);

    repo.write('.leakwarden.toml', '[extend]\ndisabledRules = ["openai-api-key", "generic-secret", "dotenv-not-gitignored"]\n');
    const disabled = repo.run(['dir', '-f', 'json']);
    expect(disabled.code).toBe(0);
    expect(disabled.json!.findings).toEqual([]);
    // Disabled is not suppressed: the rule did not run.
    expect(disabled.json!.suppressed).toEqual({ inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 });

    repo.write('.leakwarden.toml', `[extend]\nuseDefault = false\n${ACME_RULE}`);
    expect(summarize(repo.run(['dir', '-f', 'json']).json)).toEqual(['acme-api-key app.cfg:1:8']);
    // A disabled built-in can be replaced by a custom rule of the same id.
    repo.write('.leakwarden.toml', `[extend]\ndisabledRules = ["openai-api-key", "generic-secret"]\n${ACME_RULE.replace('acme-api-key', 'openai-api-key')}`);
    expect(summarize(repo.run(['dir', '-f', 'json']).json)).toEqual(['dotenv-not-gitignored .env:-:-', 'openai-api-key app.cfg:1:8']);
  });

  it('[allowlist]: paths (globs), regexes and stopwords suppress findings, counted as allowlist', () => {
    const repo = TempRepo.create();
    const fixture = openaiLine('allow-fixture');
    const sample = openaiLine('allow-sample');
    const matched = openaiLine('allow-regex');
    const stop = acmeKey('stop').replace(/^acme_..../, 'acme_TEST');
    const kept = openaiLine('allow-kept');
    repo.write('test/fixtures/deep/keys.txt', `${fixture.line}\n`);
    repo.write('config.sample', `${sample.line}\n`);
    repo.write('config/.env', 'TOKEN=1\n');
    repo.write('regex.txt', `${matched.line}\n`);
    repo.write('stop.cfg', `acme = ${stop}\n`);
    repo.write('kept.txt', `${kept.line}\n`);
    repo.write('.leakwarden.toml', [
      ACME_RULE,
      '[allowlist]',
      'description = "fixtures and samples"',
      'paths = ["test/fixtures/**", "*.sample", "config/"]',
      `regexes = ['^${matched.secret.slice(0, 12)}']`,
      'stopwords = ["acme_test"]',
      '',
    ].join('\n'));
    repo.commitAll('base');

    const run = repo.run(['dir', '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(summarize(run.json)).toEqual(['openai-api-key kept.txt:1:16']);
    expect(run.json!.suppressed).toEqual({ inline: 0, ignoreFile: 0, baseline: 0, allowlist: 5 });
    const history = repo.run(['history', '-f', 'json']);
    expect(summarize(history.json)).toEqual(['openai-api-key kept.txt:1:16']);
    expect(history.json!.suppressed!.allowlist).toBe(5);
  });

  it('the command line beats the config: --max-file-size over maxFileSize, --gitignore over gitignore', () => {
    const repo = TempRepo.create();
    const key = openaiLine('override');
    repo.write('.gitignore', 'ignored.txt\n');
    repo.write('leak.txt', `${key.line}\n`);
    repo.write('ignored.txt', `${openaiLine('override-ignored').line}\n`);
    repo.write('.leakwarden.toml', 'maxFileSize = 64\ngitignore = false\n');
    repo.commitAll('base');

    const fromConfig = repo.run(['dir', '-f', 'json']);
    expect(fromConfig.json!.scan.skipped).toEqual(expect.arrayContaining([{ path: 'ignored.txt', reason: 'too-large' }, { path: 'leak.txt', reason: 'too-large' }]));
    expect(fromConfig.code).toBe(0);

    const overridden = repo.run(['dir', '-f', 'json', '--max-file-size', '10MB', '--gitignore']);
    expect(summarize(overridden.json)).toEqual(['openai-api-key leak.txt:1:16']);
    expect(summarize(repo.run(['dir', '-f', 'json', '--max-file-size=1MB']).json)).toEqual(['openai-api-key ignored.txt:1:16', 'openai-api-key leak.txt:1:16']);
    // Sizes are written as on the command line too.
    repo.write('.leakwarden.toml', 'maxFileSize = "1KB"\n');
    expect(summarize(repo.run(['dir', '-f', 'json']).json)).toEqual(['openai-api-key leak.txt:1:16']);
  });

  it('a bad config exits 2 and lists every problem at once as FILE: key: what is wrong, never a stack trace', () => {
    const repo = TempRepo.create();
    repo.write('leak.txt', `${openaiLine('bad-config').line}\n`);
    repo.write('.leakwarden.toml', [
      'maxFileSize = true',
      'colour = "auto"',
      '[extend]',
      'useDefault = "yes"',
      'disabledRules = ["no-such-rule"]',
      '[allowlist]',
      'paths = ["[unclosed"]',
      'regexes = ["(unclosed"]',
      'stopwords = [1]',
      '[[rules]]',
      'id = "Bad Id"',
      'description = "x"',
      'severity = "critical"',
      "regex = '''(?i)x'''",
      'keywords = []',
      'remediation = "r"',
      'colour = 1',
      '',
    ].join('\n'));
    repo.write('.leakwardenignore', '[[ignore]]\nfingerprint = "nope"\n');
    repo.commitAll('base');

    for (const args of [['dir'], ['staged'], ['history'], ['stdin']]) {
      const run = repo.run(args, { input: 'x\n' });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe('leakwarden: 13 problems in the configuration:');
      expect(lines.slice(1, -1)).toEqual([
        '  .leakwarden.toml: colour: unknown key (known: maxFileSize, gitignore, strictIgnores, [extend], [rules], [allowlist])',
        '  .leakwarden.toml: maxFileSize: must be a positive size ("512KB", "10MB") or a number of bytes, got true',
        '  .leakwarden.toml: extend.useDefault: must be true or false, got a string',
        '  .leakwarden.toml: rules[0].colour: unknown key',
        '  .leakwarden.toml: rules[0].id: "Bad Id" must be kebab-case (a-z, 0-9, -)',
        '  .leakwarden.toml: rules[0].severity: must be one of high, medium, low',
        '  .leakwarden.toml: rules[0].keywords: must be a non-empty list of non-empty strings (the prefilter skips a rule without keywords)',
        '  .leakwarden.toml: allowlist.paths[0]: invalid glob: `[` without its `]`',
        '  .leakwarden.toml: allowlist.regexes[0]: invalid regex: missing closing ) (patterns from the configuration run on a linear-time engine, RE2: no lookahead, no backreferences)',
        '  .leakwarden.toml: allowlist.stopwords[0]: must be a non-empty string, got the number 1',
        '  .leakwarden.toml: extend.disabledRules[0]: no built-in rule "no-such-rule" (`leakwarden rules` lists them)',
        '  .leakwardenignore: ignore[0].fingerprint: not a fingerprint: a fingerprint starts with a rule id and a colon (ruleId:path:hash or ruleId:hash)',
        '  .leakwardenignore: ignore[0].reason: is required: say why this is not a leak',
      ]);
      expect(lines[lines.length - 1]).toMatch(/^hint: \S/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }

    repo.write('.leakwarden.toml', 'maxFileSize = [\n');
    repo.remove('.leakwardenignore');
    const invalid = repo.run(['dir']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^leakwarden: \.leakwarden\.toml: line \d+, column \d+: invalid TOML: .+\nhint: .+\n$/);
  });

  it('is found at the repository root from a subdirectory, in every mode; --config FILE names another', () => {
    const repo = TempRepo.create();
    const key = openaiLine('discovery');
    repo.write('sub/dir/leak.txt', `${key.line}\n`);
    // Without the OpenAI rule the generic one would report the key (its name is secret-looking): both go.
    repo.write('.leakwarden.toml', '[extend]\ndisabledRules = ["openai-api-key", "generic-secret"]\n');
    repo.write('other.toml', '[extend]\ndisabledRules = ["generic-secret"]\n');
    repo.commitAll('base');
    const cwd = repo.path('sub/dir');
    expect(repo.run(['dir', '-f', 'json'], { cwd }).json!.findings).toEqual([]);
    expect(repo.run(['history', '-f', 'json'], { cwd }).json!.findings).toEqual([]);
    expect(repo.run(['stdin', '-f', 'json'], { cwd, input: `${key.line}\n` }).json!.findings).toEqual([]);
    repo.write('sub/dir/new.txt', `${openaiLine('discovery-staged').line}\n`);
    repo.add('sub/dir/new.txt');
    expect(repo.run(['staged', '-f', 'json'], { cwd }).json!.findings).toEqual([]);

    expect(summarize(repo.run(['dir', '-f', 'json', '--config', '../../other.toml'], { cwd }).json)).toEqual(['openai-api-key sub/dir/leak.txt:1:16', 'openai-api-key sub/dir/new.txt:1:16']);
    const missing = repo.run(['dir', '-c', 'nowhere.toml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^leakwarden: cannot read nowhere\.toml: no such file\nhint: .+\n$/);
  });

  it('history reads the config of the work tree, not the one in history', () => {
    const repo = TempRepo.create();
    repo.write('leak.txt', `${openaiLine('history-config').line}\n`);
    repo.write('.leakwarden.toml', '[extend]\ndisabledRules = ["generic-secret"]\n');
    repo.commitAll('base');
    expect(repo.run(['history', '-f', 'json']).json!.findings).toHaveLength(1);
    repo.write('.leakwarden.toml', '[extend]\ndisabledRules = ["openai-api-key", "generic-secret"]\n');
    expect(repo.run(['history', '-f', 'json']).json!.findings).toEqual([]);
  });

  it('outside git, the scanned directory holds it', () => {
    const plain = TempRepo.create({ git: false });
    const project = plain.path('project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'leak.txt'), `${openaiLine('plain').line}\n`);
    expect(plain.run(['dir', 'project', '-f', 'json']).json!.findings).toHaveLength(1);
    writeFileSync(path.join(project, '.leakwarden.toml'), '[allowlist]\npaths = ["leak.txt"]\n');
    const run = plain.run(['dir', 'project', '-f', 'json']);
    expect(run.json!.findings).toEqual([]);
    expect(run.json!.suppressed!.allowlist).toBe(1);
  });

  it('a pre-commit run without a config file never loads the TOML parser', () => {
    const repo = TempRepo.create();
    repo.write('README.md', '# demo\n');
    repo.commitAll('base');
    const trace = path.join(repo.base, 'trace.cjs');
    writeFileSync(trace, [
      "const Module = require('node:module');",
      'const load = Module._load;',
      "Module._load = function (request, ...rest) { if (String(request).includes('smol-toml')) process.stderr.write('loaded smol-toml\\n'); return load.call(this, request, ...rest); };",
    ].join('\n'));
    repo.write('new.txt', 'hello\n');
    repo.add('new.txt');
    const env = { NODE_OPTIONS: `--require ${trace}` };
    const bare = repo.run(['staged'], { env });
    expect(bare.code).toBe(0);
    expect(bare.stderr).toBe('');
    repo.write('.leakwarden.toml', 'maxFileSize = "1MB"\n');
    expect(repo.run(['staged'], { env }).stderr).toBe('loaded smol-toml\n');
  });
});
