import type { AuditResult } from '../audit/result.ts';
import type { AuditReporterId } from './audit-formats.ts';
import type { ReportContext } from './reporter.ts';

/** Turns an audit (every repository's redacted result) into text. Pure and synchronous, like every reporter. */
export interface AuditReporter {
  readonly id: string;
  format(audit: AuditResult, context: ReportContext): string;
}

/**
 * The audit's formats, by the name `leakwarden audit --format` takes, each loaded when chosen. They are not the
 * scans' (src/report/index.ts): `html` is a report for people about many repositories, and `github` (annotations on
 * one checkout's files) has no meaning across repositories.
 */
export const auditReporters = {
  terminal: () => import('./audit-terminal.ts').then((m) => m.auditTerminalReporter),
  json: () => import('./audit-json.ts').then((m) => m.auditJsonReporter),
  sarif: () => import('./audit-sarif.ts').then((m) => m.auditSarifReporter),
  html: () => import('./audit-html.ts').then((m) => m.auditHtmlReporter),
} as const satisfies Record<AuditReporterId, () => Promise<AuditReporter>>;

export { AUDIT_REPORTER_IDS } from './audit-formats.ts';
export type { AuditReporterId } from './audit-formats.ts';
