import type { Readable } from 'node:stream';
import { createColors } from 'picocolors';
import { UsageError } from '../errors.ts';
import { scan } from '../scan.ts';
import type { ScanRequest } from '../scan.ts';
import { git, hasCommit } from '../sources/git.ts';
import type { Finding, ScanResult } from '../types.ts';

/** One line of git's pre-push protocol: `<local ref> <local sha> <remote ref> <remote sha>`. */
export interface PushedRef {
  readonly localRef: string;
  readonly localSha: string;
  readonly remoteRef: string;
  readonly remoteSha: string;
}

const ZERO = /^0+$/;

function parsePushLines(text: string): PushedRef[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [localRef, localSha, remoteRef, remoteSha, ...rest] = line.trim().split(' ');
      if (!localRef || !localSha || !remoteRef || !remoteSha || rest.length > 0 || !/^[0-9a-f]+$/.test(localSha) || !/^[0-9a-f]+$/.test(remoteSha)) {
        throw new UsageError(`unexpected pre-push input line: ${JSON.stringify(line.slice(0, 200))}`, 'git runs `leakwarden pre-push <remote> <url>` with "<local ref> <local sha> <remote ref> <remote sha>" lines on stdin');
      }
      return { localRef, localSha, remoteRef, remoteSha };
    });
}

export interface PrePushOutcome {
  readonly result: ScanResult | null;
  /** What the hook prints: short, with the repair. */
  readonly text: string;
  readonly blocked: boolean;
}

/**
 * The pre-push hook: for each pushed ref, the commits the remote does not have (remote sha..local sha; for a new
 * branch, the commits no remote-tracking ref of this remote reaches; a deletion, none), scanned as history. A secret
 * in any of them blocks the push, even if a later commit removed it: the remote would still receive the commit, and
 * push protection rejects it. The repair names the commit that brought each secret in.
 */
export async function prePush(options: {
  readonly cwd: string;
  readonly remote: string | null;
  readonly input: Readable;
  readonly maxFileSize: number;
  readonly redact: boolean;
  readonly color: boolean;
  readonly onSecret?: (secret: string) => void;
  /** The config file, the baseline and which options the command line set: as for any scan. */
  readonly settings?: Pick<ScanRequest, 'config' | 'baseline' | 'given'>;
  readonly warn?: (message: string) => void;
}): Promise<PrePushOutcome> {
  const chunks: Buffer[] = [];
  for await (const chunk of options.input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const refs = parsePushLines(Buffer.concat(chunks).toString('utf8')).filter((ref) => !ZERO.test(ref.localSha));
  const remote = options.remote ?? 'origin';
  const findings: Finding[] = [];
  let last: ScanResult | null = null;
  let commits = 0;
  for (const ref of refs) {
    const known = !ZERO.test(ref.remoteSha) && (await hasCommit(options.cwd, ref.remoteSha));
    const tracking = known ? [] : await remoteTracking(options.cwd, remote);
    const exclude = known ? [ref.remoteSha] : tracking.length > 0 ? [`--remotes=${remote}`] : [];
    const count = Number((await git(['rev-list', '--count', ref.localSha, ...(exclude.length > 0 ? ['--not', ...exclude] : [])], { cwd: options.cwd })).stdout.toString('utf8').trim());
    if (count === 0) continue; // the remote already has every commit
    const label = `${ref.localRef} → ${remote} ${ref.remoteRef}`;
    const { result } = await scan({
      mode: 'history',
      cwd: options.cwd,
      paths: [],
      maxFileSize: options.maxFileSize,
      gitignore: true,
      redact: options.redact,
      warn: options.warn ?? (() => {}),
      ...options.settings,
      history: { range: null, sinceCommit: null, branch: null, revisions: { tip: ref.localSha, exclude, label } },
      ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    });
    commits += result.stats.history?.commits ?? 0;
    last = result;
    for (const finding of result.findings) findings.push(finding);
  }
  const tips = new Set(refs.map((ref) => ref.localSha));
  const roots = new Set<string>();
  for (const commit of new Set(findings.map((f) => f.commit ?? ''))) {
    if (commit !== '' && (await git(['rev-parse', '--verify', '--quiet', `${commit}^`], { cwd: options.cwd, okExitCodes: [1] })).exitCode !== 0) roots.add(commit);
  }
  return { result: last, blocked: findings.length > 0, text: report(findings, tips, roots, remote, commits, createColors(options.color)) };
}

async function remoteTracking(cwd: string, remote: string): Promise<string[]> {
  const out = await git(['for-each-ref', '--format=%(refname)', `refs/remotes/${remote}/`], { cwd });
  return out.stdout.toString('utf8').split('\n').filter((line) => line !== '');
}

/** Short: what, where, the repair per commit, the bypass and why not. */
function report(findings: readonly Finding[], tips: ReadonlySet<string>, roots: ReadonlySet<string>, remote: string, commits: number, c: ReturnType<typeof createColors>): string {
  if (findings.length === 0) return `leakwarden: ${commits} pushed ${commits === 1 ? 'commit' : 'commits'} checked, no secrets\n`;
  const lines = [c.red(`leakwarden: push to ${remote} blocked: ${findings.length} ${findings.length === 1 ? 'secret' : 'secrets'} in the commits being pushed`)];
  const byCommit = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCommit.get(f.commit ?? '') ?? [];
    list.push(f);
    byCommit.set(f.commit ?? '', list);
  }
  for (const [commit, list] of byCommit) {
    for (const f of list) {
      lines.push(`  ${commit.slice(0, 12)}  ${f.path}${f.line === null ? '' : `:${f.line}`}  ${f.ruleId}  ${f.ruleId === 'dotenv-not-gitignored' ? (f.message ?? '') : f.secret}`);
    }
  }
  lines.push('', 'First rotate each secret: treat it as leaked. Then take it out of the commits (a later commit that deletes it is not enough: the commit that added it would still be pushed):');
  // Oldest first: one interactive rebase from the parent of the oldest commit covers every later one.
  const ordered = [...byCommit.keys()].sort((a, b) => time(byCommit.get(a)!) - time(byCommit.get(b)!));
  const oldest = ordered[0]!;
  if (ordered.length === 1 && tips.has(oldest)) {
    lines.push(`  it is in the last commit (${oldest.slice(0, 12)}): remove it from the files, \`git add\` them, then \`git commit --amend\``);
  } else {
    const from = roots.has(oldest) ? '--root' : `${oldest.slice(0, 12)}^`;
    lines.push(`  git rebase -i ${from}    (mark ${ordered.map((sha) => sha.slice(0, 12)).join(', ')} as "edit"; at each stop remove the secret, \`git add\`, \`git commit --amend\`, \`git rebase --continue\`)`);
  }
  lines.push(`Bypass: \`git push --no-verify\` — only for a false positive: a pushed secret is public history, and push protection may reject it anyway.`);
  return `${lines.join('\n')}\n`;
}

function time(findings: readonly Finding[]): number {
  return Math.min(...findings.map((f) => Date.parse(f.author?.date ?? '') || 0));
}
