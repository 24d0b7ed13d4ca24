import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';

/** One repository an audit clones and scans. */
export interface RepositorySource {
  /** As the report names it: an API repository's `full_name`, else the last path segment without `.git`. */
  readonly name: string;
  /** What git clones: a URL, or an absolute local path. */
  readonly url: string;
  /** The repository's page on its forge (for links to commits), when the remote is known; else null. */
  readonly web: string | null;
}

/** What `--list` writes and `--repos-file` reads back (the reusable workflow's list job hands it to the scan jobs). */
export interface RepositoryList {
  readonly version: 1;
  readonly kind: 'audit-list';
  readonly repositories: readonly { readonly name: string; readonly url: string; readonly web?: string }[];
  /** Repositories the API listed and the audit leaves out (archived, forks), with why. */
  readonly excluded: readonly Excluded[];
}

export interface Excluded {
  readonly name: string;
  readonly reason: 'archived' | 'fork';
}

/**
 * `--repos` values and a `--repos-file`: git URLs, `file://` URLs or local paths (made absolute against `cwd`). The
 * file holds one a line, with blank lines and `#` comment lines ignored, or is the JSON that `--list` writes (names
 * kept as the API gave them).
 */
export function sourcesFromArgs(repos: readonly string[], reposFile: string | null, cwd: string, forge: ForgeServer | null): { sources: RepositorySource[]; excluded: Excluded[] } {
  const sources = repos.map((entry) => sourceOf(entry, cwd, forge));
  const excluded: Excluded[] = [];
  if (reposFile !== null) {
    const listed = readReposFile(reposFile, cwd, forge);
    sources.push(...listed.sources);
    excluded.push(...listed.excluded);
  }
  return { sources, excluded };
}

/** The sources a file names and, for the JSON list, what the listing left out (the report says so). */
export function readReposFile(file: string, cwd: string, forge: ForgeServer | null): { sources: RepositorySource[]; excluded: Excluded[] } {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read --repos-file ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`, 'one URL or path a line; # starts a comment line');
  }
  if (text.trimStart().startsWith('{')) return listFromJson(text, file);
  // The file's own directory anchors its relative paths, as a list of paths in a file usually means.
  const base = path.dirname(path.resolve(cwd, file));
  const sources = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => sourceOf(line, base, forge));
  return { sources, excluded: [] };
}

function listFromJson(text: string, file: string): { sources: RepositorySource[]; excluded: Excluded[] } {
  let list: Partial<RepositoryList>;
  try {
    list = JSON.parse(text) as Partial<RepositoryList>;
  } catch (error) {
    throw new InputError(`--repos-file ${file} is not valid JSON: ${(error as Error).message}`, 'give one URL or path a line, or the JSON that `leakwarden audit --list --format json` writes');
  }
  if (list.kind !== 'audit-list' || !Array.isArray(list.repositories)) {
    throw new InputError(`--repos-file ${file} is JSON, but not a repository list`, 'write it with `leakwarden audit --org NAME --list --format json`');
  }
  const excluded = (Array.isArray(list.excluded) ? list.excluded : []).filter(
    (e): e is Excluded => typeof e?.name === 'string' && (e.reason === 'archived' || e.reason === 'fork'),
  );
  const sources = list.repositories.map((entry, i) => {
    if (typeof entry?.name !== 'string' || typeof entry.url !== 'string' || entry.name === '' || entry.url === '') {
      throw new InputError(`--repos-file ${file}: repositories[${i}] needs a name and a url`, 'write it with `leakwarden audit --list --format json`');
    }
    return { name: entry.name, url: entry.url, web: typeof entry.web === 'string' ? entry.web : null };
  });
  return { sources, excluded };
}

/** A URL (`scheme://`), an scp-like `user@host:path`, or else a local path. */
function sourceOf(entry: string, cwd: string, forge: ForgeServer | null): RepositorySource {
  if (entry.startsWith('-')) throw new InputError(`"${entry}" is not a repository`, 'give a git URL, a file:// URL or a path');
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || isScpLike(entry);
  const url = isUrl ? entry : path.resolve(cwd, entry);
  return { name: lastSegment(url), url, web: isUrl ? webPage(url, forge) : null };
}

/** git's rule: `host:path` is ssh when there is a colon before any slash (and it is not a Windows drive). */
function isScpLike(entry: string): boolean {
  const colon = entry.indexOf(':');
  const slash = entry.indexOf('/');
  return colon > 1 && (slash === -1 || colon < slash);
}

/** `…/org/repo.git/` → `repo`. */
export function lastSegment(url: string): string {
  const trimmed = url.replace(/[\\/]+$/, '');
  const segment = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'), trimmed.lastIndexOf(':')) + 1);
  return segment.replace(/\.git$/i, '') || trimmed;
}

/** The GitHub server a token belongs to: its web origin (for clones and links) and its REST API's base URL. */
export interface ForgeServer {
  readonly api: string;
  /** `https://github.com`, or a GitHub Enterprise Server's `https://HOST`. */
  readonly web: string;
}

/** From GITHUB_API_URL (default https://api.github.com) and, when set, GITHUB_SERVER_URL. */
export function forgeServer(env: NodeJS.ProcessEnv): ForgeServer {
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(api);
  } catch {
    throw new InputError(`GITHUB_API_URL is not a URL: ${api}`, 'e.g. https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server');
  }
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
  const web = server || (parsed.hostname === 'api.github.com' ? 'https://github.com' : parsed.origin);
  return { api, web };
}

/**
 * The repository's web page, for links to its commits, when its host is a forge whose commit pages we know
 * (github.com, the GitHub server of GITHUB_API_URL, gitlab.com, bitbucket.org); else null.
 */
export function webPage(url: string, forge: ForgeServer | null): string | null {
  let host: string;
  let repoPath: string;
  const scp = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && isScpLike(url);
  if (scp) {
    const at = url.indexOf('@');
    const colon = url.indexOf(':');
    host = url.slice(at >= 0 && at < colon ? at + 1 : 0, colon);
    repoPath = url.slice(colon + 1);
  } else {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return null;
    host = parsed.hostname;
    repoPath = parsed.pathname;
  }
  const parts = repoPath.replace(/^\/+|\/+$/g, '').replace(/\.git$/i, '').split('/').filter((p) => p !== '');
  if (parts.length < 2) return null;
  const known = ['github.com', 'gitlab.com', 'bitbucket.org'];
  const forgeHost = forge ? new URL(forge.web).hostname : null;
  if (known.includes(host.toLowerCase())) return `https://${host.toLowerCase()}/${parts.join('/')}`;
  if (forgeHost !== null && host.toLowerCase() === forgeHost.toLowerCase()) return `${forge!.web}/${parts.join('/')}`;
  return null;
}

/** A link to a commit on the repository's forge (GitLab and Bitbucket spell the path their own way). */
export function commitLink(web: string, sha: string): string {
  const host = new URL(web).hostname;
  if (host === 'gitlab.com') return `${web}/-/commit/${sha}`;
  if (host === 'bitbucket.org') return `${web}/commits/${sha}`;
  return `${web}/commit/${sha}`;
}

/**
 * Unique names: sources that share a name are told apart by their last two segments (`a/api`, `b/api`), then by a
 * number; the same URL given twice is audited once.
 */
export function uniqueSources(sources: readonly RepositorySource[], warn: (message: string) => void): RepositorySource[] {
  const byUrl = new Map<string, RepositorySource>();
  for (const source of sources) {
    if (byUrl.has(source.url)) warn(`${displaySource(source.url)} is named twice; it is audited once`);
    else byUrl.set(source.url, source);
  }
  const list = [...byUrl.values()];
  const counts = new Map<string, number>();
  for (const source of list) counts.set(source.name, (counts.get(source.name) ?? 0) + 1);
  const taken = new Set<string>();
  return list.map((source) => {
    let name = source.name;
    if ((counts.get(name) ?? 0) > 1 && !name.includes('/')) {
      const parts = source.url.replace(/[\\/]+$/, '').replace(/\.git$/i, '').split(/[\\/:]/).filter((p) => p !== '');
      name = parts.slice(-2).join('/');
    }
    for (let n = 2; taken.has(name); n++) name = `${source.name} (${n})`;
    taken.add(name);
    return name === source.name ? source : { ...source, name };
  });
}

/** A source as reports and messages show it: credentials in a URL are replaced by `***`. */
export function displaySource(url: string): string {
  // http(s): any user part may be a token (`https://TOKEN@host/…`); elsewhere (`ssh://git@host`) only a password.
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@]*)@/i, (whole, scheme: string, user: string) =>
    /^https?:\/\/$/i.test(scheme) ? `${scheme}***@` : user.includes(':') ? `${scheme}${user.slice(0, user.indexOf(':'))}:***@` : whole);
}
