import type { Finding, IncidentStatus } from '../types.ts';

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
  return commit && !what.includes(commit) ? `${what}, added in commit ${commit}` : what;
}

/** A finding's details for people (`variant: project`), without those its message already says. */
export function describeDetails(finding: Finding): string {
  return Object.entries(finding.details)
    .filter(([key]) => key !== 'fix' && key !== 'state' && key !== 'ignoredByGitignore')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join(', ');
}
