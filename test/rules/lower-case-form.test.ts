import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/rules/builtin.ts';
import { caseInsensitiveMatcher, lowerCaseForm } from '../../src/rules/lower-case-form.ts';

/**
 * An allowlist's joined regex may run in lower case on the lower-cased target (src/rules/lower-case-form.ts): it must
 * then answer exactly as the pattern with the `i` flag does, on every target.
 */
const make = (source: string, flags: string) => new RegExp(source, flags);

/** Targets that exercise case: names, paths and values as allowlists meet them, in every casing. */
function targets(): string[] {
  const words = [
    'userId', 'API_URL', 'Token', 'tokenType', 'MAX_TOKENS', 'db_password', 'PubKey', 'CSRF_TOKEN', 'nextPageToken',
    'secretary', 'keyboard', 'SECRETS', 'config.YAML', 'Cargo.lock', 'cargo.LOCK', 'sub/Gemfile.lock', 'vendor/x.js',
    'node_modules/a/b.js', 'lib/python3.11/site.py', 'x.MIN.js', 'a.js.map', '${VAR}', '{{ value }}', '%(name)s', '12345',
    'v1.2.3', '$env:HOME', '%APPDATA%', '@TOKEN@', '__SECRET__', 'op://vault/item', 'data:x', '/etc/passwd',
    'me@example.com', '123E4567-E89B-12D3-A456-426614174000', 'sha256-abc', '***', 'a...b', 'Z', '[', '`', '_', '@',
    '', 'KEY_CHAIN', 'created_AT', 'LastUsed', 'id', 'ID', 'Id',
  ];
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    out.add(word.toUpperCase());
    out.add(word.toLowerCase());
    out.add([...word].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join(''));
  }
  // Characters between and around the letter blocks, one by one: class ranges must not gain or lose them.
  for (let code = 0x20; code < 0x7f; code++) out.add(String.fromCharCode(code));
  return [...out];
}

describe('lowerCaseForm', () => {
  it.each([
    ['(?:id|ids|UUID)$', '(?:id|ids|uuid)$'],
    ['(?:^|/)Cargo\\.lock$', '(?:^|/)cargo\\.lock$'],
    ['^[A-Z0-9_]+$', '^[a-z0-9_]+$'],
    ['\\S+\\W\\D\\B\\b\\w\\s\\d', '\\S+\\W\\D\\B\\b\\w\\s\\d'],
    ['(?<=Key)X(?<!Y)', '(?<=key)x(?<!y)'],
    ['[^A-Fa-f0-9]', '[^a-fa-f0-9]'],
  ])('reads %s as %s', (source, lower) => {
    expect(lowerCaseForm(source)).toBe(lower);
  });

  it.each([
    ['a code escape', '\\x41'],
    ['a unicode escape', '\\u0041'],
    ['a control escape', '\\cJ'],
    ['a property escape', '\\p{Lu}'],
    ['a numbered back-reference', '(a)\\1'],
    ['a named group', '(?<name>a)'],
    ['a named back-reference', '\\k<name>'],
    ['a range of letters and other characters', '[0-z]'],
    ['a range across the cases', '[Z-a]'],
    ['a range ending in an escape', '[a-\\x7f]'],
    ['an unclosed class', '[abc'],
  ])('gives up on %s', (_name, source) => {
    expect(lowerCaseForm(source)).toBeNull();
  });
});

describe('caseInsensitiveMatcher', () => {
  it('answers as the `i` flag does on targets of every case: built-in allowlists, patterns that test the reading', async () => {
    const specs = await loadBuiltinRules();
    const joined: string[] = [];
    for (const spec of specs) {
      for (const list of spec.allowlists ?? []) {
        for (const sources of [list.regexes ?? [], list.paths ?? []]) {
          if (sources.length > 1) joined.push(sources.map((source) => `(?:${source})`).join('|'));
          joined.push(...sources);
        }
      }
    }
    expect(joined.length).toBeGreaterThan(30);
    // And patterns that lean on what the reading keeps or changes: escapes, classes, ranges, boundaries.
    joined.push('^\\S+\\W\\D$', '^[A-Z]{2}\\d', '[^a-z]', '\\bKey\\B', '^[^A-Fa-f]+$', '^[\\w.-]+$');
    joined.push('(?<=Key)_', '^[!-@]+$', '[[-`]');
    // The generic rule's names and paths, the two that cost most to compile, are read in lower case.
    expect(joined.filter((source) => lowerCaseForm(source) !== null).length).toBeGreaterThanOrEqual(2);
    const all = targets();
    for (const source of joined) {
      const matcher = caseInsensitiveMatcher(source, make);
      const reference = new RegExp(source, 'i');
      const differing = all.filter((target) => matcher.test(target) !== reference.test(target));
      expect(differing, source).toEqual([]);
    }
  });

  it('runs a target that is not ASCII through the pattern as written', () => {
    // Lower-cased, `İ` is `i` and a combining dot, and `K` (the kelvin sign) is `k`; the `i` flag maps neither so.
    const made: string[] = [];
    const matcher = caseInsensitiveMatcher('^[i]$|^k$|^ab$', (source, flags) => {
      made.push(flags);
      return new RegExp(source, flags);
    });
    expect(made).toEqual(['']);
    for (const text of ['\u0130', '\u212a', 'AB', 'ab', 'Ab', 'I', 'K']) {
      expect(matcher.test(text), text).toBe(/^[i]$|^k$|^ab$/i.test(text));
    }
    expect(made).toEqual(['', 'i']);
  });

  it('keeps a pattern it cannot read as it is, with the `i` flag', () => {
    const matcher = caseInsensitiveMatcher('\\x41B', make);
    expect(matcher).toBeInstanceOf(RegExp);
    expect(matcher.test('ab')).toBe(true);
  });
});
