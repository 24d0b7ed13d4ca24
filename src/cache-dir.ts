import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where leakwarden keeps what it can remake at any time (the parsed rules; the launcher, scripts/launcher.cjs, keeps
 * V8's code cache there by the same rule): LEAKWARDEN_CACHE_DIR, else $XDG_CACHE_HOME/leakwarden, else
 * ~/.cache/leakwarden. null when LEAKWARDEN_CACHE_DIR is `off`. Nothing in it is needed: a cache that cannot be read
 * or written costs only speed.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.LEAKWARDEN_CACHE_DIR === 'off') return null;
  if (env.LEAKWARDEN_CACHE_DIR) return env.LEAKWARDEN_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(homedir(), '.cache');
  return path.join(base, 'leakwarden');
}
