import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { GitError } from '../errors.ts';
import { git } from '../sources/git.ts';
import { displaySource } from './sources.ts';

/**
 * Bare mirrors of the audited repositories. Every scan runs without any transport (src/sources/git.ts); the clone,
 * the fetch and the ls-remote here are the only git calls that reach a remote (`network: true`: the ordinary
 * transports, never `ext::`, which runs a command). No hook runs (no template is copied, `core.hooksPath` is
 * /dev/null), git never prompts, and the token travels in an `http.<origin>/.extraHeader` set through the
 * environment: never on a command line, never in a URL, never in the mirror's config.
 */
const TRANSPORT = ['-c', 'core.hooksPath=/dev/null', '-c', 'credential.interactive=never'];

/** A token and the only origin it may be sent to (the GitHub server it belongs to). */
export interface MirrorAuth {
  readonly origin: string;
  readonly token: string;
}

export type MirrorEvent = 'cloned' | 'fetched';

/**
 * Makes `dir` a bare mirror of `url`: a fresh clone (into a temporary directory, renamed into place once complete,
 * so that an interrupted clone never passes for a mirror), or with `update`, a fetch into the existing one (pruning
 * refs the remote deleted). A fetch that fails falls back to a fresh clone.
 */
export async function mirror(url: string, dir: string, options: { readonly update: boolean; readonly auth: MirrorAuth | null; readonly warn: (message: string) => void }): Promise<MirrorEvent> {
  const env = transportEnv(url, options.auth);
  const secrets = options.auth ? [options.auth.token] : [];
  if (options.update && existsSync(dir)) {
    try {
      await git([...TRANSPORT, 'fetch', '--prune', '--quiet', '--no-write-fetch-head', 'origin'], { cwd: dir, env, network: true });
      await followRemoteHead(dir, env);
      return 'fetched';
    } catch (error) {
      options.warn(`${displaySource(url)}: the fetch into the existing mirror failed (${scrub(errorText(error), secrets)}); cloning afresh`);
    }
  }
  const temporary = `${dir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  try {
    // --no-local: a local path is read through the file transport, like a remote (no hard links into it, no copy of
    // its object directory as it is). --template=: no hooks, no template files.
    await git([...TRANSPORT, 'clone', '--mirror', '--no-local', '--template=', '--quiet', '--', url, temporary], { cwd: path.dirname(dir), env, network: true });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw new GitError(`could not clone ${displaySource(url)}: ${scrub(cloneReason(error), secrets)}`, [], error instanceof GitError ? error.exitCode : null, '');
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(temporary, dir);
  return 'cloned';
}

/**
 * What the refs of a mirror are: a hash of every ref with its object and of what HEAD points at. The same hash, the
 * same history: an audit with --resume reuses the result it stored for it.
 */
export async function refsState(dir: string): Promise<string> {
  const [refs, head] = await Promise.all([
    git(['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: dir }),
    git(['symbolic-ref', '-q', 'HEAD'], { cwd: dir, okExitCodes: [1] }),
  ]);
  return createHash('sha256').update(refs.stdout).update('\0').update(head.stdout).digest('hex');
}

/** A mirror's HEAD follows the remote's default branch, which may have changed since the clone. */
async function followRemoteHead(dir: string, env: Readonly<Record<string, string>>): Promise<void> {
  const out = await git([...TRANSPORT, 'ls-remote', '--symref', 'origin', 'HEAD'], { cwd: dir, env, network: true });
  const match = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(out.stdout.toString('utf8'));
  if (match) await git(['symbolic-ref', 'HEAD', match[1]!], { cwd: dir });
}

/** Never a prompt; the token's header for its own origin only, after any config the user set this way. */
function transportEnv(url: string, auth: MirrorAuth | null): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
  if (auth === null || !url.startsWith(`${auth.origin}/`)) return env;
  const count = Number(process.env.GIT_CONFIG_COUNT);
  const at = Number.isInteger(count) && count > 0 ? count : 0;
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  return { ...env, GIT_CONFIG_COUNT: String(at + 1), [`GIT_CONFIG_KEY_${at}`]: `http.${auth.origin}/.extraHeader`, [`GIT_CONFIG_VALUE_${at}`]: `Authorization: Basic ${basic}` };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** git's own words for a failed clone: the last line that says why (the first is often `Cloning into …`). */
function cloneReason(error: unknown): string {
  if (!(error instanceof GitError)) return errorText(error);
  const lines = error.stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^Cloning into/.test(line));
  const fatal = lines.filter((line) => /^(fatal|error|remote):/i.test(line));
  return (fatal.length > 0 ? fatal.join('; ') : (lines.pop() ?? error.message)).replace(/\b(fatal|error): /gi, '');
}

/** Never a token in a message, in full or base64-encoded as the header carries it. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === '') continue;
    out = out.split(secret).join('***').split(Buffer.from(`x-access-token:${secret}`).toString('base64')).join('***');
  }
  return displayUrls(out);
}

/** Credentials inside any URL of a message are replaced. */
function displayUrls(text: string): string {
  return text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s'"]+/gi, (url) => displaySource(url));
}
