import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import { isGenericSecret, scoreGeneric } from '../../src/detect/generic-score.ts';
import { englishWords } from '../../src/detect/words.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { expandExample } from '../../src/rules/examples.ts';
import { loadRulesDir } from '../../src/rules/load.ts';

/**
 * The generic scorer on a labelled set of both kinds. Secrets are generated here (seeded, so a failure repeats);
 * the values that are not secrets are the false alarms real repositories raised (issue 13) and their look-alikes.
 */

const ALPHABETS = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  'lower+digits': 'abcdefghijklmnopqrstuvwxyz0123456789',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  'django secret key': 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)',
  '1Password with symbols': 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*.-_',
} as const;

function random(length: number, alphabet: string, seed: string): string {
  // examples.ts' seeded generator, through a one-off alphabet: the same draws on every run.
  let out = '';
  const { text } = expandExample(`«rand:${length}:hex»«rand:${length}:hex»`, seed);
  for (let i = 0; i < length; i++) out += alphabet[parseInt(text.slice(2 * i, 2 * i + 2), 16) % alphabet.length];
  return out;
}

const NOT_SECRETS: readonly (readonly [value: string, name: string, path: string])[] = [
  ['something1234', 'apiKey', 'tests/lib/ChatCompletionRunFunctions.test.ts'],
  ['sk-test-azure-imds-secret-7f3e', 'METADATA_CREDENTIAL', 'tests/auth/azure.test.ts'],
  ['sk-synthetic-private-assistant-token-7f3e', 'syntheticCredential', 'src/lib/a.ts'],
  ['secret-query#secret-fragment', 'access_token', 'src/lib/b.ts'],
  ['sigV4Fixture.credentials.secretAccessKey', 'secretAccessKey', 'src/c.ts'],
  ['node.computed', 'firstKeyToken', 'lib/rules/indent.js'],
  ['gitHttp.BasicAuth', 'Auth', 'main.go'],
  ['throttleSecret', 'secretKey', 'src/rules/validators.ts'],
  ['*passwordFlag', 'password', 'main.go'],
  ['$data.session_token', 'token', 'template.php'],
  ['admin:ssh_signing_key', 'token', 'scopes.ts'],
  ['2024-05-01T12:30:00Z', 'token_expires', 'fixture.json'],
  ['S0meVeryHardPassword', 'password', 'scripts/docker-compose.yml'],
  ['P@ssw0rd123!', 'password', 'config.yml'],
  ['this-is-a-bad-password', 'password', 'config.yml'],
  ['correct-horse-battery-staple', 'passphrase', 'config.yml'],
  ['MyDatabasePassword2024', 'DB_PASSWORD', 'docker-compose.yml'],
  ['github-actions-bot-v2', 'auth_token', 'ci.yml'],
  ['abcdef1234567890abcdef', 'api_key', 'config.py'],
  ['sdfdsfprivatesfsdfd', 'api_token', 'config.py'],
  ['xxxxxxxxxxxxxxxxxxxx', 'secret', 'config.py'],
  ['sëcret-✓-🔑', 'unicodeSecret', 'tests/webhooks.test.ts'],
];

describe('scoreGeneric', () => {
  const words = englishWords();

  it('loads the word list shipped in rules/', () => {
    expect(words.size).toBeGreaterThan(10_000);
    expect(words.has('password')).toBe(true);
  });

  for (const [value, name, path] of NOT_SECRETS) {
    it(`does not take ${JSON.stringify(value)} (${name} in ${path}) for a secret`, () => {
      const score = scoreGeneric({ value, name, path }, words);
      expect(score.secret, score.reason).toBe(false);
      expect(score.reason).toMatch(/^The value .*\.$/);
    });
  }

  it('isGenericSecret answers as the score does, member accesses and all', () => {
    const values = [
      ...NOT_SECRETS.map(([value, name, path]) => ({ value, name, path })),
      // The made-up dotted values are joined at run time: written out beside a name like `Secret`, the project's own
      // scan would read them as assigned secrets.
      ...['process.env.API_TOKEN', 'this.config.secretValue', 'config.db.password1', 'a.b', 'k8s.io.Secret', ['Xq9', 'v2Lm', 'Rt7Zp'].join('.'), 'node.computed', ['x9Kq2vLmRt7ZpW', 'Ab'].join('.')]
        .map((value) => ({ value, name: 'token', path: 'src/app.ts' })),
      ...Array.from({ length: 40 }, (_, i) => ({ value: expandExample(`«rand:${12 + i}:${['alnum', 'b64', 'pw', 'hex'][i % 4]}»${i % 3 === 0 ? '.«rand:6:lower»' : ''}`, `dot${i}`).text, name: 'api_key', path: '.env' })),
    ];
    let secrets = 0;
    for (const candidate of values) {
      const expected = scoreGeneric(candidate, words).secret;
      expect(isGenericSecret(candidate, words), candidate.value).toBe(expected);
      if (expected) secrets++;
    }
    expect(secrets).toBeGreaterThan(10);
  });

  for (const [kind, alphabet] of Object.entries(ALPHABETS)) {
    for (const length of [12, 16, 24, 40]) {
      it(`takes at least 95 in 100 random ${kind} values of ${length} characters for secrets`, () => {
        let found = 0;
        for (let i = 0; i < 100; i++) {
          if (scoreGeneric({ value: random(length, alphabet, `${kind}:${length}:${i}`), name: 'password', path: 'config/settings.py' }, words).secret) found++;
        }
        expect(found).toBeGreaterThanOrEqual(95);
      });
    }
  }

  it('asks more of a bare `key` than of a password, more in tests than in a .env', () => {
    const value = random(9, ALPHABETS.alnum, 'bar');
    const password = scoreGeneric({ value, name: 'DB_PASSWORD', path: 'config.yml' }, words);
    expect(scoreGeneric({ value, name: 'cache_key', path: 'config.yml' }, words).required).toBeGreaterThan(password.required);
    expect(scoreGeneric({ value, name: 'DB_PASSWORD', path: 'test/fixtures/config.yml' }, words).required).toBeGreaterThan(password.required);
    expect(scoreGeneric({ value, name: 'DB_PASSWORD', path: '.env.production' }, words).required).toBeLessThan(password.required);
    expect(scoreGeneric({ value, name: 'DB_PASSWORD', path: '.env.example' }, words).required).toBe(password.required);
  });

  it('remembers a score by the value and the bits required, per word list', () => {
    const value = 'bufferPasswordLoader';
    const first = scoreGeneric({ value, name: 'password', path: 'a.ts' }, words);
    expect(scoreGeneric({ value, name: 'db_password', path: 'b.ts' }, words)).toBe(first);
    expect(scoreGeneric({ value, name: 'cache_key', path: 'a.ts' }, words).required).toBe(first.required + 8);
    // Another word list scores afresh: without words, the same letters are random.
    const none = scoreGeneric({ value, name: 'password', path: 'a.ts' }, new Set());
    expect(first.secret).toBe(false);
    expect(none.wordShare).toBe(0);
    expect(none.bits).toBeGreaterThan(first.bits);
  });

  it('scores the same once it skips the places no word starts as before', () => {
    const values = Array.from({ length: 120 }, (_, i) => `${random(6, ALPHABETS.lower, `a${i}`)}${['password', 'buffer', 'channel', 'ledger'][i % 4]}${random(7, ALPHABETS.lower, `b${i}`)}`);
    const cold = new Set(words);
    const before = values.map((value) => scoreGeneric({ value, name: 'password', path: 'a.ts' }, cold));
    const warm = new Set(words);
    for (let i = 0; i < 300; i++) scoreGeneric({ value: random(24, ALPHABETS.lower, `warm${i}`), name: 'password', path: 'a.ts' }, warm);
    expect(values.map((value) => scoreGeneric({ value, name: 'password', path: 'a.ts' }, warm))).toEqual(before);
  });

  it('finds words inside long runs of letters as before the search skipped places no word starts', () => {
    // Words glued to random letters: each is found wherever it is, and random letters around it are not.
    const glued = scoreGeneric({ value: 'xqzvpasswordkjhqzbuffermwxq', name: 'password', path: 'a.ts' }, words);
    expect(glued.wordShare).toBeCloseTo(14 / 27, 5);
    expect(scoreGeneric({ value: 'qzxjvkwqzxjvkwqzxj', name: 'password', path: 'a.ts' }, words).wordShare).toBe(0);
  });
});

const detector = createDetector((await loadRulesDir(builtinRulesDir())).specs.map(compileRule));

describe('random passwords through the detector (issue 13: at least 90 in 100 of every alphabet, length 12-40)', () => {
  const lines: readonly ((value: string) => { text: string; path: string })[] = [
    (v) => ({ text: `DB_PASSWORD=${v}\n`, path: '.env' }),
    (v) => ({ text: `SECRET_KEY = '${v}'\n`, path: 'mysite/settings.py' }),
    (v) => ({ text: `database:\n  password: "${v}"\n`, path: 'config/database.yml' }),
    (v) => ({ text: `{"api_key": "${v}"}\n`, path: 'config/prod.json' }),
  ];
  for (const [kind, alphabet] of Object.entries(ALPHABETS)) {
    it(`finds random ${kind} passwords of 12 to 40 characters`, () => {
      for (const length of [12, 20, 40]) {
        let found = 0;
        for (let i = 0; i < 100; i++) {
          const value = random(length, alphabet, `detector:${kind}:${length}:${i}`);
          const { text, path } = lines[i % lines.length]!(value);
          if (detector.detect({ path, text }).some((f) => f.secret === value)) found++;
        }
        expect(found, `${kind}, ${length} characters`).toBeGreaterThanOrEqual(90);
      }
    });
  }
});
