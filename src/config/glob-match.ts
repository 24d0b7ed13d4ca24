/**
 * Path globs (the config's `[allowlist] paths`) as regular expressions over repository-relative `/` paths, in the
 * manner of .gitignore: `*` is any run of characters but `/`, `?` one such character, `**` any number of directories,
 * `[…]` a class (`[!…]` negated), `{a,b}` alternatives. A pattern without a `/` matches a name at any depth
 * (`*.lock`); one with a `/` is anchored at the root (`test/fixtures/**`, `/vendor`, `./config.sample`). A pattern
 * that matches a directory matches everything under it (`vendor` or `vendor/`).
 */
export function globToRegExp(glob: string): RegExp {
  const anchored = glob.replace(/\/+$/, '').includes('/');
  const pattern = glob.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (pattern === '') throw new GlobError('matches nothing');
  let body = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*' && pattern[i + 1] === '*') {
      const before = i === 0 || pattern[i - 1] === '/';
      const after = i + 2 === pattern.length || pattern[i + 2] === '/';
      if (!before || !after) throw new GlobError('`**` must be a whole path segment (a/**/b, **/*.pem)');
      if (pattern[i + 2] === '/') {
        body += '(?:[^/]*/)*';
        i += 2;
      } else {
        body += '.*';
        i += 1;
      }
    } else if (char === '*') body += '[^/]*';
    else if (char === '?') body += '[^/]';
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) throw new GlobError('`[` without its `]`');
      const inside = pattern.slice(i + 1, close);
      body += `[${inside.startsWith('!') ? `^${escapeClass(inside.slice(1))}` : escapeClass(inside)}]`;
      i = close;
    } else if (char === '{') {
      braces++;
      body += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      body += ')';
    } else if (char === ',' && braces > 0) body += '|';
    else body += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  if (braces > 0) throw new GlobError('`{` without its `}`');
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${body}(?:/.*)?$`);
}

export class GlobError extends Error {
  override name = 'GlobError';
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^]/g, '\\$&');
}
