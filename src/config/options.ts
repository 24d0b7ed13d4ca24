import { UsageError } from '../errors.ts';
import { REPORTER_IDS } from '../report/index.ts';
import type { ReporterId } from '../report/index.ts';
import { AUDIT_REPORTER_IDS } from '../report/audit-formats.ts';
import type { AuditReporterId } from '../report/audit-formats.ts';

/**
 * Every command and option, declared once. The fast argument parser, the yargs parser (help text, suggestions),
 * the config file's keys (options marked `config`), the Action's inputs (marked `action`) and the README's option
 * list follow from these tables.
 */

export const COMMANDS = {
  dir: { usage: 'dir [paths..]', description: 'Scan files on disk (in git: tracked files and untracked files that are not ignored)' },
  staged: { usage: 'staged', description: 'Scan what `git commit` would record: the pre-commit hook' },
  stdin: { usage: 'stdin', description: 'Scan standard input' },
  history: {
    usage: 'history [range]',
    description: 'Audit git history: every blob of every ref (or only what the commits of RANGE, BASE..HEAD, added), grouped into incidents',
  },
  rules: { usage: 'rules', description: 'List the rules' },
  install: { usage: 'install', description: 'Install the pre-commit hook (and with --pre-push, the pre-push hook) where git runs hooks' },
  uninstall: { usage: 'uninstall', description: 'Remove the hooks `leakwarden install` wrote (and nothing else)' },
  'pre-push': { usage: 'pre-push [remote] [url]', description: 'The pre-push hook: scan the commits being pushed (git passes them on stdin)' },
  ignore: { usage: 'ignore <fingerprint>', description: 'Add an entry to .leakwardenignore (with --reason, and optionally --expires) so that the finding is no longer reported' },
  baseline: { usage: 'baseline [mode]', description: 'Print the fingerprints of the current findings (mode: dir or history; default dir), for --baseline FILE' },
  audit: {
    usage: 'audit',
    description: 'Audit many repositories (--repos, --repos-file, --org, --user): clone each as a bare mirror, scan its whole history, write one report (--format html for people)',
  },
} as const;

export type Command = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as Command[];
const SCANS: readonly Command[] = ['dir', 'staged', 'stdin', 'history'];
/** Commands that take positional arguments: `dir` paths, a `history` range. */
export const POSITIONALS: readonly Command[] = ['dir', 'history', 'pre-push', 'ignore', 'baseline'];
/** What `leakwarden baseline` can scan. */
export const BASELINE_MODES = ['dir', 'history'] as const;

export interface OptionDef {
  /** Key in CliArgs. */
  readonly key: OptionKey;
  /** Long flag, kebab-case; booleans also take `--no-<flag>`. */
  readonly flag: string;
  readonly alias?: string;
  readonly type: 'string' | 'boolean';
  readonly choices?: readonly string[];
  /** Shown in help; `undefined` means "decided at run time" (see the description). */
  readonly default?: string | boolean;
  readonly placeholder?: string;
  readonly description: string;
  readonly commands: readonly Command[];
  /** Also an input of the GitHub Action (action.yml), under the same name. */
  readonly action?: true;
  /** Also a key of .leakwarden.toml, named `key`; the command line beats it. */
  readonly config?: true;
  /** Takes several values: `--repos A B C` (each value up to the next option), or the flag repeated. */
  readonly multiple?: true;
}

export type OptionKey =
  | 'repos' | 'reposFile' | 'org' | 'user' | 'includeArchived' | 'includeForks' | 'workDir' | 'concurrency' | 'resume' | 'merge' | 'list' | 'auditFormat'
  | 'format' | 'output' | 'redact' | 'color' | 'maxFileSize' | 'gitignore' | 'path' | 'branch' | 'sinceCommit' | 'prePush' | 'husky' | 'force'
  | 'config' | 'baseline' | 'strictIgnores' | 'reason' | 'expires' | 'verify' | 'verifyTimeout' | 'onlyVerified' | 'connectHost';

export const OPTIONS: readonly OptionDef[] = [
  {
    key: 'format', flag: 'format', alias: 'f', type: 'string', choices: REPORTER_IDS, default: 'terminal', placeholder: 'FORMAT',
    description: 'Report format', commands: [...SCANS, 'rules'],
  },
  {
    key: 'output', flag: 'output', alias: 'o', type: 'string', placeholder: 'FILE',
    description: 'Write the report to FILE instead of standard output', commands: [...SCANS, 'rules', 'baseline', 'audit'],
  },
  {
    key: 'redact', flag: 'redact', type: 'boolean', default: true,
    description: 'Redact secrets in every output (--no-redact shows them in full)', commands: [...SCANS, 'pre-push', 'audit'], action: true,
  },
  {
    key: 'color', flag: 'color', type: 'boolean',
    description: 'Colour the terminal report (default: when standard output is a terminal; NO_COLOR and FORCE_COLOR are honoured)',
    commands: [...SCANS, 'rules', 'pre-push', 'audit'],
  },
  {
    key: 'maxFileSize', flag: 'max-file-size', type: 'string', default: '10MB', placeholder: 'SIZE',
    description: 'Skip (and list) files larger than SIZE, in bytes or with a unit: 512KB, 10MB, 1GB', commands: [...SCANS, 'pre-push', 'baseline', 'audit'], action: true, config: true,
  },
  {
    key: 'gitignore', flag: 'gitignore', type: 'boolean', default: true,
    description: 'In a git repository, scan only files git does not ignore (--no-gitignore scans every file on disk)', commands: ['dir', 'baseline'], action: true, config: true,
  },
  {
    key: 'path', flag: 'path', type: 'string', default: 'stdin', placeholder: 'NAME',
    description: 'File name that findings from standard input carry (path-based rules use it too)', commands: ['stdin'],
  },
  {
    key: 'branch', flag: 'branch', type: 'string', placeholder: 'REF',
    description: 'Audit only the history of REF (a branch, tag or commit) instead of every ref; incident status is measured against REF',
    commands: ['history'],
  },
  {
    key: 'sinceCommit', flag: 'since-commit', type: 'string', placeholder: 'BASE',
    description: 'Scan only what the commits after BASE added (the same as the range BASE..HEAD, or BASE..REF with --branch)',
    commands: ['history'],
  },
  {
    key: 'prePush', flag: 'pre-push', type: 'boolean', default: false,
    description: 'Also the pre-push hook (it blocks a push whose commits add a secret, even one a later commit removed)', commands: ['install', 'uninstall'],
  },
  {
    key: 'husky', flag: 'husky', type: 'boolean', default: false,
    description: 'Write into husky\'s hook files (.husky/pre-commit, .husky/pre-push) instead of git\'s hooks directory', commands: ['install', 'uninstall'],
  },
  {
    key: 'force', flag: 'force', type: 'boolean', default: false,
    description: 'Replace a hook leakwarden did not write (it is kept as <hook>.leakwarden-backup)', commands: ['install'],
  },
  {
    key: 'config', flag: 'config', alias: 'c', type: 'string', placeholder: 'FILE',
    description: 'Read the configuration from FILE (default: .leakwarden.toml at the repository root, or in the scanned directory outside git)',
    commands: [...SCANS, 'baseline', 'pre-push', 'audit'], action: true,
  },
  {
    key: 'baseline', flag: 'baseline', type: 'string', placeholder: 'FILE',
    description: 'Report only findings whose fingerprints are not in FILE (written by `leakwarden baseline`)', commands: [...SCANS, 'pre-push', 'audit'], action: true,
  },
  {
    key: 'strictIgnores', flag: 'strict-ignores', type: 'boolean', default: false,
    description: 'Exit 1 when an entry of .leakwardenignore matched nothing (checked by scans of everything: dir of the whole repository, history of every ref)',
    commands: ['dir', 'history'], config: true,
  },
  // Verification sends secrets over the network: never a config key (a scanned repository must not turn it on, nor
  // choose where a token goes), and off unless asked.
  {
    key: 'verify', flag: 'verify', type: 'boolean', default: false,
    description: 'Ask each secret\'s provider whether it still works, and what it opens (OpenAI, 1Password): one request per distinct secret; see the README for what is sent where',
    commands: [...SCANS, 'audit'], action: true,
  },
  {
    key: 'verifyTimeout', flag: 'verify-timeout', type: 'string', default: '10', placeholder: 'SECONDS',
    description: 'With --verify: give up on a request after SECONDS (the secret is then reported as unknown)', commands: [...SCANS, 'audit'],
  },
  {
    key: 'onlyVerified', flag: 'only-verified', type: 'boolean', default: false,
    description: 'Report only secrets the provider accepted (live): exit 1 if there is one, else 0. Implies --verify',
    commands: [...SCANS, 'audit'],
  },
  {
    key: 'connectHost', flag: 'connect-host', type: 'string', placeholder: 'URL',
    description: 'With --verify: the 1Password Connect server to check Connect tokens against (default: OP_CONNECT_HOST; without either, they are not checked)',
    commands: [...SCANS, 'audit'],
  },
  {
    key: 'reason', flag: 'reason', type: 'string', placeholder: 'TEXT',
    description: 'Why the finding is not a leak (required; kept in .leakwardenignore for reviewers)', commands: ['ignore'],
  },
  {
    key: 'expires', flag: 'expires', type: 'string', placeholder: 'DATE',
    description: 'The entry stops suppressing on DATE (YYYY-MM-DD), and the finding is reported again', commands: ['ignore'],
  },
  // `leakwarden audit`. Its --format is its own row: the audit's formats are not the scans' (report/audit-index.ts).
  {
    key: 'repos', flag: 'repos', type: 'string', multiple: true, placeholder: 'URL_OR_PATH',
    description: 'Repositories to audit: git URLs, file:// URLs or local paths (several after one --repos, or --repos repeated)', commands: ['audit'],
  },
  {
    key: 'reposFile', flag: 'repos-file', type: 'string', placeholder: 'FILE',
    description: 'Repositories to audit, one a line (# starts a comment line), or the JSON that --list writes', commands: ['audit'],
  },
  {
    key: 'org', flag: 'org', type: 'string', placeholder: 'NAME',
    description: 'Audit every repository of a GitHub organisation (GITHUB_API_URL, default https://api.github.com; token from GITHUB_TOKEN or GH_TOKEN)', commands: ['audit'],
  },
  {
    key: 'user', flag: 'user', type: 'string', placeholder: 'NAME',
    description: 'Audit every repository of a GitHub user (with the user\'s own token, the private ones too)', commands: ['audit'],
  },
  {
    key: 'includeArchived', flag: 'include-archived', type: 'boolean', default: false,
    description: 'With --org or --user: also audit archived repositories', commands: ['audit'],
  },
  {
    key: 'includeForks', flag: 'include-forks', type: 'boolean', default: false,
    description: 'With --org or --user: also audit forks', commands: ['audit'],
  },
  {
    key: 'workDir', flag: 'work-dir', type: 'string', placeholder: 'DIR',
    description: 'Keep the bare mirrors and per-repository results in DIR (default: the cache directory\'s audit/)', commands: ['audit'],
  },
  {
    key: 'concurrency', flag: 'concurrency', type: 'string', placeholder: 'N',
    description: 'Clone and scan at most N repositories at a time (default: the number of cores)', commands: ['audit'],
  },
  {
    key: 'resume', flag: 'resume', type: 'boolean', default: false,
    description: 'Fetch into the mirrors of an earlier run in the same --work-dir, and reuse the result of every repository whose refs did not change',
    commands: ['audit'],
  },
  {
    key: 'merge', flag: 'merge', type: 'string', multiple: true, placeholder: 'FILE',
    description: 'Merge the JSON reports of several audits into one report (no cloning); with --repos-file, --org or --user, a repository no report names is an error',
    commands: ['audit'],
  },
  {
    key: 'list', flag: 'list', type: 'boolean', default: false,
    description: 'Print the repositories the sources name (--format json: the list --repos-file reads), and clone nothing', commands: ['audit'],
  },
  {
    key: 'auditFormat', flag: 'format', alias: 'f', type: 'string', choices: AUDIT_REPORTER_IDS, default: 'terminal', placeholder: 'FORMAT',
    description: 'Report format: terminal, json (the machine contract; --merge reads it), sarif (a run per repository) or html (one self-contained page for people)',
    commands: ['audit'],
  },
];

/** The parsed command line, whichever parser produced it. */
export interface CliArgs {
  readonly command: Command;
  readonly paths: readonly string[];
  readonly format: ReporterId;
  readonly output: string | undefined;
  readonly redact: boolean;
  /** undefined: decide from the environment and the output stream. */
  readonly color: boolean | undefined;
  readonly maxFileSize: number;
  readonly gitignore: boolean;
  readonly path: string;
  /** `history`: the range given (BASE..HEAD), or null. */
  readonly range: string | null;
  readonly branch: string | null;
  readonly sinceCommit: string | null;
  /** `install`/`uninstall`. */
  readonly prePush: boolean;
  readonly husky: boolean;
  readonly force: boolean;
  /** `pre-push`: the remote git names (its first argument). */
  readonly remote: string | null;
  /** `--config FILE`, or null: discovered. */
  readonly config: string | null;
  /** `--baseline FILE`, or null. */
  readonly baseline: string | null;
  readonly strictIgnores: boolean;
  /** `ignore`: the fingerprint, why it is not a leak, and the date (YYYY-MM-DD) the entry stops suppressing. */
  readonly fingerprint: string | null;
  readonly reason: string | null;
  readonly expires: string | null;
  /** `baseline`: what to scan. */
  readonly baselineOf: (typeof BASELINE_MODES)[number];
  /** `--verify` (or `--only-verified`, which implies it). */
  readonly verify: boolean;
  readonly onlyVerified: boolean;
  /** `--verify-timeout`, in milliseconds. */
  readonly verifyTimeoutMs: number;
  /** `--connect-host URL`, or null (OP_CONNECT_HOST is read with the rest of the environment, src/verify/settings.ts). */
  readonly connectHost: string | null;
  /** `audit`'s own options; null for every other command. */
  readonly audit: AuditArgs | null;
  /** The options the command line set: they beat the config file's keys. */
  readonly given: ReadonlySet<OptionKey>;
}

export function optionsFor(command: Command): OptionDef[] {
  return OPTIONS.filter((option) => option.commands.includes(command));
}

/**
 * Checks and converts raw parsed values (keyed by flag) into CliArgs. Both parsers end here, so a value means the
 * same whichever parsed it.
 */
export function normalizeArgs(command: Command, values: Readonly<Record<string, unknown>>, positionals: readonly string[]): CliArgs {
  const given = new Set<OptionKey>();
  const value = (key: OptionKey) => {
    const def = OPTIONS.find((o) => o.key === key)!;
    const raw = def.commands.includes(command) ? values[def.flag] : undefined;
    if (Array.isArray(raw) && !def.multiple) throw new UsageError(`--${def.flag} was given more than once`, `pass --${def.flag} once`);
    if (raw !== undefined) given.add(key);
    return raw === undefined ? def.default : raw;
  };
  const format = String(value('format'));
  if (!(REPORTER_IDS as readonly string[]).includes(format)) {
    if (format === 'html') throw new UsageError(`--format html is the audit's report, not ${command}'s`, `${command} reports as ${REPORTER_IDS.join(', ')}; for an HTML report: leakwarden audit --repos . --format html`);
    throw new UsageError(`unknown --format "${format}"`, `use one of: ${REPORTER_IDS.join(', ')}`);
  }
  const output = value('output');
  if (output !== undefined && (typeof output !== 'string' || output === '')) throw new UsageError('--output needs a file name', 'e.g. --output report.json');
  const path = String(value('path'));
  if (path === '') throw new UsageError('--path needs a name', 'e.g. --path config/.env');
  const color = value('color');
  const text = (key: 'branch' | 'sinceCommit' | 'config' | 'baseline' | 'reason' | 'expires' | 'connectHost', what: string, example: string): string | null => {
    const raw = value(key);
    if (raw === undefined) return null;
    if (typeof raw !== 'string' || raw.trim() === '') throw new UsageError(`--${OPTIONS.find((o) => o.key === key)!.flag} needs ${what}`, example);
    return raw;
  };
  if (command === 'pre-push' && positionals.length > 2) {
    throw new UsageError(`pre-push takes the remote's name and URL, got ${positionals.length} arguments`, 'git runs it as: leakwarden pre-push <remote> <url>, with the refs on stdin');
  }
  if ((command === 'history' || command === 'baseline' || command === 'ignore') && positionals.length > 1) {
    throw new UsageError(`${command} takes one ${command === 'history' ? 'range' : command === 'ignore' ? 'fingerprint' : 'mode'}, got ${positionals.length} arguments`, USAGE_EXAMPLES[command]);
  }
  const baselineOf = command === 'baseline' ? (positionals[0] ?? 'dir') : 'dir';
  if (!(BASELINE_MODES as readonly string[]).includes(baselineOf)) {
    throw new UsageError(`baseline scans dir or history, not "${baselineOf}"`, USAGE_EXAMPLES.baseline);
  }
  const reason = text('reason', 'a reason', 'e.g. --reason "test fixture: the key was revoked"');
  const expires = text('expires', 'a date', 'e.g. --expires 2030-01-31');
  if (command === 'ignore') {
    if (positionals.length === 0) throw new UsageError('ignore needs the fingerprint of a finding', USAGE_EXAMPLES.ignore);
    if (reason === null) throw new UsageError('ignore needs --reason: say why the finding is not a leak', USAGE_EXAMPLES.ignore);
    if (expires !== null && !isDate(expires)) throw new UsageError(`--expires must be a date (YYYY-MM-DD), got "${expires}"`, 'e.g. --expires 2030-01-31');
  }
  return {
    command,
    paths: command === 'dir' ? positionals : [],
    remote: command === 'pre-push' ? (positionals[0] ?? null) : null,
    prePush: value('prePush') === true,
    husky: value('husky') === true,
    force: value('force') === true,
    range: command === 'history' ? (positionals[0] ?? null) : null,
    branch: text('branch', 'a revision', 'e.g. --branch main'),
    sinceCommit: text('sinceCommit', 'a revision', 'e.g. --since-commit origin/main'),
    format: format as ReporterId,
    output: output as string | undefined,
    redact: value('redact') !== false,
    color: color === undefined ? undefined : color === true,
    maxFileSize: parseSize(String(value('maxFileSize'))),
    gitignore: value('gitignore') !== false,
    path,
    config: text('config', 'a file name', 'e.g. --config .leakwarden.toml'),
    baseline: text('baseline', 'a file name', 'e.g. --baseline .leakwarden-baseline'),
    strictIgnores: value('strictIgnores') === true,
    fingerprint: command === 'ignore' ? positionals[0]! : null,
    reason,
    expires,
    baselineOf: baselineOf as CliArgs['baselineOf'],
    verify: value('verify') === true || value('onlyVerified') === true,
    onlyVerified: value('onlyVerified') === true,
    verifyTimeoutMs: parseSeconds(String(value('verifyTimeout'))),
    connectHost: text('connectHost', 'a URL', 'e.g. --connect-host https://connect.example.com:8443'),
    audit: command === 'audit' ? auditArgs(value) : null,
    given,
  };
}

/** `leakwarden audit`'s options, checked. */
export interface AuditArgs {
  readonly repos: readonly string[];
  readonly reposFile: string | null;
  readonly org: string | null;
  readonly user: string | null;
  readonly includeArchived: boolean;
  readonly includeForks: boolean;
  /** null: the cache directory's `audit/`. */
  readonly workDir: string | null;
  /** null: the number of cores. */
  readonly concurrency: number | null;
  readonly resume: boolean;
  readonly merge: readonly string[];
  readonly list: boolean;
  readonly format: AuditReporterId;
}

function auditArgs(value: (key: OptionKey) => unknown): AuditArgs {
  const strings = (key: OptionKey): string[] => {
    const raw = value(key);
    return raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
  };
  const text = (key: OptionKey, example: string): string | null => {
    const raw = value(key);
    if (raw === undefined) return null;
    if (typeof raw !== 'string' || raw.trim() === '') throw new UsageError(`--${OPTIONS.find((o) => o.key === key)!.flag} needs a value`, example);
    return raw;
  };
  const format = String(value('auditFormat'));
  if (!(AUDIT_REPORTER_IDS as readonly string[]).includes(format)) {
    throw new UsageError(
      format === 'github' ? 'workflow annotations are about one checkout\'s files, not an audit of many repositories' : `unknown --format "${format}"`,
      `the audit reports as ${AUDIT_REPORTER_IDS.join(', ')}`,
    );
  }
  const repos = strings('repos');
  if (repos.some((r) => r.trim() === '')) throw new UsageError('--repos needs a URL or a path', AUDIT_EXAMPLE);
  const merge = strings('merge');
  const reposFile = text('reposFile', 'e.g. --repos-file repositories.txt');
  const org = text('org', 'e.g. --org my-org');
  const user = text('user', 'e.g. --user octocat');
  const workDir = text('workDir', 'e.g. --work-dir /var/tmp/audit');
  const rawConcurrency = text('concurrency', 'e.g. --concurrency 4');
  const concurrency = rawConcurrency === null ? null : /^\s*\d+\s*$/.test(rawConcurrency) ? Number(rawConcurrency) : Number.NaN;
  if (concurrency !== null && !(concurrency >= 1 && concurrency <= 256)) throw new UsageError(`--concurrency must be a whole number from 1 to 256, got "${rawConcurrency}"`, 'e.g. --concurrency 4');
  const resume = value('resume') === true;
  const list = value('list') === true;
  const includeArchived = value('includeArchived') === true;
  const includeForks = value('includeForks') === true;
  const sourced = repos.length > 0 || reposFile !== null || org !== null || user !== null;
  if (merge.length === 0 && !sourced) throw new UsageError('audit needs repositories: --repos, --repos-file, --org or --user (or reports to --merge)', AUDIT_EXAMPLE);
  if ((includeArchived || includeForks) && org === null && user === null) {
    throw new UsageError(`--${includeArchived ? 'include-archived' : 'include-forks'} applies to the repositories --org or --user lists`, 'e.g. leakwarden audit --org my-org --include-forks');
  }
  if (merge.length > 0) {
    const clash = [['--resume', resume], ['--work-dir', workDir !== null], ['--concurrency', concurrency !== null], ['--list', list]].find(([, set]) => set);
    if (clash) throw new UsageError(`--merge combines reports and clones nothing: ${String(clash[0])} does not apply`, 'e.g. leakwarden audit --merge reports/*.json --repos-file repositories.json --format html --output audit.html');
  }
  if (list && format !== 'json' && format !== 'terminal') throw new UsageError(`--list prints a list, as terminal or json, not ${format}`, 'e.g. leakwarden audit --org my-org --list --format json');
  return { repos, reposFile, org, user, includeArchived, includeForks, workDir, concurrency, resume, merge, list, format: format as AuditReporterId };
}

const AUDIT_EXAMPLE = 'e.g. leakwarden audit --org my-org --format html --output audit.html, or leakwarden audit --repos ../api ../web';

/** `--verify-timeout`: seconds (a decimal is fine) → milliseconds, between 0.1 s and 5 minutes. */
function parseSeconds(text: string): number {
  const seconds = /^\s*\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= 0.1 && seconds <= 300)) throw new UsageError(`--verify-timeout must be a number of seconds from 0.1 to 300, got "${text}"`, 'e.g. --verify-timeout 5');
  return Math.round(seconds * 1000);
}

const USAGE_EXAMPLES = {
  history: 'e.g. leakwarden history origin/main..HEAD',
  baseline: 'e.g. leakwarden baseline history > .leakwarden-baseline',
  ignore: 'e.g. leakwarden ignore openai-api-key:src/app.py:0123456789abcdef --reason "revoked test key"',
} as const;

/** A real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `10MB`, `512k`, `1048576` → bytes (binary units: a megabyte here is 1 MiB, as most scanners count). */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new UsageError(`invalid --max-file-size "${text}"`, 'give bytes or a size with a unit: 512KB, 10MB, 1GB');
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes <= 0) throw new UsageError(`--max-file-size must be positive, got "${text}"`, 'e.g. --max-file-size 10MB');
  return bytes;
}
