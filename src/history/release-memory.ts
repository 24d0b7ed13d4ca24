import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Node keeps the text of a large file (over about 1 MB) outside V8's heap, and V8 collects such memory only once
 * 64 MB more of it has piled up since its last collection: per thread. A history of 9 MB blobs scanned on four
 * threads kept about 250 MB of text already scanned. So each thread that scans large texts asks for a collection
 * itself after every LARGE_TEXT_BUDGET bytes of them: a few milliseconds per 16 MB scanned.
 */
const LARGE_TEXT = 1 << 20;
const LARGE_TEXT_BUDGET = 16 << 20;

let pending = 0;
let collect: (() => void) | null | undefined;

/** Notes that a text of `bytes` was scanned and dropped; collects when large texts have piled up. */
export function released(bytes: number): void {
  if (bytes < LARGE_TEXT) return;
  pending += bytes;
  if (pending < LARGE_TEXT_BUDGET) return;
  pending = 0;
  collector()?.();
}

/**
 * A thread that scans a history collects on its own once its heap and buffers have grown a budget past what its
 * last collection left. V8 lets a heap grow to a multiple of what is live before it collects (up to 4x): once the
 * walk of a generated history of 100,000 commits held some 50 MB, the main thread's heap peaked at 180-215 MB between
 * collections and the worker's at 90 MB, mostly blob texts already scanned: 356 MB peak RSS. With these budgets
 * (checked every CHECK_BYTES of text) it peaked at 254 MB, in the same CPU time (51-55 s): a collection costs tens of
 * milliseconds on the main thread, a few on a worker, whose live heap is small.
 */
const MAIN_BUDGET = 48 << 20;
const WORKER_BUDGET = 16 << 20;
const CHECK_BYTES = 4 << 20;

let sinceCheck = 0;
let baseline = -1;

/** Notes that `bytes` of text were read or scanned on this thread; collects when the heap has grown past its budget. */
export function scanned(bytes: number, worker: boolean): void {
  sinceCheck += bytes;
  if (sinceCheck < CHECK_BYTES) return;
  sinceCheck = 0;
  const used = inUse();
  if (baseline < 0 || used < baseline) {
    baseline = used;
    return;
  }
  if (used < baseline + (worker ? WORKER_BUDGET : MAIN_BUDGET)) return;
  const gc = collector();
  if (gc === null) return;
  gc();
  baseline = inUse();
}

/** The heap in use and the buffers outside it (texts read from git, chunks of its output). */
function inUse(): number {
  const { used_heap_size, external_memory } = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory?: number };
  return used_heap_size + (external_memory ?? 0);
}

/** Findings past which a history scan collects between its steps (`afterStep`). */
const MANY_FINDINGS = 20_000;

/**
 * A full collection after a step of a scan with `findings` many findings (the walk, grouping into incidents): V8
 * sizes its heap to a multiple of what is live, and with 450,000 findings the garbage one step left (blob texts,
 * the groups incidents are made from) raised the next step's peak by 250-300 MB. A collection costs a fraction of
 * a second then, and nothing for a scan with few findings.
 */
export function afterStep(findings: number): void {
  if (findings >= MANY_FINDINGS) collector()?.();
}

/**
 * V8's `gc`, from a context made while the flag that exposes it is on (the flag is switched off again: nothing else
 * sees it). Null where the runtime does not allow it: the collection is then V8's own, later.
 */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
      setFlagsFromString('--no-expose-gc');
    } catch {
      collect = null;
    }
    if (typeof collect !== 'function') collect = null;
  }
  return collect;
}
