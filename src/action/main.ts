import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { LeakwardenError } from '../errors.ts';
import { annotated } from '../report/github.ts';
import { formatJobFailure, formatJobSummary } from '../report/job-summary.ts';
import { scan } from '../scan.ts';
import { scanOptions } from '../scan-options.ts';
import { verdict } from '../verdict.ts';
import { toolVersion } from '../version.ts';
import { useProxyFromEnv } from './api.ts';
import { ScopeError, scopeFromEvent } from './event.ts';
import { actionInputs } from './inputs.ts';
import { writeOutputs, writeSummary } from './outputs.ts';
import { nothingNew, planScan } from './plan.ts';
import { changedLines, commentOnPullRequest, prioritise } from './review.ts';

/**
 * The Action: the scope from the event, fetch what a shallow checkout lacks, scan (masking every secret found), the
 * verdict, the outputs, then the reporters' annotations (within GitHub's budget), SARIF, the PR review comments, the
 * job summary, and the conclusion the verdict gives. Never green on a scope it could not scan; never red because
 * GitHub's API failed: the comment step cannot throw, and what it could not do is a warning and a line of the summary.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = actionInputs(env);
    if (inputs.githubToken !== '') core.setSecret(inputs.githubToken);
    const proxy = useProxyFromEnv(env); // before any request; git's fetches read the same variables themselves
    if (proxy) core.warning(`leakwarden: ${proxy}`);
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const scope = scopeFromEvent(env.GITHUB_EVENT_NAME ?? '', env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {}, inputs.scope);
    const plan = await planScan(cwd, scope, env, inputs.githubToken);
    core.info(`leakwarden ${toolVersion()}: ${plan.scope}`);
    for (const fetch of plan.fetches) core.info(`  ${fetch}`);
    // Masked before anything is printed: the runner then hides them in every later log line.
    const outcome = plan.target === null ? nothingNew() : await scan(scanOptions(plan.target, cwd, inputs.options), { warn: (text) => core.warning(text), onSecret: (secret) => core.setSecret(secret) });
    const judged = verdict(outcome, { failOnFindings: inputs.failOnFindings });
    const pullRequest = scope.kind === 'range' ? scope.pullRequest : null;
    const changed = pullRequest && scope.kind === 'range' ? await changedLines(cwd, scope.base, scope.head) : null;
    const result = { ...outcome.result, findings: prioritise(outcome.result.findings, changed) };
    const context = { toolVersion: toolVersion(), rules: outcome.rules, color: false };
    const { reportFile, sarifFile } = writeOutputs(result, context, inputs, cwd, env);
    const comments = pullRequest && changed && inputs.comment
      ? await commentOnPullRequest({ cwd, env, token: inputs.githubToken, pullRequest, findings: result.findings, changed, rules: outcome.rules })
      : null;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const facts = { verdict: judged, scope: plan.scope, fetches: plan.fetches, annotated: inputs.annotations ? annotated(result.findings) : [], comments, server, repository: env.GITHUB_REPOSITORY || null, reportFile, sarifFile };
    writeSummary(env, formatJobSummary(result, context, facts));
    if (judged.conclusion === 'failure') core.setFailed(`leakwarden: ${judged.reason}${judged.incomplete ? `\nhint: ${judged.incomplete.hint}` : ': rotate them, then remove them (see the job summary)'}`);
    else if (result.findings.length > 0) core.warning(`leakwarden: ${judged.reason}`);
  } catch (error) {
    const expected = error instanceof LeakwardenError || error instanceof ScopeError;
    const message = expected ? error.message : `internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    const hint = expected ? (error.hint ?? null) : null;
    core.setFailed(`leakwarden: ${message}${hint ? `\nhint: ${hint}` : ''}`);
    writeSummary(env, formatJobFailure(message, hint));
  }
}
