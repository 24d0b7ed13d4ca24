import type { AuditRepository, AuditTotals } from '../audit/result.ts';
import { auditTotals } from '../audit/result.ts';
import type { Excluded } from '../audit/sources.ts';
import type { AuditReporter } from './audit-index.ts';

/**
 * The audit's machine contract, version 1 (`leakwarden audit --merge` reads it back). Each repository's `incidents`
 * are exactly the incident objects of `leakwarden history --format json`. Fields may be added; none is renamed or
 * removed without a new version.
 */
export interface AuditJsonReport {
  readonly version: 1;
  readonly kind: 'audit';
  readonly tool: { readonly name: 'leakwarden'; readonly version: string };
  /** Whether every secret in the report is redacted. */
  readonly redacted: boolean;
  readonly totals: AuditTotals;
  readonly repositories: readonly AuditRepository[];
  /** Repositories the API listed and the audit left out (archived, forks), with why. */
  readonly excluded: readonly Excluded[];
}

export const auditJsonReporter = {
  id: 'json',
  format(audit, context) {
    const report: AuditJsonReport = {
      version: 1,
      kind: 'audit',
      tool: { name: 'leakwarden', version: context.toolVersion },
      redacted: audit.redacted,
      totals: auditTotals(audit),
      repositories: audit.repositories,
      excluded: audit.excluded,
    };
    return `${JSON.stringify(report, null, 2)}\n`;
  },
} satisfies AuditReporter;
