/**
 * Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: file descriptors 3 and
 * 4, NUL-separated JSON), so that a test can open a page as a person's browser would and hear everything it says:
 * console messages, exceptions, log entries (a Content-Security-Policy violation is one), requests, dialogs.
 *
 * Debian's `chromium` package. A test that needs it skips when it is missing, except under CI=true, where it fails
 * (.ci/run installs it).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/** The Chromium binary, or null when there is none. */
export function findChromium(): string | null {
  for (const name of [process.env.LEAKWARDEN_CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome']) {
    if (!name) continue;
    const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim() !== '') return found.stdout.trim();
  }
  return null;
}

export interface PageEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
}

export class Browser {
  readonly events: PageEvent[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  private readonly waiters: { method: string; resolve: (event: PageEvent) => void }[] = [];
  private buffer = '';
  private sessionId = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const output = child.stdio[4] as Readable;
    output.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown> };
        this.buffer = this.buffer.slice(end + 1);
        if (message.id !== undefined) {
          const waiting = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) waiting?.reject(new Error(message.error.message));
          else waiting?.resolve(message.result ?? {});
        } else if (message.method) {
          const event = { method: message.method, params: message.params ?? {} };
          this.events.push(event);
          for (const waiter of this.waiters.filter((w) => w.method === event.method)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(event);
          }
        }
      }
    });
  }

  /** Starts Chromium with a fresh profile and opens one page, with every domain a test listens to enabled. */
  static async launch(binary: string): Promise<Browser> {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'leakwarden-chromium-'));
    const child = spawn(
      binary,
      [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe', `--user-data-dir=${profile}`,
        '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--window-size=1300,900', 'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const browser = new Browser(child, profile);
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    browser.sessionId = String(sessionId);
    for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await browser.page(`${domain}.enable`);
    return browser;
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** A command to the page's session. */
  page(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.send(method, params, this.sessionId);
  }

  next(method: string): Promise<PageEvent> {
    return new Promise((resolve) => this.waiters.push({ method, resolve }));
  }

  async open(url: string): Promise<void> {
    const loaded = this.next('Page.loadEventFired');
    await this.page('Page.navigate', { url });
    await loaded;
  }

  /** Evaluates an expression in the page and returns its value (JSON-serialisable values only). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.page('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.text}`);
    return result.value;
  }

  /** Every console message, exception, log entry at warning or error level, and dialog: what "no console error" rules out. */
  problems(): string[] {
    return this.events.flatMap((event) => {
      const p = event.params as Record<string, any>;
      switch (event.method) {
        case 'Runtime.consoleAPICalled':
          return p.type === 'error' || p.type === 'warning' || p.type === 'assert' ? [`console.${p.type}: ${JSON.stringify(p.args)}`] : [];
        case 'Runtime.exceptionThrown':
          return [`exception: ${p.exceptionDetails?.exception?.description ?? p.exceptionDetails?.text}`];
        case 'Log.entryAdded':
          return p.entry?.level === 'error' || p.entry?.level === 'warning' ? [`${p.entry.source} ${p.entry.level}: ${p.entry.text}`] : [];
        case 'Page.javascriptDialogOpening':
          return [`dialog: ${p.message}`];
        default:
          return [];
      }
    });
  }

  /** Every URL the page asked for. */
  requests(): string[] {
    return this.events.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => String((e.params as { request: { url: string } }).request.url));
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.page('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
    return Buffer.from(String(data), 'base64');
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    await this.send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(this.profile, { recursive: true, force: true });
  }
}
