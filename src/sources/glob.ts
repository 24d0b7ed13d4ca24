import { readdir } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { SourceCounters } from './source.ts';
import { toPosix } from './posix-path.ts';
import type { Target } from './worktree.ts';

/**
 * Every file under the targets. A directory that cannot be listed is counted as unreadable (as `dir/`) and the walk
 * goes on: fast-glob would otherwise reject the whole scan with a bare EACCES.
 */
export async function globFiles(targets: readonly Target[], root: string, counters: SourceCounters): Promise<string[]> {
  const readdirRecordingFailures = (dir: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) => {
    readdir(dir, options, (error, entries) => {
      if (error === null || error.code === 'ENOENT') return callback(error, entries);
      counters.unreadable(`${toPosix(path.relative(root, dir)) || '.'}/`, error.code ?? error.message);
      callback(null, []);
    });
  };
  const found = new Set<string>();
  for (const target of targets) {
    if (!target.isDirectory) {
      found.add(toPosix(path.relative(root, target.absolute)));
      continue;
    }
    const entries = await fg('**/*', {
      cwd: target.absolute,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ['**/.git/**'],
      fs: { readdir: readdirRecordingFailures as typeof readdir },
    });
    for (const entry of entries) found.add(toPosix(path.relative(root, path.join(target.absolute, entry))));
  }
  return [...found];
}

