import type { Reporter } from './reporter.ts';

/**
 * Every output format, by the name `--format` takes, each loaded when it is chosen: a pre-commit run evaluates only
 * the terminal reporter, and `github`'s share of @actions/core runs only when annotations are asked for.
 */
export const reporters = {
  terminal: () => import('./terminal.ts').then((m) => m.terminalReporter),
  json: () => import('./json.ts').then((m) => m.jsonReporter),
  sarif: () => import('./sarif.ts').then((m) => m.sarifReporter),
  github: () => import('./github.ts').then((m) => m.githubReporter),
} as const satisfies Record<string, () => Promise<Reporter>>;

export type ReporterId = keyof typeof reporters;
export const REPORTER_IDS = Object.keys(reporters) as ReporterId[];
