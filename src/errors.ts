/**
 * Expected failures. Each reaches the user as one line plus a hint and exit code 2; anything else is a bug
 * and is printed with its stack.
 */
export class LeakwardenError extends Error {
  override name = 'LeakwardenError';
  constructor(
    message: string,
    /** What the user can do about it, one line. */
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Bad command-line usage (unknown flag, bad value). */
export class UsageError extends LeakwardenError {
  override name = 'UsageError';
}

/** A path the user asked for cannot be scanned. */
export class InputError extends LeakwardenError {
  override name = 'InputError';
}

/** A rules file or rule is invalid; `problems` lists every one found, as `file: rule[i].key: what`. */
export class RuleError extends LeakwardenError {
  override name = 'RuleError';
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1 ? `invalid rule: ${problems[0]}` : `${problems.length} problems in rules:\n  ${problems.join('\n  ')}`,
      'fix the rule definitions listed above',
    );
  }
}

/**
 * A configuration file (.leakwarden.toml, .leakwardenignore, a baseline) is invalid. `problems` lists every one
 * found, each as `FILE: key: what is wrong`, so that one run shows them all.
 */
export class ConfigError extends LeakwardenError {
  override name = 'ConfigError';
  constructor(readonly problems: readonly string[], hint = 'fix the problems listed above (the README shows the file formats)') {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems in the configuration:\n  ${problems.join('\n  ')}`, hint);
  }
}

/** git failed or is missing; carries the argv and git's own message. */
export class GitError extends LeakwardenError {
  override name = 'GitError';
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    hint?: string,
  ) {
    super(message, hint ?? gitHint(stderr));
  }
}

/** What to do about what git said: the known cases, then a hint that always leads somewhere. */
function gitHint(stderr: string): string {
  if (/not a git repository/i.test(stderr)) return 'run it inside a git repository, or use `leakwarden dir PATH` for plain directories';
  if (/dubious ownership/i.test(stderr)) return 'mark the repository safe: git config --global --add safe.directory <path>';
  if (/bad revision|unknown revision|ambiguous argument/i.test(stderr)) return 'check the revision exists locally (git fetch, or fetch-depth: 0 in CI)';
  if (/index\.lock|\.lock': File exists/i.test(stderr)) return 'another git process is running in this repository; wait for it (or, if none is, remove the .lock file git names)';
  if (/bad object|unable to read|corrupt|missing (blob|tree|commit)|loose object|packfile/i.test(stderr)) return 'the repository is damaged or incomplete: run `git fsck`, or clone it again';
  if (/bad config|bad numeric config|invalid config|config file .* line/i.test(stderr)) return 'fix the git configuration file git names (git config --edit, or --global)';
  if (/permission denied|EACCES|Operation not permitted/i.test(stderr)) return 'check the permissions of the repository directory and its .git';
  if (/No space left|ENOSPC|Disk quota/i.test(stderr)) return 'free some disk space and run it again';
  if (/Out of memory|Cannot allocate memory|fatal: mmap failed/i.test(stderr)) return 'git ran out of memory: lower --max-file-size, or scan a narrower range';
  return 'git\'s own message is above; `git status` in the repository shows whether git itself can read it';
}
