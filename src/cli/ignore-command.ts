import path from 'node:path';
import type { CliArgs } from '../config/options.ts';
import { fingerprintProblem } from '../fingerprint.ts';
import { appendIgnoreEntry } from '../config/ignore-file.ts';
import { IGNORE_FILE, label, repositoryRootOf } from '../config/settings.ts';
import { UsageError } from '../errors.ts';
import { localDate } from '../filter/suppress.ts';

/** `leakwarden ignore FINGERPRINT --reason … [--expires DATE]`: appends an entry to the repository's ignore file. */
export async function addIgnoreEntry(cwd: string, args: CliArgs): Promise<string> {
  const fingerprint = args.fingerprint!;
  const problem = fingerprintProblem(fingerprint);
  if (problem !== null) throw new UsageError(problem, 'copy the fingerprint from a report (`fingerprint` in JSON, or an incident\'s)');
  if (args.expires !== null && args.expires <= localDate()) {
    throw new UsageError(`--expires ${args.expires} is not in the future: the entry would never suppress anything`, 'give the first day on which the finding should be reported again');
  }
  const file = path.join(await repositoryRootOf(cwd), IGNORE_FILE);
  const where = label(file, cwd);
  appendIgnoreEntry(file, where, { fingerprint, reason: args.reason!.trim(), expires: args.expires });
  return `${where}: ignored ${fingerprint}${args.expires ? ` until ${args.expires}` : ''}`;
}
