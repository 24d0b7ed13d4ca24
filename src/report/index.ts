import { jsonReporter } from './json.ts';
import type { Reporter } from './reporter.ts';
import { terminalReporter } from './terminal.ts';

/** Every output format, by the name `--format` takes. */
export const reporters = {
  terminal: terminalReporter,
  json: jsonReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterId = keyof typeof reporters;
export const REPORTER_IDS = Object.keys(reporters) as ReporterId[];
