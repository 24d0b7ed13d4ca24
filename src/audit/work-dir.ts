import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import type { AuditRepository } from './result.ts';
import { lastSegment } from './sources.ts';

/**
 * An audit's work directory:
 *
 *   leakwarden-audit.json   marks it as ours (nothing else is ever deleted in a directory without it)
 *   lock                    the pid of the audit using it
 *   mirrors/<key>.git       one bare mirror per repository
 *   results/<key>.json      its last result, written as soon as it is scanned, with the refs it was scanned at
 *
 * `<key>` is the last segment of the repository's URL made safe for a file name, and a hash of the URL.
 * A result is written to a temporary file and renamed into place, so that an audit killed at any point leaves only
 * whole results behind; `--resume` picks them up.
 */
const MARKER = 'leakwarden-audit.json';

export interface StoredResult {
  readonly version: 1;
  /** The refs the repository was scanned at (mirror.ts `refsState`). */
  readonly refs: string;
  /** The rules, configuration and options it was scanned with (`settingsKey`). */
  readonly settings: string;
  readonly repository: AuditRepository;
}

export class WorkDir {
  private constructor(readonly root: string) {}

  /** Creates (or adopts) the directory, refusing one that holds something else, and takes its lock. */
  static open(root: string): WorkDir {
    mkdirSync(root, { recursive: true });
    const marker = path.join(root, MARKER);
    if (statSync(marker, { throwIfNoEntry: false }) === undefined) {
      const present = readdirSync(root);
      if (present.length > 0) {
        throw new InputError(`--work-dir ${root} is not empty and not an audit's work directory`, 'give an empty or new directory: the audit keeps its mirrors there and deletes what it replaces');
      }
      writeFileSync(marker, `${JSON.stringify({ version: 1, tool: 'leakwarden' })}\n`);
    }
    mkdirSync(path.join(root, 'mirrors'), { recursive: true });
    mkdirSync(path.join(root, 'results'), { recursive: true });
    const dir = new WorkDir(root);
    dir.lock();
    dir.sweep();
    return dir;
  }

  mirrorPath(key: string): string {
    return path.join(this.root, 'mirrors', `${key}.git`);
  }

  readResult(key: string): StoredResult | null {
    try {
      const stored = JSON.parse(readFileSync(this.resultPath(key), 'utf8')) as Partial<StoredResult>;
      return stored.version === 1 && typeof stored.refs === 'string' && typeof stored.settings === 'string' && stored.repository ? (stored as StoredResult) : null;
    } catch {
      return null;
    }
  }

  writeResult(key: string, stored: StoredResult): void {
    const file = this.resultPath(key);
    const temporary = `${file}.tmp-${process.pid}`;
    writeFileSync(temporary, `${JSON.stringify(stored)}\n`);
    renameSync(temporary, file);
  }

  forgetResult(key: string): void {
    rmSync(this.resultPath(key), { force: true });
  }

  release(): void {
    rmSync(path.join(this.root, 'lock'), { force: true });
  }

  private resultPath(key: string): string {
    return path.join(this.root, 'results', `${key}.json`);
  }

  /** One audit at a time per directory; a lock left by a process that is gone is taken over. */
  private lock(): void {
    const file = path.join(this.root, 'lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeFileSync(fd, `${process.pid}\n`);
        closeSync(fd);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const pid = Number(readFileSync(file, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
          throw new InputError(`another audit (pid ${pid}) is using ${this.root}`, 'wait for it to finish, or give another --work-dir');
        }
        rmSync(file, { force: true });
      }
    }
    throw new InputError(`cannot lock ${this.root}`, 'give another --work-dir');
  }

  /** Leftovers of an interrupted run: half-made clones and half-written results. */
  private sweep(): void {
    for (const sub of ['mirrors', 'results']) {
      for (const name of readdirSync(path.join(this.root, sub))) {
        if (/\.tmp-\d+$/.test(name)) rmSync(path.join(this.root, sub, name), { recursive: true, force: true });
      }
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `…/org/api.git` → `api-1a2b3c4d5e6f`: readable, safe as a file name, and the URL's alone (not the report's name,
 * which depends on the other sources of the run), so that the same URL finds its mirror and result in any run.
 */
export function repositoryKey(url: string): string {
  const safe = lastSegment(url).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || 'repository';
  return `${safe}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

/** What makes two scans of the same refs give the same result: the tool, the rules, the configuration, the options. */
export function settingsKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
