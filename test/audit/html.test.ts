/**
 * The audit's HTML report as a person gets it: one file, opened in a real browser (headless Chromium, driven over
 * the DevTools protocol), which must render it with no console message, exception or CSP violation, load nothing
 * from anywhere, run nothing a repository wrote (file names and author names are hostile here), and sort its table.
 * Skipped without Chromium on a developer's machine; under CI=true a missing Chromium fails the test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditJsonReport } from '../../src/report/audit-json.ts';
import { Browser, findChromium, IN_CI } from '../helpers/chromium.ts';
import { openaiKey, serviceAccountToken } from '../helpers/secrets.ts';
import { TempRepo } from '../helpers/temp-repo.ts';

afterAll(() => TempRepo.cleanupAll());

const chromium = findChromium();
const HOSTILE_FILE = '<img src=x onerror="alert(1)">.txt';
/** git drops `<` and `>` from names: what is left of markup is entities and quotes, which must stay text. */
const HOSTILE_AUTHOR = '&lt;script&gt;alert(2)&lt;/script&gt; " onmouseover="alert(3)';
const keys = { api: openaiKey('html-api'), web: serviceAccountToken('html-web'), shared: openaiKey('html-shared'), old: openaiKey('html-old') };

describe.skipIf(!chromium && !IN_CI)('the HTML report in headless Chromium', () => {
  const runner = TempRepo.create({ git: false });
  let html: string;
  let json: AuditJsonReport;
  let file: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!chromium) throw new Error('CI=true and no Chromium: install Debian\'s chromium package (.ci/run does)');
    const api = TempRepo.create();
    api.write('config.py', `OPENAI_API_KEY = "${keys.api}"\nSHARED = "${keys.shared}"\n`);
    api.write(HOSTILE_FILE, `k=${keys.old}\n`);
    api.gitWith({ env: { GIT_AUTHOR_NAME: HOSTILE_AUTHOR } }, 'add', '-A');
    api.gitWith({ env: { GIT_AUTHOR_NAME: HOSTILE_AUTHOR, GIT_AUTHOR_DATE: '@1700000000 +0000' } }, 'commit', '-q', '-m', 'keys');
    api.remove(HOSTILE_FILE);
    api.commitAll('remove one');
    const web = TempRepo.create();
    web.write('deploy.yml', `token: ${keys.web}\nshared: ${keys.shared}\n`);
    web.gitWith({ env: { GIT_AUTHOR_DATE: '@1710000000 +0000' } }, 'add', '-A');
    web.gitWith({ env: { GIT_AUTHOR_DATE: '@1710000000 +0000' } }, 'commit', '-q', '-m', 'deploy');
    // The list --list writes: names and forge pages as the API gives them, so that commits link to the forge.
    const list = path.join(runner.base, 'repositories.json');
    writeFileSync(list, JSON.stringify({
      version: 1,
      kind: 'audit-list',
      repositories: [
        { name: 'acme/api', url: pathToFileURL(api.dir).href, web: 'https://github.com/acme/api' },
        { name: 'acme/web', url: pathToFileURL(web.dir).href },
        { name: 'acme/lost', url: pathToFileURL(path.join(runner.base, 'lost')).href },
      ],
      excluded: [{ name: 'acme/attic', reason: 'archived' }],
    }));
    const work = path.join(runner.base, 'work');
    file = path.join(runner.base, 'audit.html');
    const run = runner.run(['audit', '--repos-file', list, '--work-dir', work, '-f', 'html', '-o', file], { cwd: runner.base });
    expect(run.code, run.stderr).toBe(2);
    html = readFileSync(file, 'utf8');
    json = JSON.parse(runner.run(['audit', '--repos-file', list, '--work-dir', work, '--resume', '-f', 'json'], { cwd: runner.base }).stdout) as AuditJsonReport;
    browser = await Browser.launch(chromium);
    await browser.open(pathToFileURL(file).href);
  });
  afterAll(() => browser?.close());

  it('is one self-contained file: no resource from anywhere, a CSP that allows none, every secret redacted', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-`);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    for (const key of Object.values(keys)) {
      expect(html).not.toContain(key);
      expect(html).not.toContain(key.slice(12, 40));
    }
    expect(html).toContain('sk-pro…');
  });

  it('renders with no console message, exception, CSP violation or dialog, and asks for nothing but itself', () => {
    expect(browser.problems()).toEqual([]);
    expect(browser.requests()).toEqual([pathToFileURL(file).href]);
  });

  it('shows the summary: repositories scanned, incidents, how many still in HEAD, what could not be scanned', async () => {
    const cards = await browser.evaluate<string[]>("[...document.querySelectorAll('#summary li')].map((li) => li.textContent.trim())");
    const { totals } = json;
    expect(cards).toEqual([
      `${totals.ok}of ${totals.repositories} repositories scanned`,
      `${totals.incidents}incidents`,
      `${totals.byStatus['in-head']}still in HEAD`,
      `${totals.secrets}distinct secrets`,
      '1could not be scanned',
    ]);
    expect(totals).toMatchObject({ repositories: 3, ok: 2, errors: 1, incidents: 5, secrets: 4, live: null });
    // No verification data (no --verify): no live-key card.
    expect(cards.some((c) => /live/.test(c))).toBe(false);
    expect(await browser.evaluate<string>("document.querySelector('#errors').textContent")).toMatch(/acme\/lost: could not clone/);
  });

  it('lists the incidents rotate-first, with links to their commits on the forge when the remote is known', async () => {
    const rows = await browser.evaluate<{ repo: string; status: string; links: string[] }[]>(
      "[...document.querySelectorAll('#incidents tbody tr')].map((tr) => ({ repo: tr.dataset.repository, status: tr.cells[6].textContent, links: [...tr.querySelectorAll('a')].map((a) => a.href) }))",
    );
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.status)).toEqual(['in-head', 'in-head', 'in-head', 'in-head', 'history-only']);
    // The secret leaked in both repositories comes first among the high ones in HEAD.
    expect(rows.slice(0, 2).map((r) => r.repo).sort()).toEqual(['acme/api', 'acme/web']);
    const api = json.repositories.find((r) => r.name === 'acme/api')!;
    const commit = api.incidents[0]!.firstSeen.commit;
    expect(rows.find((r) => r.repo === 'acme/api')!.links).toContain(`https://github.com/acme/api/commit/${commit}`);
    // No forge known for acme/web: its commits are shown, not linked.
    expect(rows.filter((r) => r.repo === 'acme/web').flatMap((r) => r.links)).toEqual([]);
  });

  it('sorts by repository, rule, first seen, still in HEAD and status, and back to rotate-first', async () => {
    const order = (key: string) => browser.evaluate<string[]>(`[...document.querySelectorAll('#incidents tbody tr')].map((tr) => tr.dataset['${key}'])`);
    const click = (key: string) => browser.evaluate(`document.querySelector('#incidents thead button[data-key="${key}"]').click()`);
    const sorted = (values: string[], compare = (a: string, b: string) => a.localeCompare(b)) => [...values].sort(compare);

    await click('repository');
    const repos = await order('repository');
    expect(repos).toEqual(sorted(repos));
    expect(await browser.evaluate<string>("document.querySelector('#incidents thead th[aria-sort]').textContent")).toBe('Repository');
    await click('repository');
    expect(await order('repository')).toEqual(sorted(repos).reverse());
    expect(await browser.evaluate<string>("document.querySelector('#incidents thead th[aria-sort]').getAttribute('aria-sort')")).toBe('descending');

    await click('rule');
    const rules = await order('rule');
    expect(rules).toEqual(sorted(rules));
    await click('first');
    const first = await order('first');
    expect(first).toEqual(sorted(first));
    await click('head');
    expect((await order('head')).map(Number)).toEqual([0, 0, 0, 0, 1]);
    await click('head');
    expect((await order('head')).map(Number)).toEqual([1, 0, 0, 0, 0]);
    await click('status');
    const statuses = (await order('status')).map(Number);
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    expect(new Set(statuses.slice(0, 4)).size).toBe(1);
    await click('rank');
    expect((await order('rank')).map(Number)).toEqual([1, 2, 3, 4, 5]);
    expect(browser.problems()).toEqual([]);
  });

  it('shows what a repository wrote as text: a file name or author made of markup runs nothing and adds no element', async () => {
    expect(await browser.evaluate<number>("document.querySelectorAll('img, iframe, object, embed').length")).toBe(0);
    expect(await browser.evaluate<number>('document.scripts.length')).toBe(1);
    const text = await browser.evaluate<string>("document.querySelector('#incidents').textContent");
    expect(text).toContain(HOSTILE_FILE);
    expect(text).toContain(HOSTILE_AUTHOR);
    expect(browser.problems()).toEqual([]);
    if (process.env.LEAKWARDEN_SCREENSHOT) writeFileSync(process.env.LEAKWARDEN_SCREENSHOT, await browser.screenshot());
  });
});
