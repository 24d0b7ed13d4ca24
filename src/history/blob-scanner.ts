import { availableParallelism } from 'node:os';
import type { Detector } from '../detect/detector.ts';
import { DetectError } from '../detect/detector.ts';
import type { RuleSpec } from '../rules/spec.ts';
import { isBinary, decode } from '../sources/source.ts';
import type { RawFinding } from '../types.ts';
import { BlobQueue } from './blob-queue.ts';
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
export function scanBlob(detector: Detector, path: string, size: number, content: Buffer | null): BlobOutcome {
  if (size < 0) return { kind: 'missing' };
  if (content === null) return { kind: 'too-large' };
  if (isBinary(content)) return { kind: 'binary' };
  try {
    return { kind: 'text', bytes: content.length, findings: detector.detect({ path, text: decode(content) }) };
  } catch (error) {
    if (!(error instanceof DetectError)) throw error;
    return { kind: 'unfinished', detail: error.message };
  }
}

/** One cat-file and the scanning, on this thread. */
export function inlineScanner(cwd: string, maxFileSize: number, detector: Detector, deliver: Deliver): BlobScanner {
  const queue = new BlobQueue<{ id: number; path: string }>(cwd, maxFileSize);
  const reading = (async () => {
    let lastTurn = performance.now();
    for await (const blob of queue.results()) {
      deliver(blob.tag.id, scanBlob(detector, blob.tag.path, blob.size, blob.content));
      // Chunks already read arrive without a trip through the event loop, and git only writes while a read is
      // pending: a pipe holds 64 kB, a few blobs. Letting the loop poll every millisecond of scanning keeps git
      // writing while we scan, instead of the two taking turns.
      const now = performance.now();
      if (now - lastTurn > 1) {
        await new Promise((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
    }
  })();
  reading.catch(() => {}); // surfaced by finish()
  return {
    want: (id, oid, path) => queue.request(oid, { id, path }),
    async finish() {
      queue.end();
      await reading;
    },
  };
}

/** Messages between the pool and its workers. */
type ToWorker = { readonly type: 'scan'; readonly items: readonly (readonly [number, string, Uint8Array])[]; readonly bytes: number };
type FromWorker = { readonly type: 'outcomes'; readonly items: readonly (readonly [number, BlobOutcome])[]; readonly bytes: number };

export interface WorkerData {
  readonly specs: readonly RuleSpec[];
}

/** Bytes of text sent to a worker in one message. */
const BATCH_BYTES = 256 << 10;
/** Bytes sent to workers and not yet scanned: the reader waits beyond this (memory stays bounded). */
const IN_FLIGHT_BYTES = 8 << 20;

/**
 * How many workers a history scan uses: one per core (at most 4), none on a single core. LEAKWARDEN_HISTORY_WORKERS
 * overrides it (0 scans on the main thread).
 */
export function workerCount(env: NodeJS.ProcessEnv): number {
  const forced = env.LEAKWARDEN_HISTORY_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, 4);
}

/**
 * The scanning spread over worker threads. One cat-file still reads every blob on this thread (in the order the
 * walk found them, which keeps git's delta cache warm); text goes to the workers in batches of about 256 kB,
 * to whichever has the least outstanding, and the reader pauses while more than IN_FLIGHT_BYTES wait to be scanned.
 * Decoding and regex scanning are most of a history scan's CPU: on a 1 GB history, one thread manages a few hundred
 * MB/s. `script` is the bundle: a worker runs the same file, started with WORKER_ARGV.
 */
export async function workerScanner(script: string, data: WorkerData, count: number, cwd: string, maxFileSize: number, deliver: Deliver): Promise<BlobScanner> {
  // getBuiltinModule, not import(): the bundle runs in a vm.Script, which has no dynamic-import loader.
  const { Worker } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  let failure: unknown = null;
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const outstanding: number[] = [];
  const workers = Array.from({ length: count }, (_, i) => {
    const worker = new Worker(script, { argv: [WORKER_ARGV], workerData: data, stdout: false, stderr: false });
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
  const wake = () => {
    const resume = drained;
    drained = null;
    resume?.();
  };

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

  const queue = new BlobQueue<{ id: number; path: string }>(cwd, maxFileSize);
  const reading = (async () => {
    for await (const blob of queue.results()) {
      const { id, path } = blob.tag;
      if (blob.content === null || isBinary(blob.content)) {
        deliver(id, blob.size < 0 ? { kind: 'missing' } : blob.content === null ? { kind: 'too-large' } : { kind: 'binary' });
        continue;
      }
      // A copy of exactly the blob's bytes, whose memory moves to the worker (a parser's buffer may be shared).
      batch.push([id, path, new Uint8Array(blob.content)]);
      batchBytes += blob.content.length;
      if (batchBytes >= BATCH_BYTES) send();
      while (inFlight > IN_FLIGHT_BYTES && failure === null) await new Promise<void>((resolve) => (drained = resolve));
      if (failure !== null) throw failure;
    }
    send();
    while (inFlight > 0 && failure === null) await new Promise<void>((resolve) => (drained = resolve));
  })();
  reading.catch(() => {}); // surfaced by finish()
  return {
    want: (id, oid, path) => queue.request(oid, { id, path }),
    async finish() {
      queue.end();
      try {
        await reading;
        if (failure !== null) throw failure;
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}

/** The worker's side: its own detector; outcomes go back one message per batch. */
export function runBlobWorker(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  const port = parentPort!;
  const detector = createDetector((workerData as WorkerData).specs.map(compileRule));
  port.on('message', (message: ToWorker) => {
    const items = message.items.map(([id, path, bytes]) => {
      const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return [id, scanBlob(detector, path, content.length, content)] as const;
    });
    port.postMessage({ type: 'outcomes', items, bytes: message.bytes } satisfies FromWorker);
  });
}
