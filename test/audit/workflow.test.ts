/**
 * .github/workflows/org-audit.yml, the reusable organisation audit: its shape (workflow_call with the organisation as
 * an input; list, a matrix scan job with max-parallel, merge), and a run of it here, job by job and step by step, as
 * the runner would: each `run:` script in bash with the step's `env:` (the few expressions the workflow uses are
 * evaluated by a small evaluator that refuses any other), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, artifacts
 * kept between jobs, `leakwarden` the built CLI, and the GitHub API and its git server a loopback fake. GitHub's own
 * actions (setup-node, the artifact actions) are stood in for; npm install of leakwarden is the CLI already built.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuditJsonReport } from '../../src/report/audit-json.ts';
import { openaiKey, serviceAccountToken } from '../helpers/secrets.ts';
import { applyEnv, CLI, TempRepo } from '../helpers/temp-repo.ts';
import { FakeForge } from './fake-forge.ts';

afterAll(() => TempRepo.cleanupAll());

const WORKFLOW = new URL('../../.github/workflows/org-audit.yml', import.meta.url);
const text = readFileSync(WORKFLOW, 'utf8');

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly env?: Record<string, string | number | boolean>;
  readonly with?: Record<string, string | number | boolean>;
}
interface Job {
  readonly name?: string;
  readonly needs?: string | string[];
  readonly if?: string;
  readonly outputs?: Record<string, string>;
  readonly strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: string | number; matrix?: string };
  readonly steps: Step[];
}
interface Workflow {
  readonly on: { workflow_call: { inputs: Record<string, { required?: boolean; type: string; default?: unknown }>; secrets: Record<string, { required?: boolean }>; outputs: Record<string, { value: string }> } };
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
}
const workflow = parse(text) as Workflow;

describe('the reusable workflow: shape', () => {
  it('is called with the organisation as an input (and what to install), and reads contents only', () => {
    const call = workflow.on.workflow_call;
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(call.inputs.org).toMatchObject({ required: true, type: 'string' });
    expect(call.inputs.leakwarden).toMatchObject({ required: true, type: 'string' });
    expect(call.inputs['max-parallel']).toMatchObject({ type: 'number', default: 8 });
    expect(call.secrets.token).toMatchObject({ required: false });
    expect(workflow.permissions).toEqual({ 'contents': 'read' });
  });

  it('lists, scans in a matrix with max-parallel, and merges whatever the scans came to', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['list', 'scan', 'merge']);
    const { list, scan, merge } = workflow.jobs as Record<string, Job>;
    expect(list!.steps.some((s) => s.run?.includes('leakwarden audit --org "$ORG"') && s.run.includes('--list --format json'))).toBe(true);
    expect(scan!.needs).toBe('list');
    expect(scan!.strategy).toEqual({ 'fail-fast': false, 'max-parallel': '${{ inputs.max-parallel }}', matrix: '${{ fromJSON(needs.list.outputs.matrix) }}' });
    expect(merge!.needs).toEqual(['list', 'scan']);
    expect(merge!.if).toBe("always() && needs.list.result == 'success'");
    expect(merge!.steps.some((s) => s.run?.includes('leakwarden audit --merge'))).toBe(true);
    const upload = merge!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === 'leakwarden-audit');
    expect(String(upload?.with?.path).split('\n').filter((p) => p !== '')).toEqual(['audit.json', 'audit.html']);
  });

  it('never splices an expression into a script: inputs and matrix values reach the shell through env', () => {
    for (const job of Object.values(workflow.jobs)) for (const step of job.steps) if (step.run) expect(step.run).not.toContain('${{');
    for (const job of Object.values(workflow.jobs)) for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });
});

/** The expressions the workflow uses, and nothing else (a new one fails here until this evaluator knows it). */
function evaluate(expression: string, context: Context): unknown {
  const tokens = expression.match(/'[^']*'|\|\||&&|==|!=|[()]|[A-Za-z_][\w.-]*/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++]!;
  const primary = (): unknown => {
    const token = take();
    if (token.startsWith("'")) return token.slice(1, -1);
    if (token === 'always' || token === 'toJSON' || token === 'fromJSON' || token === 'success') {
      take(); // (
      const arg = token === 'always' || token === 'success' ? undefined : or();
      take(); // )
      if (token === 'always') return true;
      if (token === 'success') return context.ok;
      return token === 'toJSON' ? JSON.stringify(arg, null, 2) : JSON.parse(String(arg));
    }
    const value = token.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], context.values);
    if (value === undefined && !/^(secrets|steps|needs)\./.test(token)) throw new Error(`the test's evaluator does not know ${token} (in ${expression})`);
    return value;
  };
  const comparison = (): unknown => {
    const left = primary();
    if (peek() === '==' || peek() === '!=') {
      const op = take();
      const right = primary();
      return op === '==' ? String(left) === String(right) : String(left) !== String(right);
    }
    return left;
  };
  const and = (): unknown => {
    let value = comparison();
    while (peek() === '&&') {
      take();
      const right = comparison();
      value = value ? right : value;
    }
    return value;
  };
  const or = (): unknown => {
    let value = and();
    while (peek() === '||') {
      take();
      const right = and();
      value = value || right;
    }
    return value;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`cannot evaluate ${expression}`);
  return value;
}

interface Context {
  values: Record<string, unknown>;
  ok: boolean;
}

function interpolate(value: unknown, context: Context): string {
  const text = String(value);
  const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(text);
  if (whole) {
    const result = evaluate(whole[1]!, context);
    return typeof result === 'string' ? result : JSON.stringify(result);
  }
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, inner: string) => String(evaluate(inner, context) ?? ''));
}

interface JobResult {
  readonly result: 'success' | 'failure';
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly logs: string;
  readonly workspace: string;
}

/** Runs one job (one matrix leg) as the runner would, in a fresh workspace. */
async function runJob(job: Job, context: Context, setup: { env: NodeJS.ProcessEnv; dir: string; artifacts: Map<string, Map<string, Buffer>> }): Promise<JobResult> {
  const workspace = path.join(setup.dir, `job-${Math.random().toString(36).slice(2)}`);
  const temp = `${workspace}-temp`;
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const local: Context = { values: { ...context.values, steps, runner: { temp } }, ok: true };
  const summary = path.join(temp, 'summary.md');
  writeFileSync(summary, '');
  let logs = '';
  for (const step of job.steps) {
    if (!(step.if === undefined ? local.ok : evaluate(step.if, local))) continue;
    const input = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, interpolate(value, local)]));
    if (step.uses?.startsWith('actions/setup-node@') || step.name === 'Install leakwarden') continue;
    if (step.uses?.startsWith('actions/upload-artifact@')) {
      const files = new Map<string, Buffer>();
      for (const pattern of input.path!.split('\n').filter((p) => p.trim() !== '')) {
        const matcher = new RegExp(`^${pattern.trim().replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
        for (const name of readdirSync(workspace)) if (matcher.test(name)) files.set(name, readFileSync(path.join(workspace, name)));
      }
      if (files.size > 0) setup.artifacts.set(input.name!, files);
      continue;
    }
    if (step.uses?.startsWith('actions/download-artifact@')) {
      const into = path.join(workspace, input.path ?? '.');
      mkdirSync(into, { recursive: true });
      const matcher = input.pattern ? new RegExp(`^${input.pattern.replace(/\*/g, '.*')}$`) : null;
      const names = matcher ? [...setup.artifacts.keys()].filter((n) => matcher.test(n)) : [input.name!];
      for (const name of names) {
        const files = setup.artifacts.get(name);
        if (!files) {
          local.ok = false; // download-artifact fails for a missing named artifact
          break;
        }
        for (const [file, data] of files) writeFileSync(path.join(into, file), data);
      }
      continue;
    }
    if (!step.run) throw new Error(`the test does not stand in for ${step.uses}`);
    const output = path.join(temp, `output-${step.id ?? 'step'}`);
    writeFileSync(output, '');
    const env = applyEnv(setup.env, {
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, interpolate(value, local)])),
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: temp,
    });
    const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.on('close', (code) => resolve({ code, out }));
    });
    logs += `--- ${step.name ?? step.run.split('\n')[0]} (exit ${run.code})\n${run.out}`;
    if (step.id) steps[step.id] = { outputs: Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])) };
    if (run.code !== 0) local.ok = false;
  }
  const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([key, value]) => [key, interpolate(value, local)]));
  return { result: local.ok ? 'success' : 'failure', outputs, summary: readFileSync(summary, 'utf8'), logs, workspace };
}

describe('the reusable workflow: a run against a loopback GitHub', () => {
  const runner = TempRepo.create({ git: false });
  const forge = new FakeForge();
  const TOKEN = `workflow-token-${'5e1d'.repeat(6)}`;
  const key = openaiKey('workflow-key');
  const token = serviceAccountToken('workflow-token');
  const artifacts = new Map<string, Map<string, Buffer>>();
  let env: NodeJS.ProcessEnv;
  let base: Context;
  let list: JobResult;
  let legs: { matrix: Record<string, unknown>; result: JobResult }[];

  beforeAll(async () => {
    await forge.start();
    const hosted = path.join(runner.base, 'hosted');
    const repos: [string, string | null, boolean][] = [['api', `OPENAI_API_KEY=${key}\n`, false], ['vault', `token: ${token}\n`, true], ['docs', null, false]];
    const served = [];
    for (const [name, content, isPrivate] of repos) {
      const repo = TempRepo.create();
      repo.write('file.txt', content ?? 'nothing here\n');
      repo.commitAll(name);
      repo.git('clone', '-q', '--bare', repo.dir, path.join(hosted, `${name}.git`));
      served.push({ full_name: `acme/${name}`, gitDir: path.join(hosted, `${name}.git`), private: isPrivate });
    }
    forge.token = TOKEN;
    forge.add('acme', 'org', [...served, { full_name: 'acme/attic', archived: true }]);

    // `leakwarden` on PATH is the built CLI (the install step stands for `npm install -g`).
    const bin = path.join(runner.base, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'leakwarden'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(path.join(bin, 'leakwarden'), 0o755);
    env = applyEnv(runner.env, { PATH: `${bin}:${process.env.PATH ?? ''}`, GITHUB_API_URL: forge.url, GITHUB_SERVER_URL: undefined, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, CI: 'true' });
    const inputs = { org: 'acme', leakwarden: 'git+https://example.invalid/leakwarden.git#v0', 'include-archived': false, 'include-forks': false, 'max-parallel': 8, 'node-version': '24', 'retention-days': 30 };
    base = { values: { inputs, secrets: { token: TOKEN }, github: { token: 'caller-token' }, needs: {} }, ok: true };
    const setup = { env, dir: runner.base, artifacts };

    list = await runJob(workflow.jobs.list!, base, setup);
    const needs = { list: { result: list.result, outputs: list.outputs } };
    const scanContext: Context = { values: { ...base.values, needs }, ok: true };
    expect(evaluate(workflow.jobs.scan!.if!, scanContext)).toBe(true);
    const matrix = interpolate(workflow.jobs.scan!.strategy!.matrix, scanContext);
    legs = [];
    for (const leg of (JSON.parse(matrix) as { include: Record<string, unknown>[] }).include) {
      legs.push({ matrix: leg, result: await runJob(workflow.jobs.scan!, { values: { ...scanContext.values, matrix: leg }, ok: true }, setup) });
    }
  });
  afterAll(() => forge.stop());

  async function merge(): Promise<JobResult> {
    const needs = { list: { result: list.result, outputs: list.outputs }, scan: { result: legs.every((l) => l.result.result === 'success') ? 'success' : 'failure' } };
    const context: Context = { values: { ...base.values, needs }, ok: true };
    expect(evaluate(workflow.jobs.merge!.if!, context)).toBe(true);
    return runJob(workflow.jobs.merge!, context, { env, dir: runner.base, artifacts });
  }

  it('lists the organisation (archived left out) and plans one scan job per repository', () => {
    expect(list.result, list.logs).toBe('success');
    expect(list.outputs.count).toBe('3');
    expect(legs.map((l) => [l.matrix.batch, l.matrix.label])).toEqual([['1', 'acme/api'], ['2', 'acme/vault'], ['3', 'acme/docs']]);
    expect(forge.requests.filter((r) => r.path === '/orgs/acme/repos').every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('each scan job uploads its report, incidents or not', () => {
    for (const leg of legs) expect(leg.result.result, leg.result.logs).toBe('success');
    expect([...artifacts.keys()].sort()).toEqual(['leakwarden-report-1', 'leakwarden-report-2', 'leakwarden-report-3', 'leakwarden-repositories']);
    expect(legs[0]!.result.logs).toContain('leakwarden audit exited 1');
    expect(legs[2]!.result.logs).toContain('leakwarden audit exited 0');
  });

  it('merges them into the JSON and HTML reports, summarises the run, and fails it for the incidents', async () => {
    const result = await merge();
    expect(result.result).toBe('failure');
    expect(result.outputs).toEqual({ 'exit-code': '1', incidents: '2' });
    const audit = artifacts.get('leakwarden-audit')!;
    expect([...audit.keys()].sort()).toEqual(['audit.html', 'audit.json']);
    const report = JSON.parse(audit.get('audit.json')!.toString('utf8')) as AuditJsonReport;
    expect(report.repositories.map((r) => [r.name, r.status, r.incidents.length])).toEqual([['acme/api', 'ok', 1], ['acme/vault', 'ok', 1], ['acme/docs', 'ok', 0]]);
    expect(report.excluded).toEqual([{ name: 'acme/attic', reason: 'archived' }]);
    expect(audit.get('audit.html')!.toString('utf8')).toMatch(/^<!doctype html>/);
    expect(result.summary).toMatch(/^## leakwarden organisation audit\n[\s\S]*✖ 2 incidents/);
    expect(result.logs).toContain('::error::The audit found incidents');
    for (const output of [result.logs, result.summary, ...[...audit.values()].map((b) => b.toString('utf8')), ...legs.map((l) => l.result.logs)]) {
      expect(output).not.toContain(key);
      expect(output).not.toContain(token);
      expect(output).not.toContain(TOKEN);
    }
  });

  it('a scan job that died without a report makes its repository an error, and the run exit 2', async () => {
    artifacts.delete('leakwarden-report-2');
    artifacts.delete('leakwarden-audit');
    const result = await merge();
    expect(result.outputs['exit-code']).toBe('2');
    const report = JSON.parse(artifacts.get('leakwarden-audit')!.get('audit.json')!.toString('utf8')) as AuditJsonReport;
    expect(report.repositories.map((r) => [r.name, r.status])).toEqual([['acme/api', 'ok'], ['acme/vault', 'error'], ['acme/docs', 'ok']]);
    expect(report.repositories[1]!.error).toMatch(/^no report names this repository/);
    expect(result.logs).toContain('::error::Some repositories could not be scanned');
  });

  it('past 256 repositories, plans batches so that the matrix stays within its limit', async () => {
    const plan = workflow.jobs.list!.steps.find((s) => s.id === 'plan')!;
    const dir = path.join(runner.base, 'plan');
    mkdirSync(dir);
    const repositories = Array.from({ length: 600 }, (_, i) => ({ name: `big/r${i}`, url: `https://github.com/big/r${i}.git` }));
    writeFileSync(path.join(dir, 'repositories.json'), JSON.stringify({ version: 1, kind: 'audit-list', repositories, excluded: [] }));
    const output = path.join(dir, 'output');
    writeFileSync(output, '');
    await new Promise<void>((resolve, reject) => {
      const child = spawn('bash', ['-eo', 'pipefail', '-c', plan.run!], { cwd: dir, env: { ...env, GITHUB_OUTPUT: output }, stdio: 'ignore' });
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`plan exited ${code}`))));
    });
    const matrix = JSON.parse(/^matrix=(.*)$/m.exec(readFileSync(output, 'utf8'))![1]!) as { include: { repositories: unknown[]; label: string }[] };
    expect(matrix.include.length).toBeLessThanOrEqual(256);
    expect(matrix.include.flatMap((leg) => leg.repositories)).toEqual(repositories);
    expect(matrix.include[0]!.label).toBe('big/r0 and 2 more');
    expect(existsSync(path.join(dir, 'repositories.json'))).toBe(true);
  });
});
