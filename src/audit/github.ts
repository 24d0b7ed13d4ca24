import { InputError } from '../errors.ts';
import type { HttpOptions } from './http.ts';
import { DEFAULT_HTTP, getAllPages, getJson, HttpError } from './http.ts';
import type { Excluded, ForgeServer, RepositorySource } from './sources.ts';

/** What the REST API says of a repository (the fields the audit reads). */
interface ApiRepository {
  readonly full_name: string;
  readonly clone_url: string;
  readonly html_url?: string;
  readonly archived?: boolean;
  readonly fork?: boolean;
}

export interface ListRequest {
  readonly owner: string;
  readonly kind: 'org' | 'user';
  readonly includeArchived: boolean;
  readonly includeForks: boolean;
  readonly forge: ForgeServer;
  readonly token: string | null;
}

export interface Listed {
  readonly sources: RepositorySource[];
  readonly excluded: Excluded[];
}

/**
 * Every repository of an organisation (`GET /orgs/{org}/repos`) or a user, every page followed. For a user, when the
 * token is that user's own, `GET /user/repos?affiliation=owner` also lists the private ones. Archived repositories and
 * forks are left out (and counted) unless asked for.
 */
export async function listRepositories(request: ListRequest, http: HttpOptions = DEFAULT_HTTP): Promise<Listed> {
  const { forge, owner } = request;
  const headers = apiHeaders(request.token);
  const name = encodeURIComponent(owner);
  let first = request.kind === 'org' ? `${forge.api}/orgs/${name}/repos?type=all&per_page=100` : `${forge.api}/users/${name}/repos?type=owner&per_page=100`;
  if (request.kind === 'user' && request.token !== null && (await tokenOwner(forge, headers, http))?.toLowerCase() === owner.toLowerCase()) {
    first = `${forge.api}/user/repos?affiliation=owner&visibility=all&per_page=100`;
  }
  let items: unknown[];
  try {
    items = await getAllPages(first, headers, http);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      throw new InputError(
        `${request.kind === 'org' ? 'organisation' : 'user'} "${owner}" not found at ${forge.api}`,
        request.kind === 'org' ? `check the name (is it a user? then --user ${owner}); a private organisation needs a token (GITHUB_TOKEN)` : 'check the name (is it an organisation? then --org)',
      );
    }
    throw error;
  }
  const sources: RepositorySource[] = [];
  const excluded: Excluded[] = [];
  for (const item of items) {
    const repo = item as Partial<ApiRepository>;
    if (typeof repo.full_name !== 'string' || typeof repo.clone_url !== 'string') continue;
    if (repo.archived === true && !request.includeArchived) excluded.push({ name: repo.full_name, reason: 'archived' });
    else if (repo.fork === true && !request.includeForks) excluded.push({ name: repo.full_name, reason: 'fork' });
    else sources.push({ name: repo.full_name, url: repo.clone_url, web: typeof repo.html_url === 'string' && /^https?:\/\//.test(repo.html_url) ? repo.html_url.replace(/\/+$/, '') : null });
  }
  return { sources, excluded };
}

/** The login the token belongs to, or null when the API will not say (a GitHub App token, a token without scope). */
async function tokenOwner(forge: ForgeServer, headers: Readonly<Record<string, string>>, http: HttpOptions): Promise<string | null> {
  try {
    const login = ((await getJson(`${forge.api}/user`, headers, http)).body as { login?: unknown }).login;
    return typeof login === 'string' ? login : null;
  } catch (error) {
    if (error instanceof HttpError && error.status !== null && error.status < 500) return null;
    throw error;
  }
}

function apiHeaders(token: string | null): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'leakwarden',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/** GITHUB_TOKEN, else GH_TOKEN, else null. */
export function tokenFrom(env: NodeJS.ProcessEnv): string | null {
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
  return token === '' ? null : token;
}
