/**
 * The Connect server a scanned file names beside a Connect token becomes `details.connectHost`: a hint in the report
 * (--verify never contacts it on its own; verify-cli.test.ts checks that).
 */
import { describe, expect, it } from 'vitest';
import { validators } from '../../src/rules/validators.ts';
import { connectToken } from './tokens.ts';

const token = connectToken('hint');

function hostIn(text: string): unknown {
  const secretStart = text.indexOf(token);
  return validators['1password-connect-token']({ secret: token, secretStart, text })?.details?.connectHost;
}

describe('the Connect host next to a token', () => {
  it('is read from an OP_CONNECT_HOST assignment nearby, or a /v1/ URL on the token\'s line, as an origin', () => {
    expect(hostIn(`OP_CONNECT_HOST=https://connect.acme.example:8443\nOP_CONNECT_TOKEN=${token}\n`)).toBe('https://connect.acme.example:8443');
    expect(hostIn(`env:\n  OP_CONNECT_TOKEN: ${token}\n  OP_CONNECT_HOST: "http://onepassword-connect:8080/"\n`)).toBe('http://onepassword-connect:8080');
    expect(hostIn(`curl -H "Authorization: Bearer ${token}" http://localhost:8080/v1/vaults\n`)).toBe('http://localhost:8080');
  });

  it('drops a user name and password from the URL, and is absent when nothing names a host nearby', () => {
    expect(hostIn(`OP_CONNECT_HOST=https://admin:hunter2@connect.acme.example\ntoken=${token}\n`)).toBe('https://connect.acme.example');
    expect(hostIn(`token=${token}\n`)).toBeUndefined();
    expect(hostIn(`OP_CONNECT_HOST=https://connect.acme.example\n${'#\n'.repeat(1500)}token=${token}\n`)).toBeUndefined();
  });
});
