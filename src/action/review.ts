import * as core from '@actions/core';
import { touches } from '../detect/detector.ts';
import { message } from '../report/github.ts';
import { parsePatchLines, parseRawZ } from '../sources/diff-parse.ts';
import { git } from '../sources/git.ts';
import type { CommentsNote } from '../report/job-summary.ts';
import type { Finding, LineRanges, RuleInfo } from '../types.ts';
import { severityRank } from '../types.ts';
import { describeApiError, githubApi } from './api.ts';
import type { GitHubClient } from './api.ts';

/** Lines a pull request adds, by path at its head: `git diff base...head` (from the merge base, as GitHub shows it). */
export async function changedLines(cwd: string, base: string, head: string): Promise<Map<string, LineRanges>> {
  const diff = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index', `${base}...${head}`];
  const [raw, patch] = await Promise.all([git([...diff, '--raw', '-z', '--no-abbrev'], { cwd }), git([...diff, '-U0'], { cwd })]);
  const added = parsePatchLines(patch.stdout.toString('utf8')).added;
  const lines = new Map<string, LineRanges>();
  for (const entry of parseRawZ(raw.stdout)) {
    const ranges = added.get(entry.dstOid);
    if (ranges) lines.set(entry.path.toString('utf8'), ranges);
  }
  return lines;
}

/** Whether the finding starts on a line the pull request adds. */
export function onChangedLine(changed: ReadonlyMap<string, LineRanges>, finding: Finding): boolean {
  return finding.line !== null && touches(changed.get(finding.path) ?? [], finding.line, finding.line);
}

/** Findings in the order they deserve attention: on lines the pull request changes (at its head) first; by severity within. */
export function prioritise(findings: readonly Finding[], changed: ReadonlyMap<string, LineRanges> | null): Finding[] {
  const rank = (f: Finding) => (changed && onChangedLine(changed, f) ? 0 : 10) + severityRank(f.severity);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

const MARKER = /<!-- leakwarden:fingerprint=([^ ]+) (open|resolved) -->/;
const SUMMARY_MARKER = '<!-- leakwarden:summary -->';

/**
 * Review comments on the lines a pull request adds, each with a hidden marker holding the finding's fingerprint: the
 * new ones in ONE review (one request and one notification, however many findings: one request per comment runs into
 * GitHub's secondary rate limit), a re-run updates its own comments instead of adding more, and a comment whose
 * finding is gone is marked resolved. Findings outside the diff (or whose line at the head is not the one found) go
 * into one PR comment, and so do a review's comments when GitHub rejects the review (422).
 *
 * Never throws, never decides the job: an empty token skips the step (said once), and a failure (a 403 on a fork's
 * read-only token, an API that errs or does not answer once the retries are spent: src/action/api.ts) is a warning
 * and the summary's note. The verdict stays the findings' and the scan's.
 */
export async function commentOnPullRequest(options: {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly token: string;
  readonly pullRequest: { readonly number: number; readonly headSha: string };
  readonly findings: readonly Finding[];
  readonly changed: ReadonlyMap<string, LineRanges>;
  readonly rules: ReadonlyMap<string, RuleInfo>;
}): Promise<CommentsNote> {
  const { env, pullRequest, rules } = options;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const skipped = (why: string): CommentsNote => ({ created: 0, updated: 0, resolved: 0, elsewhere: 0, degraded: why });
  if (options.token === '') {
    core.info('leakwarden: github-token is empty: no pull request comments (the findings are in the annotations and the job summary)');
    return skipped('github-token is empty');
  }
  if (!owner || !repo) return skipped('GITHUB_REPOSITORY is not set');
  const number = pullRequest.number;
  const head = pullRequest.headSha;
  const note = { created: 0, updated: 0, resolved: 0 };
  let elsewhere: Finding[] = [];
  const api = githubApi({ token: options.token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', env, log: (line) => core.info(line) });
  const { octokit } = api;
  try {
    const atHead = await sameAtHead(options.cwd, head, options.findings);
    const onDiff = (f: Finding) => atHead.has(f) && onChangedLine(options.changed, f);
    const inline = options.findings.filter(onDiff);
    elsewhere = options.findings.filter((f) => !onDiff(f));
    const existing = await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: number, per_page: 100 });
    const ours = new Map<string, { id: number; body: string; state: string }>();
    for (const comment of existing) {
      const marker = MARKER.exec(comment.body ?? '');
      if (marker) ours.set(marker[1]!, { id: comment.id, body: comment.body ?? '', state: marker[2]! });
    }
    const current = new Set(inline.map((f) => f.fingerprint));
    const fresh = inline.filter((f) => !ours.has(f.fingerprint));
    if (fresh.length > 0) {
      try {
        await octokit.rest.pulls.createReview({
          owner, repo, pull_number: number, commit_id: head, event: 'COMMENT',
          body: `**leakwarden: ${fresh.length} ${fresh.length === 1 ? 'secret' : 'secrets'} on lines this pull request adds.** Rotate each one first: removing it from the branch does not take it out of the history that was pushed.`,
          comments: fresh.map((f) => ({ path: f.path, line: f.line!, side: 'RIGHT' as const, body: reviewBody(f, rules.get(f.ruleId), 'open') })),
        });
        note.created = fresh.length;
      } catch (error) {
        // A review fails whole when one comment's line is not in the diff, without saying which: list them instead.
        if ((error as { status?: number }).status !== 422) throw error;
        core.warning(`leakwarden: GitHub rejected the review on pull request #${number} (${describeApiError(error, api.limits)}): its ${fresh.length} comments are listed in one pull-request comment instead`);
        elsewhere = [...fresh, ...elsewhere];
      }
    }
    for (const finding of inline) {
      const known = ours.get(finding.fingerprint);
      const body = reviewBody(finding, rules.get(finding.ruleId), 'open');
      if (!known || known.body === body) continue;
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: known.id, body });
      note.updated++;
    }
    for (const [fingerprint, known] of ours) {
      if (current.has(fingerprint) || known.state === 'resolved') continue;
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: known.id, body: resolvedBody(fingerprint, known.body, head) });
      note.resolved++;
    }
    await upsertSummaryComment(octokit, owner, repo, number, elsewhere, rules);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const readOnly = (status === 403 || status === 404) && (error as { response?: unknown }).response !== undefined;
    const why = readOnly
      ? `HTTP ${status}: the token is read-only, as on pull requests from forks, or lacks pull-requests: write`
      : describeApiError(error, api.limits);
    core.warning(`leakwarden: could not comment on pull request #${number}: ${why}; the findings are in the annotations and the job summary`);
    return { ...note, elsewhere: elsewhere.length, degraded: why };
  } finally {
    api.close();
  }
  return { ...note, elsewhere: elsewhere.length, degraded: null };
}

function reviewBody(finding: Finding, rule: RuleInfo | undefined, state: 'open'): string {
  return [
    `**leakwarden: ${finding.ruleId}** (${finding.severity})`,
    '',
    message(finding, rule),
    '',
    'Rotate the secret first: removing it from the branch does not take it out of the history that was pushed.',
    `<!-- leakwarden:fingerprint=${finding.fingerprint} ${state} -->`,
  ].join('\n');
}

function resolvedBody(fingerprint: string, body: string, head: string): string {
  const text = body.replace(MARKER, '').trimEnd();
  return `✅ **Resolved:** no longer found at ${head.slice(0, 12)}.\n\n<details><summary>Earlier finding</summary>\n\n${text}\n\n</details>\n<!-- leakwarden:fingerprint=${fingerprint} resolved -->`;
}

/** One PR comment for what cannot be a review comment, kept up to date across runs (created only when needed). */
async function upsertSummaryComment(octokit: GitHubClient, owner: string, repo: string, number: number, findings: readonly Finding[], rules: ReadonlyMap<string, RuleInfo>): Promise<void> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
  const mine = comments.find((c) => (c.body ?? '').includes(SUMMARY_MARKER));
  if (findings.length === 0 && !mine) return;
  const body = findings.length === 0
    ? `✅ leakwarden: no findings outside the changed lines.\n${SUMMARY_MARKER}`
    : [
        `**leakwarden: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} outside the lines this pull request changes** (added in its commits, or on lines a review comment cannot reach)`,
        '',
        ...findings.map((f) => `- \`${f.path}${f.line === null ? '' : `:${f.line}`}\`${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''}: ${message(f, rules.get(f.ruleId)).split('\n')[0]}`),
        '',
        'Rotate each secret, then remove it; a secret that only ever lived in this branch\'s commits is gone from the default branch once the pull request is squash-merged, but it was pushed, so rotate it anyway.',
        SUMMARY_MARKER,
      ].join('\n');
  if (mine) {
    if (mine.body !== body) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
  } else {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  }
}

/** Findings whose file at the head is the one they were found in (their line numbers hold at the head). */
async function sameAtHead(cwd: string, head: string, findings: readonly Finding[]): Promise<Set<Finding>> {
  const candidates = findings.filter((f) => f.commit !== null && f.line !== null);
  if (candidates.length === 0) return new Set();
  const names = candidates.flatMap((f) => [`${f.commit}:${f.path}`, `${head}:${f.path}`]);
  const out = await git(['cat-file', '--batch-check=%(objectname)'], { cwd, input: `${names.join('\n')}\n` });
  const oids = out.stdout.toString('utf8').split('\n');
  return new Set(candidates.filter((_, i) => oids[2 * i] === oids[2 * i + 1] && !oids[2 * i]!.endsWith('missing')));
}
