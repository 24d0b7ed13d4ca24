import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'smol-toml';
import { ConfigError, InputError } from '../errors.ts';
import { isTable } from '../rules/spec.ts';
import { describe, parseTomlDocument } from './toml.ts';
import { fingerprintProblem } from '../fingerprint.ts';
import { isDate } from './options.ts';

/**
 * `.leakwardenignore` (settings.ts finds it at the repository root): findings that are not leaks, each with the reason a reviewer can
 * read, and optionally the date the exception ends.
 *
 *     [[ignore]]
 *     fingerprint = "openai-api-key:test/fixtures/app.env:5f1c0a9d3e2b4c6a"   # or ruleId:hash: the secret anywhere
 *     reason = "revoked key kept as a parser fixture"
 *     expires = 2026-12-31                                                   # optional: stops suppressing that day
 */
export interface IgnoreEntry {
  readonly fingerprint: string;
  readonly reason: string;
  /** YYYY-MM-DD: from that day on the entry no longer suppresses. */
  readonly expires: string | null;
  /** `FILE: ignore[i]`, for messages. */
  readonly where: string;
}

const ENTRY_KEYS = ['fingerprint', 'reason', 'expires'];

const HEADER = [
  '# leakwarden: findings that are not leaks (`leakwarden ignore FINGERPRINT --reason "..." [--expires DATE]` adds one).',
  '# fingerprint: ruleId:path:hash (that finding) or ruleId:hash (the secret wherever it is); reason: required;',
  '# expires: optional date, from which the entry no longer suppresses and the finding is reported again.',
  '',
  '',
].join('\n');

/** Parses and checks the file; every problem is thrown together, as `FILE: ignore[i].key: what is wrong`. */
export function parseIgnoreFile(text: string, label: string): IgnoreEntry[] {
  const document = parseTomlDocument(text, label);
  const problems: string[] = [];
  const add = (key: string, what: string) => problems.push(`${label}: ${key}: ${what}`);
  for (const key of Object.keys(document)) if (key !== 'ignore') add(key, 'unknown key (entries are [[ignore]] tables)');
  const tables = document.ignore ?? [];
  if (!Array.isArray(tables)) {
    add('ignore', 'must be an array of tables ([[ignore]])');
    throw new ConfigError(problems);
  }
  const entries: IgnoreEntry[] = [];
  const seen = new Map<string, number>();
  tables.forEach((table: unknown, i) => {
    const where = `ignore[${i}]`;
    if (!isTable(table)) {
      add(where, 'must be a table');
      return;
    }
    const before = problems.length;
    for (const key of Object.keys(table)) if (!ENTRY_KEYS.includes(key)) add(`${where}.${key}`, `unknown key (known: ${ENTRY_KEYS.join(', ')})`);
    const { fingerprint, reason, expires } = table;
    if (typeof fingerprint !== 'string') add(`${where}.fingerprint`, fingerprint === undefined ? 'is required' : `must be a string, got ${describe(fingerprint)}`);
    else {
      const problem = fingerprintProblem(fingerprint);
      if (problem !== null) add(`${where}.fingerprint`, problem);
      const first = seen.get(fingerprint);
      if (first !== undefined) add(`${where}.fingerprint`, `the same as ignore[${first}]'s`);
      else seen.set(fingerprint, i);
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      add(`${where}.reason`, reason === undefined ? 'is required: say why this is not a leak' : `must be a non-empty string, got ${describe(reason)}`);
    }
    const date = expiryDate(expires);
    if (date === undefined) add(`${where}.expires`, `must be a date (2026-12-31), got ${describe(expires)}`);
    if (problems.length === before) entries.push({ fingerprint: fingerprint as string, reason: reason as string, expires: date ?? null, where: `${label}: ${where}` });
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return entries;
}

/** `expires` as YYYY-MM-DD: a TOML local date or a string holding one; null when absent, undefined when invalid. */
function expiryDate(value: unknown): string | null | undefined {
  if (value === undefined) return null;
  const text = value instanceof Date && 'isDate' in value && (value as { isDate(): boolean }).isDate() ? value.toISOString().slice(0, 10) : value;
  return typeof text === 'string' && isDate(text) ? text : undefined;
}

/**
 * Appends an entry to the ignore file (creating it when missing). The file as it was must parse; the new text is
 * parsed again before it replaces the old (written beside it, then renamed), so a failure leaves the file untouched.
 */
export function appendIgnoreEntry(file: string, label: string, entry: { readonly fingerprint: string; readonly reason: string; readonly expires: string | null }): void {
  let existing = '';
  try {
    existing = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(`cannot read ${label}: ${(error as NodeJS.ErrnoException).code}`, 'check the file\'s permissions');
  }
  const entries = parseIgnoreFile(existing, label);
  const twin = entries.find((other) => other.fingerprint === entry.fingerprint);
  if (twin) throw new InputError(`${twin.where} already ignores ${entry.fingerprint}`, `edit that entry in ${label} (its reason or expires) instead of adding another`);
  const table = stringify({ fingerprint: entry.fingerprint, reason: entry.reason });
  const block = `[[ignore]]\n${table.endsWith('\n') ? table : `${table}\n`}${entry.expires ? `expires = ${entry.expires}\n` : ''}`;
  const separator = existing === '' ? HEADER : existing.endsWith('\n') ? '\n' : '\n\n';
  const updated = `${existing}${separator}${block}`;
  let after: IgnoreEntry[] = [];
  try {
    after = parseIgnoreFile(updated, label);
  } catch {
    // below
  }
  const last = after[after.length - 1];
  if (after.length !== entries.length + 1 || last?.fingerprint !== entry.fingerprint || last.reason !== entry.reason) {
    throw new InputError(`cannot append to ${label}: the entry would not read back as written`, `add it by hand as an [[ignore]] table (fingerprint, reason, expires)`);
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, updated, { mode: existing === '' ? 0o644 : statSync(file).mode & 0o777 });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`cannot write ${label}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check that the directory is writable');
  }
}
