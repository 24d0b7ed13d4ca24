import { chmod, readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { git } from '../sources/git.ts';

/** The line that marks what leakwarden wrote: only such hooks (or husky blocks) are ever replaced or removed. */
export const MARKER = '# leakwarden-hook v1';
const BEGIN = `${MARKER} (begin): written by \`leakwarden install --husky\`; \`leakwarden uninstall --husky\` removes it`;
const END = '# leakwarden-hook (end)';

type Hook = 'pre-commit' | 'pre-push';

const COMMAND: Record<Hook, string> = { 'pre-commit': 'staged', 'pre-push': 'pre-push "$@"' };

export interface HookOptions {
  readonly prePush: boolean;
  readonly husky: boolean;
  readonly force: boolean;
}

/**
 * The shell that finds leakwarden: on PATH, in the repository's node_modules, or the CLI that wrote the hook; if none
 * is there, the hook fails (a check that cannot run must not pass a commit silently).
 */
function runner(cli: string): string {
  const quoted = `'${cli.replace(/'/g, `'\\''`)}'`;
  return [
    'leakwarden_run() {',
    '  if command -v leakwarden >/dev/null 2>&1; then leakwarden "$@"',
    '  elif [ -x "$(git rev-parse --show-toplevel)/node_modules/.bin/leakwarden" ]; then "$(git rev-parse --show-toplevel)/node_modules/.bin/leakwarden" "$@"',
    `  elif [ -f ${quoted} ]; then node ${quoted} "$@"`,
    // Not `npm install leakwarden`: the name is not on the npm registry, and whoever claimed it would run here.
    '  else echo "leakwarden is not installed, so nothing was checked: install it from its git repository or a release tarball (npm install --save-dev git+https://<repository>#<tag>; see its README), or bypass once with --no-verify" >&2; return 1',
    '  fi',
    '}',
  ].join('\n');
}

function plainHook(hook: Hook, cli: string): string {
  return [
    '#!/bin/sh',
    `${MARKER}: written by \`leakwarden install\`; \`leakwarden uninstall\` removes it.`,
    hook === 'pre-commit'
      ? '# Blocks a commit whose staged changes add a secret. Bypass with `git commit --no-verify` only for a false positive.'
      : '# Blocks a push whose commits add a secret, even one a later commit removed. Bypass with `git push --no-verify` only for a false positive.',
    runner(cli),
    `leakwarden_run ${COMMAND[hook]}`,
    '',
  ].join('\n');
}

function huskyBlock(hook: Hook, cli: string): string {
  return [BEGIN, runner(cli), `leakwarden_run ${COMMAND[hook]} || exit 1`, END].join('\n');
}

/** Where git runs hooks (core.hooksPath, a worktree's common directory: git answers). */
async function hooksDir(cwd: string): Promise<string> {
  const out = await git(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], { cwd });
  return out.stdout.toString('utf8').trim();
}

async function huskyDir(cwd: string): Promise<string> {
  const top = (await git(['rev-parse', '--show-toplevel'], { cwd })).stdout.toString('utf8').trim();
  return path.join(top, '.husky');
}

/** A hook file's text, or null when there is none; anything else in the way is the user's to fix, named. */
const readText = (file: string) =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new InputError(`cannot read ${file}: ${error.code ?? error.message}`, error.code === 'EISDIR' ? 'that path is a directory' : 'check the permissions of git\'s hooks directory');
  });

/** Writes the hooks; returns one line per hook saying what was done. */
export async function installHooks(cwd: string, options: HookOptions, cli: string): Promise<string[]> {
  const hooks: Hook[] = options.prePush ? ['pre-commit', 'pre-push'] : ['pre-commit'];
  const done: string[] = [];
  if (options.husky) {
    const dir = await huskyDir(cwd);
    await mkdir(dir, { recursive: true });
    for (const hook of hooks) {
      const file = path.join(dir, hook);
      const existing = await readText(file);
      const block = huskyBlock(hook, cli);
      const next = existing === null ? `${block}\n` : existing.includes(BEGIN) ? replaceBlock(existing, block) : `${existing.replace(/\n*$/, '\n')}${block}\n`;
      await writeFile(file, next);
      await chmod(file, 0o755);
      done.push(`${existing === null ? 'created' : existing.includes(BEGIN) ? 'updated' : 'added to'} ${file}`);
    }
    return done;
  }
  const dir = await hooksDir(cwd);
  await mkdir(dir, { recursive: true });
  for (const hook of hooks) {
    const file = path.join(dir, hook);
    const existing = await readText(file);
    if (existing !== null && !existing.includes(MARKER)) {
      if (!options.force) {
        throw new InputError(
          `${file} exists and leakwarden did not write it`,
          `chain both: add \`leakwarden ${COMMAND[hook]} || exit 1\` to that hook; or replace it: leakwarden install --force (it is kept as ${hook}.leakwarden-backup)`,
        );
      }
      await rename(file, `${file}.leakwarden-backup`);
      done.push(`kept the existing ${hook} hook as ${file}.leakwarden-backup`);
    }
    await writeFile(file, plainHook(hook, cli));
    await chmod(file, 0o755);
    done.push(`${existing !== null && existing.includes(MARKER) ? 'updated' : 'installed'} ${file}`);
  }
  return done;
}

/** Removes what `installHooks` wrote, and nothing else; restores a hook `--force` set aside. */
export async function uninstallHooks(cwd: string, options: Pick<HookOptions, 'husky'>): Promise<string[]> {
  const hooks: Hook[] = ['pre-commit', 'pre-push'];
  const done: string[] = [];
  if (options.husky) {
    const dir = await huskyDir(cwd);
    for (const hook of hooks) {
      const file = path.join(dir, hook);
      const existing = await readText(file);
      if (existing === null || !existing.includes(BEGIN)) continue;
      const rest = replaceBlock(existing, '').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n');
      if (rest.trim() === '') await rm(file);
      else await writeFile(file, rest);
      done.push(`removed leakwarden from ${file}`);
    }
    return done;
  }
  const dir = await hooksDir(cwd);
  for (const hook of hooks) {
    const file = path.join(dir, hook);
    const existing = await readText(file);
    if (existing === null || !existing.includes(MARKER)) continue;
    await rm(file);
    done.push(`removed ${file}`);
    const backup = `${file}.leakwarden-backup`;
    if ((await readText(backup)) !== null) {
      await rename(backup, file);
      done.push(`restored ${file} from ${path.basename(backup)}`);
    }
  }
  return done;
}

function replaceBlock(text: string, block: string): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END, start);
  if (start === -1 || end === -1) return text;
  return `${text.slice(0, start)}${block}${text.slice(end + END.length)}`;
}
