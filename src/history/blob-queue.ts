import type { BlobRead } from '../sources/cat-file.ts';
import { BatchParser } from '../sources/cat-file.ts';
import { failure, gitPipe } from '../sources/git.ts';

/**
 * One long-lived `git cat-file --batch` fed while the caller is still discovering what to read: `request` writes an
 * object name to git's stdin (git starts on it at once), `results` hands the objects back in request order, each with
 * the tag it was asked with. Memory holds one object at a time (none of an object over `maxSize`) plus git's
 * read-ahead. cat-file applies no filters or textconv: repository config cannot run anything here.
 */
export class BlobQueue<Tag> {
  private readonly git;
  private readonly tags: Tag[] = [];
  private head = 0;
  private requested = 0;
  private ended = false;

  constructor(cwd: string, private readonly maxSize: number) {
    // --buffer: git flushes when its buffer fills, not after every object (the reader is never waiting on one object).
    this.git = gitPipe(['cat-file', '--batch', '--buffer'], { cwd });
  }

  request(oid: string, tag: Tag): void {
    if (this.ended) throw new Error('BlobQueue: request after end');
    this.tags.push(tag);
    this.requested++;
    this.git.stdin.write(`${oid}\n`);
  }

  /** No more requests: git finishes what was asked and exits. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.git.stdin.end();
  }

  /** Stops git (a reader that gives up). */
  stop(): void {
    this.ended = true;
    this.git.stop();
  }

  get pending(): number {
    return this.requested - this.head;
  }

  async *results(): AsyncGenerator<BlobRead & { readonly tag: Tag }> {
    const parser = new BatchParser(this.maxSize);
    let complete = false;
    try {
      for await (const chunk of this.git.stdout) {
        for (const blob of parser.push(chunk)) {
          const tag = this.tags[this.head];
          if (tag === undefined) throw failure(['cat-file', '--batch'], 0, 'git returned more objects than were asked for');
          this.tags[this.head++] = undefined as Tag; // let the tag go
          if (this.head > 4096 && this.head * 2 > this.tags.length) {
            this.tags.splice(0, this.head);
            this.requested -= this.head;
            this.head = 0;
          }
          yield { ...blob, tag };
        }
      }
      complete = true;
    } finally {
      if (!complete) this.stop();
    }
    await this.git.finished();
    if (this.head !== this.requested) throw failure(['cat-file', '--batch'], 0, `read ${this.head} of ${this.requested} objects`);
  }
}
