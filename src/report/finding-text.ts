import type { Finding, IncidentStatus, Verification, VerificationAccess, VerificationStatus, VerificationSummary } from '../types.ts';
import { VERIFICATION_STATUSES } from '../types.ts';

/** Incident statuses, most urgent first: still in the default branch, then waiting on a branch, then only in history. */
export const STATUS_ORDER: readonly IncidentStatus[] = ['in-head', 'unmerged-branch', 'history-only'];

/** What to do about an incident, by status. */
export const STATUS_ADVICE: Readonly<Record<IncidentStatus, string>> = {
  'in-head': 'still in the default branch: rotate it now, then remove it from the code',
  'unmerged-branch': 'only on branches not merged into HEAD: rotate it, and drop or rewrite those commits before anything merges them',
  'history-only': 'removed, but still in history: rotate it, then consider rewriting history (git filter-repo) and force-pushing',
};

/**
 * What a finding says to people in one line: the file-level message, or the rule's description with the secret as
 * the finding carries it (redacted unless --no-redact) and its details; in history, the commit that brought it in.
 */
export function findingHeadline(finding: Finding): string {
  const extra = describeDetails(finding);
  const what = finding.message ?? `${finding.description} ${finding.secret}${extra ? `; ${extra}` : ''}`;
  const commit = finding.commit?.slice(0, 12);
  const headline = commit && !what.includes(commit) ? `${what}, added in commit ${commit}` : what;
  const { verification } = finding;
  if (!verification) return headline;
  const access = accessText(verification.access);
  return `${headline}; verification: ${verification.status}${access ? ` (${access})` : ''}`;
}

/** What a verified secret opens, in one line (`organization: org-1; projects: a, b`); empty when nothing is known. */
export function accessText(access: VerificationAccess | undefined): string {
  if (!access) return '';
  const list = (names: readonly string[]) => `${names.join(', ')}${access.truncated ? ', …' : ''}`;
  return [
    access.organization ? `organization: ${access.organization}` : '',
    access.projects ? `projects: ${access.projects.length > 0 ? list(access.projects) : 'none'}` : '',
    access.vaults ? `vaults: ${access.vaults.length > 0 ? list(access.vaults) : 'none'}` : '',
    access.restricted ? 'a restricted key' : '',
  ].filter((part) => part !== '').join('; ');
}

/** A verification for people: the reason, what it opens, and what to do to get an answer. */
export function verificationText(verification: Verification): string {
  const access = accessText(verification.access);
  return `${verification.reason}${access ? `; ${access}` : ''}${verification.hint ? `. Hint: ${verification.hint}` : ''}`;
}

/** `1 live, 2 revoked, 3 unverifiable` (distinct secrets, most urgent first, statuses with none left out). */
export function verificationCounts(summary: VerificationSummary): string {
  return VERIFICATION_STATUSES.filter((status) => summary.secrets[status] > 0).map((status) => `${summary.secrets[status]} ${status}`).join(', ');
}

/** What each status asks of the user. */
export const VERIFICATION_ADVICE: Readonly<Record<VerificationStatus, string>> = {
  live: 'the provider accepted it: rotate it first',
  unknown: 'no answer could be had: treat it as live, and verify again later',
  unverifiable: 'no check exists for this kind: treat it as live',
  revoked: 'the provider rejected it: remove it from the code (and history) all the same',
};

/** A finding's details for people (`variant: project`), without those its message already says. */
export function describeDetails(finding: Finding): string {
  return Object.entries(finding.details)
    .filter(([key]) => key !== 'fix' && key !== 'state' && key !== 'ignoredByGitignore')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join(', ');
}
