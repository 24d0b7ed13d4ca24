import { describe, expect, it } from 'vitest';
import { GlobError, globToRegExp } from '../../src/config/glob-match.ts';

describe('[allowlist] paths: globs over repository-relative paths', () => {
  it.each([
    ['*.lock', ['yarn.lock', 'a/b/pnpm.lock'], ['yarn.lock.txt', 'lock']],
    ['test/fixtures/**', ['test/fixtures/a.txt', 'test/fixtures/deep/b.env'], ['test/fixtures', 'src/test/fixtures/a.txt', 'test/fixturesX/a']],
    ['vendor', ['vendor', 'vendor/x.js', 'lib/vendor/y.js'], ['vendors/x.js']],
    ['/vendor/', ['vendor/x.js'], ['lib/vendor/y.js']],
    ['src/**/secrets.*', ['src/secrets.json', 'src/a/b/secrets.yml'], ['lib/secrets.json', 'src/a/notsecrets.yml']],
    ['**/*.{pem,key}', ['a.pem', 'x/y/z.key'], ['a.pub']],
    ['docs/?.md', ['docs/a.md'], ['docs/ab.md', 'docs//.md']],
    ['[!a]*.txt', ['b.txt', 'x/c.txt'], ['a.txt']],
    ['./config.sample', ['config.sample'], ['x/config.sample']],
    ['a+b(c).txt', ['a+b(c).txt'], ['aab(c).txt']],
  ])('%s', (glob, matching, other) => {
    const regex = globToRegExp(glob);
    for (const path of matching) expect(regex.test(path), `${glob} matches ${path}`).toBe(true);
    for (const path of other) expect(regex.test(path), `${glob} does not match ${path}`).toBe(false);
  });

  it.each([['[abc'], ['{a,b'], ['a**/b'], ['/']])('refuses %s', (glob) => {
    expect(() => globToRegExp(glob)).toThrow(GlobError);
  });
});
