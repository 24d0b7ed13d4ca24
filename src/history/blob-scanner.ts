import { availableParallelism } from 'node:os';
import type { Detector } from '../detect/detector.ts';
import { DetectError } from '../detect/detector.ts';
import type { RuleSpec } from '../rules/spec.ts';
import { isBinary, textOf } from '../sources/source.ts';
import type { RawFinding } from '../types.ts';
import { BlobQueue } from '../sources/cat-file.ts';
import { createDetector } from '../detect/detector.ts';
import { compileRule } from '../rules/compile.ts';
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

/** Scans one blob's bytes (or notes why not): the same in this thread and in a worker. */
function scanBlob(detector: Detector, path: string, size: number, content: Buffer | null): BlobOutcome {
  if (size < 0) return { kind: 'missing' };
  if (content === null) return { kind: 'too-large' };
  const text = textOf(content);
  if (text === null) return { kind: 'binary' };
  try {
    return { kind: 'text', bytes: content.length, findings: detector.detect({ path, text }) };
  } catch (error) {
    if (!(error instanceof DetectError)) throw error;
    return { kind: 'unfinished', detail: error.message };
  }
}

/** Messages between the pool and its workers. */
type ToWorker = { readonly type: 'scan'; readonly items: readonly (readonly [number, string, Uint8Array])[]; readonly bytes: number };
type FromWorker = { readonly type: 'outcomes'; readonly items: readonly (readonly [number, BlobOutcome])[]; readonly bytes: number };

export interface WorkerData {
  readonly specs: readonly RuleSpec[];
}

/** Bytes of text sent to a worker in one message. */
const BATCH_BYTES = 256 << 10;

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

/** Text scanned on the main thread before workers start: a small history is done before a worker would be ready. */
const INLINE_BYTES = 16 << 20;

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
 * worker already has two batches: every thread stays busy, and at most two batches per worker wait in memory.
 */
export function blobScanner(cwd: string, maxFileSize: number, detector: Detector, deliver: Deliver, pool: WorkerPool | null = null): BlobScanner {
  const queue = new BlobQueue<{ id: number; path: string }>(cwd, maxFileSize);
  let workers: ReturnType<typeof startWorkers> | null = null;
  let inlineBytes = 0;
  const reading = (async () => {
    let lastTurn = performance.now();
    for await (const blob of queue.results()) {
      const { id, path } = blob.tag;
      if (blob.content === null || isBinary(blob.content)) {
        deliver(id, blob.size < 0 ? { kind: 'missing' } : blob.content === null ? { kind: 'too-large' } : { kind: 'binary' });
      } else if (pool === null || pool.count === 0 || (workers === null && inlineBytes < (pool.inlineBytes ?? INLINE_BYTES))) {
        inlineBytes += blob.content.length;
        deliver(id, scanBlob(detector, path, blob.size, blob.content));
      } else {
        workers ??= startWorkers(pool, deliver);
        // The main thread scans too whenever the workers have enough waiting: every thread busy, memory bounded.
        if (workers.busy()) {
          inlineBytes += blob.content.length;
          deliver(id, scanBlob(detector, path, blob.size, blob.content));
        } else {
          workers.scan(id, path, blob.content);
        }
      }
      // Chunks already read arrive without a trip through the event loop, and git only writes while a read is
      // pending: a pipe holds 64 kB, a few blobs. Letting the loop poll every millisecond of scanning keeps git
      // writing while we scan, instead of the two taking turns.
      const now = performance.now();
      if (now - lastTurn > 1) {
        await new Promise((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
    }
    await workers?.drain();
  })();
  reading.catch(() => {}); // surfaced by finish()
  return {
    want: (id, oid, path) => queue.request(oid, { id, path }),
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
    const worker = new Worker(pool.script, { argv: [WORKER_ARGV], workerData: pool.data, stdout: false, stderr: false });
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
  let batch: [number, string, Uint8Array][] = [];
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
    /** Each worker has a batch in hand and one waiting: more would only queue (and leave this thread idle at the end). */
    busy(): boolean {
      if (failure !== null) throw failure;
      return inFlight + batchBytes >= 2 * BATCH_BYTES * workers.length;
    },
    scan(id: number, path: string, content: Buffer): void {
      // A copy of exactly the blob's bytes, whose memory moves to the worker (a parser's buffer may be shared).
      batch.push([id, path, new Uint8Array(content)]);
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
  const { specs } = workerData as WorkerData;
  // A repository's own rules run on the linear engine, loaded here as the config loader loaded it on the main thread.
  if (specs.some((spec) => spec.engine === 'linear')) await (await import('../rules/linear-regex.ts')).loadLinearEngine();
  const detector = createDetector(specs.map(compileRule));
  port.on('message', (message: ToWorker) => {
    const items = message.items.map(([id, path, bytes]) => {
      const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return [id, scanBlob(detector, path, content.length, content)] as const;
    });
    port.postMessage({ type: 'outcomes', items, bytes: message.bytes } satisfies FromWorker);
  });
}
