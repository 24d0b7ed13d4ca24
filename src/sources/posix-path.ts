import path from 'node:path';

/** A relative path with `/` separators, as reports and git want them. */
export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
