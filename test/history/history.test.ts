import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/types.ts';
import type { ImportedCommit } from '../helpers/fast-import.ts';
import { fastImport } from '../helpers/fast-import.ts';
import { genericAssignment, openaiKey, openaiLine, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import type { JsonFinding, JsonReport } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

let clock = Date.parse('2024-01-01T10:00:00Z') / 1000;

/** Commits what is staged (or everything, with `all`) one hour after the previous commit: dates decide first/last seen. */
function commit(repo: TempRepo, message: string, options: { all?: boolean } = {}): string {
  clock += 3600;
  const date = `@${clock} +0000`;
  if (options.all !== false) repo.git('add', '-A');
  repo.gitWith({ env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }, 'commit', '-q', '--allow-empty', '--no-verify', '-m', message);
  return repo.git('rev-parse', 'HEAD').trim();
}

function history(repo: TempRepo, ...args: string[]): JsonReport & { code: number | null; stderr: string; stdout: string } {
  const run = repo.run(['history', '-f', 'json', ...args]);
  if (!run.json) throw new Error(`no JSON report (exit ${run.code}):\n${run.stderr}${run.stdout}`);
  return { ...run.json, code: run.code, stderr: run.stderr, stdout: run.stdout };
}

function incidentOf(report: JsonReport, ruleId: string, path: string): Incident {
  const found = (report.incidents ?? []).filter((i) => i.ruleId === ruleId && i.paths.includes(path));
  expect(found, `one ${ruleId} incident at ${path}`).toHaveLength(1);
  return found[0]!;
}

const where = (f: JsonFinding) => `${f.ruleId} ${f.path}:${f.line} @${f.commit?.slice(0, 7)}`;

describe('history: the whole history of every ref', () => {
  const repo = TempRepo.create();
  const removed = openaiKey('removed');
  const present = serviceAccountToken('present');
  const unmerged = openaiKey('unmerged');
  const spread = openaiKey('spread');
  const c: Record<string, string> = {};
  let report: ReturnType<typeof history>;

  beforeAll(() => {
    repo.write('README.md', '# demo\n');
    repo.write('app/settings.py', `DEBUG = True\nOPENAI_API_KEY = "${removed}"\n`);
    c.addRemoved = commit(repo, 'settings with a key');
    repo.write('deploy.yml', `env:\n  OP_SERVICE_ACCOUNT_TOKEN: ${present}\n`);
    repo.write('.env', 'PORT=3000\n');
    c.addPresent = commit(repo, 'deploy config and .env');
    repo.write('app/settings.py', 'DEBUG = True\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    repo.remove('.env');
    c.removeKey = commit(repo, 'read the key from the environment');

    // The same key brought in by three commits, edited in between, then renamed.
    repo.write('one.txt', `k=${spread}\n`);
    c.spread1 = commit(repo, 'spread 1');
    repo.write('one.txt', `header\nk=${spread}\n`);
    c.editSpread = commit(repo, 'edit around it');
    repo.write('two.txt', `k=${spread}\n`);
    c.spread2 = commit(repo, 'spread 2');
    repo.write('three.txt', `other\nk=${spread}\n`);
    c.spread3 = commit(repo, 'spread 3');
    repo.git('mv', 'one.txt', 'renamed.txt');
    c.rename = commit(repo, 'rename');

    // A branch that is never merged.
    repo.git('checkout', '-q', '-b', 'feature/experiment');
    repo.write('experiment.js', `const client = new OpenAI({ apiKey: "${unmerged}" });\n`);
    c.unmerged = commit(repo, 'try the api');
    repo.git('checkout', '-q', 'main');
    report = history(repo);
  });

  it('exits 1 and reports the commits and blobs it walked', () => {
    expect(report.code).toBe(1);
    expect(report.scan.mode).toBe('history');
    expect(report.scan.commits).toBe(9);
    expect(report.scan.blobs).toBeGreaterThanOrEqual(9);
    expect(report.scan.range).toBeNull();
    expect(report.scan.head).toBe(c.rename);
  });

  it('reports each secret once per commit that brought it in, not per commit that carried it', () => {
    expect(report.findings.map(where).sort()).toEqual(
      [
        `openai-api-key app/settings.py:2 @${c.addRemoved!.slice(0, 7)}`,
        `1password-service-account-token deploy.yml:2 @${c.addPresent!.slice(0, 7)}`,
        `dotenv-not-gitignored .env:null @${c.addPresent!.slice(0, 7)}`,
        `openai-api-key one.txt:1 @${c.spread1!.slice(0, 7)}`,
        `openai-api-key two.txt:1 @${c.spread2!.slice(0, 7)}`,
        `openai-api-key three.txt:2 @${c.spread3!.slice(0, 7)}`,
        `openai-api-key experiment.js:1 @${c.unmerged!.slice(0, 7)}`,
      ].sort(),
    );
    const first = report.findings.find((f) => f.path === 'app/settings.py')!;
    expect(first.author).toEqual({ name: 'Test Author', email: 'author@example.test', date: expect.stringMatching(/^2024-01-01T11:00:00[+-]00:00$/) });
  });

  it('gives a removed secret history-only, a present one in-head, an unmerged one unmerged-branch', () => {
    const gone = incidentOf(report, 'openai-api-key', 'app/settings.py');
    expect(gone.status).toBe('history-only');
    expect(gone.branches).toEqual(['feature/experiment', 'main']);
    expect(gone.firstSeen.commit).toBe(c.addRemoved);
    expect(gone.firstSeen.line).toBe(2);

    expect(incidentOf(report, '1password-service-account-token', 'deploy.yml').status).toBe('in-head');

    const side = incidentOf(report, 'openai-api-key', 'experiment.js');
    expect(side.status).toBe('unmerged-branch');
    expect(side.branches).toEqual(['feature/experiment']);
  });

  it('makes one incident of one key in three commits, with the right first and last commit; a rename adds none', () => {
    const incident = incidentOf(report, 'openai-api-key', 'two.txt');
    expect(incident).toMatchObject({ occurrences: 3, commits: 3, paths: ['one.txt', 'three.txt', 'two.txt'], status: 'in-head' });
    expect(incident.firstSeen).toMatchObject({ commit: c.spread1, path: 'one.txt', line: 1 });
    expect(incident.lastSeen).toMatchObject({ commit: c.spread3, path: 'three.txt', line: 2 });
    expect(incident.fingerprint).toMatch(/^openai-api-key:[0-9a-f]{16}$/);
  });

  it('reports a .env file that was committed, then deleted, with the commit that added it', () => {
    const dotenv = incidentOf(report, 'dotenv-not-gitignored', '.env');
    expect(dotenv.status).toBe('history-only');
    expect(dotenv.firstSeen.commit).toBe(c.addPresent);
    const finding = report.findings.find((f) => f.ruleId === 'dotenv-not-gitignored')!;
    expect(finding.message).toContain(c.addPresent!.slice(0, 12));
  });

  it('orders incidents most urgent first', () => {
    const statuses = (report.incidents ?? []).map((i) => i.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => order(a) - order(b)));
    expect(statuses[0]).toBe('in-head');
  });

  it('never prints a secret in full, in JSON or in the terminal report', () => {
    const terminal = repo.run(['history']);
    expect(terminal.code).toBe(1);
    for (const secret of [removed, present, unmerged, spread]) {
      expect(report.stdout).not.toContain(secret);
      expect(terminal.stdout).not.toContain(secret);
      expect(terminal.stderr).not.toContain(secret);
    }
    expect(terminal.stdout).toContain('in-head');
    expect(terminal.stdout).toContain('unmerged-branch');
    expect(terminal.stdout).toContain('history-only');
    expect(terminal.stdout).toMatch(/rotate it now/);
    expect(terminal.stdout).toMatch(/scanned 9 commits/);
    // Not a terminal: no progress line.
    expect(terminal.stderr).toBe('');
  });

  it('gives the same report whether blobs are scanned on worker threads or on the main thread', () => {
    const strip = (run: ReturnType<TempRepo['run']>) => ({ ...run.json, scan: { ...run.json?.scan, durationMs: 0 } });
    const inline = repo.run(['history', '-f', 'json'], { env: { LEAKWARDEN_HISTORY_WORKERS: '0' } });
    // Workers start once this much text was scanned on the main thread: 0, so that they do the whole scan here.
    const three = repo.run(['history', '-f', 'json'], { env: { LEAKWARDEN_HISTORY_WORKERS: '3', LEAKWARDEN_HISTORY_INLINE_BYTES: '0' } });
    const mixed = repo.run(['history', '-f', 'json'], { env: { LEAKWARDEN_HISTORY_WORKERS: '2', LEAKWARDEN_HISTORY_INLINE_BYTES: '100' } });
    expect(inline.code).toBe(1);
    expect(three.code).toBe(1);
    expect(strip(three)).toEqual(strip(inline));
    expect(strip(mixed)).toEqual(strip(inline));
    expect(inline.json?.findings).toHaveLength(7);
  });

  it('--branch walks one branch and measures status against it', () => {
    const main = history(repo, '--branch', 'main');
    expect(main.scan.commits).toBe(8);
    expect(main.findings.some((f) => f.path === 'experiment.js')).toBe(false);
    const feature = history(repo, '--branch', 'feature/experiment');
    expect(incidentOf(feature, 'openai-api-key', 'experiment.js').status).toBe('in-head');
  });
});

/**
 * A generated history for the worker comparison: a few hundred commits on main, a feature branch merged into it and
 * an unmerged one, files of a few kB edited a few at a time, secrets added, copied to other files, moved and removed
 * in hundreds of blobs: several MB of text, dozens of batches for the workers, findings in most of them.
 */
function generatedHistory(repo: TempRepo): { secrets: number } {
  let state = 0x5eed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = ['token', 'password', 'secret', 'apiKey', 'auth', 'session', 'config', 'client', 'retry', 'cache', 'user', 'value'];
  const filler = () => `  const ${pick(words)}${Math.floor(random() * 1000)} = ${pick(words)}(${pick(words)}, "${pick(words)}-${Math.floor(random() * 1e6)}");`;
  const paths = [
    ...Array.from({ length: 24 }, (_, i) => `src/module-${i}.js`),
    ...Array.from({ length: 8 }, (_, i) => `config/service-${i}.yml`),
    ...Array.from({ length: 6 }, (_, i) => `docs/guide-${i}.md`),
    '.env.production',
  ];
  const files = new Map<string, string[]>(paths.map((p) => [p, Array.from({ length: 60 + Math.floor(random() * 60) }, filler)]));
  let secrets = 0;
  const secretLine = () => {
    secrets++;
    return random() < 0.5 ? openaiLine(`gen-${secrets}`).line : genericAssignment(`gen-${secrets}`).line;
  };
  const edit = (tree: Map<string, string[]>): ImportedCommit => {
    const changed: Record<string, string> = {};
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const path = pick(paths);
      const lines = [...tree.get(path)!];
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) lines.splice(Math.floor(random() * lines.length), random() < 0.3 ? 1 : 0, filler());
      const roll = random();
      if (roll < 0.3) lines.splice(Math.floor(random() * lines.length), 0, secretLine());
      else if (roll < 0.4) {
        // A secret of another file copied here: the same secret, brought in again by another commit.
        const from = tree.get(pick(paths))!.find((line) => /KEY|Key/.test(line));
        if (from !== undefined) lines.splice(Math.floor(random() * lines.length), 0, from);
      } else if (roll < 0.5) {
        const at = lines.findIndex((line) => /KEY|Key/.test(line));
        if (at >= 0) lines.splice(at, 1);
      }
      tree.set(path, lines);
      changed[path] = `${lines.join('\n')}\n`;
    }
    return { files: changed };
  };
  const initial: ImportedCommit = { files: Object.fromEntries([...files].map(([p, lines]) => [p, `${lines.join('\n')}\n`])) };
  const mainIds = fastImport(repo, [initial, ...Array.from({ length: 149 }, () => edit(files))]);
  // A feature branch from main's 100th commit, merged back with a merge commit; then more on main.
  const feature = new Map(files);
  repo.git('branch', 'feature/merged', mainIds[99]!);
  const featureCommits = Array.from({ length: 40 }, () => edit(feature));
  const featureIds = fastImport(repo, featureCommits, 'feature/merged');
  const merged: Record<string, string> = {};
  for (const commit of featureCommits) for (const path of Object.keys(commit.files)) merged[path] = `${feature.get(path)!.join('\n')}\n`;
  for (const path of Object.keys(merged)) files.set(path, feature.get(path)!);
  fastImport(repo, [{ files: merged, merge: featureIds.at(-1)!, message: 'Merge feature/merged' }, ...Array.from({ length: 80 }, () => edit(files))]);
  // A branch never merged.
  repo.git('branch', 'wip/unmerged', 'main~20');
  fastImport(repo, Array.from({ length: 30 }, () => edit(new Map(files))), 'wip/unmerged');
  repo.git('reset', '-q', '--hard', 'main');
  return { secrets };
}

describe('history on worker threads: the same report as on one thread, on a generated history', () => {
  const repo = TempRepo.create();
  const { secrets } = generatedHistory(repo);
  // Everything but the time the scan took.
  const strip = (run: ReturnType<TempRepo['run']>) => ({ ...run.json, scan: { ...run.json?.scan, durationMs: 0 } });
  const scan = (env: Record<string, string>) => repo.run(['history', '-f', 'json'], { env, timeoutMs: 120_000 });

  // A limit that stops a hung run, not a bound on time: the machine may be loaded.
  it('with 3 workers from the first blob, and 1 worker beside the main thread, as with none', { timeout: 300_000 }, () => {
    const inline = scan({ LEAKWARDEN_HISTORY_WORKERS: '0' });
    expect(inline.code, inline.stderr).toBe(1);
    const report = inline.json!;
    expect(secrets).toBeGreaterThan(100);
    expect(report.scan.commits).toBe(1 + 149 + 40 + 1 + 80 + 30);
    expect(report.scan.blobs).toBeGreaterThan(500);
    expect(report.scan.bytes).toBeGreaterThan(2_000_000);
    expect(report.findings.length).toBeGreaterThan(100);
    const statuses = new Set(report.incidents?.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['history-only', 'in-head', 'unmerged-branch']);
    expect(report.incidents!.some((i) => i.occurrences > 1)).toBe(true);

    // Workers start once this much text was scanned on the main thread: 0, so that they do nearly all of it; then one
    // worker after 200 kB, which leaves the main thread scanning whenever the worker has two batches waiting.
    for (const env of [
      { LEAKWARDEN_HISTORY_WORKERS: '3', LEAKWARDEN_HISTORY_INLINE_BYTES: '0' },
      { LEAKWARDEN_HISTORY_WORKERS: '1', LEAKWARDEN_HISTORY_INLINE_BYTES: '200000' },
    ]) {
      const run = scan(env);
      expect(run.code, run.stderr).toBe(1);
      expect(strip(run), JSON.stringify(env)).toEqual(strip(inline));
    }
  });
});

describe('history RANGE: only what the commits of the range added', () => {
  const repo = TempRepo.create();
  const old = openaiKey('old');
  const fresh = openaiKey('fresh');
  const onMain = openaiKey('main-later');
  let base = '';

  beforeAll(() => {
    repo.write('config.js', `module.exports = {\n  key: "${old}",\n  debug: false,\n};\n`);
    repo.write('notes.md', 'notes\n');
    base = commit(repo, 'base with an old secret');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('config.js', `module.exports = {\n  key: "${old}",\n  debug: true,\n};\n`);
    commit(repo, 'pr: touch the file that holds the old secret');
  });

  it('a change to a file with an old secret on another line passes', () => {
    const range = history(repo, 'main..pr');
    expect(range.code).toBe(0);
    expect(range.findings).toEqual([]);
    expect(range.scan.commits).toBe(1);
    expect(range.scan.range).toBe('main..pr');
    // The same with --since-commit (the tip is HEAD, which is pr).
    expect(history(repo, '--since-commit', 'main').scan.commits).toBe(1);
  });

  it('reports a secret the range adds, and only that one', () => {
    repo.write('notes.md', `notes\nOPENAI_API_KEY=${fresh}\n`);
    const added = commit(repo, 'pr: add a key');
    const range = history(repo, `${base}..pr`);
    expect(range.code).toBe(1);
    expect(range.findings.map(where)).toEqual([`openai-api-key notes.md:2 @${added.slice(0, 7)}`]);
    expect(range.incidents?.[0]?.status).toBe('in-head');
  });

  it('a merge does not re-report what a parent brought in', () => {
    repo.git('checkout', '-q', 'main');
    repo.write('main-only.txt', `k=${onMain}\n`);
    commit(repo, 'main: a secret lands on main');
    repo.git('checkout', '-q', 'pr');
    repo.gitWith({ env: { GIT_AUTHOR_DATE: `@${(clock += 3600)} +0000`, GIT_COMMITTER_DATE: `@${clock} +0000` } }, 'merge', '-q', '--no-edit', 'main');
    const range = history(repo, 'main..pr');
    expect(range.scan.commits).toBe(3);
    expect(range.findings.map((f) => f.path)).toEqual(['notes.md']);
  });

  it('a merge that adds a secret of its own (an "evil merge") is reported', () => {
    const evil = genericAssignment('evil-merge');
    repo.git('checkout', '-q', 'main');
    repo.write('side.txt', 'main side\n');
    commit(repo, 'main: side');
    repo.git('checkout', '-q', 'pr');
    repo.git('merge', '-q', '--no-commit', 'main');
    repo.write('merged.js', `${evil.line}\n`);
    const merge = commit(repo, 'merge with an extra file');
    const range = history(repo, 'main..pr');
    expect(range.findings.map(where)).toContain(`generic-secret merged.js:1 @${merge.slice(0, 7)}`);
  });
});

describe('history skips what it cannot scan as text, and says so', () => {
  it('counts binary blobs and blobs over --max-file-size, and still finds the rest', () => {
    const repo = TempRepo.create();
    const key = openaiKey('big');
    repo.write('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(`k=${key}\n`)]));
    repo.write('big.txt', `${'x'.repeat(4096)}\nk=${key}\n`);
    repo.write('small.txt', `k=${key}\n`);
    commit(repo, 'files');
    for (const workers of ['0', '2']) {
      const run = repo.run(['history', '-f', 'json', '--max-file-size', '1KB'], { env: { LEAKWARDEN_HISTORY_WORKERS: workers, LEAKWARDEN_HISTORY_INLINE_BYTES: '0' } });
      expect(run.code).toBe(1);
      // Workers report in the order they finish: compare as sets.
      expect([...(run.json?.scan.skipped ?? [])].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { path: 'big.txt', reason: 'too-large' },
        { path: 'image.png', reason: 'binary' },
      ]);
      expect(run.json?.findings.map((f) => f.path)).toEqual(['small.txt']);
      expect(run.json?.scan.blobs).toBe(3);
      expect(run.json?.scan.files).toBe(1);
    }
  });
});

describe('history decodes base64', () => {
  it('finds base64-encoded credentials in a file a later commit deleted', () => {
    const repo = TempRepo.create();
    const key = openaiKey('b64-history');
    repo.write('k8s/secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  OPENAI_API_KEY: ${Buffer.from(key).toString('base64')}\n`);
    const added = commit(repo, 'a secret manifest');
    repo.remove('k8s/secret.yaml');
    commit(repo, 'use sealed secrets instead');
    const run = history(repo);
    expect(run.code).toBe(1);
    expect(run.findings.map(where)).toEqual([`openai-api-key k8s/secret.yaml:6 @${added.slice(0, 7)}`]);
    expect(run.findings[0]).toMatchObject({ encoding: 'base64', column: 19 });
    expect(run.incidents?.[0]?.status).toBe('history-only');
    // The same key in plain text is the same incident.
    repo.write('app.env.js', `const k = "${key}";\n`);
    commit(repo, 'plain');
    const both = history(repo);
    expect(both.incidents).toHaveLength(1);
    expect(both.incidents?.[0]).toMatchObject({ occurrences: 2, status: 'in-head' });
    expect(both.stdout).not.toContain(key);
    expect(both.stdout).not.toContain(Buffer.from(key).toString('base64'));
  });
});

describe('history reads a blob again where the rules tell its paths apart', () => {
  it('finds a secret in a copy of a vendored file, though the vendored path is allowlisted', () => {
    const repo = TempRepo.create();
    const secret = genericAssignment('vendored');
    repo.write('vendor/lib/client.js', `${secret.line}\n`);
    commit(repo, 'vendor a library');
    repo.write('src/client.js', `${secret.line}\n`);
    const copied = commit(repo, 'copy it into our code');
    const run = history(repo);
    expect(run.findings.map(where)).toEqual([`generic-secret src/client.js:1 @${copied.slice(0, 7)}`]);
    // One blob, read once per path signature, counted once.
    expect(run.scan.blobs).toBe(1);
    expect(run.scan.files).toBe(2);
  });
});

describe('history fails closed', () => {
  const repo = TempRepo.create();
  beforeAll(() => {
    repo.write('a.txt', 'one\n');
    commit(repo, 'one');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('side.txt', 'side\n');
    commit(repo, 'side');
    repo.git('checkout', '-q', 'main');
    for (const n of ['two', 'three', 'four']) {
      repo.write('a.txt', `${n}\n`);
      commit(repo, n);
    }
  });

  const expectError = (run: { code: number | null; stdout: string; stderr: string }, message: RegExp, hint: RegExp) => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(hint);
  };

  it('an unknown revision exits 2 with what is missing', () => {
    expectError(repo.run(['history', 'nope..main']), /unknown revision "nope"/, /^hint: .*git fetch origin nope/);
    expectError(repo.run(['history', '--branch', 'nope']), /unknown revision "nope"/, /^hint:/);
  });

  it('an empty range exits 2', () => {
    expectError(repo.run(['history', 'main..main~1']), /range main\.\.main~1 has no commits/, /^hint: check the order/);
  });

  it('a malformed range or option-like revision is a usage error', () => {
    expectError(repo.run(['history', 'main...side']), /invalid range "main\.\.\.side"/, /two dots/);
    expectError(repo.run(['history', '--since-commit=--all']), /"--all" is not a revision/, /^hint:/);
    expectError(repo.run(['history', 'a..b', '--since-commit', 'main']), /either a range or --since-commit/, /^hint:/);
  });

  it('outside a repository exits 2 with a hint', () => {
    const plain = TempRepo.create({ git: false });
    expectError(plain.run(['history']), /not a git repository/, /^hint:/);
  });

  it('a partial clone missing blobs exits 2 and never fetches them (not even from a file:// remote)', () => {
    repo.git('config', 'uploadpack.allowFilter', 'true');
    const partial = `${repo.base}/partial`;
    repo.git('clone', '-q', '--filter=blob:none', '--no-checkout', `file://${repo.dir}`, partial);
    expectError(repo.run(['history'], { cwd: partial }), /partial clone .* a scan never fetches/, /git fetch --refetch origin/);
    // Following the hint makes the audit possible.
    repo.git('-C', partial, 'config', '--unset', 'remote.origin.partialclonefilter');
    repo.git('-C', partial, 'fetch', '-q', '--refetch', 'origin');
    expect(repo.run(['history'], { cwd: partial }).code).toBe(0);
  });

  describe('shallow clones', () => {
    let shallow: string;
    beforeAll(() => {
      shallow = `${repo.base}/shallow`;
      repo.git('clone', '-q', '--depth', '1', '--no-single-branch', `file://${repo.dir}`, shallow);
    });

    it('a range whose base the clone lacks exits 2 and names the fix', () => {
      expectError(repo.run(['history', 'HEAD~3..HEAD'], { cwd: shallow }), /unknown revision "HEAD~3" \(this is a shallow clone/, /git fetch --unshallow.*fetch-depth: 0/);
    });

    it('a range the cut falls inside exits 2 instead of reporting the cut commit as adding every file', () => {
      expectError(repo.run(['history', 'origin/side..origin/main'], { cwd: shallow }), /shallow clone cuts the range/, /fetch-depth: 0/);
    });

    it('a whole-history audit of a shallow clone exits 2', () => {
      expectError(repo.run(['history'], { cwd: shallow }), /shallow clone/, /git fetch --unshallow/);
    });

    it('after git fetch --unshallow the same range scans', () => {
      repo.git('-C', shallow, 'fetch', '-q', '--unshallow');
      const run = repo.run(['history', '-f', 'json', 'origin/side..origin/main'], { cwd: shallow });
      expect(run.code).toBe(0);
      expect(run.json?.scan.commits).toBe(3);
    });
  });
});

const order = (status: string) => ['in-head', 'unmerged-branch', 'history-only'].indexOf(status);
