import { appendFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { githubReporter } from '../report/github.ts';
import { jsonReporter } from '../report/json.ts';
import type { ReportContext } from '../report/reporter.ts';
import { reportChunks, writePieces } from '../report/reporter.ts';
import { sarifReporter } from '../report/sarif.ts';
import type { ScanResult } from '../types.ts';
import type { ActionInputs } from './inputs.ts';

/**
 * What the Action writes before it talks to the API, so that a broken API cannot cost them: the step's outputs, the
 * JSON report file (every finding, however many: the summary's table stops at 200 rows, annotations at their
 * budget), the annotations and the SARIF file, each from its reporter.
 */
export function writeOutputs(result: ScanResult, context: ReportContext, inputs: ActionInputs, cwd: string, env: NodeJS.ProcessEnv): { readonly reportFile: string; readonly sarifFile: string | null } {
  core.setOutput('findings', result.findings.length);
  core.setOutput('incidents', result.incidents?.length ?? 0);
  core.setOutput('scanned-commits', result.stats.history?.commits ?? 0);
  // In a directory of its own under RUNNER_TEMP: two leakwarden steps in a job do not collide.
  const reportFile = path.join(mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'leakwarden-')), 'report.json');
  writePieces(reportFile, reportChunks(jsonReporter, result, context));
  core.setOutput('report-file', reportFile);
  if (inputs.annotations) process.stdout.write(githubReporter.format(result, context));
  const sarifFile = inputs.sarifFile === '' ? null : path.resolve(cwd, inputs.sarifFile);
  if (sarifFile !== null) {
    writePieces(sarifFile, reportChunks(sarifReporter, result, context));
    core.setOutput('sarif-file', sarifFile);
  }
  return { reportFile, sarifFile };
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY). */
export function writeSummary(env: NodeJS.ProcessEnv, text: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, text);
  else core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
}
