import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputDefs } from '../../src/action/input-defs.ts';
import { OPTIONS } from '../../src/config/options.ts';
import { genericAssignment, openaiKey } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import { FakeGitHub } from './github-api.ts';
import { checkoutCommit, runAction } from './run-action.ts';

const MANIFEST = fileURLToPath(new URL('../../action.yml', import.meta.url));

afterAll(() => TempRepo.cleanupAll());

describe('the committed Action', () => {
  it('action.yml declares exactly the inputs of the option table, with the same defaults', () => {
    const manifest = readFileSync(MANIFEST, 'utf8');
    const declared = [...manifest.matchAll(/^ {2}([a-z-]+):\n {4}description: .*\n {4}required: false\n {4}default: (".*")$/gm)].map((m) => [m[1], JSON.parse(m[2]!)]);
    expect(declared).toEqual(inputDefs().map((d) => [d.name, d.default]));
    for (const option of OPTIONS.filter((o) => o.action)) expect(declared.map(([name]) => name)).toContain(option.flag);
    expect(manifest).toMatch(/using: node24\n {2}main: dist\/action\.cjs/);
  });
});

describe('the Action on a pull request', () => {
  const origin = TempRepo.create();
  const api = new FakeGitHub();
  let apiUrl = '';
  const key = openaiKey('action-pr');
  const old = genericAssignment('action-old');
  let base = '';
  let head = '';
  let cleanHead = '';
  const payload = (headSha: string, number = 7) => ({ number, pull_request: { number, commits: 2, base: { sha: base }, head: { sha: headSha } } });

  beforeAll(async () => {
    apiUrl = await api.start();
    origin.write('README.md', '# demo\n');
    origin.write('config.js', `${old.line}\nmodule.exports = { debug: false };\n`);
    for (let i = 0; i < 5; i++) {
      origin.write(`history-${i}.txt`, `${i}\n`);
      origin.commitAll(`main ${i}`);
    }
    base = origin.git('rev-parse', 'HEAD').trim();
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write('notes.md', 'notes\n');
    origin.commitAll('feature: notes');
    origin.write('src/client.py', `import os\n\nOPENAI_API_KEY = "${key}"\n`);
    head = origin.commitAll('feature: add a client');
    origin.git('checkout', '-q', '-b', 'clean', base);
    origin.write('config.js', `${old.line}\nmodule.exports = { debug: true };\n`);
    origin.commitAll('clean: touch the file with the old secret');
    cleanHead = origin.commitAll('clean: empty');
    origin.git('checkout', '-q', 'main');
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  });
  afterAll(() => api.stop());

  const checkout = (sha: string) => checkoutCommit(origin, sha);

  it('fails the job, annotates the line, writes summary, outputs and a valid SARIF file, and posts one review with its comment', async () => {
    const workspace = checkout(head);
    const run = await runAction(origin, { workspace, event: 'pull_request', payload: payload(head), api: apiUrl });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/^::error title=leakwarden%3A openai-api-key,file=src\/client\.py,line=3,endLine=3,col=19,endColumn=\d+::/m);
    expect(run.stdout).toContain('::add-mask::');
    expect(run.outputs).toMatchObject({ findings: '1', incidents: '1', 'scanned-commits': '2' });
    expect(run.summary).toContain('leakwarden: 1 secret found');
    expect(run.summary).toMatch(/Scanned 2 commits/);
    expect(run.summary).toMatch(/fetched: <code>git fetch/); // the shallow checkout was deepened
    expect(run.summary).toContain('https://github.example/octo/demo/blob/');
    const sarif = JSON.parse(run.sarif!);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(1);
    // The secret never appears in full: not in the log (the runner would mask it anyway), the summary or SARIF.
    for (const text of [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.summary, run.sarif!]) expect(text).not.toContain(key);
    // One review holds the new comments (one request, one notification, however many findings).
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/octo/demo/pulls/7/reviews']);
    const review = api.writes()[0]!.body!;
    expect(review).toMatchObject({ commit_id: head, event: 'COMMENT' });
    const comments = review.comments as Record<string, unknown>[];
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ path: 'src/client.py', line: 3, side: 'RIGHT' });
    expect(String(comments[0]!.body)).toMatch(/<!-- leakwarden:fingerprint=openai-api-key:src\/client\.py:[0-9a-f]{16} open -->/);
  });

  it('a re-run posts no duplicate (existing comments are read across pages)', async () => {
    // Other people's comments first, so that ours is on a later page.
    api.reviewComments.unshift({ id: 1, body: 'nice' }, { id: 2, body: 'lgtm' }, { id: 3, body: 'hmm' });
    const before = api.writes().length;
    const run = await runAction(origin, { workspace: checkout(head), event: 'pull_request', payload: payload(head), api: apiUrl });
    expect(run.code).toBe(1);
    expect(api.writes().slice(before)).toEqual([]);
    expect(api.requests.some((r) => r.method === 'GET' && r.path.endsWith('/pulls/7/comments'))).toBe(true);
    expect(api.reviewComments.filter((c) => c.body.includes('leakwarden:fingerprint'))).toHaveLength(1);
  });

  it('marks the comment resolved once the secret is gone', async () => {
    origin.git('checkout', '-q', 'feature');
    origin.write('src/client.py', 'import os\n\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    origin.remove('notes.md');
    const fixed = origin.commitAll('feature: read the key from the environment');
    origin.git('checkout', '-q', 'main');
    const run = await runAction(origin, { workspace: checkout(fixed), event: 'pull_request', payload: payload(fixed), api: apiUrl });
    // The key is still in the PR's history: the job still fails, and says so.
    expect(run.code).toBe(1);
    expect(api.reviewComments.find((c) => c.body.includes('leakwarden:fingerprint'))!.body).toMatch(/^✅ \*\*Resolved:\*\*[\s\S]* resolved -->$/);
    // Not on a changed line of the head any more: listed in the one PR comment.
    expect(api.issueComments).toHaveLength(1);
    expect(api.issueComments[0]!.body).toContain('<!-- leakwarden:summary -->');
  });

  it('passes a pull request that touches a file holding an old secret on another line', async () => {
    const before = api.writes().length;
    const run = await runAction(origin, { workspace: checkout(cleanHead), event: 'pull_request', payload: payload(cleanHead, 8), api: apiUrl });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', 'scanned-commits': '2' });
    expect(run.summary).toContain('leakwarden: no secrets found');
    expect(api.writes().slice(before)).toEqual([]);
  });

  it('degrades to annotations and a warning on a 403 (a fork\'s read-only token); the job still fails on the finding', async () => {
    api.readOnly = true;
    try {
      const run = await runAction(origin, { workspace: checkout(head), event: 'pull_request', payload: payload(head, 9), api: apiUrl });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^::warning::leakwarden: could not comment on pull request #9: HTTP 403: the token is read-only/m);
      expect(run.stdout).toMatch(/^::error title=leakwarden%3A openai-api-key/m);
      expect(run.summary).toContain('Pull request comments: not posted');
    } finally {
      api.readOnly = false;
    }
  });

  it('reads a config file named by the `config` input (the same file the CLI reads)', async () => {
    const config = path.join(origin.base, 'leakwarden.toml');
    // Both rules that see the key (the generic one takes over an assignment the provider rule no longer claims).
    writeFileSync(config, '[extend]\ndisabledRules = ["openai-api-key", "generic-secret"]\n');
    const run = await runAction(origin, { workspace: checkout(head), event: 'pull_request', payload: payload(head, 11), api: apiUrl, inputs: { config, comment: 'false' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.findings).toBe('0');
    writeFileSync(config, '[extend]\ndisabledRules = ["no-such-rule"]\n');
    const bad = await runAction(origin, { workspace: checkout(head), event: 'pull_request', payload: payload(head, 11), api: apiUrl, inputs: { config, comment: 'false' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error::leakwarden: .*no-such-rule/m);
  });

  it('passes a pull request whose commits are all in its base already: "no new commits"', async () => {
    const run = await runAction(origin, { workspace: checkout(base), event: 'pull_request', payload: { number: 12, pull_request: { number: 12, commits: 0, base: { sha: head }, head: { sha: base } } }, api: apiUrl, inputs: { comment: 'false' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toMatch(/pull request #12: .*: no new commits/);
    expect(run.outputs).toMatchObject({ findings: '0', 'scanned-commits': '0' });
  });

  it('fails closed with the fix when the base cannot be found', async () => {
    const run = await runAction(origin, { workspace: checkout(head), event: 'pull_request', payload: { number: 10, pull_request: { number: 10, base: { sha: 'f'.repeat(40) }, head: { sha: head } } }, api: apiUrl });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::leakwarden: .*f{12}/m);
    expect(run.stdout).toMatch(/fetch-depth: 0/);
    expect(run.outputs.findings).toBeUndefined();
  });
});

describe('the Action on pushes', () => {
  const origin = TempRepo.create();
  const api = new FakeGitHub();
  let apiUrl = '';
  const key = openaiKey('action-push');
  let main = '';

  beforeAll(async () => {
    apiUrl = await api.start();
    origin.write('README.md', '# demo\n');
    main = origin.commitAll('main');
    origin.write('a.txt', 'a\n');
    main = origin.commitAll('main 2');
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  });
  afterAll(() => api.stop());

  const checkout = (branch: string) => {
    const workspace = path.join(origin.base, `ws-${branch}-${Math.random().toString(36).slice(2, 6)}`);
    origin.git('clone', '-q', '--depth', '1', '--branch', branch, `file://${origin.dir}`, workspace);
    return workspace;
  };

  it('a new branch scans its commits that no other branch has', async () => {
    origin.git('checkout', '-q', '-b', 'topic');
    origin.write('topic.env.js', `const OPENAI_API_KEY = "${key}";\n`);
    origin.commitAll('topic 1');
    origin.write('topic2.txt', 'two\n');
    const tip = origin.commitAll('topic 2');
    origin.git('checkout', '-q', 'main');
    const run = await runAction(origin, {
      workspace: checkout('topic'),
      event: 'push',
      payload: { ref: 'refs/heads/topic', before: '0'.repeat(40), after: tip, forced: false, repository: { default_branch: 'main' }, commits: [] },
      api: apiUrl,
      env: { GITHUB_REF: 'refs/heads/topic' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '1', 'scanned-commits': '2' });
    expect(run.summary).toMatch(/push to refs\/heads\/topic \(a new branch\): the 2 commits of [0-9a-f]{12} that no other branch of origin has/);
    expect(api.writes()).toEqual([]); // no pull request: no comments
  });

  it('a force-push scans only what is new', async () => {
    origin.git('checkout', '-q', '-b', 'rewrite', main);
    origin.write('x.txt', 'x\n');
    const before = origin.commitAll('old tip');
    origin.git('reset', '-q', '--hard', main);
    origin.write('y.txt', 'y\n');
    const after = origin.commitAll('new tip');
    origin.git('checkout', '-q', 'main');
    // Keep the old tip fetchable, as GitHub does for a while after a force-push.
    origin.git('tag', 'old-tip', before);
    const run = await runAction(origin, {
      workspace: checkout('rewrite'),
      event: 'push',
      payload: { ref: 'refs/heads/rewrite', before, after, forced: true, repository: { default_branch: 'main' } },
      api: apiUrl,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', 'scanned-commits': '1' });
    expect(run.summary).toContain('push to refs/heads/rewrite (forced)');
  });

  it('a tag push with no new commits passes: "no new commits", nothing scanned', async () => {
    origin.git('tag', '-a', '-m', 'release 1', 'v1', main);
    const tag = origin.git('rev-parse', 'v1').trim(); // the tag object: what `after` is for an annotated tag
    const run = await runAction(origin, {
      workspace: checkout('v1'),
      event: 'push',
      payload: { ref: 'refs/tags/v1', before: '0'.repeat(40), after: tag, forced: false, repository: { default_branch: 'main' }, commits: [] },
      api: apiUrl,
      env: { GITHUB_REF: 'refs/tags/v1' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toMatch(/push to refs\/tags\/v1.*: no new commits/);
    expect(run.outputs).toMatchObject({ findings: '0', 'scanned-commits': '0' });
  });

  it('a branch rewound to an older commit (no new commits) passes: "no new commits"', async () => {
    origin.git('checkout', '-q', '-b', 'rewind', main);
    origin.write('r.txt', 'r\n');
    const before = origin.commitAll('to be rewound');
    origin.git('reset', '-q', '--hard', main);
    origin.git('checkout', '-q', 'main');
    origin.git('tag', 'rewound-tip', before);
    const run = await runAction(origin, {
      workspace: checkout('rewind'),
      event: 'push',
      payload: { ref: 'refs/heads/rewind', before, after: main, forced: true, repository: { default_branch: 'main' } },
      api: apiUrl,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toMatch(/push to refs\/heads\/rewind \(forced\).*: no new commits/);
    expect(run.outputs).toMatchObject({ findings: '0', 'scanned-commits': '0' });
  });

  it('a force-push whose old tip is gone from the remote scans the commits no other branch has, and says so', async () => {
    origin.git('checkout', '-q', '-b', 'gone', main);
    origin.write('g.txt', 'g\n');
    origin.commitAll('gone 1');
    origin.write('gone.env.js', `const OPENAI_API_KEY = "${openaiKey('action-gone')}";\n`);
    const after = origin.commitAll('gone 2');
    origin.git('checkout', '-q', 'main');
    const run = await runAction(origin, {
      workspace: checkout('gone'),
      event: 'push',
      payload: { ref: 'refs/heads/gone', before: 'b'.repeat(40), after, forced: true, repository: { default_branch: 'main' } },
      api: apiUrl,
    });
    expect(run.code, run.stdout).toBe(1); // the key, not "could not fetch"
    expect(run.stdout).not.toMatch(/could not fetch/);
    expect(run.outputs).toMatchObject({ findings: '1', 'scanned-commits': '2' });
    expect(run.summary).toMatch(/the old tip b{12} is gone from origin.*no other branch of origin has/);
  });

  it('a force-push of a branch rebased onto main does not report main\'s old secrets as new', async () => {
    origin.git('checkout', '-q', '-b', 'rebased', main);
    origin.write('feature.txt', 'feature\n');
    const before = origin.commitAll('feature');
    origin.git('checkout', '-q', 'main');
    origin.write('old.env.js', `const OPENAI_API_KEY = "${openaiKey('action-old-main')}";\n`);
    origin.commitAll('main: the old secret (reported when it was pushed)');
    origin.git('checkout', '-q', 'rebased');
    origin.git('rebase', '-q', 'main');
    const after = origin.git('rev-parse', 'HEAD').trim();
    origin.git('checkout', '-q', 'main');
    origin.git('tag', 'rebased-old-tip', before); // the old tip is still there, as GitHub keeps it a while
    const run = await runAction(origin, {
      workspace: checkout('rebased'),
      event: 'push',
      payload: { ref: 'refs/heads/rebased', before, after, forced: true, repository: { default_branch: 'main' } },
      api: apiUrl,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', 'scanned-commits': '1' });
    expect(run.summary).toMatch(/that neither the old tip [0-9a-f]{12} nor any other branch of origin has/);
  });

  it('workflow_dispatch audits the whole history of every branch, deepening the checkout first', async () => {
    const run = await runAction(origin, { workspace: checkout('main'), event: 'workflow_dispatch', payload: {}, api: apiUrl, inputs: { comment: 'false' } });
    // The key of the topic branch (never merged) is found, though the checkout held one commit of main.
    expect(run.code, run.stdout).toBe(1);
    expect(Number(run.outputs['scanned-commits'])).toBeGreaterThanOrEqual(5);
    expect(run.summary).toContain('unmerged-branch');
    expect(run.summary).toMatch(/fetched: <code>git fetch --no-tags --unshallow origin/);
  });

  it('an unsupported event fails with a hint, never green', async () => {
    const run = await runAction(origin, { workspace: checkout('main'), event: 'issues', payload: {}, api: apiUrl });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::leakwarden: unsupported event "issues"%0Ahint: /m);
  });
});
