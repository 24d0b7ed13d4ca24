import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { AuditResult } from '../audit/result.ts';
import type { Excluded, RepositoryList, RepositorySource } from '../audit/sources.ts';
import { forgeServer, sourcesFromArgs, uniqueSources } from '../audit/sources.ts';
import { cacheDir } from '../cache-dir.ts';
import { repositoryVariables } from '../sources/git.ts';
import { dotenvRule } from '../checks/dotenv.ts';
import type { AuditArgs, CliArgs } from '../config/options.ts';
import { InputError, UsageError } from '../errors.ts';
import { auditReporters } from '../report/audit-index.ts';
import { loadBuiltinRules } from '../rules/builtin.ts';
import type { OptionValues } from '../scan-options.ts';
import type { RuleInfo } from '../types.ts';
import { ExitCode } from '../types.ts';
import { auditVerdict } from '../verdict.ts';
import { toolVersion } from '../version.ts';
import { AuditProgressLine } from './audit-progress.ts';
import type { CliIo } from './io.ts';
import { conclude, deliver, optionValues, useColor, warner } from './io.ts';

/**
 * `leakwarden audit`: the repositories the sources name (--list prints them), each mirrored and scanned (src/audit/),
 * or the reports of earlier audits merged (--merge); one report, and `auditVerdict`'s exit status.
 */
export async function auditCommand(args: CliArgs, io: CliIo): Promise<number> {
  const audit = args.audit!;
  const warn = warner(io);
  const forge = forgeServer(io.env);
  const { tokenFrom } = await import('../audit/github.ts');
  const token = tokenFrom(io.env);
  const sourced = audit.repos.length > 0 || audit.reposFile !== null || audit.org !== null || audit.user !== null;
  const named = sourced ? await repositories(audit, io, forge, token, warn) : null;

  if (audit.list) {
    const list: RepositoryList = { version: 1, kind: 'audit-list', repositories: named!.sources.map(({ name, url, web }) => ({ name, url, ...(web !== null ? { web } : {}) })), excluded: named!.excluded };
    return deliver(audit.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : listText(list), args, io) ? ExitCode.Clean : ExitCode.Error;
  }

  let result: AuditResult;
  if (audit.merge.length > 0) {
    const { mergeReports } = await import('../audit/merge.ts');
    const merged = mergeReports(audit.merge, io.cwd, named?.sources ?? null, warn);
    // What the list left out is part of the story the merged report tells.
    const excluded = new Map([...merged.excluded, ...(named?.excluded ?? [])].map((e) => [e.name, e]));
    result = { ...merged, excluded: [...excluded.values()] };
  } else {
    result = { repositories: await scanAll(args, audit, named!.sources, io, forge, token), excluded: named!.excluded, redacted: args.redact };
  }
  const rules = await ruleTable();
  const report = (await auditReporters[audit.format]()).format(result, { toolVersion: toolVersion(), rules, color: useColor(args, io) });
  if (!deliver(report, args, io)) return ExitCode.Error;
  return conclude(auditVerdict(result.repositories), io);
}

/** The sources, listed through the API for --org and --user, each named once. */
async function repositories(audit: AuditArgs, io: CliIo, forge: ReturnType<typeof forgeServer>, token: string | null, warn: (message: string) => void) {
  const named = sourcesFromArgs(audit.repos, audit.reposFile, io.cwd, forge);
  const sources: RepositorySource[] = named.sources;
  const excluded: Excluded[] = named.excluded;
  const owners = [...(audit.org !== null ? [{ owner: audit.org, kind: 'org' as const }] : []), ...(audit.user !== null ? [{ owner: audit.user, kind: 'user' as const }] : [])];
  if (owners.length > 0) {
    const proxy = proxyWarning(io.env);
    if (proxy !== null) warn(proxy);
    const { listRepositories } = await import('../audit/github.ts');
    for (const { owner, kind } of owners) {
      const listed = await listRepositories({ owner, kind, includeArchived: audit.includeArchived, includeForks: audit.includeForks, forge, token });
      if (listed.sources.length === 0 && listed.excluded.length > 0) {
        warn(`every repository of ${owner} was left out (${listed.excluded.length}: archived or forks); --include-archived and --include-forks audit them`);
      }
      sources.push(...listed.sources);
      excluded.push(...listed.excluded);
    }
  }
  return { sources: uniqueSources(sources, warn), excluded };
}

/** Mirrors and scans every repository in the work directory. */
async function scanAll(args: CliArgs, audit: AuditArgs, sources: readonly RepositorySource[], io: CliIo, forge: ReturnType<typeof forgeServer>, token: string | null) {
  const [{ runAudit }, { WorkDir, settingsKey }] = await Promise.all([import('../audit/run-audit.ts'), import('../audit/work-dir.ts')]);
  // Every git call of an audit is about a mirror it names by its directory: a repository the environment points git
  // at (GIT_DIR and the like, set when the audit runs from a hook or `git submodule foreach`) would stand in for each.
  for (const name of await repositoryVariables()) delete process.env[name];
  const base = cacheDir(io.env);
  if (audit.workDir === null && base === null) throw new UsageError('LEAKWARDEN_CACHE_DIR is off, so the audit has no default work directory', 'give one: --work-dir DIR');
  const workDir = WorkDir.open(path.resolve(io.cwd, audit.workDir ?? path.join(base!, 'audit')));
  // Every repository is scanned in its mirror: the configuration and baseline the command line names are absolute.
  const config = args.config === null ? null : path.resolve(io.cwd, args.config);
  const baseline = args.baseline === null ? null : path.resolve(io.cwd, args.baseline);
  // The options as every scan takes them, --verify's included (checked per repository: a secret leaked into three
  // repositories is asked about three times).
  const values: OptionValues = { ...optionValues(args, io.env), gitignore: true, strictIgnores: false, config, baseline };
  // A stored result is reused only for the same tool, rules, configuration, baseline and options (verification too).
  const settings = settingsKey([
    toolVersion(), JSON.stringify(await loadBuiltinRules()), readOrEmpty(config, '--config'), readOrEmpty(baseline, '--baseline'),
    String(args.redact), String(args.maxFileSize), JSON.stringify(values.verify),
  ]);
  const progress = io.stderrIsTTY === true ? new AuditProgressLine(io.stderr) : null;
  try {
    return await runAudit(
      {
        sources,
        workDir,
        concurrency: audit.concurrency ?? Math.max(1, availableParallelism()),
        resume: audit.resume,
        values,
        settings,
        auth: token === null ? null : { origin: forge.web, token },
      },
      { warn: warner(io), ...(progress ? { progress: (p) => progress.update(p) } : {}) },
    );
  } finally {
    progress?.clear();
    workDir.release();
  }
}

function readOrEmpty(file: string | null, flag: string): string {
  if (file === null) return '';
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${flag} ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`, 'check the path (it is relative to the current directory)');
  }
}

async function ruleTable(): Promise<Map<string, RuleInfo>> {
  const rules = [...(await loadBuiltinRules()), dotenvRule];
  return new Map(rules.map(({ id, description, severity, remediation, helpUri }) => [id, { id, description, severity, remediation, ...(helpUri ? { helpUri } : {}) }]));
}

function listText(list: RepositoryList): string {
  const width = Math.min(50, Math.max(0, ...list.repositories.map((r) => r.name.length)));
  const lines = list.repositories.map((r) => `${r.name.padEnd(width)}  ${r.url}`);
  const archived = list.excluded.filter((e) => e.reason === 'archived').length;
  const forks = list.excluded.length - archived;
  const left = list.excluded.length > 0 ? ` (left out: ${[archived > 0 ? `${archived} archived` : '', forks > 0 ? `${forks} ${forks === 1 ? 'fork' : 'forks'}` : ''].filter((s) => s !== '').join(', ')})` : '';
  lines.push(`${list.repositories.length} ${list.repositories.length === 1 ? 'repository' : 'repositories'}${left}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Node's fetch honours HTTPS_PROXY only when started with NODE_USE_ENV_PROXY=1 (Node 22.21+ and 24.5+); git honours
 * it on its own. Said once, so that an API call that cannot get out is not a mystery.
 */
function proxyWarning(env: NodeJS.ProcessEnv): string | null {
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  if (!proxy) return null;
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const supported = major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21) || major === 23;
  if (supported && env.NODE_USE_ENV_PROXY === '1') return null;
  return supported
    ? 'a proxy is set (HTTPS_PROXY), but node\'s fetch uses it only with NODE_USE_ENV_PROXY=1: set it to reach the GitHub API through the proxy (git uses the proxy either way)'
    : `a proxy is set (HTTPS_PROXY), but the fetch of this node (${process.versions.node}) does not use it: the GitHub API is reached directly (Node 22.21+ or 24.5+ with NODE_USE_ENV_PROXY=1 uses it; git uses it either way)`;
}
