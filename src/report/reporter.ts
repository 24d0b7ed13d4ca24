import type { RuleInfo, ScanResult } from '../types.ts';

/** What a reporter may know besides the result. */
export interface ReportContext {
  readonly toolVersion: string;
  /** Metadata of every rule that could have fired, by id (descriptions, remediation). */
  readonly rules: ReadonlyMap<string, RuleInfo>;
  readonly color: boolean;
}

/** Turns a finished (redacted) result into text. Pure and synchronous: no I/O, no clock. */
export interface Reporter {
  readonly id: string;
  format(result: ScanResult, context: ReportContext): string;
}
