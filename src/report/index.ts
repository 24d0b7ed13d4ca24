import type { Reporter } from './reporter.ts';

/**
 * Every output format, by the name `--format` takes, each loaded when it is chosen: a run evaluates only the
 * reporter it uses, so formats with heavier code (annotations, SARIF) cost a pre-commit run nothing.
 */
export const reporters = {
  terminal: () => import('./terminal.ts').then((m) => m.terminalReporter),
  json: () => import('./json.ts').then((m) => m.jsonReporter),
  sarif: () => import('./sarif.ts').then((m) => m.sarifReporter),
} as const satisfies Record<string, () => Promise<Reporter>>;

export type ReporterId = keyof typeof reporters;
export const REPORTER_IDS = Object.keys(reporters) as ReporterId[];
