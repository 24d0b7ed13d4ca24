import type { Readable } from 'node:stream';
import { UsageError } from '../errors.ts';
import type { PushFacts } from '../report/pre-push.ts';
import type { HistorySelection } from '../scan-options.ts';
import { git, hasCommit } from '../sources/git.ts';
import type { Finding } from '../types.ts';

/** One ref being pushed: git's pre-push line `<local ref> <local sha> <remote ref> <remote sha>`. */
export interface PushedRef {
  readonly localRef: string;
  readonly localSha: string;
  readonly remoteSha: string;
}

/** What a push sends: the commits to scan (null when the remote has them all), and the remote they go to. */
export interface PushPlan {
  readonly select: Extract<HistorySelection, { kind: 'pushed' }> | null;
  readonly remote: string;
  readonly tips: ReadonlySet<string>;
}

const ZERO = /^0+$/;

/**
 * The commits a push sends, as one selection for one history scan: every pushed tip, minus what the remote already
 * has (each ref's remote sha when this repository knows it; for a new branch, what this remote's tracking refs
 * reach). A secret in any of them blocks the push even if a later commit removed it: the remote would still receive
 * the commit. The refs come from git's protocol on stdin, or, under the pre-commit framework (which reads stdin
 * itself), from its PRE_COMMIT_* variables.
 */
export async function planPush(cwd: string, remoteArg: string | null, input: Readable | null, env: NodeJS.ProcessEnv): Promise<PushPlan> {
  const lines = input === null ? [] : parsePushLines(await readAll(input));
  const framework = lines.length === 0 ? frameworkRef(env) : null;
  const remote = framework?.remote ?? remoteArg ?? 'origin';
  const refs = (framework ? [framework.ref] : lines).filter((ref) => !ZERO.test(ref.localSha));
  if (refs.length === 0) return { select: null, remote, tips: new Set() };
  const exclude = new Set<string>();
  for (const ref of refs) {
    if (!ZERO.test(ref.remoteSha) && (await hasCommit(cwd, ref.remoteSha))) exclude.add(ref.remoteSha);
    else if (await hasTrackingRefs(cwd, remote)) exclude.add(`--remotes=${remote}`);
  }
  const tips = await Promise.all([...new Set(refs.map((ref) => ref.localSha))].map((name) => commitOf(cwd, name)));
  const count = await git(['rev-list', '--count', ...tips, ...(exclude.size > 0 ? ['--not', ...exclude] : [])], { cwd });
  if (Number(count.stdout.toString('utf8').trim()) === 0) return { select: null, remote, tips: new Set(tips) };
  const label = refs.map((ref) => ref.localRef).join(', ');
  return { select: { kind: 'pushed', tips, exclude: [...exclude], label: `${label} → ${remote}` }, remote, tips: new Set(tips) };
}

/** What the pre-push report needs besides the findings: which of their commits have no parent (a rebase needs --root). */
export async function pushFacts(cwd: string, plan: PushPlan, findings: readonly Finding[]): Promise<PushFacts> {
  const roots = new Set<string>();
  for (const commit of new Set(findings.map((f) => f.commit ?? ''))) {
    if (commit !== '' && (await git(['rev-parse', '--verify', '--quiet', `${commit}^`], { cwd, okExitCodes: [1] })).exitCode !== 0) roots.add(commit);
  }
  return { remote: plan.remote, tips: plan.tips, roots };
}

/**
 * The pre-commit framework reads git's lines itself and hands its hooks the first ref with new commits: FROM and TO
 * refs (FROM is the remote's sha, or the parent of a new branch's first new commit), or for a branch whose every
 * commit is new, only the local branch's name. It tells nothing of further refs in the same push.
 */
function frameworkRef(env: NodeJS.ProcessEnv): { readonly ref: PushedRef; readonly remote: string | null } | null {
  const remote = env.PRE_COMMIT_REMOTE_NAME || null;
  const to = env.PRE_COMMIT_TO_REF;
  if (to) return { ref: { localRef: env.PRE_COMMIT_LOCAL_BRANCH || to, localSha: to, remoteSha: env.PRE_COMMIT_FROM_REF || '0' }, remote };
  const local = env.PRE_COMMIT_LOCAL_BRANCH;
  if (local && env.PRE_COMMIT === '1') return { ref: { localRef: local, localSha: local, remoteSha: '0' }, remote };
  return null;
}

function parsePushLines(text: string): PushedRef[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [localRef, localSha, remoteRef, remoteSha, ...rest] = line.trim().split(' ');
      if (!localRef || !localSha || !remoteRef || !remoteSha || rest.length > 0 || !/^[0-9a-f]+$/.test(localSha) || !/^[0-9a-f]+$/.test(remoteSha)) {
        throw new UsageError(`unexpected pre-push input line: ${JSON.stringify(line.slice(0, 200))}`, 'git runs `leakwarden pre-push <remote> <url>` with "<local ref> <local sha> <remote ref> <remote sha>" lines on stdin');
      }
      return { localRef, localSha, remoteSha };
    });
}

async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** The commit a pushed name is (a sha from git's lines; a branch name from the framework). */
async function commitOf(cwd: string, name: string): Promise<string> {
  if (/^[0-9a-f]{40,64}$/.test(name)) return name;
  const out = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`], { cwd, okExitCodes: [1] });
  const sha = out.stdout.toString('utf8').trim();
  if (out.exitCode !== 0 || sha === '') throw new UsageError(`the pushed ref ${JSON.stringify(name.slice(0, 200))} names no commit`, 'run the hook from the repository being pushed');
  return sha;
}

async function hasTrackingRefs(cwd: string, remote: string): Promise<boolean> {
  const out = await git(['for-each-ref', '--count=1', '--format=%(refname)', `refs/remotes/${remote}/`], { cwd });
  return out.stdout.toString('utf8').trim() !== '';
}
