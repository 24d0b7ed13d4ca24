/**
 * Histories with large or many blobs, built cheaply with real git: one `git fast-import` writes every commit (no work
 * tree, no index, blobs deltified against each other), and `writeLargeBlob` streams a file of any size into the
 * object store without holding it in memory.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { TempRepo } from './temp-repo.ts';

export interface ImportedCommit {
  /** Files the commit writes (added or changed), by path. */
  readonly files: Readonly<Record<string, string | Buffer>>;
  readonly message?: string;
  /** A second parent (a commit id): the commit is a merge of it. */
  readonly merge?: string;
}

/** Writes `commits` on `branch` (after what it holds, if anything), one second apart; returns their ids, oldest first. */
export function fastImport(repo: TempRepo, commits: readonly ImportedCommit[], branch = 'main'): string[] {
  const parts: Buffer[] = [];
  const text = (s: string) => parts.push(Buffer.from(s));
  const data = (content: string | Buffer) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    text(`data ${bytes.length}\n`);
    parts.push(bytes);
    text('\n');
  };
  const start = 1_700_000_000;
  commits.forEach((commit, i) => {
    text(`commit refs/heads/${branch}\nmark :${i + 1}\ncommitter Test Committer <committer@example.test> ${start + i} +0000\n`);
    data(commit.message ?? `commit ${i + 1}`);
    if (i === 0 && hasBranch(repo, branch)) text(`from refs/heads/${branch}^0\n`);
    if (commit.merge !== undefined) text(`merge ${commit.merge}\n`);
    for (const [file, content] of Object.entries(commit.files)) {
      text(`M 100644 inline ${file}\n`);
      data(content);
    }
    text('\n');
  });
  const marksFile = path.join(repo.base, 'marks.tmp');
  const result = spawnSync('git', ['fast-import', '--quiet', `--export-marks=${marksFile}`], { cwd: repo.dir, env: repo.env, input: Buffer.concat(parts) });
  if (result.status !== 0) throw new Error(`git fast-import exited ${result.status}: ${result.stderr.toString()}`);
  const marks = new Map(readFileSync(marksFile, 'utf8').trim().split('\n').map((line) => line.split(' ') as [string, string]));
  rmSync(marksFile, { force: true });
  return commits.map((_, i) => marks.get(`:${i + 1}`)!);
}

function hasBranch(repo: TempRepo, branch: string): boolean {
  return repo.tryGit({}, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`).status === 0;
}

/**
 * Writes a blob of `size` bytes made of `piece` repeated (cut at `size`), with `tail` after it, through a file on disk
 * (written in 1 MB steps) and `git hash-object`, compressed fast. Returns its id.
 */
export function writeLargeBlob(repo: TempRepo, size: number, piece: string, tail = ''): string {
  const file = path.join(repo.base, 'large-blob.tmp');
  const unit = Buffer.from(piece);
  const step = Buffer.alloc(Math.max(unit.length, (1 << 20) - ((1 << 20) % unit.length)));
  for (let at = 0; at < step.length; at += unit.length) unit.copy(step, at);
  const end = Buffer.from(tail);
  const body = size - end.length;
  const fd = openSync(file, 'w');
  try {
    for (let written = 0; written < body; written += step.length) writeSync(fd, step, 0, Math.min(step.length, body - written));
    writeSync(fd, end);
  } finally {
    closeSync(fd);
  }
  try {
    return repo.git('-c', 'core.compression=1', 'hash-object', '-w', '--', file).trim();
  } finally {
    rmSync(file, { force: true });
  }
}

/** Commits the blob `oid` at `file` (on top of HEAD, if any) through the index, without touching the work tree. */
export function commitBlob(repo: TempRepo, oid: string, file: string, message = `add ${file}`): string {
  repo.git('update-index', '--add', '--cacheinfo', `100644,${oid},${file}`);
  return repo.commit(message);
}
