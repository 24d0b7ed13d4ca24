import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { Finding, RuleInfo, Severity, Skipped } from '../types.ts';
import type { Reporter } from './reporter.ts';
import { findingHeadline } from './finding-text.ts';
import { skipReason, unreadable } from './skipped.ts';

/** Where code scanning reads about the tool; the package page, until the project has a home page of its own. */
const INFORMATION_URI = 'https://www.npmjs.com/package/leakwarden';

/** The key our fingerprint is published under in `partialFingerprints`; a new version if its meaning changes. */
export const FINGERPRINT_KEY = 'leakwarden/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };

/** Code scanning's scale (0.1–10): 7.0 and up shows as high, 4.0–6.9 as medium, below as low. */
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.0', low: '2.0' };

/**
 * SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): one run, every rule that ran with its
 * remediation as help, one result per finding. What GitHub requires and why:
 * - every result has a region, because code scanning places an alert only by `region.startLine`: file-level
 *   findings (a `.env` that git does not ignore) point at line 1, without columns;
 * - paths are relative to the repository root (`%SRCROOT%`) and percent-encoded, as a URI must be (upload-sarif
 *   decodes them);
 * - `partialFingerprints` carries our fingerprint (rule, path, hash of the secret; no line). GitHub itself matches
 *   alerts by `primaryLocationLineHash`, which upload-sarif computes from the line's content when it is absent,
 *   so we leave that key to it rather than have it warn about a value it did not compute;
 * - the secret appears only as the finding carries it: redacted unless the user passed --no-redact. The finding's
 *   snippet is left out: SARIF defines a region's snippet as the file's own text there, which a masked line is not.
 */
export const sarifReporter = {
  id: 'sarif',
  format(result, context) {
    const rules = [...context.rules.values()];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const incomplete = unreadable(result.stats).length > 0;
    // GitHub rejects a run of more than 25,000 results: the first ones (the caller's order: most urgent first) go in.
    const included = result.findings.slice(0, SARIF_MAX_RESULTS);
    const left = result.findings.length - included.length;
    const notifications = [...result.stats.skipped.map(notification), ...(left > 0 ? [cappedNotification(result.findings.length)] : [])];
    const log: Log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'leakwarden',
              version: context.toolVersion,
              semanticVersion: context.toolVersion,
              informationUri: INFORMATION_URI,
              rules: rules.map(descriptor),
            },
          },
          invocations: [
            {
              // A file that could not be read leaves the scan incomplete (the CLI exits 2 for it when nothing is found).
              executionSuccessful: !incomplete,
              ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
            },
          ],
          results: included.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId))),
          columnKind: 'utf16CodeUnits',
          properties: {
            mode: result.stats.mode,
            redacted: result.redacted,
            ...(left > 0 ? { resultsCapped: { findings: result.findings.length, results: included.length } } : {}),
            ...(result.stats.history ? { history: { ...result.stats.history } } : {}),
            ...(result.verification ? { verification: structuredClone(result.verification) } : {}),
          },
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
} satisfies Reporter;

/** A rule as SARIF describes it (the audit's SARIF uses it too). */
export function descriptor(rule: RuleInfo): ReportingDescriptor {
  const more = rule.helpUri ? `\n\nSee ${rule.helpUri}` : '';
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${sentence(rule.description)} ${rule.remediation}` },
    help: {
      text: `${rule.remediation}${more}`,
      markdown: `**${rule.description}**\n\n${rule.remediation}${rule.helpUri ? `\n\nSee [${rule.helpUri}](${rule.helpUri}).` : ''}`,
    },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['security', 'secret'], 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

function toResult(finding: Finding, ruleIndex: number | undefined): Result {
  const fix = typeof finding.details.fix === 'string' ? ` Fix: ${sentence(finding.details.fix)}` : '';
  const details = Object.entries(finding.details).filter(([key]) => key !== 'fix');
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: `${sentence(findingHeadline(finding))}${fix}` },
    locations: [location(finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.commit || details.length > 0 || finding.verification
      ? {
          properties: {
            ...(finding.commit ? { commit: finding.commit } : {}),
            ...(finding.author ? { author: { ...finding.author } } : {}),
            ...(details.length > 0 ? { details: Object.fromEntries(details) } : {}),
            // --verify: live, revoked, unknown or unverifiable, why, and what the secret opens.
            ...(finding.verification ? { verification: structuredClone(finding.verification) } : {}),
          },
        }
      : {}),
  };
}

function location(finding: Finding): Location {
  const { line, column, endLine, endColumn } = finding;
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(finding.path), uriBaseId: '%SRCROOT%' },
      region:
        line === null ? { startLine: 1 }
        : column === null ? { startLine: line, ...(endLine !== null ? { endLine } : {}) }
        : { startLine: line, startColumn: column, endLine: endLine ?? line, ...(endColumn !== null ? { endColumn } : {}) },
    },
  };
}

/**
 * GitHub code scanning's limit on the results of one run (a file over it is rejected whole; 5,000 are shown). A
 * capped run says so in a notification and in `properties.resultsCapped`; the JSON report has no such limit.
 */
export const SARIF_MAX_RESULTS = 25_000;

function cappedNotification(findings: number): Notification {
  return {
    level: 'warning',
    message: { text: `${findings} findings: this run holds the first ${SARIF_MAX_RESULTS} (the most urgent), the most GitHub code scanning accepts in one run. The JSON report (--format json; the Action's report-file output) lists every one.` },
    descriptor: { id: 'results-capped' },
  };
}

function notification(skipped: Skipped): Notification {
  return {
    level: skipped.reason === 'unreadable' ? 'error' : 'note',
    message: { text: `Not scanned: ${skipReason(skipped)}.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(skipped.path), uriBaseId: '%SRCROOT%' } } }],
    properties: { reason: skipped.reason },
  };
}

/** A relative path as a URI reference: each segment percent-encoded (`%`, spaces, `#`, `?`, a `:` that would read as a scheme). */
export function toUri(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

/** `openai-api-key` → `OpenaiApiKey`: SARIF's rule names are identifiers for people. */
function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
