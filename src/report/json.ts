import type { Reporter } from './reporter.ts';

/**
 * The machine contract (version 1): other tools and CI parse this. Fields may be added; none is renamed or removed
 * without a new version.
 */
export const jsonReporter = {
  id: 'json',
  format(result, context) {
    const { stats } = result;
    return `${JSON.stringify(
      {
        version: 1,
        tool: { name: 'leakwarden', version: context.toolVersion },
        scan: {
          mode: stats.mode,
          files: stats.files,
          bytes: stats.bytes,
          skipped: stats.skipped,
          durationMs: stats.durationMs,
          redacted: result.redacted,
        },
        findings: result.findings.map((f) => ({
          ruleId: f.ruleId,
          description: f.description,
          severity: f.severity,
          path: f.path,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          secret: f.secret,
          fingerprint: f.fingerprint,
          commit: f.commit,
          ...(f.message !== null ? { message: f.message } : {}),
          details: f.details,
        })),
      },
      null,
      2,
    )}\n`;
  },
} satisfies Reporter;
