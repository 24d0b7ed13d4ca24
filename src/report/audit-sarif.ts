import { pathToFileURL } from 'node:url';
import type { Log, Result, Run } from 'sarif';
import type { AuditRepository } from '../audit/result.ts';
import { verificationStatus } from '../audit/result.ts';
import type { Incident, RuleInfo, Severity } from '../types.ts';
import type { AuditReporter } from './audit-index.ts';
import { STATUS_ADVICE } from './finding-text.ts';
import type { ReportContext } from './reporter.ts';
import { descriptor, toUri } from './sarif.ts';

/** The key incident fingerprints (`ruleId:hash`: the secret, wherever it is) are published under. */
export const INCIDENT_FINGERPRINT_KEY = 'leakwarden/incident/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };

/**
 * SARIF 2.1.0 with one run per repository (SARIF's way of saying "these results are about that repository":
 * `versionControlProvenance` names it, `automationDetails.id` keeps runs apart), and one result per incident, placed
 * where the secret was first seen. A repository that could not be scanned is a run whose invocation failed, with
 * why. Secrets appear only as the incidents carry them (redacted unless --no-redact).
 */
export const auditSarifReporter = {
  id: 'sarif',
  format(audit, context) {
    const log: Log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: audit.repositories.map((repository) => run(repository, context, audit.redacted)),
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
} satisfies AuditReporter;

function run(repository: AuditRepository, context: ReportContext, redacted: boolean): Run {
  const fired = [...new Set(repository.incidents.map((i) => i.ruleId))];
  const rules: RuleInfo[] = fired.map((id) => context.rules.get(id) ?? fallbackRule(repository.incidents.find((i) => i.ruleId === id)!));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const uri = repositoryUri(repository);
  return {
    tool: { driver: { name: 'leakwarden', version: context.toolVersion, semanticVersion: context.toolVersion, informationUri: 'https://www.npmjs.com/package/leakwarden', rules: rules.map(descriptor) } },
    automationDetails: { id: `leakwarden-audit/${repository.name}/` },
    ...(uri !== null ? { versionControlProvenance: [{ repositoryUri: uri, ...(repository.scan?.head ? { revisionId: repository.scan.head } : {}) }] } : {}),
    invocations: [
      {
        executionSuccessful: repository.status === 'ok',
        ...(repository.status === 'error' ? { toolExecutionNotifications: [{ level: 'error', message: { text: repository.error ?? 'not scanned' } }] } : {}),
      },
    ],
    results: repository.incidents.map((incident) => result(incident, ruleIndex.get(incident.ruleId))),
    columnKind: 'utf16CodeUnits',
    properties: { repository: repository.name, source: repository.source, status: repository.status, redacted },
  };
}

function result(incident: Incident, ruleIndex: number | undefined): Result {
  const { firstSeen } = incident;
  const verification = verificationStatus(incident);
  const what = incident.ruleId === 'dotenv-not-gitignored' ? incident.description : `${incident.description} ${incident.secret}`;
  return {
    ruleId: incident.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[incident.severity],
    message: { text: `${what} (${incident.status}${verification ? `, ${verification}` : ''}): ${STATUS_ADVICE[incident.status]}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(firstSeen.path) },
          region: { startLine: firstSeen.line ?? 1 },
        },
      },
    ],
    partialFingerprints: { [INCIDENT_FINGERPRINT_KEY]: incident.fingerprint },
    properties: {
      status: incident.status,
      ...(verification ? { verification } : {}),
      firstSeen: { ...firstSeen, author: { ...firstSeen.author } },
      lastSeen: { ...incident.lastSeen, author: { ...incident.lastSeen.author } },
      occurrences: incident.occurrences,
      commits: incident.commits,
      paths: [...incident.paths],
      branches: [...incident.branches],
    },
  };
}

/** The forge page, a URL as cloned (without credentials), or a local path as a file: URL; null when none is a URI. */
function repositoryUri(repository: AuditRepository): string | null {
  if (repository.web) return repository.web;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repository.source)) return repository.source;
  if (repository.source.startsWith('/')) return pathToFileURL(repository.source).href;
  return null;
}

/** A merged report may name a rule this version does not have: describe it from the incident. */
function fallbackRule(incident: Incident): RuleInfo {
  return { id: incident.ruleId, description: incident.description, severity: incident.severity, remediation: 'Rotate the secret, then remove it from the code.' };
}
