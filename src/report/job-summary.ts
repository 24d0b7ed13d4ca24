import type { Verdict } from '../verdict.ts';
import type { Finding, ScanResult } from '../types.ts';
import { severityRank, VERIFICATION_STATUSES, verificationRank } from '../types.ts';
import { accessText, STATUS_ADVICE, STATUS_ORDER, VERIFICATION_ADVICE } from './finding-text.ts';
import { ANNOTATION_BUDGET } from './annotation-budget.ts';
import type { ReportContext } from './reporter.ts';
import { notScanned, skippedLines } from './skipped.ts';

/** What became of the pull request comments (src/action/review.ts), for the summary. */
export interface CommentsNote {
  readonly created: number;
  readonly updated: number;
  readonly resolved: number;
  /** Findings not on a changed line of the head: listed in one PR comment instead. */
  readonly elsewhere: number;
  /** Why comments could not be posted (a read-only token on a fork's PR), when they could not. */
  readonly degraded: string | null;
}

/** What the Action knows besides the result. */
export interface JobFacts {
  readonly verdict: Verdict;
  /** Why this scope (from the event). */
  readonly scope: string;
  /** The fetches that deepened a shallow checkout. */
  readonly fetches: readonly string[];
  /** The findings that got an annotation (src/report/github.ts `annotated`). */
  readonly annotated: readonly Finding[];
  readonly comments: CommentsNote | null;
  /** For links to the file at its commit: GITHUB_SERVER_URL and GITHUB_REPOSITORY. */
  readonly server: string;
  readonly repository: string | null;
  /** Where every finding is, past the table's rows: the JSON report the Action wrote (output report-file), the SARIF file. */
  readonly reportFile?: string | null;
  readonly sarifFile?: string | null;
}

/**
 * Rows of the findings table; the rest are counted and the summary says where they are. GitHub caps a step's summary
 * at 1 MiB, and a history audit can find hundreds of thousands: no table holds them all, so the Action writes the
 * complete JSON report to a file (output report-file) rather than a longer table.
 */
const TABLE_ROWS = 200;

/**
 * The job summary (GITHUB_STEP_SUMMARY, HTML): the verdict, what was scanned (commits, blobs, fetches), what was
 * not, counts by rule and by incident status, a redacted table of the findings in the order given (most urgent
 * first) with a link to the file at its commit and whether it was annotated, the comments, and what to do. Text
 * from the repository is HTML-escaped.
 */
export function formatJobSummary(result: ScanResult, context: ReportContext, facts: JobFacts): string {
  const { stats, findings } = result;
  const history = stats.history;
  const out: string[] = [];
  const live = result.verification?.secrets.live ?? 0;
  out.push(`<h2>${findings.length === 0 ? 'leakwarden: no secrets found' : `leakwarden: ${findings.length} ${findings.length === 1 ? 'secret' : 'secrets'} found${live > 0 ? `, ${live} live` : ''}`}</h2>`);
  const scanned = history
    ? `Scanned ${history.commits} ${history.commits === 1 ? 'commit' : 'commits'}${history.range ? ` (<code>${escape(history.range)}</code>)` : ' (every ref)'} and ${history.blobs} distinct blobs (${stats.files} text files, ${stats.bytes} bytes).`
    : `Scanned ${stats.files} files (${stats.bytes} bytes).`;
  out.push(`<p>${escape(facts.scope)}. ${scanned}</p>`);
  if (facts.verdict.incomplete) out.push(`<p><b>${escape(facts.verdict.incomplete.line)}</b>: ${escape(facts.verdict.incomplete.hint)}.</p>`);
  if (facts.fetches.length > 0) out.push(`<p>The checkout was shallow; fetched: ${facts.fetches.map((f) => `<code>${escape(f)}</code>`).join(', ')}</p>`);
  const named = notScanned(stats);
  if (named.length > 0) {
    const { lines, more } = skippedLines(stats);
    out.push(`<p>Not scanned: ${named.length}</p>`, list(lines.map((line) => `<code>${escape(line)}</code>`)), more > 0 ? `<p>… and ${more} more.</p>` : '');
  }
  if (findings.length > 0) {
    const byRule = new Map<string, number>();
    for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    out.push(table(['Rule', 'Findings'], [...byRule].map(([rule, n]) => [escape(rule), String(n)])));
    const verification = result.verification;
    if (verification) {
      const rows = VERIFICATION_STATUSES.map((status) => [status, verification.secrets[status]] as const).filter(([, n]) => n > 0);
      out.push(table(['Verification', 'Distinct secrets', 'What to do'], rows.map(([status, n]) => [status === 'live' ? '<b>live</b>' : status, String(n), escape(VERIFICATION_ADVICE[status])])));
    }
    const incidents = result.incidents ?? [];
    if (incidents.length > 0) {
      const rows = STATUS_ORDER.map((status) => [status, incidents.filter((i) => i.status === status).length] as const).filter(([, n]) => n > 0);
      out.push(table(['Incident status', 'Incidents', 'What to do'], rows.map(([status, n]) => [status, String(n), escape(STATUS_ADVICE[status])])));
    }
    const shown = new Set(facts.annotated);
    const link = (f: Finding) => {
      const where = `<code>${escape(`${f.path}${f.line === null ? '' : `:${f.line}`}`)}</code>`;
      if (facts.repository === null || !f.commit) return where;
      const url = `${facts.server}/${facts.repository}/blob/${f.commit}/${f.path.split('/').map(encodeURIComponent).join('/')}${f.line === null ? '' : `#L${f.line}`}`;
      return `<a href="${escape(url)}">${where}</a>`;
    };
    // --verify: live secrets first, the rest in the order given.
    const rows = verification ? [...findings].sort((a, b) => verificationRank(a.verification) - verificationRank(b.verification)) : findings;
    const verified = (f: Finding) => {
      if (!f.verification) return '';
      const access = accessText(f.verification.access);
      return `${f.verification.status === 'live' ? '<b>live</b>' : f.verification.status}${access ? `: ${escape(access)}` : ''}`;
    };
    out.push(table(['Severity', 'Rule', 'Where', 'Secret', ...(verification ? ['Verified'] : []), 'Commit', 'Annotated'], rows.slice(0, TABLE_ROWS).map((f) => [
      f.severity,
      escape(f.ruleId),
      link(f),
      `<code>${escape(f.secret)}</code>`,
      ...(verification ? [verified(f)] : []),
      f.commit ? `<code>${f.commit.slice(0, 12)}</code>${f.author ? ` ${escape(f.author.name)}, ${escape(f.author.date.slice(0, 10))}` : ''}` : '',
      shown.has(f) ? 'yes' : 'no (over GitHub\'s annotation limit)',
    ])));
    if (findings.length > TABLE_ROWS) out.push(`<p>… and ${findings.length - TABLE_ROWS} more: ${everyFinding(facts)}.</p>`);
    const notAnnotated = findings.length - shown.size;
    if (notAnnotated > 0) {
      out.push(`<p>${notAnnotated} ${notAnnotated === 1 ? 'finding was' : 'findings were'} not annotated: GitHub shows at most ${ANNOTATION_BUDGET.perLevel} annotations of each level per step and ${ANNOTATION_BUDGET.perJob} per job.</p>`);
    }
    out.push(commentsLine(facts.comments));
    out.push('<h3>What to do</h3>');
    const fired = [...byRule.keys()].sort((a, b) => severityRank(context.rules.get(a)?.severity ?? 'low') - severityRank(context.rules.get(b)?.severity ?? 'low'));
    out.push(list(fired.map((id) => `<b>${escape(id)}</b>: ${escape(context.rules.get(id)?.remediation ?? '')}`)));
    out.push('<p>Rotate first: once pushed, a secret stays readable in history, in forks and in caches, even after the commit that removed it.</p>');
  } else if (facts.comments?.degraded) {
    // Without findings, the comments are worth a line only when they could not be posted (or updated).
    out.push(commentsLine(facts.comments));
  }
  return `${out.filter((part) => part !== '').join('\n')}\n`;
}

/** Where the findings past the table are. */
function everyFinding(facts: JobFacts): string {
  const where = [
    ...(facts.reportFile ? [`the JSON report <code>${escape(facts.reportFile)}</code> (output <code>report-file</code>; it lives in RUNNER_TEMP until the job ends: upload it with actions/upload-artifact to keep it)`] : []),
    ...(facts.sarifFile ? [`the SARIF file <code>${escape(facts.sarifFile)}</code>`] : []),
  ];
  return where.length > 0 ? `every finding is in ${where.join(' and in ')}` : 'leakwarden history --format json lists every one';
}

/** What became of the pull request comments; a failure is a warning here, never the job's outcome. */
function commentsLine(c: CommentsNote | null): string {
  if (!c) return '';
  const done = `${c.created} new, ${c.updated} updated, ${c.resolved} marked resolved`;
  if (c.degraded === null) return `<p>Pull request comments: ${done}; ${c.elsewhere} outside the diff listed in one comment.</p>`;
  const some = c.created + c.updated + c.resolved > 0;
  return `<p>Pull request comments: ${some ? `${done}, then stopped` : 'not posted'} (${escape(c.degraded)}). The findings are in this summary and the annotations; the comments never decide the job's outcome.</p>`;
}

/** The summary of a run that could not scan: the one line and its hint. */
export function formatJobFailure(message: string, hint: string | null): string {
  return `<h2>leakwarden: the scan could not run</h2>\n<p>${escape(message)}</p>\n${hint ? `<p>Hint: ${escape(hint)}</p>\n` : ''}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[], tag: 'th' | 'td') => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
  return `<table>${row(header, 'th')}${rows.map((cells) => row(cells, 'td')).join('')}</table>`;
}

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
