/**
 * A loopback HTTP server standing in for a provider's API (OpenAI, a 1Password Connect server): canned replies by
 * path, and a record of every request. It runs in a worker thread, so it answers while the test's thread waits in
 * spawnSync for the CLI.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Never answer (the request stays open until the client gives up). */
  readonly hang?: true;
}

/** Replies by request path and credential (`/v1/models Bearer sk-…`), by path (`/v1/models`), or `*` for any other. */
export type Replies = Readonly<Record<string, Reply>>;

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly authorization: string | null;
  readonly userAgent: string | null;
}

export class FakeProvider {
  static async start(replies: Replies): Promise<FakeProvider> {
    const worker = new Worker(new URL('./fake-provider-worker.mjs', import.meta.url), { workerData: { replies } });
    const [message] = (await once(worker, 'message')) as [{ port: number }];
    return new FakeProvider(worker, `http://127.0.0.1:${message.port}`);
  }

  private constructor(private readonly worker: Worker, readonly url: string) {}

  /** Every request so far, in order. */
  async requests(): Promise<Recorded[]> {
    return ((await this.ask({ kind: 'requests' })) as { requests: Recorded[] }).requests;
  }

  /** Forgets the requests so far, and answers with `replies` from now on (the same ones if none are given). */
  async reset(replies?: Replies): Promise<void> {
    await this.ask({ kind: 'reset', ...(replies ? { replies } : {}) });
  }

  async stop(): Promise<void> {
    await this.ask({ kind: 'stop' });
    await this.worker.terminate();
  }

  private async ask(message: { kind: string; replies?: Replies }): Promise<unknown> {
    const answer = once(this.worker, 'message');
    this.worker.postMessage(message);
    return (await answer)[0];
  }
}
