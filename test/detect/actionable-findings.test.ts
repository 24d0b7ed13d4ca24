import { afterAll, describe, expect, it } from 'vitest';
import { expandExample } from '../../src/rules/examples.ts';
import { TempRepo } from '../helpers/temp-repo.ts';

/**
 * Issue 13, "a finding a user can act on", end to end through the built CLI: the terminal shows each finding's
 * fingerprint inside the exact ignore command, and running that command (with a reason) silences the finding; the
 * generic rule finds a random password that entropy alone used to drop, and a password in a connection string.
 */
describe('terminal findings carry their ignore command', () => {
  afterAll(() => TempRepo.cleanupAll());
  const password = expandExample('«rand:12:op»', 'actionable:password').text;
  const brokerPassword = expandExample('«rand:16:alnum»', 'actionable:broker').text;

  it('prints `leakwarden ignore <fingerprint> --reason "…"` per finding, and that command works', () => {
    const repo = TempRepo.create();
    repo.write('config/settings.py', `DATABASE_PASSWORD = '${password}'\nBROKER_URL = "amqp://worker:${brokerPassword}@rabbit:5672/vhost"\n`);
    const first = repo.run(['dir', '.']);
    expect(first.code).toBe(1);
    const commands = [...first.stdout.matchAll(/leakwarden ignore (\S+) --reason "…"/g)].map((m) => m[1]!);
    expect(commands).toHaveLength(2);
    expect(first.stdout).toContain('generic-secret');
    expect(first.stdout).toContain('connection-string-password');
    expect(first.stdout).not.toContain(password);
    for (const fingerprint of commands) {
      expect(repo.run(['ignore', fingerprint.replace(/^'|'$/g, ''), '--reason', 'test fixture, not deployed']).code).toBe(0);
    }
    const after = repo.run(['dir', '.']);
    expect(after.code, after.stdout + after.stderr).toBe(0);
  });
});
