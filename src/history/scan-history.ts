import { isDotenvPath } from '../checks/dotenv.ts';
import type { Detector } from '../detect/detector.ts';
import { SourceCounters } from '../sources/source.ts';
import type { CommitAuthor, RawFinding } from '../types.ts';
import type { BlobOutcome, BlobScanner, Deliver } from './blob-scanner.ts';
import type { GitStream } from '../sources/git.ts';
import type { LogCommit } from './log.ts';
import { gitLog, LogParser } from './log.ts';
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
 *
 * What the walk keeps of every commit and change, until it knows which commits brought in a finding, is compact:
 * numbers in typed columns (a change is 16 bytes), each oid, path and person once. A history of 100,000 commits and
 * 170,000 blobs kept some 1.3 kB a commit as objects (a change, its `before` list, the record text its oids were
 * cut from, an author per commit), about 130 MB.
 */
export async function walkHistory(
  cwd: string,
  scope: Scope,
  detector: Detector,
  options: {
    /** Starts a blob scanner that hands each outcome to `deliver` (on this thread, or on workers). */
    readonly scanner: (deliver: Deliver) => Promise<BlobScanner> | BlobScanner;
    readonly progress?: ((progress: HistoryProgress) => void) | undefined;
    /** `gitLog(cwd, scope.revisions)`, when the caller started it already. */
    readonly log?: GitStream | null;
    /** Called when the walk finds its first secret or `.env` file (once). */
    readonly onFinding?: (() => void) | undefined;
  },
): Promise<HistoryWalk> {
  const counters = new SourceCounters();
  // Oids, paths and people by number.
  const oids = new Interned();
  const paths = new Interned();
  const people: { readonly name: string; readonly email: string }[] = [];
  const personIds = new Map<string, number>();
  /** Each path's signature id; signatures by id (`pathSignature` strings, in the order first seen). */
  const pathSignature = new IntColumn();
  const signatureIds = new Map<string, number>();
  // Commits, in walk order: id, author date and author.
  const commitShas: string[] = [];
  const commitDates: string[] = [];
  const commitPeople = new IntColumn();
  // Changes, in walk order: commit, path, blob after (-1: none), and the blobs before (`befores`, up to `beforeEnd`).
  const changeCommit = new IntColumn();
  const changePath = new IntColumn();
  const changeBlob = new IntColumn();
  const beforeEnd = new IntColumn();
  const befores = new IntColumn();
  // Readings: one per blob and path signature (nearly every blob has one). A reading's number is its request id.
  const readings: (BlobResult | typeof PENDING)[] = [];
  const readingPath = new IntColumn();
  /** Per signature id: reading number + 1 by oid number (0: not read under that signature). */
  const readingOf: IntColumn[] = [];
  const dotenv: DotenvEvent[] = [];
  let blobsTotal = 0;
  let distinctBlobs = 0;
  let blobsDone = 0;
  let listed = false;

  const signatureId = (path: string): number => {
    const signature = detector.pathSignature(path);
    let id = signatureIds.get(signature);
    if (id === undefined) {
      signatureIds.set(signature, (id = signatureIds.size));
      readingOf.push(new IntColumn());
    }
    return id;
  };
  const pathId = (path: string): number => {
    const known = paths.size;
    const id = paths.id(path);
    if (id === known) pathSignature.push(signatureId(path));
    return id;
  };
  const personId = (name: string, email: string): number => {
    const key = `${name}\0${email}`;
    let id = personIds.get(key);
    if (id === undefined) personIds.set(key, (id = people.push({ name, email }) - 1));
    return id;
  };
  /** One author object per commit, made when a finding or a .env file needs it. */
  const authors = new Map<number, CommitAuthor>();
  const authorOf = (commit: number): CommitAuthor => {
    let author = authors.get(commit);
    if (author === undefined) {
      const { name, email } = people[commitPeople.get(commit)]!;
      authors.set(commit, (author = { name, email, date: commitDates[commit]! }));
    }
    return author;
  };
  const reading = (oid: number, signature: number): BlobResult | typeof PENDING | undefined => {
    const n = readingOf[signature]!.get(oid);
    return n === 0 ? undefined : readings[n - 1];
  };
  /** Any reading of the blob, under whichever signature came first. */
  const anyReading = (oid: number): BlobResult | typeof PENDING | undefined => {
    for (let id = 0; id < readingOf.length; id++) {
      const result = reading(oid, id);
      if (result !== undefined) return result;
    }
    return undefined;
  };
  const resultOf = (oid: number, path: number): readonly RawFinding[] => {
    const result = reading(oid, pathSignature.get(path));
    return hasFindings(result) ? result : NONE;
  };
  let foundAny = false;
  const found = () => {
    if (foundAny) return;
    foundAny = true;
    options.onFinding?.();
  };
  const report = () => options.progress?.({ blobsDone, blobsTotal, bytes: counters.bytes, commits: commitShas.length, listed });

  const deliver: Deliver = (id, outcome) => {
    readings[id] = record(paths.value(readingPath.get(id)), outcome);
    blobsDone++;
    if ((blobsDone & 255) === 0) report();
  };
  const record = (path: string, outcome: BlobOutcome): BlobResult => {
    switch (outcome.kind) {
      case 'text':
        counters.text(outcome.bytes);
        if (outcome.findings.length === 0) return NONE;
        found();
        return outcome.findings;
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
  const readBlobs = async (started: Promise<BlobScanner> | BlobScanner, produce: (want: (oid: number, path: number) => void) => Promise<void>) => {
    const scanner = await started;
    const want = (oid: number, path: number) => {
      const signature = pathSignature.get(path);
      if (reading(oid, signature) !== undefined) return;
      if (anyReading(oid) === undefined) distinctBlobs++;
      const id = readings.push(PENDING) - 1;
      readingPath.push(path);
      readingOf[signature]!.set(oid, id + 1);
      blobsTotal++;
      scanner.want(id, oids.value(oid), paths.value(path));
    };
    // The readers always get to end (a failed walk must not leave git or a worker running); the walk's error wins.
    let failure: { readonly error: unknown } | null = null;
    await produce(want).catch((error: unknown) => (failure = { error }));
    await scanner.finish().catch((error: unknown) => (failure ??= { error }));
    if (failure) throw (failure as { error: unknown }).error;
  };

  // Pass 2's reader (its git) starts once the walk has listed the commits, while pass 1's last blobs are read: not
  // after them, on the way to the report.
  let second: Promise<BlobScanner> | BlobScanner | null = null;
  const startSecond = () => (second ??= options.scanner(deliver));
  // Pass 1: the walk, and every blob it names.
  const first = readBlobs(options.scanner(deliver), async (want) => {
    const log = options.log ?? gitLog(cwd, scope.revisions);
    const onCommit = (commit: LogCommit) => {
      const index = commitShas.push(commit.sha) - 1;
      commitDates.push(commit.date);
      commitPeople.push(personId(commit.author, commit.email));
      for (const change of commit.changes) {
        const path = pathId(change.path);
        const blob = change.blob === null ? -1 : oids.id(change.blob);
        changeCommit.push(index);
        changePath.push(path);
        changeBlob.push(blob);
        for (const oid of change.before) befores.push(oids.id(oid));
        beforeEnd.push(befores.length);
        if (blob !== -1) {
          want(blob, path);
          if (change.before.length === 0 && isDotenvPath(change.path)) {
            dotenv.push({ path: paths.value(path), commit: commit.sha, author: authorOf(index) });
            found();
          }
        }
      }
    };
    try {
      const parser = new LogParser();
      for await (const chunk of log.stdout) parser.push(chunk, onCommit);
      parser.end(onCommit);
    } catch (error) {
      log.stop();
      throw error;
    }
    await log.finished();
    listed = true;
    report();
    startSecond();
  });
  await first.catch(async (error: unknown) => {
    // A walk that failed after pass 2's reader started: its git must not be left waiting for names.
    if (second !== null) await Promise.resolve(second).then((scanner) => scanner.finish()).catch(() => {});
    throw error;
  });

  // The commits that brought in a blob with findings: the range of their changes, [start, end).
  const groups: number[] = [];
  const changes = changeCommit.length;
  for (let i = 0; i < changes; ) {
    let end = i;
    let hit = false;
    while (end < changes && changeCommit.get(end) === changeCommit.get(i)) {
      const blob = changeBlob.get(end);
      if (blob !== -1 && resultOf(blob, changePath.get(end)).length > 0) hit = true;
      end++;
    }
    if (hit) groups.push(i, end);
    i = end;
  }
  const beforeStart = (change: number) => (change === 0 ? 0 : beforeEnd.get(change - 1));

  // Pass 2: what those files held before, where the walk did not read it (a range's base).
  await readBlobs(startSecond(), async (want) => {
    for (let g = 0; g < groups.length; g += 2) {
      for (let change = groups[g]!; change < groups[g + 1]!; change++) {
        for (let b = beforeStart(change); b < beforeEnd.get(change); b++) want(befores.get(b), changePath.get(change));
      }
    }
  });
  report();

  const findings: RawFinding[] = [];
  for (let g = 0; g < groups.length; g += 2) {
    const [start, end] = [groups[g]!, groups[g + 1]!];
    const before = new Set<string>();
    for (let change = start; change < end; change++) {
      for (let b = beforeStart(change); b < beforeEnd.get(change); b++) for (const finding of resultOf(befores.get(b), changePath.get(change))) before.add(secretKey(finding));
    }
    const commit = changeCommit.get(start);
    const sha = commitShas[commit]!;
    const author = authorOf(commit);
    for (let change = start; change < end; change++) {
      const blob = changeBlob.get(change);
      if (blob === -1) continue;
      for (const finding of resultOf(blob, changePath.get(change))) {
        if (before.has(secretKey(finding))) continue;
        findings.push(place(finding, paths.value(changePath.get(change)), sha, author));
      }
    }
  }

  return {
    findings,
    dotenv,
    counters,
    commits: commitShas.length,
    blobs: distinctBlobs,
    secretsIn(tree) {
      const keys = new Set<string>();
      for (const [path, oid] of tree) {
        const id = oids.find(oid);
        if (id === undefined) continue;
        // A blob never read under this path's signature (a range's tip holds files the range did not touch): any
        // reading of it stands in, since the rules rarely tell paths apart.
        const known = paths.find(path);
        const result = reading(id, known === undefined ? signatureId(path) : pathSignature.get(known)) ?? anyReading(id);
        if (hasFindings(result)) for (const finding of result) keys.add(secretKey(finding));
      }
      return keys;
    },
  };
}

/** Strings by number, each kept once. */
class Interned {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  get size(): number {
    return this.values.length;
  }

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.values.push(value) - 1));
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  value(id: number): string {
    return this.values[id]!;
  }
}

/** A growing column of 32-bit integers; a position never set reads 0. */
class IntColumn {
  private data = new Int32Array(256);
  length = 0;

  push(value: number): void {
    this.set(this.length, value);
  }

  get(index: number): number {
    return index < this.data.length ? this.data[index]! : 0;
  }

  set(index: number, value: number): void {
    if (index >= this.data.length) {
      let size = this.data.length * 2;
      while (size <= index) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
    if (index >= this.length) this.length = index + 1;
  }
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

