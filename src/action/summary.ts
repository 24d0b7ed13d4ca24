import * as core from '@actions/core';
import { STATUS_ADVICE, STATUS_ORDER } from '../report/finding-text.ts';
import type { Finding, RuleInfo, ScanResult } from '../types.ts';
import type { ActionScope } from './event.ts';
import type { Plan } from './main.ts';
import type { CommentOutcome } from './review.ts';

/** Rows of the findings table; the rest are counted (the summary is capped at 1 MiB per step). */
const TABLE_ROWS = 200;

/**
 * The job summary: what was scanned (commits, blobs, fetches), counts by rule and by incident status, a redacted
 * table of every finding with a link to the file at its commit, what was not annotated, and what to do. Text from
 * the repository is HTML-escaped: core.summary does not escape.
 */
export async function writeSummary(options: {
  readonly result: ScanResult;
  readonly rules: ReadonlyMap<string, RuleInfo>;
  readonly scope: ActionScope;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly annotated: readonly Finding[];
  readonly comments: CommentOutcome | null;
  readonly env: NodeJS.ProcessEnv;
}): Promise<void> {
  const { result, rules, scope, plan, findings, annotated, comments, env } = options;
  const { stats } = result;
  const history = stats.history;
  const summary = core.summary.addHeading(findings.length === 0 ? 'leakwarden: no secrets found' : `leakwarden: ${findings.length} ${findings.length === 1 ? 'secret' : 'secrets'} found`, 2);
  const scanned = history
    ? `Scanned ${history.commits} ${history.commits === 1 ? 'commit' : 'commits'}${history.range ? ` (<code>${escape(history.range)}</code>)` : ' (every ref)'} and ${history.blobs} distinct blobs (${stats.files} text files, ${stats.bytes} bytes).`
    : `Scanned ${stats.files} files (${stats.bytes} bytes).`;
  summary.addRaw(`<p>${escape(scope.reason)}. ${scanned}</p>`, true);
  if (plan.fetches.length > 0) summary.addRaw(`<p>The checkout was shallow; fetched: ${plan.fetches.map((f) => `<code>${escape(f)}</code>`).join(', ')}</p>`, true);
  const skipped = stats.skipped.filter((s) => s.reason !== 'binary');
  if (skipped.length > 0) summary.addRaw(`<p>Not scanned: ${skipped.length} (${skipped.slice(0, 20).map((s) => `<code>${escape(s.path)}</code> ${s.reason}`).join(', ')}${skipped.length > 20 ? ', …' : ''})</p>`, true);

  if (findings.length > 0) {
    const byRule = new Map<string, number>();
    for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    summary.addTable([
      [{ data: 'Rule', header: true }, { data: 'Findings', header: true }],
      ...[...byRule].map(([rule, n]) => [escape(rule), String(n)]),
    ]);
    if (result.incidents && result.incidents.length > 0) {
      const incidents = result.incidents;
      summary.addTable([
        [{ data: 'Incident status', header: true }, { data: 'Incidents', header: true }, { data: 'What to do', header: true }],
        ...STATUS_ORDER.map((status) => [status, String(incidents.filter((i) => i.status === status).length), escape(STATUS_ADVICE[status])] as string[])
          .filter(([, n]) => n !== '0'),
      ]);
    }
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repo = env.GITHUB_REPOSITORY;
    const link = (f: Finding) => {
      const where = `${f.path}${f.line === null ? '' : `:${f.line}`}`;
      if (!repo || !f.commit) return `<code>${escape(where)}</code>`;
      const url = `${server}/${repo}/blob/${f.commit}/${f.path.split('/').map(encodeURIComponent).join('/')}${f.line === null ? '' : `#L${f.line}`}`;
      return `<a href="${escape(url)}"><code>${escape(where)}</code></a>`;
    };
    const shown = new Set(annotated);
    summary.addTable([
      ['Severity', 'Rule', 'Where', 'Secret', 'Commit', 'Annotated'].map((data) => ({ data, header: true })),
      ...findings.slice(0, TABLE_ROWS).map((f) => [
        f.severity,
        escape(f.ruleId),
        link(f),
        `<code>${escape(f.secret)}</code>`,
        f.commit ? `<code>${f.commit.slice(0, 12)}</code>${f.author ? ` ${escape(f.author.name)}, ${escape(f.author.date.slice(0, 10))}` : ''}` : '',
        shown.has(f) ? 'yes' : 'no (over GitHub\'s annotation limit)',
      ]),
    ]);
    if (findings.length > TABLE_ROWS) summary.addRaw(`<p>… and ${findings.length - TABLE_ROWS} more: the SARIF file (input sarif-file) lists every one.</p>`, true);
    const notAnnotated = findings.length - annotated.length;
    if (notAnnotated > 0) summary.addRaw(`<p>${notAnnotated} ${notAnnotated === 1 ? 'finding was' : 'findings were'} not annotated: GitHub shows at most 10 annotations of each level per step and 50 per job. All are listed above.</p>`, true);
    if (comments) {
      summary.addRaw(
        comments.degraded
          ? `<p>Pull request comments: not posted (${escape(comments.degraded)}).</p>`
          : `<p>Pull request comments: ${comments.created} new, ${comments.updated} updated, ${comments.resolved} marked resolved; ${comments.elsewhere} outside the diff listed in one comment.</p>`,
        true,
      );
    }
    summary.addHeading('What to do', 3);
    summary.addList([...byRule.keys()].map((id) => `<b>${escape(id)}</b>: ${escape(rules.get(id)?.remediation ?? '')}`));
    summary.addRaw('<p>Rotate first: once pushed, a secret stays readable in history, in forks and in caches, even after the commit that removed it.</p>', true);
  }
  if (env.GITHUB_STEP_SUMMARY) await summary.write();
  else core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
