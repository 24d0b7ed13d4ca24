import { readFile } from 'node:fs/promises';
import { GitError, InputError, UsageError } from '../errors.ts';
import type { HistorySelection } from '../scan-options.ts';
import { isWholeHistory } from '../scan-options.ts';
import { git } from '../sources/git.ts';
import { AUDIT_REVISIONS } from './log.ts';

/** What the history scan walks, resolved and checked before any blob is read. */
export interface Scope {
  /** Arguments for `git log` / `git rev-list` that select the commits. */
  readonly revisions: readonly string[];
  /** `BASE..TIP` as the user gave it, for the report; null for a whole-history audit. */
  readonly range: string | null;
  /** The revisions walked, for the report: `--all` or the branch. */
  readonly refs: string;
  /** The commit incident statuses are measured against (the default branch's tip, or the range's tip). */
  readonly head: string | null;
  /** Whole-history audit of every ref: commits outside `head` can be on unmerged branches. */
  readonly allRefs: boolean;
  /** A partial clone (`--filter`): blobs it never fetched are missing, and a scan never fetches. */
  readonly partialClone: boolean;
}

const UNSHALLOW_HINT = 'fetch the missing history: git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0)';

/**
 * Resolves the request into revisions and fails closed on anything that would make the scan cover less than asked:
 * an unknown revision, a shallow clone whose cut falls inside the range (its first commit would look like it added
 * every file), an empty range, a whole-history audit of a shallow clone.
 */
export async function resolveScope(cwd: string, request: HistorySelection): Promise<Scope> {
  if (request.kind === 'refs' && request.range !== null && request.sinceCommit !== null) {
    throw new UsageError('give either a range or --since-commit, not both', 'e.g. leakwarden history main..HEAD, or leakwarden history --since-commit main');
  }
  if (request.kind === 'refs' && request.range !== null && request.branch !== null) {
    throw new UsageError('--branch does not combine with a range', 'the range names its tip: leakwarden history BASE..BRANCH');
  }
  // A whole-history audit's HEAD is asked for beside the repository's facts, not after them (one git's start less
  // on the way to the walk); its answer is not used when the clone turns out shallow.
  const auditHead = isWholeHistory(request) ? optionalCommit(cwd, 'HEAD') : null;
  auditHead?.catch(() => {});
  const [info, promisors] = await Promise.all([
    git(['rev-parse', '--is-shallow-repository', '--path-format=absolute', '--git-path', 'shallow'], { cwd }),
    git(['config', '--get-regexp', '^(remote\\..*\\.promisor|extensions\\.partialclone)$'], { cwd, okExitCodes: [1] }),
  ]);
  const [shallowFlag = '', shallowFile = ''] = info.stdout.toString('utf8').split('\n');
  const shallow = shallowFlag.trim() === 'true';
  const partialClone = promisors.stdout.toString('utf8').split('\n').some((line) => line !== '' && !/ false$/i.test(line));
  if (request.kind === 'pushed') {
    const { exclude, label } = request;
    const tips = await Promise.all(request.tips.map((name) => resolveCommit(cwd, name, shallow)));
    const revisions = exclude.length > 0 ? [...tips, '--not', ...exclude] : tips;
    await checkCommits(cwd, revisions, label, shallow, shallowFile);
    // Incident statuses are measured against the first pushed tip.
    return { revisions, range: label, refs: label, head: tips[0] ?? null, allRefs: false, partialClone };
  }
  const bounds = request.sinceCommit !== null ? { base: request.sinceCommit, tip: request.branch ?? 'HEAD' } : request.range !== null ? parseRange(request.range) : null;

  if (bounds === null) {
    if (shallow) {
      throw new InputError('this is a shallow clone: the history before its cut is missing, so an audit would be incomplete', UNSHALLOW_HINT);
    }
    if (request.branch !== null) {
      const tip = await resolveCommit(cwd, request.branch, shallow);
      return { revisions: [tip], range: null, refs: request.branch, head: tip, allRefs: false, partialClone };
    }
    const head = await (auditHead ?? optionalCommit(cwd, 'HEAD'));
    return { revisions: AUDIT_REVISIONS, range: null, refs: '--all', head, allRefs: true, partialClone };
  }

  const [base, tip] = await Promise.all([resolveCommit(cwd, bounds.base, shallow), resolveCommit(cwd, bounds.tip, shallow)]);
  const label = `${bounds.base}..${bounds.tip}`;
  await checkCommits(cwd, [tip, '--not', base], label, shallow, shallowFile, `${bounds.tip} is already part of ${bounds.base}`);
  return { revisions: [tip, '--not', base], range: label, refs: label, head: tip, allRefs: false, partialClone };
}

/**
 * The commits `revisions` select must exist (an empty range is a mistake, not a clean scan) and lie above a shallow
 * clone's cut (the cut commit would look like it added every file).
 */
async function checkCommits(cwd: string, revisions: readonly string[], label: string, shallow: boolean, shallowFile: string, why = 'nothing to scan'): Promise<void> {
  const listed = await git(['rev-list', ...revisions], { cwd });
  const commits = listed.stdout.toString('utf8').split('\n').filter((line) => line !== '');
  if (commits.length === 0) {
    throw new InputError(`the range ${label} has no commits: ${why}`, 'check the order (BASE..HEAD) and that both names are what you meant');
  }
  if (!shallow) return;
  const cut = new Set((await readFile(shallowFile, 'utf8').catch(() => '')).split('\n').filter((line) => line !== ''));
  const cutInRange = commits.find((sha) => cut.has(sha));
  if (cutInRange !== undefined) {
    throw new InputError(`the shallow clone cuts the range ${label} at ${cutInRange.slice(0, 12)}: the commits below it are missing`, UNSHALLOW_HINT);
  }
}

/** `BASE..TIP` or `BASE..` (TIP = HEAD). `A...B` is refused: git reads it as both sides' new commits. */
function parseRange(range: string): { base: string; tip: string } {
  const at = range.indexOf('..');
  if (at <= 0 || range.startsWith('...', at)) {
    throw new UsageError(`invalid range "${range}"`, 'give BASE..HEAD (two dots), e.g. origin/main..HEAD, or --since-commit BASE');
  }
  const tip = range.slice(at + 2);
  return { base: range.slice(0, at), tip: tip === '' ? 'HEAD' : tip };
}

async function resolveCommit(cwd: string, name: string, shallow: boolean): Promise<string> {
  if (name.startsWith('-')) throw new UsageError(`"${name}" is not a revision`, 'name a commit, branch or tag');
  const sha = await optionalCommit(cwd, name);
  if (sha !== null) return sha;
  throw new InputError(
    `unknown revision "${name}"${shallow ? ' (this is a shallow clone, which may not have it)' : ''}`,
    shallow ? UNSHALLOW_HINT : `check the name, or fetch it first: git fetch origin ${name}`,
  );
}

/** The commit a name resolves to, or null when it names none. */
async function optionalCommit(cwd: string, name: string): Promise<string | null> {
  try {
    const out = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`], { cwd, okExitCodes: [1] });
    const sha = out.stdout.toString('utf8').trim();
    return out.exitCode === 0 && sha !== '' ? sha : null;
  } catch (error) {
    // `rev-parse --verify` exits 128 for some malformed names; anything about the repository itself is real.
    if (error instanceof GitError && error.exitCode === 128 && !/not a git repository|dubious ownership/i.test(error.stderr)) return null;
    throw error;
  }
}

/** What to tell the user when a partial clone's missing blobs stop the scan. */
export const PARTIAL_CLONE_HINT =
  'fetch every blob first: git config --unset remote.origin.partialclonefilter && git fetch --refetch origin (or clone without --filter)';
