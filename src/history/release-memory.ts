import { setFlagsFromString } from 'node:v8';
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
