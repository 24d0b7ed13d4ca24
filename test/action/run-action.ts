/** Runs the committed Action bundle as the runner does, for the Action's tests. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEnv } from '../helpers/temp-repo.ts';
import type { TempRepo } from '../helpers/temp-repo.ts';

export const BUNDLE = fileURLToPath(new URL('../../dist/action.cjs', import.meta.url));

export interface ActionRun {
  readonly code: number | null;
  /** stdout and stderr, interleaved as they came. */
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly sarif: string | null;
  /** RUNNER_TEMP of the run. */
  readonly temp: string;
}

export interface RunActionOptions {
  readonly workspace: string;
  readonly event: string;
  readonly payload: unknown;
  readonly api: string;
  /** INPUT_* values; `github-token` defaults to test-token and `sarif-file` to a file in the run's directory. */
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string | undefined>;
}

/** Runs the bundle as the runner would: event payload, output files, RUNNER_TEMP, inputs as INPUT_* variables. */
export function runAction(repo: TempRepo, options: RunActionOptions): Promise<ActionRun> {
  const dir = path.join(repo.base, `run-${Math.random().toString(36).slice(2)}`);
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(temp, { recursive: true });
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(options.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs: Record<string, string> = { 'github-token': 'test-token', 'sarif-file': path.join(dir, 'results.sarif'), ...options.inputs };
  const env = applyEnv(repo.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_API_URL: options.api,
    GITHUB_SERVER_URL: 'https://github.example',
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const outputs: Record<string, string> = {};
      for (const m of readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
      const sarifPath = inputs['sarif-file']!;
      resolve({ code, stdout, outputs, summary: readFileSync(files.summary, 'utf8'), sarif: sarifPath && existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : null, temp });
    });
  });
}

/** As actions/checkout does by default: a new repository, the one commit fetched by its id (depth 1), checked out. */
export function checkoutCommit(origin: TempRepo, sha: string, url = `file://${origin.dir}`, gitArgs: readonly string[] = []): string {
  const workspace = path.join(origin.base, `ws-${sha.slice(0, 7)}-${Math.random().toString(36).slice(2, 6)}`);
  origin.git('init', '-q', workspace);
  origin.git('-C', workspace, 'remote', 'add', 'origin', url);
  origin.git(...gitArgs, '-C', workspace, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', sha);
  origin.git('-C', workspace, 'checkout', '-q', '--detach', sha);
  return workspace;
}
