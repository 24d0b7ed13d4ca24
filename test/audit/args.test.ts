/**
 * `leakwarden audit`'s command line: both parsers (node's for the common lines, yargs for the rest) read the
 * multi-valued options alike (`--repos A B`, `--repos A --repos B`, `--merge` files), and the usage errors say what
 * is wrong, in-process.
 */
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/cli/fast-parse.ts';
import { parseWithYargs } from '../../src/cli/yargs-parse.ts';
import type { CliArgs } from '../../src/config/options.ts';

async function both(argv: string[]): Promise<{ fast: CliArgs | null; yargs: CliArgs }> {
  const parsed = await parseWithYargs(argv);
  if (!('args' in parsed)) throw new Error('yargs printed help');
  return { fast: fastParse(argv), yargs: parsed.args };
}

describe('audit arguments', () => {
  it.each([
    [['audit', '--repos', 'a', 'b', 'c', '--resume'], ['a', 'b', 'c']],
    [['audit', '--repos', 'a', '--repos', 'b', '--concurrency', '3'], ['a', 'b']],
    [['audit', '--resume', '--repos', 'a', 'b'], ['a', 'b']],
    [['audit', '--repos=a', '--org', 'acme'], ['a']],
  ])('%j: both parsers read the same repositories', async (argv, repos) => {
    const { fast, yargs } = await both(argv);
    expect(fast?.audit?.repos).toEqual(repos);
    expect(yargs.audit?.repos).toEqual(repos);
    expect(fast?.audit).toEqual(yargs.audit);
  });

  it('reads --merge files and the audit format', async () => {
    const { fast, yargs } = await both(['audit', '--merge', 'r1.json', 'r2.json', '--repos-file', 'list.json', '-f', 'html', '-o', 'out.html']);
    expect(fast?.audit).toMatchObject({ merge: ['r1.json', 'r2.json'], reposFile: 'list.json', format: 'html' });
    expect(yargs.audit).toEqual(fast?.audit);
    expect(fast?.output).toBe('out.html');
  });

  it('gives other commands no audit options, and the audit no stray positionals', async () => {
    expect(fastParse(['dir', 'src'])?.audit).toBeNull();
    expect(fastParse(['audit', '--org', 'acme', 'stray'])).toBeNull();
    await expect(parseWithYargs(['audit', '--org', 'acme', 'stray'])).rejects.toThrow(/Unknown argument: stray/);
  });

  it.each([
    [['audit'], /^audit needs repositories: --repos, --repos-file, --org or --user/],
    [['audit', '--repos', 'a', '--concurrency', '0'], /^--concurrency must be a whole number from 1 to 256, got "0"/],
    [['audit', '--repos', 'a', '--include-forks'], /^--include-forks applies to the repositories --org or --user lists/],
    [['audit', '--merge', 'a.json', '--work-dir', 'w'], /^--merge combines reports and clones nothing: --work-dir does not apply/],
    [['audit', '--org', 'acme', '--list', '-f', 'html'], /^--list prints a list, as terminal or json, not html/],
    [['audit', '--org', 'acme', '-f', 'github'], /^workflow annotations are about one checkout's files/],
    [['history', '--format', 'html'], /^--format html is the audit's report, not history's/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => fastParse(argv)).toThrow(message);
  });
});
