import { dotenvRule } from '../checks/dotenv.ts';
import { STATUS_ORDER } from '../report/finding-text.ts';
import { incidentFingerprint } from '../fingerprint.ts';
import { redactSecret } from '../report/redact.ts';
import { git, splitNul } from '../sources/git.ts';
import type { Incident, IncidentStatus, RawFinding, Sighting } from '../types.ts';
import { severityRank, verificationRank } from '../types.ts';
import type { BranchWalk } from './branches.ts';
import { startBranchWalk } from './branches.ts';
import type { HistoryWalk } from './scan-history.ts';
import { secretKey } from './scan-history.ts';
import type { Scope } from './scope.ts';


/**
 * Groups the walk's findings by secret (rule and identity: path, commit and line play no part) and decides each
 * group's status from the tip of `scope.head` and the commits no branch merged into it.
 */
export async function buildIncidents(
  cwd: string,
  scope: Scope,
  walk: HistoryWalk,
  findings: readonly RawFinding[],
  options: { readonly redact: boolean },
  started: IncidentFacts | null = null,
): Promise<Incident[]> {
  const groups = new Map<string, RawFinding[]>();
  for (const finding of findings) {
    const key = finding.ruleId === dotenvRule.id ? `${finding.ruleId}\0${finding.path}` : secretKey(finding);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  if (groups.size === 0) {
    started?.stop();
    return [];
  }
  const facts = started ?? startIncidentFacts(cwd, scope);

  const [tree, unmerged] = await Promise.all([facts.tree, facts.unmerged]);
  const inHead = walk.secretsIn(tree);
  const reach = await facts.branches.containing(new Set(findings.map((f) => f.commit!)));

  // Incidents are as many as secrets, hundreds of thousands in a large history: what they hold is shared where it can
  // be (the lists of paths and branches, one sighting for a secret seen once), and dates are parsed once each.
  const shared = new Map<string, readonly string[]>();
  const list = (items: Iterable<string>): readonly string[] => {
    const sorted = [...new Set(items)].sort();
    const key = sorted.join('\0');
    let known = shared.get(key);
    if (known === undefined) shared.set(key, (known = sorted));
    return known;
  };
  const times = new Map<string, number>();
  const time = (finding: RawFinding): number => {
    const date = finding.author?.date ?? '';
    let parsed = times.get(date);
    if (parsed === undefined) times.set(date, (parsed = Date.parse(date) || 0));
    return parsed;
  };
  const incidents = [...groups.values()].map((group): Incident => {
    const sorted = group.length === 1 ? group : [...group].sort((a, b) => time(a) - time(b));
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    const firstSeen = sighting(first);
    const isDotenv = first.ruleId === dotenvRule.id;
    const present = isDotenv ? group.some((f) => tree.has(f.path)) : inHead.has(secretKey(first));
    const status: IncidentStatus = present ? 'in-head' : group.every((f) => unmerged.has(f.commit!)) ? 'unmerged-branch' : 'history-only';
    return {
      fingerprint: incidentFingerprint(first),
      ruleId: first.ruleId,
      description: first.description,
      severity: first.severity,
      secret: isDotenv ? first.path : options.redact ? redactSecret(first.secret) : first.secret,
      status,
      firstSeen,
      lastSeen: last === first ? firstSeen : sighting(last),
      occurrences: group.length,
      commits: group.length === 1 ? 1 : new Set(group.map((f) => f.commit)).size,
      paths: list(group.map((f) => f.path)),
      branches: list(group.flatMap((f) => reach.get(f.commit!) ?? [])),
      // One secret, one check (src/verify/): every finding of the group carries the same.
      ...(first.verification !== undefined ? { verification: first.verification } : {}),
    };
  });
  return incidents.sort(
    (a, b) =>
      // --verify: a live secret comes first, whatever its status in git ("rotate these first").
      verificationRank(a.verification) - verificationRank(b.verification)
      || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
      || severityRank(a.severity) - severityRank(b.severity)
      || lastSeenTime(b) - lastSeenTime(a),
  );

  function lastSeenTime(incident: Incident): number {
    let parsed = times.get(incident.lastSeen.author.date);
    if (parsed === undefined) times.set(incident.lastSeen.author.date, (parsed = Date.parse(incident.lastSeen.author.date)));
    return parsed;
  }
}

function sighting(finding: RawFinding): Sighting {
  return { commit: finding.commit ?? '', author: finding.author ?? { name: '', email: '', date: '' }, path: finding.path, line: finding.line };
}

/** What the incidents are measured against: the head's tree, the unmerged commits, the branches' walk. */
export interface IncidentFacts {
  readonly tree: Promise<Map<string, string>>;
  readonly unmerged: Promise<Set<string>>;
  readonly branches: BranchWalk;
  /** Stops what is still running (no findings, or a scan that failed). */
  stop(): void;
}

/**
 * Starts the git commands buildIncidents needs, which depend on the scope alone: a history scan starts them when it
 * finds its first secret, while it reads the rest of the blobs, and finds their answers waiting at the end (a scan
 * that finds nothing never starts them). In series after the blobs, `ls-tree`,
 * `rev-list --all --not HEAD`, `for-each-ref` and the branches' `rev-list` took some 80 ms of the generated
 * 3,000-commit history's ~1 s, the process mostly waiting on git.
 */
export function startIncidentFacts(cwd: string, scope: Scope): IncidentFacts {
  const tree = headTree(cwd, scope.head);
  const unmerged = unmergedCommits(cwd, scope);
  // Surfaced where they are awaited.
  tree.catch(() => {});
  unmerged.catch(() => {});
  const branches = startBranchWalk(cwd);
  return { tree, unmerged, branches, stop: () => branches.stop() };
}

/** Path → blob of every file in `head`'s tree. */
async function headTree(cwd: string, head: string | null): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  if (head === null) return tree;
  const out = await git(['ls-tree', '-r', '-z', '--full-tree', head], { cwd });
  for (const entry of splitNul(out.stdout)) {
    // `<mode> SP <type> SP <oid> TAB <path>`
    const tab = entry.indexOf('\t');
    const [mode = '', type = '', oid = ''] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode.startsWith('100')) tree.set(entry.slice(tab + 1), oid);
  }
  return tree;
}

/** Commits some ref holds and `head` does not: what unmerged branches (and tags, stashes) alone carry. */
async function unmergedCommits(cwd: string, scope: Scope): Promise<Set<string>> {
  if (!scope.allRefs) return new Set();
  const out = await git(scope.head === null ? ['rev-list', '--all'] : ['rev-list', '--all', '--not', scope.head], { cwd });
  return new Set(out.stdout.toString('utf8').split('\n').filter((line) => line !== ''));
}
