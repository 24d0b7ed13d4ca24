import { isDotenvPath } from '../checks/dotenv.ts';
import type { Detector } from '../detect/detector.ts';
import { SourceCounters } from '../sources/source.ts';
import type { CommitAuthor, RawFinding } from '../types.ts';
import type { BlobOutcome, BlobScanner, Deliver } from './blob-scanner.ts';
import { gitLog, parseLog } from './log.ts';
import type { Scope } from './scope.ts';

export interface HistoryProgress {
  readonly blobsDone: number;
  /** Blobs found so far; final once `listed` is true. */
  readonly blobsTotal: number;
  readonly bytes: number;
  readonly commits: number;
  /** The commit walk has ended: the total is known. */
  readonly listed: boolean;
}

export interface HistoryWalk {
  /** Findings as the commits that brought them in: each carries its commit, author and the path at that commit. */
  readonly findings: RawFinding[];
  /** `.env` files as the commits that added them. */
  readonly dotenv: DotenvEvent[];
  readonly counters: SourceCounters;
  readonly commits: number;
  readonly blobs: number;
  /** Keys (`ruleId\0identity`) of the secrets in each path of `head`'s tree; filled by `secretsIn`. */
  secretsIn(tree: ReadonlyMap<string, string>): Set<string>;
}

export interface DotenvEvent {
  readonly path: string;
  readonly commit: string;
  readonly author: CommitAuthor;
}

/** A blob read under one path signature: its findings (at its first path), or null when it was not scanned. */
type BlobResult = readonly RawFinding[] | null;
const PENDING = Symbol('pending');

interface Change {
  readonly commit: number;
  readonly path: string;
  readonly blob: string | null;
  readonly before: readonly string[];
}

/** The key that says "the same secret": rule and identity, never the place. */
export function secretKey(finding: Pick<RawFinding, 'ruleId' | 'secret' | 'identity'>): string {
  return `${finding.ruleId}\0${finding.identity ?? finding.secret}`;
}

/**
 * Walks the commits of `scope` once (`git log --raw`) and reads each distinct blob once (one `cat-file --batch`),
 * both at the same time: blobs are asked for as the walk names them. A blob at several paths is read again only
 * when the rules treat those paths differently. A secret counts for a commit when one of the files it changed holds
 * it and none of the files it changed held it before: an edit elsewhere in the file, a move, a merge of what a
 * parent brought in do not count again.
 */
export async function walkHistory(
  cwd: string,
  scope: Scope,
  detector: Detector,
  options: {
    /** Starts a blob scanner that hands each outcome to `deliver` (on this thread, or on workers). */
    readonly scanner: (deliver: Deliver) => Promise<BlobScanner> | BlobScanner;
    readonly progress?: ((progress: HistoryProgress) => void) | undefined;
  },
): Promise<HistoryWalk> {
  const counters = new SourceCounters();
  const commits: { sha: string; author: CommitAuthor }[] = [];
  const changes: Change[] = [];
  // One entry per blob and path signature: `oid` for the first signature seen, `oid:n` for the n-th (rare). Flat,
  // because a history has hundreds of thousands of blobs and nearly all have one signature.
  const blobs = new Map<string, BlobResult | typeof PENDING>();
  const signatures = new Map<string, number>();
  const signatureIds = new Map<string, number>();
  const paths = new Map<string, string>();
  const dotenv: DotenvEvent[] = [];
  let blobsTotal = 0;
  let distinctBlobs = 0;
  let blobsDone = 0;
  let listed = false;

  const signatureOf = (path: string): number => {
    let id = signatures.get(path);
    if (id === undefined) {
      const signature = detector.pathSignature(path);
      id = signatureIds.get(signature);
      if (id === undefined) signatureIds.set(signature, (id = signatureIds.size));
      signatures.set(path, id);
    }
    return id;
  };
  const keyOf = (oid: string, signature: number) => (signature === 0 ? oid : `${oid}:${signature}`);
  /** Any reading of the blob, under whichever signature came first. */
  const anyReading = (oid: string): BlobResult | typeof PENDING | undefined => {
    for (let id = 0; id < signatureIds.size; id++) {
      const result = blobs.get(keyOf(oid, id));
      if (result !== undefined) return result;
    }
    return undefined;
  };
  const resultOf = (oid: string, signature: number): readonly RawFinding[] => {
    const result = blobs.get(keyOf(oid, signature));
    return hasFindings(result) ? result : NONE;
  };
  const intern = (path: string): string => {
    const known = paths.get(path);
    if (known !== undefined) return known;
    paths.set(path, path);
    return path;
  };
  const report = () => options.progress?.({ blobsDone, blobsTotal, bytes: counters.bytes, commits: commits.length, listed });

  const requests = new Map<number, { readonly key: string; readonly path: string }>();
  let nextRequest = 0;
  const deliver: Deliver = (id, outcome) => {
    const { key, path } = requests.get(id)!;
    requests.delete(id);
    blobs.set(key, record(path, outcome));
    blobsDone++;
    if ((blobsDone & 255) === 0) report();
  };
  const record = (path: string, outcome: BlobOutcome): BlobResult => {
    switch (outcome.kind) {
      case 'text':
        counters.text(outcome.bytes);
        return outcome.findings.length === 0 ? NONE : outcome.findings;
      case 'binary':
        counters.binary(path);
        return null;
      case 'too-large':
        counters.tooLarge(path);
        return null;
      case 'missing':
        counters.unreadable(path, 'object missing from the repository');
        return null;
      case 'unfinished':
        counters.unreadable(path, outcome.detail);
        return null;
    }
  };

  /** Reads every blob `want` asks for while `produce` runs, then waits for the last one. */
  const readBlobs = async (produce: (want: (oid: string, path: string) => void) => Promise<void>) => {
    const scanner = await options.scanner(deliver);
    const want = (oid: string, path: string) => {
      const signature = signatureOf(path);
      const key = keyOf(oid, signature);
      if (blobs.has(key)) return;
      if (anyReading(oid) === undefined) distinctBlobs++;
      blobs.set(key, PENDING);
      blobsTotal++;
      const id = nextRequest++;
      requests.set(id, { key, path });
      scanner.want(id, oid, path);
    };
    // The readers always get to end (a failed walk must not leave git or a worker running); the walk's error wins.
    let failure: { readonly error: unknown } | null = null;
    await produce(want).catch((error: unknown) => (failure = { error }));
    await scanner.finish().catch((error: unknown) => (failure ??= { error }));
    if (failure) throw (failure as { error: unknown }).error;
  };

  // Pass 1: the walk, and every blob it names.
  await readBlobs(async (want) => {
    const log = gitLog(cwd, scope.revisions);
    try {
      for await (const commit of parseLog(log.stdout)) {
        const index = commits.push({ sha: commit.sha, author: { name: commit.author, email: commit.email, date: commit.date } }) - 1;
        for (const change of commit.changes) {
          const path = intern(change.path);
          changes.push({ commit: index, path, blob: change.blob, before: change.before });
          if (change.blob !== null) {
            want(change.blob, path);
            if (change.before.length === 0 && isDotenvPath(path)) dotenv.push({ path, commit: commit.sha, author: commits[index]!.author });
          }
        }
      }
    } catch (error) {
      log.stop();
      throw error;
    }
    await log.finished();
    listed = true;
    report();
  });

  // The commits that brought in a blob with findings, and the changes they made.
  const groups: Change[][] = [];
  for (let i = 0; i < changes.length; ) {
    let end = i;
    let hit = false;
    while (end < changes.length && changes[end]!.commit === changes[i]!.commit) {
      const change = changes[end]!;
      if (change.blob !== null && resultOf(change.blob, signatureOf(change.path)).length > 0) hit = true;
      end++;
    }
    if (hit) groups.push(changes.slice(i, end));
    i = end;
  }

  // Pass 2: what those files held before, where the walk did not read it (a range's base).
  await readBlobs(async (want) => {
    for (const group of groups) for (const change of group) for (const oid of change.before) want(oid, change.path);
  });
  report();

  const findings: RawFinding[] = [];
  for (const group of groups) {
    const before = new Set<string>();
    for (const change of group) {
      for (const oid of change.before) for (const finding of resultOf(oid, signatureOf(change.path))) before.add(secretKey(finding));
    }
    const { sha, author } = commits[group[0]!.commit]!;
    for (const change of group) {
      if (change.blob === null) continue;
      for (const finding of resultOf(change.blob, signatureOf(change.path))) {
        if (before.has(secretKey(finding))) continue;
        findings.push(place(finding, change.path, sha, author));
      }
    }
  }

  return {
    findings,
    dotenv,
    counters,
    commits: commits.length,
    blobs: distinctBlobs,
    secretsIn(tree) {
      const keys = new Set<string>();
      for (const [path, oid] of tree) {
        // A blob never read under this path's signature (a range's tip holds files the range did not touch): any
        // reading of it stands in, since the rules rarely tell paths apart.
        const result = blobs.get(keyOf(oid, signatureOf(path))) ?? anyReading(oid);
        if (hasFindings(result)) for (const finding of result) keys.add(secretKey(finding));
      }
      return keys;
    },
  };
}

const NONE: readonly RawFinding[] = [];

/**
 * A blob's finding at the commit and path that brought it in. The blob's own finding object is used the first time
 * (its commit is still null; nothing else reads its place: the walk compares findings by secret only), a copy for
 * any further commit or path that brings the same blob in: one object per finding, not two, in a history with
 * hundreds of thousands of them. The copy is made with Object.assign, not a spread: V8 gave each
 * `{ ...finding, path, … }` a hidden class of its own, some 300 bytes a finding.
 */
function place(finding: RawFinding, path: string, commit: string, author: CommitAuthor): RawFinding {
  if (finding.commit !== null) return Object.assign({}, finding, { path, commit, author });
  const placed = finding as { -readonly [K in keyof RawFinding]: RawFinding[K] };
  placed.path = path;
  placed.commit = commit;
  placed.author = author;
  return placed;
}

function hasFindings(result: BlobResult | typeof PENDING | undefined): result is readonly RawFinding[] {
  return result !== undefined && result !== null && result !== PENDING && result.length > 0;
}

