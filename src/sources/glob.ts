import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FileNames } from './file-name.ts';
import { addName, escapeName } from './file-name.ts';
import type { SourceCounters } from './source.ts';
import { toPosix } from './posix-path.ts';
import type { Target } from './worktree.ts';

/**
 * Every file under the targets, outside git: dotfiles included, symlinks not followed, `.git` directories skipped.
 * Directories are listed by their bytes (`encoding: 'buffer'`), so a name that is not valid UTF-8 is walked into and
 * read like any other (file-name.ts), where a walker that decodes names would lose it. A directory that cannot be
 * listed is counted as unreadable (as `dir/`) and the walk goes on.
 */
export function walkFiles(targets: readonly Target[], root: string, counters: SourceCounters, into: FileNames): void {
  const rootBytes = Buffer.from(root);
  const seen = new Set<string>();
  const add = (relative: Buffer) => {
    const key = relative.toString('latin1');
    if (!seen.has(key)) {
      seen.add(key);
      addName(into, relative);
    }
  };
  const walk = (relative: Buffer) => {
    let entries;
    try {
      entries = readdirSync(join(rootBytes, relative), { encoding: 'buffer', withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') counters.unreadable(`${relative.length > 0 ? escapeName(relative) : '.'}/`, code ?? (error as Error).message);
      return;
    }
    for (const entry of entries) {
      const name = entry.name as unknown as Buffer;
      const child = relative.length > 0 ? Buffer.concat([relative, SLASH, name]) : Buffer.from(name);
      if (entry.isDirectory()) {
        if (!name.equals(GIT)) walk(child);
      } else if (entry.isFile()) add(child);
    }
  };
  for (const target of targets) {
    const relative = Buffer.from(toPosix(path.relative(root, target.absolute)));
    if (target.isDirectory) walk(relative);
    else add(relative);
  }
}

const SLASH = Buffer.from('/');
const GIT = Buffer.from('.git');

function join(root: Buffer, relative: Buffer): Buffer {
  return relative.length === 0 ? root : Buffer.concat([root, Buffer.from(path.sep), path.sep === '/' ? relative : Buffer.from(relative.toString('utf8').split('/').join(path.sep))]);
}
