import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import type { AuditJsonReport } from '../report/audit-json.ts';
import { ExitCode } from '../types.ts';
import type { AuditRepository, AuditResult } from './result.ts';
import type { Excluded, RepositorySource } from './sources.ts';
import { displaySource } from './sources.ts';

/**
 * `leakwarden audit --merge FILE…`: the JSON reports of several audits (the reusable workflow's scan jobs, one per
 * repository or batch) as one audit. A repository in more than one report keeps its scanned entry over an error (a
 * job re-run after a failure). With `expected` (the sources the audit was meant to cover), a repository no
 * report names is an error: a scan job that died without a report must not pass for a clean repository.
 */
export function mergeReports(files: readonly string[], cwd: string, expected: readonly RepositorySource[] | null, warn: (message: string) => void): AuditResult {
  // A repository is its source: the same source in two reports is one repository (a job that ran twice); two
  // sources that share a name are two repositories, the later one renamed.
  const bySource = new Map<string, AuditRepository>();
  const excluded = new Map<string, Excluded>();
  let redacted = true;
  for (const file of files) {
    const report = readReport(file, cwd);
    redacted &&= report.redacted;
    for (const entry of report.excluded ?? []) excluded.set(entry.name, entry);
    for (const repository of report.repositories) {
      const known = bySource.get(repository.source);
      if (known !== undefined) {
        if (known.status === 'ok' && repository.status === 'error') continue;
        if (known.status === repository.status) warn(`${repository.name} is in more than one report; the one in ${file} is kept`);
      }
      bySource.set(repository.source, repository);
    }
  }
  const names = new Set<string>();
  const all = [...bySource.values()].map((repository) => {
    let name = repository.name;
    for (let n = 2; names.has(name); n++) name = `${repository.name} (${n})`;
    names.add(name);
    return name === repository.name ? repository : { ...repository, name };
  });
  if (expected === null) return { repositories: all, excluded: [...excluded.values()], redacted };
  const left = new Set(all);
  const repositories: AuditRepository[] = [];
  for (const source of expected) {
    const found = all.find((r) => left.has(r) && r.source === displaySource(source.url)) ?? all.find((r) => left.has(r) && r.name === source.name);
    if (found !== undefined) {
      left.delete(found);
      repositories.push(found);
      continue;
    }
    const error = 'no report names this repository: its scan did not finish (see the scan job\'s log)';
    repositories.push({
      name: source.name,
      source: displaySource(source.url),
      ...(source.web !== null ? { web: source.web } : {}),
      status: 'error',
      error,
      incidents: [],
      verdict: { exitCode: ExitCode.Error, reason: error },
    });
  }
  // Reports about repositories the list does not name still count (a repository created after the list was made).
  return { repositories: [...repositories, ...left], excluded: [...excluded.values()], redacted };
}

function readReport(file: string, cwd: string): AuditJsonReport {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`, 'give the JSON reports of `leakwarden audit --format json`');
  }
  let report: Partial<AuditJsonReport>;
  try {
    report = JSON.parse(text) as Partial<AuditJsonReport>;
  } catch (error) {
    throw new InputError(`${file} is not JSON: ${(error as Error).message}`, 'give the JSON reports of `leakwarden audit --format json`');
  }
  if (report.kind !== 'audit' || report.version !== 1 || !Array.isArray(report.repositories)) {
    throw new InputError(`${file} is not a JSON audit report (version 1)`, 'give the reports of `leakwarden audit --format json`; a `leakwarden history` report has no repository names');
  }
  for (const [i, r] of report.repositories.entries()) {
    const ok = typeof r?.name === 'string' && (r.status === 'ok' || r.status === 'error') && Array.isArray(r.incidents) && typeof r.verdict?.exitCode === 'number';
    if (!ok) throw new InputError(`${file}: repositories[${i}] is not a repository entry`, 'give the reports of `leakwarden audit --format json` as they were written');
  }
  return report as AuditJsonReport;
}
