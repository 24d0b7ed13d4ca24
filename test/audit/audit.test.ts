/**
 * `leakwarden audit` through the built CLI, on real repositories made in temporary directories and named by local
 * path, `file://` URL and `--repos-file`: the JSON contract (each repository's incidents are exactly `history`'s),
 * a repository that cannot be cloned, exit codes, redaction, --resume (reuse proven by the report's own counters,
 * not by timing), the work directory's safety, --merge, and the SARIF and terminal formats.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditJsonReport } from '../../src/report/audit-json.ts';
import { openaiKey, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import type { CliRun } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

let clock = Date.parse('2024-03-01T10:00:00Z') / 1000;
function commit(repo: TempRepo, message: string): string {
  clock += 3600;
  const date = `@${clock} +0000`;
  repo.git('add', '-A');
  repo.gitWith({ env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }, 'commit', '-q', '--allow-empty', '--no-verify', '-m', message);
  return repo.git('rev-parse', 'HEAD').trim();
}

const removed = openaiKey('audit-removed');
const present = serviceAccountToken('audit-present');
const shared = openaiKey('audit-shared');
const side = openaiKey('audit-side');
const SECRETS = [removed, present, shared, side];

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(12, 40));
  }
}

function audit(runner: TempRepo, args: readonly string[]): CliRun & { report: AuditJsonReport } {
  const run = runner.run(['audit', ...args], { cwd: runner.base });
  let report: AuditJsonReport;
  try {
    report = JSON.parse(run.stdout) as AuditJsonReport;
  } catch {
    throw new Error(`no JSON report (exit ${run.code}):\n${run.stderr}${run.stdout}`);
  }
  return { ...run, report };
}

const byName = (report: AuditJsonReport, name: string) => {
  const found = report.repositories.find((r) => r.name === name);
  if (!found) throw new Error(`no repository ${name} in ${report.repositories.map((r) => r.name).join(', ')}`);
  return found;
};

describe('leakwarden audit, local paths and file:// URLs', () => {
  // `runner` is where the CLI runs; its base directory holds the work directories and files of the tests.
  const runner = TempRepo.create({ git: false });
  const api = TempRepo.create();
  const web = TempRepo.create();
  const docs = TempRepo.create();
  let first: ReturnType<typeof audit>;
  let work: string;
  let sources: string[];
  const at = (name: string) => path.join(runner.base, 'repos', name);

  beforeAll(() => {
    api.write('README.md', '# api\n');
    api.write('settings.py', `OPENAI_API_KEY = "${removed}"\n`);
    commit(api, 'settings');
    api.write('settings.py', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    api.write('deploy.yml', `token: ${present}\nshared: ${shared}\n`);
    commit(api, 'deploy');
    api.git('checkout', '-q', '-b', 'feature/try');
    api.write('try.js', `const key = "${side}";\n`);
    commit(api, 'try');
    api.git('checkout', '-q', 'main');

    web.write('config.js', `export const key = "${shared}";\n`);
    commit(web, 'config');
    docs.write('index.md', '# nothing to see\n');
    commit(docs, 'docs');

    // The repositories under the names a person would give them (every temp work tree is called `work`).
    mkdirSync(path.join(runner.base, 'repos'));
    for (const [name, repo] of [['api', api], ['web', web], ['docs', docs]] as const) symlinkSync(repo.dir, path.join(runner.base, 'repos', name));
    work = path.join(runner.base, 'work-1');
    sources = [at('api'), pathToFileURL(at('web')).href, at('docs'), at('no-such-repo')];
    first = audit(runner, ['--repos', ...sources, '--work-dir', work, '-f', 'json']);
  });

  it('exits 2 when a repository could not be cloned, and still reports every other one in full', () => {
    expect(first.code).toBe(2);
    expect(first.report).toMatchObject({ version: 1, kind: 'audit', redacted: true });
    expect(first.report.repositories.map((r) => [r.name, r.status])).toEqual([['api', 'ok'], ['web', 'ok'], ['docs', 'ok'], ['no-such-repo', 'error']]);
    const missing = byName(first.report, 'no-such-repo');
    expect(missing.error).toMatch(/^could not clone .*no-such-repo: .*(does not exist|not a git repository|not found)/i);
    expect(missing.incidents).toEqual([]);
    expect(first.stderr).toMatch(/leakwarden: 1 of 4 repositories could not be scanned completely \(no-such-repo\); 2 more have findings\nhint: /);
    expect(first.report.totals).toMatchObject({ repositories: 4, ok: 3, errors: 1, reused: 0, affected: 2, incidents: 5, secrets: 4, byStatus: { 'in-head': 3, 'unmerged-branch': 1, 'history-only': 1 }, live: null });
  });

  it('names a repository by the last segment of its path or URL, told apart by the segment before when two share one', () => {
    expect(first.report.repositories.map((r) => r.source)).toEqual(sources);
    // Every temp repository's work tree is called `work`.
    const same = audit(runner, ['--repos', api.dir, docs.dir, '--work-dir', path.join(runner.base, 'work-names'), '-f', 'json']);
    const names = same.report.repositories.map((r) => r.name);
    expect(names).toEqual([`${path.basename(api.base)}/work`, `${path.basename(docs.base)}/work`]);
  });

  it('gives each repository exactly the incident objects of `leakwarden history --format json` on it', () => {
    for (const [repo, i] of [[api, 0], [web, 1], [docs, 2]] as const) {
      const history = repo.run(['history', '-f', 'json']).json!;
      expect(first.report.repositories[i]!.incidents).toEqual(history.incidents);
    }
    const [apiEntry] = first.report.repositories;
    expect(apiEntry!.incidents.map((i) => i.status)).toEqual(['in-head', 'in-head', 'unmerged-branch', 'history-only']);
    expect(apiEntry!.scan).toMatchObject({ commits: 3, mirror: 'cloned', reused: false, notScanned: [] });
    expect(apiEntry!.verdict).toEqual({ exitCode: 1, reason: expect.stringMatching(/secrets found/) });
  });

  it('redacts every secret, in the report and on stderr', () => {
    expectNoSecret(first.stdout);
    expectNoSecret(first.stderr);
    expect(first.stdout).toContain('(redacted)');
  });

  it('keeps bare mirrors in the work directory, and a result per repository', () => {
    const mirrors = readdirSync(path.join(work, 'mirrors')).sort();
    expect(mirrors).toHaveLength(3);
    for (const mirror of mirrors) {
      expect(mirror).toMatch(/^[A-Za-z0-9._-]+-[0-9a-f]{12}\.git$/);
      expect(readFileSync(path.join(work, 'mirrors', mirror, 'config'), 'utf8')).toMatch(/bare = true[\s\S]*mirror = true/);
      expect(existsSync(path.join(work, 'mirrors', mirror, 'hooks'))).toBe(false);
    }
    expect(readdirSync(path.join(work, 'results'))).toHaveLength(3);
    expect(existsSync(path.join(work, 'lock'))).toBe(false);
  });

  it('exits 1 for incidents and 0 for clean repositories', () => {
    const found = audit(runner, ['--repos', at('api'), at('docs'), '--work-dir', path.join(runner.base, 'work-2'), '-f', 'json']);
    expect(found.code).toBe(1);
    expect(found.stderr).toBe('');
    const clean = audit(runner, ['--repos', at('docs'), '--work-dir', path.join(runner.base, 'work-3'), '-f', 'json']);
    expect(clean.code).toBe(0);
    expect(clean.report.totals).toMatchObject({ repositories: 1, ok: 1, incidents: 0 });
  });

  it('audits each named repository, not one the environment points git at (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE)', () => {
    // As inside a hook of `docs`: without audit dropping these, every mirror's git calls went to docs.
    const env = { GIT_DIR: path.join(docs.dir, '.git'), GIT_WORK_TREE: docs.dir, GIT_INDEX_FILE: path.join(docs.dir, '.git', 'index') };
    const run = runner.run(['audit', '--repos', at('api'), at('web'), '--work-dir', path.join(runner.base, 'work-env'), '-f', 'json'], { cwd: runner.base, env });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as AuditJsonReport;
    expect(byName(report, 'api').incidents).toEqual(byName(first.report, 'api').incidents);
    expect(byName(report, 'web').incidents).toEqual(byName(first.report, 'web').incidents);
  });

  describe('--resume', () => {
    it('reuses the result of every repository whose refs did not change, and scans the rest', () => {
      const again = audit(runner, ['--repos', ...sources, '--work-dir', work, '-f', 'json', '--resume']);
      expect(again.code).toBe(2);
      expect(again.report.repositories.slice(0, 3).map((r) => r.scan)).toEqual(
        first.report.repositories.slice(0, 3).map((r) => ({ ...r.scan, durationMs: expect.any(Number), mirror: 'fetched', reused: true })),
      );
      expect(again.report.totals.reused).toBe(3);
      // Same incidents, same report (but for the counters of what this run did).
      expect(again.report.repositories.map((r) => r.incidents)).toEqual(first.report.repositories.map((r) => r.incidents));

      // A new commit in one repository (a new branch, even without a new secret) is a change of refs: rescanned.
      docs.git('branch', 'topic');
      web.write('config.js', 'export const key = process.env.KEY;\n');
      commit(web, 'read it from the environment');
      const changed = audit(runner, ['--repos', ...sources, '--work-dir', work, '-f', 'json', '--resume']);
      expect(changed.report.repositories.map((r) => r.scan?.reused)).toEqual([true, false, false, undefined]);
      expect(byName(changed.report, 'web').incidents.map((i) => i.status)).toEqual(['history-only']);
      expect(changed.report.repositories[0]!.scan!.mirror).toBe('fetched');
    });

    it('scans again with other options (a result made redacted is not reused for --no-redact), and without --resume clones afresh', () => {
      const unredacted = audit(runner, ['--repos', at('api'), '--work-dir', work, '-f', 'json', '--resume', '--no-redact']);
      expect(unredacted.report.repositories[0]!.scan).toMatchObject({ reused: false, mirror: 'fetched' });
      expect(unredacted.report.redacted).toBe(false);
      expect(unredacted.stdout).toContain(present);

      const fresh = audit(runner, ['--repos', at('api'), '--work-dir', work, '-f', 'json']);
      expect(fresh.report.repositories[0]!.scan).toMatchObject({ reused: false, mirror: 'cloned' });
      expectNoSecret(fresh.stdout);
    });

    it('picks up after an interrupted run: half-made clones and results are swept, a dead audit\'s lock is taken over', () => {
      const dir = path.join(runner.base, 'work-interrupted');
      audit(runner, ['--repos', at('docs'), '--work-dir', dir, '-f', 'json']);
      // What a killed run leaves: a lock naming a process that is gone, a clone and a result half written.
      writeFileSync(path.join(dir, 'lock'), '2147483646\n');
      mkdirSync(path.join(dir, 'mirrors', 'x-000000000000.git.tmp-1234'));
      writeFileSync(path.join(dir, 'results', 'x-000000000000.json.tmp-1234'), '{"version":1,');
      const resumed = audit(runner, ['--repos', at('docs'), at('api'), '--work-dir', dir, '-f', 'json', '--resume']);
      expect(resumed.code).toBe(1);
      expect(resumed.report.repositories.map((r) => r.scan?.reused)).toEqual([true, false]);
      expect(readdirSync(path.join(dir, 'mirrors')).filter((n) => n.includes('.tmp-'))).toEqual([]);
      expect(readdirSync(path.join(dir, 'results')).filter((n) => n.includes('.tmp-'))).toEqual([]);
    });
  });

  describe('the work directory', () => {
    it('refuses a directory that holds something else, and one another audit is using', () => {
      const foreign = path.join(runner.base, 'foreign');
      mkdirSync(foreign);
      writeFileSync(path.join(foreign, 'precious.txt'), 'keep me\n');
      const refused = runner.run(['audit', '--repos', at('docs'), '--work-dir', foreign], { cwd: runner.base });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^leakwarden: --work-dir .*foreign is not empty and not an audit's work directory\nhint: /);
      expect(readdirSync(foreign)).toEqual(['precious.txt']);

      const busy = path.join(runner.base, 'work-busy');
      audit(runner, ['--repos', at('docs'), '--work-dir', busy, '-f', 'json']);
      // This test's own process is alive: its pid in the lock is an audit still running.
      writeFileSync(path.join(busy, 'lock'), `${process.pid}\n`);
      const locked = runner.run(['audit', '--repos', at('docs'), '--work-dir', busy], { cwd: runner.base });
      expect(locked.code).toBe(2);
      expect(locked.stderr).toContain(`another audit (pid ${process.pid}) is using`);
    });

    it('defaults to the cache directory\'s audit/', () => {
      const cache = path.join(runner.base, 'cache');
      const run = runner.run(['audit', '--repos', at('docs'), '-f', 'json'], { cwd: runner.base, env: { LEAKWARDEN_CACHE_DIR: cache } });
      expect(run.code).toBe(0);
      expect(readdirSync(path.join(cache, 'audit', 'mirrors'))).toHaveLength(1);
    });
  });

  describe('--repos-file', () => {
    it('reads one source a line, skips blank and # lines, and resolves relative paths against the file', () => {
      const list = path.join(runner.base, 'lists', 'repos.txt');
      mkdirSync(path.dirname(list), { recursive: true });
      writeFileSync(list, `# the team's repositories\n\n${path.relative(path.dirname(list), at('docs'))}\n  ${pathToFileURL(at('web')).href}  \n# ${at('api')}\n`);
      const run = audit(runner, ['--repos-file', list, '--work-dir', path.join(runner.base, 'work-list'), '-f', 'json']);
      expect(run.report.repositories.map((r) => [r.name, r.source])).toEqual([['docs', at('docs')], ['web', pathToFileURL(at('web')).href]]);
      expect(run.report.repositories.every((r) => r.status === 'ok')).toBe(true);
      const missing = runner.run(['audit', '--repos-file', path.join(runner.base, 'nope.txt')], { cwd: runner.base });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^leakwarden: cannot read --repos-file .*nope\.txt: no such file\n/);
    });
  });

  describe('--merge', () => {
    it('combines the JSON reports of several audits; with a list, a repository no report names is an error', () => {
      const a = path.join(runner.base, 'part-a.json');
      const b = path.join(runner.base, 'part-b.json');
      writeFileSync(a, runner.run(['audit', '--repos', at('api'), '--work-dir', path.join(runner.base, 'work-a'), '-f', 'json'], { cwd: runner.base }).stdout);
      writeFileSync(b, runner.run(['audit', '--repos', at('docs'), '--work-dir', path.join(runner.base, 'work-b'), '-f', 'json'], { cwd: runner.base }).stdout);
      const merged = audit(runner, ['--merge', a, b, '-f', 'json']);
      expect(merged.code).toBe(1);
      expect(merged.report.repositories.map((r) => r.status)).toEqual(['ok', 'ok']);
      expect(merged.report.totals).toMatchObject({ repositories: 2, incidents: 4 });
      expect(merged.report.repositories[0]!.incidents).toEqual(JSON.parse(readFileSync(a, 'utf8')).repositories[0].incidents);

      // The list the audit was meant to cover names a third repository: its scan left no report.
      const list = path.join(runner.base, 'expected.txt');
      writeFileSync(list, `${at('api')}\n${at('docs')}\n${at('lost')}\n`);
      const expected = audit(runner, ['--merge', a, b, '--repos-file', list, '-f', 'json']);
      expect(expected.code).toBe(2);
      expect(expected.report.repositories.map((r) => [r.status, r.error ?? ''])).toEqual([
        ['ok', ''], ['ok', ''], ['error', expect.stringMatching(/^no report names this repository/)],
      ]);
    });

    it('refuses what is not an audit report, and options that clone', () => {
      const history = path.join(runner.base, 'history.json');
      writeFileSync(history, api.run(['history', '-f', 'json']).stdout);
      const wrong = runner.run(['audit', '--merge', history], { cwd: runner.base });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/is not a JSON audit report/);
      const clash = runner.run(['audit', '--merge', history, '--resume'], { cwd: runner.base });
      expect(clash.code).toBe(2);
      expect(clash.stderr).toMatch(/--merge combines reports and clones nothing: --resume does not apply/);
    });
  });

  describe('formats', () => {
    it('terminal: a line per repository, the incidents in rotate-first order, one summary line', () => {
      const run = runner.run(['audit', '--repos', ...sources, '--work-dir', work, '--resume', '--no-color'], { cwd: runner.base });
      expect(run.code).toBe(2);
      const lines = run.stdout.split('\n');
      expect(lines.findIndex((l) => l.startsWith('no-such-repo') && l.includes('error  could not clone'))).toBeGreaterThan(0);
      expect(run.stdout).toMatch(/\nRotate first\n {3}1\. in-head/);
      expect(run.stdout).toMatch(/\n✖ \d+ incidents \(.*\) in \d of 4 repositories · 1 repository could not be scanned · \d+ reused from the last run\n$/);
      expectNoSecret(run.stdout);
    });

    it('sarif: valid SARIF 2.1.0, one run per repository, one result per incident', () => {
      const run = runner.run(['audit', '--repos', ...sources, '--work-dir', work, '--resume', '-f', 'sarif'], { cwd: runner.base });
      const log = JSON.parse(run.stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[]; invocations: { executionSuccessful: boolean }[]; automationDetails: { id: string } }[] };
      const ajv = new Ajv2020({ allErrors: true });
      ajvFormats.default(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      expect(log.runs).toHaveLength(4);
      expect(log.runs.map((r) => r.invocations[0]!.executionSuccessful)).toEqual([true, true, true, false]);
      expect(new Set(log.runs.map((r) => r.automationDetails.id)).size).toBe(4);
      expect(log.runs[0]!.results[0]!.partialFingerprints['leakwarden/incident/v1']).toMatch(/^[a-z0-9-]+:[0-9a-f]{16}$/);
      expectNoSecret(run.stdout);
    });

    it('--format html is the audit\'s only: a scan says so; github is a scan\'s only', () => {
      const scan = api.run(['dir', '--format', 'html']);
      expect(scan.code).toBe(2);
      expect(scan.stderr).toMatch(/^leakwarden: --format html is the audit's report, not dir's\nhint: dir reports as terminal, json, sarif, github; /);
      const github = runner.run(['audit', '--repos', at('docs'), '--format', 'github'], { cwd: runner.base });
      expect(github.code).toBe(2);
      expect(github.stderr).toMatch(/workflow annotations are about one checkout's files/);
    });
  });
});
