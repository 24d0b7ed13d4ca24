import path from 'node:path';
import { git, splitNul } from '../sources/git.ts';
import { toPosix } from '../sources/posix-path.ts';
import type { PathFact } from '../sources/source.ts';
import type { CommitAuthor, RawFinding, RuleInfo } from '../types.ts';

/**
 * Policy check: `.env` files belong in .gitignore. It judges paths, not content, and asks git (never a home-made
 * gitignore parser) whether a path is ignored. An ignored `.env` is correct practice and never reported.
 */
export const dotenvRule: RuleInfo = {
  id: 'dotenv-not-gitignored',
  description: '.env file not ignored by git',
  severity: 'medium',
  remediation: 'Add the file to .gitignore and untrack it with `git rm --cached <file>`; rotate any secret it ever held, since it stays in history (`leakwarden history`). Commit a `.env.example` with placeholders instead.',
  helpUri: 'https://git-scm.com/docs/gitignore',
};

/** Templates meant to be committed: `.env.example`, `sample.env`, `.env.local.example`, `.env.vault` (encrypted). */
const TEMPLATE_SEGMENTS = new Set(['example', 'sample', 'template', 'dist', 'defaults', 'schema', 'vault']);

/** `.env`, `.env.*` and `*.env`, except templates. Only the file's own name counts (`.env/` venv folders do not). */
export function isDotenvPath(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (name !== '.env' && !name.startsWith('.env.') && !(name.endsWith('.env') && name.length > 4)) return false;
  return !name.toLowerCase().split('.').some((segment) => TEMPLATE_SEGMENTS.has(segment));
}

/** Findings for the `.env` paths a source saw. `repoRoot` is null outside git, where the check does not apply. */
export async function checkDotenv(facts: readonly PathFact[], repoRoot: string | null, root: string): Promise<RawFinding[]> {
  if (repoRoot === null || facts.length === 0) return [];
  // Paths are relative to the scan root; git wants them relative to the repository.
  const toRepo = (p: string) => toPosix(path.relative(repoRoot, path.join(root, p)));
  const repoPaths = facts.map((fact) => toRepo(fact.path));
  const [ignored, tracked] = await Promise.all([
    git(['check-ignore', '--no-index', '-z', '--stdin'], { cwd: repoRoot, input: `${repoPaths.join('\0')}\0`, okExitCodes: [1] }),
    facts.some((f) => f.state === 'unknown')
      ? git(['ls-files', '-z', '--cached', '--', ...repoPaths.map((p) => `:(literal)${p}`)], { cwd: repoRoot })
      : Promise.resolve(null),
  ]);
  const ignoredSet = new Set(splitNul(ignored.stdout));
  const trackedSet = new Set(tracked ? splitNul(tracked.stdout) : []);
  const findings: RawFinding[] = [];
  facts.forEach((fact, i) => {
    const repoPath = repoPaths[i]!;
    const isIgnored = ignoredSet.has(repoPath);
    const state = fact.state === 'unknown' ? (trackedSet.has(repoPath) ? 'tracked' : 'untracked') : fact.state;
    if (state === 'untracked' && isIgnored) return;
    findings.push(finding(fact.path, repoPath, state, isIgnored));
  });
  return findings;
}

function finding(file: string, repoPath: string, state: 'tracked' | 'untracked' | 'staged', ignored: boolean): RawFinding {
  const pattern = ignorePattern(repoPath);
  const message =
    state === 'staged' ? `${repoPath} is staged for commit${ignored ? ' although .gitignore ignores it (added with --force?)' : ' and not ignored'}`
    : state === 'tracked' ? `${repoPath} is tracked by git${ignored ? ' although .gitignore ignores it (added with --force, or before the rule)' : ' and not in .gitignore'}`
    : `${repoPath} is not ignored by git: the next \`git add .\` commits it`;
  const fix =
    state === 'staged' ? `git restore --staged -- '${repoPath}'${ignored ? '' : ` and add ${pattern} to .gitignore`}`
    : state === 'tracked' ? `${ignored ? '' : `add ${pattern} to .gitignore, then `}git rm --cached -- '${repoPath}' and commit; rotate what it held`
    : `add ${pattern} to .gitignore`;
  return fileFinding(file, repoPath, message, { state, ignoredByGitignore: ignored, fix });
}

/** A finding about a whole file (no line, no secret), as this rule reports them. */
function fileFinding(file: string, identity: string, message: string, details: RawFinding['details'], origin?: { commit: string; author: CommitAuthor }): RawFinding {
  return {
    ruleId: dotenvRule.id,
    description: dotenvRule.description,
    severity: dotenvRule.severity,
    path: file,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    secret: '',
    identity,
    excerpt: null,
    message,
    commit: origin?.commit ?? null,
    ...(origin ? { author: origin.author } : {}),
    details,
  };
}

/** The .gitignore line to suggest: `.env`, `.env.*` or `*.env` after the file's name. */
/**
 * The .gitignore lines to add, as users write them: `.env` files come in families (`.env.local`, `.env.production`),
 * and the template beside them stays tracked.
 */
function ignorePattern(repoPath: string): string {
  const name = repoPath.slice(repoPath.lastIndexOf('/') + 1);
  if (name === '.env' || name.startsWith('.env.')) return '`.env`, `.env.*` and `!.env.example`';
  return '`*.env`';
}

/** A `.env` file a commit added (history scans): reported even if later deleted, renamed or ignored. */
export function committedDotenvFinding(file: string, commit: string, author: CommitAuthor): RawFinding {
  const pattern = ignorePattern(file);
  return fileFinding(
    file,
    file,
    `${file} was committed in ${commit.slice(0, 12)} (${author.date.slice(0, 10)}): what it held stays in history`,
    {
      state: 'committed',
      fix: `rotate every secret ${file} held; add ${pattern} to .gitignore and \`git rm --cached -- '${file}'\` if it is still tracked`,
    },
    { commit, author },
  );
}
