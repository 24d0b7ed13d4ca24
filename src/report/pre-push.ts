import { createColors } from 'picocolors';
import type { Finding, ScanResult } from '../types.ts';
import type { Verdict } from '../verdict.ts';
import type { ReportContext } from './reporter.ts';
import { skippedLines } from './skipped.ts';
import { clean } from './terminal.ts';

/** What the hook knows of the push besides the result. */
export interface PushFacts {
  readonly remote: string;
  /** The pushed tips: a secret in one of them is repaired with `git commit --amend`. */
  readonly tips: ReadonlySet<string>;
  /** Commits without a parent: a rebase from them needs `--root`. */
  readonly roots: ReadonlySet<string>;
}

/**
 * What the pre-push hook prints (on stderr, where git shows it): short. Each secret with the commit that added it,
 * then the repair (rotate, then take it out of the commits: one interactive rebase from the oldest, or an amend when
 * it is in the tip), the bypass and why not; or why the push was blocked without a finding (an incomplete scan).
 * Text from the repository goes through the terminal reporter's `clean`, so a file name cannot drive the terminal.
 */
export function formatPrePush(result: ScanResult, context: Pick<ReportContext, 'color'>, verdict: Verdict, push: PushFacts): string {
  const c = createColors(context.color);
  const commits = result.stats.history?.commits ?? 0;
  const { findings } = result;
  const lines: string[] = [];
  if (verdict.incomplete) {
    const { lines: skipped, more } = skippedLines(result.stats);
    lines.push(c.red(`leakwarden: push to ${clean(push.remote)} blocked: ${verdict.incomplete.line}`));
    lines.push(...skipped.map((line) => `  ${clean(line)}`), ...(more > 0 ? [`  … and ${more} more`] : []));
    lines.push(`hint: ${verdict.incomplete.hint}`);
  }
  if (findings.length === 0) {
    if (!verdict.incomplete) lines.push(`leakwarden: ${commits} pushed ${commits === 1 ? 'commit' : 'commits'} checked, no secrets`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(c.red(`leakwarden: push to ${clean(push.remote)} blocked: ${findings.length} ${findings.length === 1 ? 'secret' : 'secrets'} in the commits being pushed`));
  const byCommit = new Map<string, Finding[]>();
  for (const f of findings) byCommit.set(f.commit ?? '', [...(byCommit.get(f.commit ?? '') ?? []), f]);
  for (const [commit, list] of byCommit) {
    for (const f of list) {
      lines.push(`  ${commit.slice(0, 12)}  ${clean(`${f.path}${f.line === null ? '' : `:${f.line}`}`)}  ${f.ruleId}  ${clean(f.message ?? f.secret)}`);
    }
  }
  lines.push('', 'First rotate each secret: treat it as leaked. Then take it out of the commits (a later commit that deletes it is not enough: the commit that added it would still be pushed):');
  // Oldest first: one interactive rebase from the parent of the oldest commit covers every later one.
  const ordered = [...byCommit.keys()].sort((a, b) => authored(byCommit.get(a)!) - authored(byCommit.get(b)!));
  const oldest = ordered[0]!;
  if (ordered.length === 1 && push.tips.has(oldest)) {
    lines.push(`  it is in the last commit (${oldest.slice(0, 12)}): remove it from the files, \`git add\` them, then \`git commit --amend\``);
  } else {
    const from = push.roots.has(oldest) ? '--root' : `${oldest.slice(0, 12)}^`;
    lines.push(`  git rebase -i ${from}    (mark ${ordered.map((sha) => sha.slice(0, 12)).join(', ')} as "edit"; at each stop remove the secret, \`git add\`, \`git commit --amend\`, \`git rebase --continue\`)`);
  }
  lines.push('Bypass: `git push --no-verify` — only for a false positive: a pushed secret is public history, and push protection may reject it anyway.');
  return `${lines.join('\n')}\n`;
}

function authored(findings: readonly Finding[]): number {
  return Math.min(...findings.map((f) => Date.parse(f.author?.date ?? '') || 0));
}
