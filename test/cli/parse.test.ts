import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/cli/fast-parse.ts';
import { parseWithYargs } from '../../src/cli/yargs-parse.ts';
import { UsageError } from '../../src/errors.ts';

/**
 * The hook's fast path (node's parseArgs) and yargs must read every command line the same way: the fast path
 * either agrees with yargs or steps aside (null) and lets yargs answer.
 */
const AGREE: readonly (readonly string[])[] = [
  ['dir'],
  ['dir', 'src', 'test/fixtures'],
  ['dir', '--format', 'json', '--output', 'report.json'],
  ['dir', '--format=json', '-o', 'r.json', '--no-redact', '--no-color'],
  ['dir', '-f', 'json', '--no-gitignore', '--max-file-size', '512KB', '.'],
  ['dir', '--color', '--max-file-size=1048576'],
  ['staged'],
  ['staged', '--format', 'json', '--no-redact'],
  ['staged', '--max-file-size', '2MB', '--redact'],
  ['stdin', '--path', 'config/.env'],
  ['stdin', '--path=app.py', '--format', 'terminal'],
  ['rules', '--format', 'json'],
  ['dir', '--config', 'ci.toml', '--baseline', '.leakwarden-baseline', '--strict-ignores'],
  ['history', '-c', 'ci.toml', '--no-strict-ignores'],
  ['staged', '--baseline=base.txt'],
  ['ignore', 'openai-api-key:src/app.py:0123456789abcdef', '--reason', 'revoked', '--expires', '2030-01-31'],
  ['baseline'],
  ['baseline', 'history', '--output', 'base.txt'],
];

describe('command-line parsing', () => {
  for (const argv of AGREE) {
    it(`fast path and yargs agree on: ${argv.join(' ')}`, async () => {
      const fast = fastParse(argv);
      expect(fast).not.toBeNull();
      expect(await parseWithYargs(argv)).toEqual({ args: fast });
    });
  }

  it.each([
    [['--help']],
    [['dir', '--help']],
    [['--version']],
    [['dir', '--bogus']],
    [['staged', 'extra-positional']],
    [['dir', '--format', 'json', '--format', 'terminal']],
    [['scan']],
    [[]],
  ])('the fast path steps aside for %j', (argv) => {
    expect(fastParse(argv)).toBeNull();
  });

  it('yargs answers help and version with output and exit 0', async () => {
    const help = await parseWithYargs(['dir', '--help']);
    expect(help).toMatchObject({ exitCode: 0 });
    expect('output' in help && help.output).toMatch(/--max-file-size/);
    const version = await parseWithYargs(['--version']);
    expect('output' in version && version.output).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [['dir', '--bogus'], /Unknown argument: bogus/],
    [['scan'], /Unknown argument: scan|Did you mean/],
    [['dir', '--format', 'xml'], /Invalid values|unknown --format/],
    [['dir', '--format', 'json', '--format', 'terminal'], /more than once|Invalid values/],
    [['dir', '--max-file-size', 'ten'], /invalid --max-file-size/],
  ])('yargs rejects %j with a UsageError', async (argv, message) => {
    const failure = parseWithYargs(argv);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(message);
  });

  it('both paths record which options the command line set, so that they beat the config file', async () => {
    expect(fastParse(['dir'])!.given).toEqual(new Set());
    expect((await parseWithYargs(['dir'])) as unknown).toEqual({ args: expect.objectContaining({ given: new Set(), maxFileSize: 10 * 1024 ** 2, gitignore: true }) });
    const argv = ['dir', '--max-file-size', '10MB', '--no-gitignore', '-f', 'json'];
    expect(fastParse(argv)!.given).toEqual(new Set(['maxFileSize', 'gitignore', 'format']));
    expect((await parseWithYargs(argv)) as unknown).toEqual({ args: expect.objectContaining({ given: new Set(['maxFileSize', 'gitignore', 'format']) }) });
  });

  it('both paths reject a bad value the same way', async () => {
    expect(() => fastParse(['staged', '--max-file-size', '10QB'])).toThrow(/invalid --max-file-size "10QB"/);
    await expect(parseWithYargs(['staged', '--max-file-size', '10QB'])).rejects.toThrow(/invalid --max-file-size "10QB"/);
  });
});
