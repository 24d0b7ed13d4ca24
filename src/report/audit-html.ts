import { createHash } from 'node:crypto';
import type { AuditRepository, AuditResult, AuditTotals, RankedIncident } from '../audit/result.ts';
import { auditTotals, rotateFirst, verificationStatus } from '../audit/result.ts';
import { commitLink } from '../audit/sources.ts';
import type { Sighting } from '../types.ts';
import { STATUS_ADVICE, STATUS_ORDER } from './finding-text.ts';
import type { AuditReporter } from './audit-index.ts';
import { clean, formatBytes } from './terminal.ts';

/**
 * The audit as one HTML file a person opens from a mail attachment: no script, style, font or image from anywhere
 * (a Content-Security-Policy allows only the one inline style and the one inline script, by hash, so the page cannot
 * load anything even if a value from a repository tried), a summary, every incident in a table sortable by
 * repository, rule, first seen, still in HEAD and status (rotate-first order by default), with links to the commits
 * on the forge when the remote is known. Everything from the repositories is escaped; secrets are as the incidents
 * carry them (redacted unless --no-redact).
 */

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --bg: #fff; --card: #f6f8fa; --line: #d1d9e0; --red: #cf222e; --amber: #9a6700; --violet: #8250df; --green: #1a7f37; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --line: #3d444d; --red: #ff7b72; --amber: #d29922; --violet: #bc8cff; --green: #3fb950; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.cards li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; min-width: 150px; }
.cards b { display: block; font-size: 26px; }
.cards .alert b { color: var(--red); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--card); position: sticky; top: 0; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--fg); }
th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--fg); }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
a { color: inherit; }
.tag { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.in-head, .high, .live, .error { color: var(--red); } .unmerged-branch, .medium { color: var(--amber); } .history-only { color: var(--violet); } .ok, .clean { color: var(--green); } .low { color: var(--muted); }
details summary { cursor: pointer; color: var(--muted); }
details ul { margin: 4px 0; padding-left: 18px; }
.callout { border: 1px solid var(--red); border-radius: 8px; padding: 8px 16px; margin: 16px 0; }
.callout h2 { margin-top: 8px; }
footer { margin-top: 32px; }
`;

const SCRIPT = `
(function () {
  var table = document.getElementById('incidents');
  if (!table) return;
  var body = table.tBodies[0];
  var headers = table.querySelectorAll('thead th');
  Array.prototype.forEach.call(table.querySelectorAll('thead button[data-key]'), function (button) {
    button.addEventListener('click', function () {
      var key = button.getAttribute('data-key');
      var numeric = button.getAttribute('data-type') === 'number';
      var th = button.parentNode;
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.getAttribute('data-' + key) || '';
        var y = b.getAttribute('data-' + key) || '';
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return (ascending ? order : -order) || Number(a.getAttribute('data-rank')) - Number(b.getAttribute('data-rank'));
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
/** Nothing from the network, nothing inline but these two: a value that slipped past escaping could not run or load anything. */
const CSP = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

export const auditHtmlReporter = {
  id: 'html',
  format(audit, context) {
    const totals = auditTotals(audit);
    const ranked = rotateFirst(audit);
    const title = `Secret-leak audit: ${totals.repositories} ${totals.repositories === 1 ? 'repository' : 'repositories'}, ${totals.incidents} ${totals.incidents === 1 ? 'incident' : 'incidents'}`;
    return [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(title)}</title>`,
      `<style>${STYLE}</style>`,
      '</head>',
      '<body>',
      '<header>',
      '<h1>Secret-leak audit</h1>',
      `<p class="muted">leakwarden ${esc(context.toolVersion)} · the whole history of every ref of each repository · ${audit.redacted ? 'secrets are redacted' : '<strong class="error">secrets are shown in full (--no-redact): handle this file as a secret</strong>'}</p>`,
      '</header>',
      summary(totals),
      errorsCallout(audit.repositories),
      incidentsSection(ranked, totals),
      repositoriesSection(audit),
      excludedSection(audit),
      '<footer class="muted"><p>Status: <b>in-head</b> the secret is still in the default branch; <b>unmerged-branch</b> only on branches not merged into it; <b>history-only</b> removed, but still in the history. A secret that reached a shared repository must be rotated in every case: removing it from the code does not make it safe.</p></footer>',
      `<script>${SCRIPT}</script>`,
      '</body>',
      '</html>',
      '',
    ].filter((part) => part !== '').join('\n');
  },
} satisfies AuditReporter;

function summary(totals: AuditTotals): string {
  const card = (value: number, label: string, alert = false) => `<li${alert ? ' class="alert"' : ''}><b>${value}</b>${esc(label)}</li>`;
  return [
    '<ul class="cards" id="summary">',
    card(totals.ok, `of ${totals.repositories} ${totals.repositories === 1 ? 'repository' : 'repositories'} scanned`),
    card(totals.incidents, totals.incidents === 1 ? 'incident' : 'incidents', totals.incidents > 0),
    card(totals.byStatus['in-head'], 'still in HEAD', totals.byStatus['in-head'] > 0),
    card(totals.secrets, totals.secrets === 1 ? 'distinct secret' : 'distinct secrets'),
    ...(totals.live !== null ? [card(totals.live, totals.live === 1 ? 'live key' : 'live keys', totals.live > 0)] : []),
    ...(totals.errors > 0 ? [card(totals.errors, 'could not be scanned', true)] : []),
    '</ul>',
  ].join('\n');
}

function errorsCallout(repositories: readonly AuditRepository[]): string {
  const failed = repositories.filter((r) => r.status === 'error');
  if (failed.length === 0) return '';
  return [
    '<section class="callout" id="errors">',
    `<h2 class="error">${failed.length} ${failed.length === 1 ? 'repository' : 'repositories'} could not be scanned completely</h2>`,
    '<p>This audit does not cover them: what it says below is not the whole story.</p>',
    '<ul>',
    ...failed.map((r) => `<li><b>${esc(r.name)}</b>: ${esc(r.error ?? 'not scanned')}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

function incidentsSection(ranked: readonly RankedIncident[], totals: AuditTotals): string {
  if (ranked.length === 0) return '<h2>Incidents</h2>\n<p class="clean" id="no-incidents">No secrets found.</p>';
  const verified = totals.live !== null;
  const sortable = (key: string, label: string, type: 'text' | 'number' = 'text') => `<th scope="col"><button type="button" data-key="${key}" data-type="${type}">${label}</button></th>`;
  return [
    '<h2>Incidents, rotate first</h2>',
    `<p class="muted">One row per secret per repository, in the order to deal with them: ${verified ? 'live keys first, then ' : ''}still in the default branch, then only on unmerged branches, then only in history; the most severe and the most widely leaked first. Click a column to sort by it.</p>`,
    '<table id="incidents">',
    '<thead><tr>',
    `<th scope="col" aria-sort="ascending"><button type="button" data-key="rank" data-type="number">#</button></th>`,
    sortable('repository', 'Repository'),
    sortable('rule', 'Rule'),
    '<th scope="col">Secret</th>',
    sortable('first', 'First seen'),
    sortable('head', 'Still in HEAD', 'number'),
    sortable('status', 'Status', 'number'),
    '<th scope="col">Commits</th>',
    '</tr></thead>',
    '<tbody>',
    ...ranked.map((entry, i) => incidentRow(entry, i + 1)),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function incidentRow({ repository, incident, alsoIn }: RankedIncident, rank: number): string {
  const web = safeWeb(repository.web);
  const verification = verificationStatus(incident);
  const statusRank = (verification === 'live' ? 0 : 10) + STATUS_ORDER.indexOf(incident.status);
  const inHead = incident.status === 'in-head';
  const details = [
    `<li>first seen ${sightingHtml(incident.firstSeen, web)}</li>`,
    incident.lastSeen.commit !== incident.firstSeen.commit || incident.lastSeen.path !== incident.firstSeen.path ? `<li>last seen ${sightingHtml(incident.lastSeen, web)}</li>` : '',
    `<li>${incident.occurrences} ${incident.occurrences === 1 ? 'occurrence' : 'occurrences'} in ${incident.commits} ${incident.commits === 1 ? 'commit' : 'commits'}; ${incident.paths.length === 1 ? 'path' : 'paths'}: ${incident.paths.map((p) => `<code>${esc(p)}</code>`).join(', ')}</li>`,
    incident.branches.length > 0 ? `<li>branches: ${incident.branches.map((b) => `<code>${esc(b)}</code>`).join(', ')}</li>` : '',
    alsoIn.length > 0 ? `<li class="error">the same secret leaked in ${alsoIn.map((name) => `<b>${esc(name)}</b>`).join(', ')}</li>` : '',
    `<li>what to do: ${esc(STATUS_ADVICE[incident.status])}</li>`,
  ].filter((line) => line !== '');
  return [
    `<tr data-rank="${rank}" data-repository="${esc(repository.name.toLowerCase())}" data-rule="${esc(incident.ruleId)}" data-first="${esc(utc(incident.firstSeen.author.date))}" data-head="${inHead ? 0 : 1}" data-status="${statusRank}">`,
    `<td>${rank}</td>`,
    `<td>${web ? `<a href="${esc(web)}" rel="noopener noreferrer">${esc(repository.name)}</a>` : esc(repository.name)}</td>`,
    `<td><code>${esc(incident.ruleId)}</code><br><span class="tag ${incident.severity}">${incident.severity}</span></td>`,
    `<td><code>${esc(incident.secret)}</code><br><span class="muted">${esc(incident.description)}</span>${alsoIn.length > 0 ? `<br><span class="tag error">in ${alsoIn.length + 1} repositories</span>` : ''}</td>`,
    `<td>${esc(incident.firstSeen.author.date.slice(0, 10))}<br>${commitHtml(incident.firstSeen.commit, web)}</td>`,
    `<td>${inHead ? '<span class="tag in-head">yes</span>' : 'no'}</td>`,
    `<td><span class="tag ${incident.status}">${incident.status}</span>${verification ? `<br><span class="tag ${verification === 'live' ? 'live' : 'muted'}">${esc(verification)}</span>` : ''}</td>`,
    `<td><details><summary>${incident.commits} ${incident.commits === 1 ? 'commit' : 'commits'}</summary><ul>${details.join('')}</ul></details></td>`,
    '</tr>',
  ].join('');
}

function repositoriesSection(audit: AuditResult): string {
  return [
    '<h2>Repositories</h2>',
    '<table id="repositories">',
    '<thead><tr><th scope="col">Repository</th><th scope="col">Scan</th><th scope="col">Incidents</th><th scope="col">Still in HEAD</th><th scope="col">Covered</th></tr></thead>',
    '<tbody>',
    ...audit.repositories.map((r) => {
      const web = safeWeb(r.web);
      const inHead = r.incidents.filter((i) => i.status === 'in-head').length;
      const covered = r.scan
        ? `${r.scan.commits} ${r.scan.commits === 1 ? 'commit' : 'commits'}, ${r.scan.blobs} ${r.scan.blobs === 1 ? 'blob' : 'blobs'}, ${esc(formatBytes(r.scan.bytes))}${r.scan.reused ? ' <span class="muted">(unchanged since the last run: result reused)</span>' : ''}${r.scan.notScanned.length > 0 ? `; <span class="error">${r.scan.notScanned.length} not scanned</span>` : ''}`
        : '';
      const scanCell = r.status === 'ok' ? '<span class="tag ok">ok</span>' : `<span class="tag error">error</span> ${esc(r.error ?? '')}`;
      return `<tr data-status="${r.status}"><td>${web ? `<a href="${esc(web)}" rel="noopener noreferrer">${esc(r.name)}</a>` : esc(r.name)}<br><code class="muted">${esc(r.source)}</code></td><td>${scanCell}</td><td>${r.incidents.length}</td><td>${inHead}</td><td>${covered}</td></tr>`;
    }),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function excludedSection(audit: AuditResult): string {
  if (audit.excluded.length === 0) return '';
  return [
    `<details><summary>${audit.excluded.length} ${audit.excluded.length === 1 ? 'repository was' : 'repositories were'} left out (archived: --include-archived; forks: --include-forks)</summary><ul>`,
    ...audit.excluded.map((e) => `<li>${esc(e.name)} <span class="muted">(${e.reason})</span></li>`),
    '</ul></details>',
  ].join('\n');
}

function sightingHtml(s: Sighting, web: string | null): string {
  return `${commitHtml(s.commit, web)} ${esc(s.author.date.slice(0, 10))} by ${esc(s.author.name)} in <code>${esc(s.path)}${s.line === null ? '' : `:${s.line}`}</code>`;
}

/** The commit's short id, linked to its page on the forge when the remote is known. */
function commitHtml(sha: string, web: string | null): string {
  if (!/^[0-9a-f]{7,64}$/.test(sha)) return esc(sha);
  const short = `<code>${sha.slice(0, 12)}</code>`;
  return web ? `<a href="${esc(commitLink(web, sha))}" rel="noopener noreferrer" title="${sha}">${short}</a>` : `<span title="${sha}">${short}</span>`;
}

/** Only an http(s) page is ever a link (a merged report is input like any other). */
function safeWeb(web: string | undefined): string | null {
  if (web === undefined || !/^https?:\/\/[^\s"'<>]+$/i.test(web)) return null;
  try {
    return new URL(web).protocol.startsWith('http') ? web.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/** Author dates carry their author's offset: sorted as text, they must all be in one zone. */
function utc(date: string): string {
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : new Date(time).toISOString();
}

function esc(text: string): string {
  return clean(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
