import { availableParallelism } from 'node:os';
import type { Detector } from '../detect/detector.ts';
import { DetectError } from '../detect/detector.ts';
import type { RuleSpec } from '../rules/spec.ts';
import { isBinary, textOf } from '../sources/source.ts';
import type { WindowPlace } from '../sources/windows.ts';
import { WINDOW_BYTES, windowFragment } from '../sources/windows.ts';
import type { RawFinding } from '../types.ts';
import type { BlobRead } from '../sources/cat-file.ts';
import { BlobQueue } from '../sources/cat-file.ts';
import { createDetector } from '../detect/detector.ts';
import { compileRule } from '../rules/compile.ts';
import { released, scanned } from './release-memory.ts';
import { WORKER_ARGV } from './worker-argv.ts';

/** What reading and scanning one blob came to. */
export type BlobOutcome =
  | { readonly kind: 'text'; readonly bytes: number; readonly findings: readonly RawFinding[] }
  | { readonly kind: 'binary' | 'too-large' | 'missing' }
  | { readonly kind: 'unfinished'; readonly detail: string };

/**
 * Reads blobs through `git cat-file --batch` and scans them: `want` asks (in any number), `finish` says no more
 * will come and resolves once every outcome has been delivered to `deliver`, in no particular order.
 */
export interface BlobScanner {
  want(id: number, oid: string, path: string): void;
  finish(): Promise<void>;
}

export type Deliver = (id: number, outcome: BlobOutcome) => void;

/**
 * Scans one blob's bytes, or one window of a large blob's (whose first window was found to be text): the same in
 * this thread and in a worker.
 */
function scanBytes(detector: Detector, path: string, content: Buffer, window: WindowPlace | null): BlobOutcome {
  const text = window === null ? textOf(content) : null;
  if (window === null && text === null) return { kind: 'binary' };
  try {
    const fragment = window === null ? { path, text: text!, bytes: content } : windowFragment(path, content, window);
    return { kind: 'text', bytes: content.length, findings: detector.detect(fragment) };
  } catch (error) {
    if (!(error instanceof DetectError)) throw error;
    return { kind: 'unfinished', detail: error.message };
  } finally {
    released(content.length);
    scanned(content.length, onWorker);
  }
}

/** Set in a worker thread (`runBlobWorker`): its heap is collected on a smaller budget than the main thread's. */
let onWorker = false;

/** Messages between the pool and its workers: jobs (a blob, or a window of one) and their outcomes. */
type ToWorker = { readonly type: 'scan'; readonly items: readonly (readonly [number, string, Uint8Array, WindowPlace | null])[]; readonly bytes: number };
type FromWorker = { readonly type: 'outcomes'; readonly items: readonly (readonly [number, BlobOutcome])[]; readonly bytes: number };

export interface WorkerData {
  readonly specs: readonly RuleSpec[];
}

/** Bytes of text sent to a worker in one message. */
const BATCH_BYTES = 256 << 10;

/**
 * Batches a worker may have outstanding before this thread scans what it reads itself. This thread also reads and
 * parses git's output and copies every text it sends, so it is the one to spare: with 2, on the 2-core benchmark
 * machine and the generated 30,000-commit history, it spent 4.2-5.8 s of CPU to the worker's 2.4-2.9 s; with 4,
 * 3.5-4.9 s to 2.2-3.5 s, the wall time following the main thread's (8 more gave no better split). 1 MB per worker.
 */
const QUEUED_BATCHES = 4;

/**
 * How many workers a history scan may use: one per core but this thread's (which scans too), at most 3, none on a
 * single core. LEAKWARDEN_HISTORY_WORKERS overrides it (0 scans on the main thread only).
 */
export function workerCount(env: NodeJS.ProcessEnv): number {
  const forced = env.LEAKWARDEN_HISTORY_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  const cores = availableParallelism();
  return Math.min(Math.max(cores - 1, 0), 3);
}

/**
 * Text scanned on the main thread before workers start: a worker costs a start (the bundle compiled again, the rules,
 * a cold JIT: about half a second of CPU here) and a share of every byte after it (a copy, messages), which only a
 * long scan pays back. On the 2-core benchmark machine the generated 3,000-commit history (54 MB of text) took 1.17 s
 * on one thread and 1.79 s with a worker started after 16 MB (medians, bench/README.md "scale"), and peaked 20 MB
 * higher; the 30,000-commit one (598 MB) took 15.7 s on one thread, 12.1 s with the worker.
 */
const INLINE_BYTES = 64 << 20;

export interface WorkerPool {
  /** The bundle: a worker runs the same file, started with WORKER_ARGV. */
  readonly script: string;
  readonly data: WorkerData;
  readonly count: number;
  /** Text scanned on the main thread first (default INLINE_BYTES; LEAKWARDEN_HISTORY_INLINE_BYTES sets it). */
  readonly inlineBytes?: number;
}

/**
 * Reads the blobs through one `git cat-file --batch` (in the order the walk found them, which keeps git's delta cache
 * warm) and scans them. Decoding and regex scanning are most of a history scan's CPU, and one thread manages a few
 * hundred MB/s: past INLINE_BYTES of text, when `pool` allows, worker threads start and the text goes to them in
 * batches of about 256 kB, to whichever has the least outstanding, while this thread scans whatever arrives when each
 * worker already has QUEUED_BATCHES: every thread stays busy, and at most that many batches per worker wait in memory.
 *
 * A blob over `windowBytes` is read and scanned in windows (src/sources/windows.ts), each a job of its own, on this
 * thread or a worker like any blob; its outcome is delivered once every window's is in. Memory holds a few windows,
 * never a large blob whole, whatever --max-file-size allows.
 */
export function blobScanner(
  cwd: string,
  maxFileSize: number,
  detector: Detector,
  deliver: Deliver,
  pool: WorkerPool | null = null,
  windowBytes: number = WINDOW_BYTES,
): BlobScanner {
  // The tag is the id; the paths wait beside it, in the same order (results come back in request order): a request
  // waiting its turn costs two array slots, not an object, when a history walk names every blob long before it is read.
  const queue = new BlobQueue<number>(cwd, maxFileSize, windowBytes);
  let paths: string[] = [];
  let pathHead = 0;
  // Started by `scan`, which the reading loop calls: typed, not inferred, so that the loop does not see it as never set.
  let workers = null as ReturnType<typeof startWorkers> | null;
  let inlineBytes = 0;
  /** What each job sent to a worker is waiting for. */
  const waiting = new Map<number, (outcome: BlobOutcome) => void>();
  let nextJob = 0;
  const scan = (path: string, content: Buffer, window: WindowPlace | null, done: (outcome: BlobOutcome) => void) => {
    if (pool !== null && pool.count > 0 && (workers !== null || inlineBytes >= (pool.inlineBytes ?? INLINE_BYTES))) {
      workers ??= startWorkers(pool, (job, outcome) => {
        const resolve = waiting.get(job)!;
        waiting.delete(job);
        resolve(outcome);
      });
      // The main thread scans too whenever the workers have enough waiting: every thread busy, memory bounded.
      if (!workers.busy()) {
        const job = nextJob++;
        waiting.set(job, done);
        workers.scan(job, path, content, window);
        return;
      }
    }
    inlineBytes += content.length;
    done(scanBytes(detector, path, content, window));
  };
  const windows = new WindowedBlobs(deliver);
  /** Large blobs whose first window was binary: the rest of their windows are passed over. */
  const passed = new Set<number>();
  let lastTurn = performance.now();
  const onBlob = (blob: BlobRead, id: number) => {
    const path = paths[pathHead]!;
    const window = blob.window ?? null;
    if (window === null || window.last) {
      paths[pathHead++] = '';
      if (pathHead === paths.length) {
        paths = [];
        pathHead = 0;
      } else if (pathHead > 4096 && pathHead * 2 > paths.length) {
        paths.splice(0, pathHead);
        pathHead = 0;
      }
    }
    if (window !== null && !window.first && passed.has(id)) {
      if (window.last) passed.delete(id);
    } else if (blob.content === null || ((window === null || window.first) && isBinary(blob.content))) {
      deliver(id, blob.size < 0 ? { kind: 'missing' } : blob.content === null ? { kind: 'too-large' } : { kind: 'binary' });
      if (window !== null && !window.last) passed.add(id);
    } else {
      scan(path, blob.content, window, window === null ? (outcome) => deliver(id, outcome) : windows.part(id, blob.size, window.last));
      released(blob.content.length);
      scanned(blob.content.length, false);
    }
  };
  // Chunks already read arrive without a trip through the event loop, and git only writes while a read is pending: a
  // pipe holds 64 kB, a few blobs. Letting the loop poll every millisecond of scanning keeps git writing while we
  // scan, instead of the two taking turns.
  const afterChunk = () => {
    const now = performance.now();
    if (now - lastTurn <= 1) return undefined;
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => void (lastTurn = performance.now()));
  };
  const reading = (async () => {
    await queue.read(onBlob, afterChunk);
    await workers?.drain();
  })();
  reading.catch(() => {}); // surfaced by finish()
  return {
    want(id, oid, path) {
      paths.push(path);
      queue.request(oid, id);
    },
    async finish() {
      queue.end();
      try {
        await reading;
      } finally {
        await workers?.terminate();
      }
    },
  };
}

/** Blobs read in windows: what their windows found, until the last window's outcome is in. */
class WindowedBlobs {
  private readonly blobs = new Map<number, { findings: RawFinding[]; waiting: number; read: boolean; detail: string | null }>();

  constructor(private readonly deliver: Deliver) {}

  /** Where the outcome of one window of blob `id` goes (`last`: the blob's last window). */
  part(id: number, size: number, last: boolean): (outcome: BlobOutcome) => void {
    let blob = this.blobs.get(id);
    if (blob === undefined) this.blobs.set(id, (blob = { findings: [], waiting: 0, read: false, detail: null }));
    const entry = blob;
    entry.waiting++;
    if (last) entry.read = true;
    return (outcome) => {
      entry.waiting--;
      if (outcome.kind === 'text') for (const finding of outcome.findings) entry.findings.push(finding);
      else if (outcome.kind === 'unfinished') entry.detail ??= outcome.detail;
      if (!entry.read || entry.waiting > 0) return;
      this.blobs.delete(id);
      // Windows finish in any order (workers): in text order, the blob's findings are the same run to run.
      entry.findings.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
      this.deliver(id, entry.detail !== null ? { kind: 'unfinished', detail: entry.detail } : { kind: 'text', bytes: size, findings: entry.findings });
    };
  }
}

function startWorkers(pool: WorkerPool, deliver: Deliver) {
  // getBuiltinModule, not import(): the bundle runs in a vm.Script, which has no dynamic-import loader.
  const { Worker } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  let failure: unknown = null;
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const outstanding: number[] = [];
  const wake = () => {
    const resume = drained;
    drained = null;
    resume?.();
  };
  const workers = Array.from({ length: pool.count }, (_, i) => {
    // A small young generation: a worker's garbage (the texts it decoded, its matches) is short-lived, and V8's
    // default let each worker hold some 20 MB more of it; eslint's history on 3 workers peaked at 312-332 MB, with
    // 4 MB at 277-290 MB, in the same time. (The young generation only sets how often it is swept: not a limit.)
    const worker = new Worker(pool.script, { argv: [WORKER_ARGV], workerData: pool.data, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    outstanding.push(0);
    worker.on('message', (message: FromWorker) => {
      for (const [id, outcome] of message.items) deliver(id, outcome);
      outstanding[i]! -= message.bytes;
      inFlight -= message.bytes;
      wake();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake();
    });
    return worker;
  });
  let batch: [number, string, Uint8Array, WindowPlace | null][] = [];
  let batchBytes = 0;
  const send = () => {
    if (batch.length === 0) return;
    const target = outstanding.indexOf(Math.min(...outstanding));
    outstanding[target]! += batchBytes;
    inFlight += batchBytes;
    workers[target]!.postMessage({ type: 'scan', items: batch, bytes: batchBytes } satisfies ToWorker, batch.map(([, , bytes]) => bytes.buffer as ArrayBuffer));
    batch = [];
    batchBytes = 0;
  };
  const waitBelow = async (limit: number) => {
    while (inFlight > limit && failure === null) await new Promise<void>((resolve) => (drained = resolve));
    if (failure !== null) throw failure;
  };
  return {
    /** Each worker has a batch in hand and a few waiting: more would only queue (and leave this thread idle at the end). */
    busy(): boolean {
      if (failure !== null) throw failure;
      return inFlight + batchBytes >= QUEUED_BATCHES * BATCH_BYTES * workers.length;
    },
    scan(job: number, path: string, content: Buffer, window: WindowPlace | null): void {
      // A copy of exactly the blob's bytes, whose memory moves to the worker (a parser's buffer may be shared).
      batch.push([job, path, new Uint8Array(content), window]);
      batchBytes += content.length;
      if (batchBytes >= BATCH_BYTES) send();
    },
    async drain() {
      send();
      await waitBelow(0);
    },
    terminate: () => Promise.all(workers.map((worker) => worker.terminate())),
  };
}

/** The worker's side: its own detector; outcomes go back one message per batch. */
export async function runBlobWorker(): Promise<void> {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  const port = parentPort!;
  onWorker = true;
  const { specs } = workerData as WorkerData;
  // A repository's own rules run on the linear engine, loaded here as the config loader loaded it on the main thread.
  if (specs.some((spec) => spec.engine === 'linear')) await (await import('../rules/linear-regex.ts')).loadLinearEngine();
  const detector = createDetector(specs.map(compileRule));
  port.on('message', (message: ToWorker) => {
    const items = message.items.map(([job, path, bytes, window]) => {
      const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return [job, scanBytes(detector, path, content, window)] as const;
    });
    port.postMessage({ type: 'outcomes', items, bytes: message.bytes } satisfies FromWorker);
  });
}
