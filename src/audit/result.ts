import { STATUS_ORDER } from '../report/finding-text.ts';
import type { ExitCode, Incident, IncidentStatus, Skipped, SuppressedCounts } from '../types.ts';
import { severityRank } from '../types.ts';
import type { Excluded } from './sources.ts';

/** One repository of an audit, as the report carries it (and as the work directory keeps it for --resume). */
export interface AuditRepository {
  /** An API repository's `full_name`, else the last path segment of its URL or path, without `.git`. */
  readonly name: string;
  /** What was cloned: the URL (credentials replaced by `***`) or the local path. */
  readonly source: string;
  /** Its page on the forge, when known: links to commits start here. */
  readonly web?: string;
  /** `error`: it could not be scanned, or not completely (`error` says why). */
  readonly status: 'ok' | 'error';
  readonly error?: string;
  /** Exactly the incident objects of `leakwarden history --format json`, most urgent first. */
  readonly incidents: readonly Incident[];
  /** What the scan covered; absent when the repository could not be cloned or scanned at all. */
  readonly scan?: AuditScanStats;
  /** Findings the configuration or a baseline left out, by kind. */
  readonly suppressed?: SuppressedCounts;
  /** The repository's own verdict (src/verdict.ts), which `auditVerdict` combines. */
  readonly verdict: { readonly exitCode: ExitCode; readonly reason: string };
}

export interface AuditScanStats {
  readonly commits: number;
  readonly blobs: number;
  readonly files: number;
  readonly bytes: number;
  /** The commit incident statuses were measured against (the default branch's tip); null for an empty repository. */
  readonly head: string | null;
  /** Blobs not scanned (too large, unreadable); binary blobs are only counted in `blobs`. */
  readonly notScanned: readonly Skipped[];
  readonly durationMs: number;
  /** How the mirror was brought up to date in this run. */
  readonly mirror: 'cloned' | 'fetched';
  /** True when the refs had not changed since a previous run (--resume) and its result was reused, not rescanned. */
  readonly reused: boolean;
}

/** What every audit reporter is fed: all repositories, in the order they were named. */
export interface AuditResult {
  readonly repositories: readonly AuditRepository[];
  /** Repositories the API listed and the audit left out, with why. */
  readonly excluded: readonly Excluded[];
  /** Whether every secret in the report is redacted. */
  readonly redacted: boolean;
}

export interface AuditTotals {
  readonly repositories: number;
  /** Scanned completely. */
  readonly ok: number;
  /** Could not be scanned, or not completely. */
  readonly errors: number;
  /** Results reused from a previous run (--resume). */
  readonly reused: number;
  /** Repositories with at least one incident. */
  readonly affected: number;
  readonly incidents: number;
  /** Distinct secrets: the same key leaked into three repositories is three incidents and one secret. */
  readonly secrets: number;
  readonly byStatus: Readonly<Record<IncidentStatus, number>>;
  /** Incidents whose secret verification found live; null when no verification data exists (no --verify). */
  readonly live: number | null;
  readonly excluded: number;
}

export function auditTotals(result: AuditResult): AuditTotals {
  const incidents = result.repositories.flatMap((r) => r.incidents);
  const byStatus = Object.fromEntries(STATUS_ORDER.map((status) => [status, incidents.filter((i) => i.status === status).length])) as Record<IncidentStatus, number>;
  return {
    repositories: result.repositories.length,
    ok: result.repositories.filter((r) => r.status === 'ok').length,
    errors: result.repositories.filter((r) => r.status === 'error').length,
    reused: result.repositories.filter((r) => r.scan?.reused === true).length,
    affected: result.repositories.filter((r) => r.incidents.length > 0).length,
    incidents: incidents.length,
    secrets: new Set(incidents.map((i) => i.fingerprint)).size,
    byStatus,
    live: hasVerification(result) ? incidents.filter(isLive).length : null,
    excluded: result.excluded.length,
  };
}

/**
 * Verification (issue 14: `--verify`) will add `verification: { status }` to incidents; until then no incident has
 * it, and every report leaves the live-key count out. Read structurally, so that the audit needs no change when it
 * lands.
 */
export function verificationStatus(incident: Incident): string | null {
  const status = (incident as { readonly verification?: { readonly status?: unknown } }).verification?.status;
  return typeof status === 'string' ? status : null;
}

export function isLive(incident: Incident): boolean {
  return verificationStatus(incident) === 'live';
}

export function hasVerification(result: AuditResult): boolean {
  return result.repositories.some((r) => r.incidents.some((i) => verificationStatus(i) !== null));
}

export interface RankedIncident {
  readonly repository: AuditRepository;
  readonly incident: Incident;
  /** Other repositories where the same secret leaked. */
  readonly alsoIn: readonly string[];
}

/**
 * Every incident of every repository, in the order to rotate them: live keys first (when verified), then still in
 * the default branch, then only on unmerged branches, then history only; within each, the most severe, then the
 * secret leaked into the most repositories, then the most recently seen.
 */
export function rotateFirst(result: AuditResult): RankedIncident[] {
  const where = new Map<string, string[]>();
  for (const repository of result.repositories) {
    for (const incident of repository.incidents) {
      const list = where.get(incident.fingerprint) ?? [];
      if (!list.includes(repository.name)) list.push(repository.name);
      where.set(incident.fingerprint, list);
    }
  }
  const ranked = result.repositories.flatMap((repository) =>
    repository.incidents.map((incident) => ({ repository, incident, alsoIn: (where.get(incident.fingerprint) ?? []).filter((name) => name !== repository.name) })),
  );
  const time = (incident: Incident) => Date.parse(incident.lastSeen.author.date) || 0;
  return ranked.sort(
    (a, b) =>
      Number(isLive(b.incident)) - Number(isLive(a.incident))
      || STATUS_ORDER.indexOf(a.incident.status) - STATUS_ORDER.indexOf(b.incident.status)
      || severityRank(a.incident.severity) - severityRank(b.incident.severity)
      || b.alsoIn.length - a.alsoIn.length
      || time(b.incident) - time(a.incident)
      || (a.repository.name < b.repository.name ? -1 : a.repository.name > b.repository.name ? 1 : 0),
  );
}
