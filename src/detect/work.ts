/**
 * Work the detector did, by stage. It is how the detector's linear time is tested (test/detect/hostile-input.test.ts):
 * counted work does not depend on how loaded the machine is, where a clock does. A stage that goes back over text it
 * has passed (a restart from the start of the line for every match) shows up as work that grows with the square of
 * the input.
 *
 * The unit is characters covered: for each pass a stage makes, from where it started to where it stopped (plus one,
 * so that passes that cover nothing still count). The counts are bumped once per pass, where the loops already are,
 * never per character: counting costs a scan nothing measurable, so it is always on. For a regex, the span is a lower
 * bound on what the engine did: its backtracking cannot be seen from outside.
 */
export interface WorkCounts {
  /** The keyword prefilter's passes. */
  prefilter: number;
  /** Rule regexes (the scan, and the re-run that locates a candidate) and allowlist regexes (what they test). */
  rules: number;
  /** Base64: the search for runs and needles, and the decoding of the runs that hold one. */
  base64: number;
  /** Overlaps: each candidate, and each earlier candidate it is compared with. */
  overlaps: number;
  /** Locating: line starts, binary-search steps, the search for allow comments. */
  locate: number;
}

export type Stage = keyof WorkCounts;

export const STAGES: readonly Stage[] = ['prefilter', 'rules', 'base64', 'overlaps', 'locate'];

export function newWorkCounts(): WorkCounts {
  return { prefilter: 0, rules: 0, base64: 0, overlaps: 0, locate: 0 };
}
