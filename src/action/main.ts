import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { LeakwardenError } from '../errors.ts';
import { message, position } from '../report/github.ts';
import { sarifReporter } from '../report/sarif.ts';
import { scan } from '../scan.ts';
import type { ScanRequest } from '../scan.ts';
import type { Finding, LineRanges, RuleInfo, ScanResult } from '../types.ts';
import { toolVersion } from '../version.ts';
import { ScopeError, scopeFromEvent } from './event.ts';
import type { ActionScope, ScopeInput } from './event.ts';
import { healRange } from './fetch.ts';
import { actionInputs } from './inputs.ts';
import { changedLines, commentOnPullRequest, onChangedLine } from './review.ts';
import { writeSummary } from './summary.ts';

/** GitHub shows at most 10 annotations of each level per step, and 50 per job. */
const PER_LEVEL = 10;
const PER_JOB = 50;

/**
 * The Action: decide the scope from the event, fetch what a shallow checkout lacks, scan, mask every secret found,
 * then report through annotations (within GitHub's budget), the job summary, SARIF and PR review comments. Never
 * green on a scope it could not scan.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = actionInputs();
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const payload: unknown = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
    const scope = scopeFromEvent(env.GITHUB_EVENT_NAME ?? '', payload, inputs.scope as ScopeInput);
    const plan = await prepare(cwd, scope, env);
    core.info(`leakwarden ${toolVersion()}: ${scope.reason}`);
    for (const fetch of plan.fetches) core.info(`  ${fetch}`);

    const { result, rules } = await scan({
      cwd,
      paths: [],
      maxFileSize: inputs.maxFileSize,
      gitignore: inputs.gitignore,
      redact: inputs.redact,
      config: inputs.config,
      baseline: inputs.baseline,
      given: inputs.given,
      warn: (text) => core.warning(text),
      // Masked before anything is printed: the runner then hides them in every later log line.
      onSecret: (secret) => core.setSecret(secret),
      ...plan.request,
    });

    const changed = scope.kind === 'range' && scope.pullRequest ? await changedLines(cwd, scope.base, scope.head) : null;
    const ordered = prioritise(result, changed);
    const annotated = inputs.annotations ? annotate(ordered, rules) : [];
    if (inputs.sarifFile !== '') {
      const file = path.resolve(cwd, inputs.sarifFile);
      writeFileSync(file, sarifReporter.format(result, { toolVersion: toolVersion(), rules, color: false }));
      core.setOutput('sarif-file', file);
    }
    const comments = scope.kind === 'range' && scope.pullRequest && inputs.comment
      ? await commentOnPullRequest({ cwd, env, token: inputs.githubToken, pullRequest: scope.pullRequest, findings: ordered, changed: changed!, rules })
      : null;
    await writeSummary({ result, rules, scope, plan, annotated, comments, env, findings: ordered });

    core.setOutput('findings', result.findings.length);
    core.setOutput('incidents', result.incidents?.length ?? 0);
    core.setOutput('scanned-commits', result.stats.history?.commits ?? 0);
    const skippedUnreadable = result.stats.skipped.filter((s) => s.reason === 'unreadable').length;
    if (result.findings.length > 0 && inputs.failOnFindings) {
      core.setFailed(`leakwarden found ${result.findings.length} ${result.findings.length === 1 ? 'secret' : 'secrets'}${result.incidents ? ` (${result.incidents.length} ${result.incidents.length === 1 ? 'incident' : 'incidents'})` : ''}: rotate them, then remove them (see the job summary)`);
    } else if (skippedUnreadable > 0) {
      core.setFailed(`leakwarden could not read ${skippedUnreadable} ${skippedUnreadable === 1 ? 'file' : 'files'}: the scan is incomplete (see the job summary)`);
    } else if (result.findings.length > 0) {
      core.warning(`leakwarden found ${result.findings.length} ${result.findings.length === 1 ? 'secret' : 'secrets'} (fail-on-findings is off)`);
    }
  } catch (error) {
    if (error instanceof LeakwardenError || error instanceof ScopeError) {
      core.setFailed(`leakwarden: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}`);
    } else {
      core.setFailed(`leakwarden: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}

export interface Plan {
  readonly request: Pick<ScanRequest, 'mode'> & Partial<Pick<ScanRequest, 'history'>>;
  readonly fetches: readonly string[];
  /** What was scanned, for the summary. */
  readonly range: string | null;
}

/** Turns the event's scope into a scan request, fetching what the checkout lacks. */
async function prepare(cwd: string, scope: ActionScope, env: NodeJS.ProcessEnv): Promise<Plan> {
  switch (scope.kind) {
    case 'dir':
      return { request: { mode: 'dir' }, fetches: [], range: null };
    case 'history': {
      const { unshallowAll } = await import('./fetch.ts');
      const fetches = await unshallowAll(cwd);
      return { request: { mode: 'history', history: { range: null, sinceCommit: null, branch: null } }, fetches, range: null };
    }
    case 'range': {
      const healed = await healRange(cwd, scope.base, scope.head, { expectedCommits: scope.expectedCommits });
      const range = `${scope.base}..${scope.head}`;
      return { request: { mode: 'history', history: { range, sinceCommit: null, branch: null } }, fetches: healed.fetches, range };
    }
    case 'new-branch': {
      const base = `refs/remotes/origin/${scope.defaultBranch}`;
      if (env.GITHUB_REF === `refs/heads/${scope.defaultBranch}`) {
        // The first push of the default branch itself: its whole history is new.
        const { unshallowAll } = await import('./fetch.ts');
        const fetches = await unshallowAll(cwd);
        return { request: { mode: 'history', history: { range: null, sinceCommit: null, branch: scope.head } }, fetches, range: null };
      }
      const healed = await healRange(cwd, base, scope.head, { expectedCommits: null, baseRef: scope.defaultBranch });
      const range = `${base}..${scope.head}`;
      return { request: { mode: 'history', history: { range, sinceCommit: null, branch: null } }, fetches: healed.fetches, range };
    }
  }
}

/** Findings in the order they deserve attention: on lines the pull request changes (at its head) first; by severity within. */
function prioritise(result: ScanResult, changed: ReadonlyMap<string, LineRanges> | null): Finding[] {
  const rank = (f: Finding) => {
    const onChanged = changed && onChangedLine(changed, f) ? 0 : 1;
    const sev = f.severity === 'high' ? 0 : f.severity === 'medium' ? 1 : 2;
    return onChanged * 10 + sev;
  };
  return [...result.findings].sort((a, b) => rank(a) - rank(b));
}

/** Annotations within the budget; returns those issued (the rest are listed in the summary). */
function annotate(findings: readonly Finding[], rules: ReadonlyMap<string, RuleInfo>): Finding[] {
  const issued: Finding[] = [];
  const perLevel = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) {
    if (issued.length >= PER_JOB || perLevel[finding.severity] >= PER_LEVEL) continue;
    perLevel[finding.severity]++;
    issued.push(finding);
    const text = message(finding, rules.get(finding.ruleId));
    if (finding.severity === 'high') core.error(text, position(finding));
    else if (finding.severity === 'medium') core.warning(text, position(finding));
    else core.notice(text, position(finding));
  }
  return issued;
}
