/**
 * The names of the audit's formats (`leakwarden audit --format`), for the option table. The reporters themselves
 * (audit-index.ts) belong to the audit's own file (dist/leakwarden-audit.cjs), which no other command loads: this
 * module keeps them out of the core that the option table is part of.
 */
export const AUDIT_REPORTER_IDS = ['terminal', 'json', 'sarif', 'html'] as const;

export type AuditReporterId = (typeof AUDIT_REPORTER_IDS)[number];
