import type { Finding } from '../types.ts';

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
