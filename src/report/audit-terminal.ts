import { createColors } from 'picocolors';
import type { AuditRepository } from '../audit/result.ts';
import { auditTotals, rotateFirst, verificationStatus } from '../audit/result.ts';
import type { IncidentStatus, Severity, Sighting } from '../types.ts';
import { STATUS_ADVICE, STATUS_ORDER } from './finding-text.ts';
import type { AuditReporter } from './audit-index.ts';
import { clean, formatBytes } from './terminal.ts';

/** Incidents listed one by one under "Rotate first" before the rest are only counted (the JSON and HTML list all). */
const LISTED = 50;

/**
 * For people at a terminal: one line per repository (what it came to, or why it could not be scanned), then the
 * incidents of every repository in the order to rotate them, then one summary line. Text from the repositories is
 * stripped of control characters.
 */
export const auditTerminalReporter = {
  id: 'terminal',
  format(audit, context) {
    const c = createColors(context.color);
    const status: Record<IncidentStatus, (s: string) => string> = { 'in-head': (s) => c.bold(c.red(s)), 'unmerged-branch': c.yellow, 'history-only': c.magenta };
    const severity: Record<Severity, (s: string) => string> = { high: (s) => c.bold(c.red(s)), medium: c.yellow, low: c.cyan };
    const lines: string[] = [];
    const width = Math.min(40, Math.max(0, ...audit.repositories.map((r) => clean(r.name).length)));
    for (const repository of audit.repositories) lines.push(`${c.bold(clean(repository.name).padEnd(width))}  ${repositoryLine(repository, c)}`);

    const ranked = rotateFirst(audit);
    if (ranked.length > 0) {
      lines.push('', c.bold('Rotate first'));
      for (const [i, { repository, incident, alsoIn }] of ranked.slice(0, LISTED).entries()) {
        const verification = verificationStatus(incident);
        lines.push(
          `${String(i + 1).padStart(4)}. ${status[incident.status](incident.status.padEnd(15))} ${severity[incident.severity](incident.severity.padEnd(6))}  ${clean(repository.name)}  ${incident.ruleId}  ${clean(incident.ruleId === 'dotenv-not-gitignored' ? incident.secret : `${incident.description} ${incident.secret}`)}${verification ? `  ${verification === 'live' ? c.bold(c.red('LIVE')) : c.dim(verification)}` : ''}`,
        );
        lines.push(`        ${c.dim('first seen')}  ${sighting(incident.firstSeen)}`);
        const spread = [
          `${incident.occurrences} ${incident.occurrences === 1 ? 'occurrence' : 'occurrences'} in ${incident.commits} ${incident.commits === 1 ? 'commit' : 'commits'}`,
          alsoIn.length > 0 ? `also in ${alsoIn.slice(0, 3).join(', ')}${alsoIn.length > 3 ? ` and ${alsoIn.length - 3} more` : ''}` : '',
        ].filter((part) => part !== '');
        lines.push(`        ${c.dim(clean(spread.join(' · ')))}`);
      }
      if (ranked.length > LISTED) lines.push(c.dim(`  … and ${ranked.length - LISTED} more (--format html or json lists every one)`));
      lines.push('', c.bold('What to do'));
      for (const s of STATUS_ORDER.filter((s) => ranked.some((r) => r.incident.status === s))) lines.push(`  ${s}: ${STATUS_ADVICE[s]}`);
      if (audit.redacted) lines.push(c.dim('  Secrets are redacted in this report; --no-redact shows them.'));
    }
    if (audit.excluded.length > 0) {
      const archived = audit.excluded.filter((e) => e.reason === 'archived').length;
      const forks = audit.excluded.length - archived;
      lines.push('', c.dim(`Left out: ${[archived > 0 ? `${archived} archived (--include-archived)` : '', forks > 0 ? `${forks} ${forks === 1 ? 'fork' : 'forks'} (--include-forks)` : ''].filter((s) => s !== '').join(', ')}`));
    }

    const totals = auditTotals(audit);
    const repos = (n: number) => `${n} ${n === 1 ? 'repository' : 'repositories'}`;
    const failed = totals.errors > 0 ? ` · ${c.red(`${repos(totals.errors)} could not be scanned`)}` : '';
    const reused = totals.reused > 0 ? ` · ${totals.reused} reused from the last run` : '';
    const live = totals.live !== null ? ` · ${totals.live} live` : '';
    lines.push('');
    if (totals.incidents === 0) {
      lines.push(`${totals.errors > 0 ? c.red('✖') : c.green('✔')} no secrets found · ${repos(totals.ok)} scanned of ${totals.repositories}${failed}${reused}`);
    } else {
      const byStatus = STATUS_ORDER.filter((s) => totals.byStatus[s] > 0).map((s) => `${totals.byStatus[s]} ${s}`).join(', ');
      lines.push(
        `${c.red('✖')} ${totals.incidents} ${totals.incidents === 1 ? 'incident' : 'incidents'} (${byStatus}${live}; ${totals.secrets} distinct ${totals.secrets === 1 ? 'secret' : 'secrets'}) in ${totals.affected} of ${repos(totals.repositories)}${failed}${reused}`,
      );
    }
    return `${lines.join('\n')}\n`;
  },
} satisfies AuditReporter;

function repositoryLine(repository: AuditRepository, c: ReturnType<typeof createColors>): string {
  if (repository.status === 'error' && repository.scan === undefined) return `${c.red('error')}  ${clean(repository.error ?? '')}`;
  const scanned = repository.scan
    ? c.dim(` · ${repository.scan.commits} ${repository.scan.commits === 1 ? 'commit' : 'commits'}, ${formatBytes(repository.scan.bytes)}${repository.scan.reused ? ', unchanged since the last run' : ''}`)
    : '';
  const n = repository.incidents.length;
  const found = n === 0 ? c.green('clean') : c.red(`${n} ${n === 1 ? 'incident' : 'incidents'}`);
  const error = repository.status === 'error' ? `  ${c.red('incomplete:')} ${clean(repository.error ?? '')}` : '';
  return `${found}${scanned}${error}`;
}

function sighting(s: Sighting): string {
  return clean(`${s.commit.slice(0, 12)}  ${s.author.date.slice(0, 10)}  ${s.author.name} <${s.author.email}>  ${s.path}${s.line === null ? '' : `:${s.line}`}`);
}
