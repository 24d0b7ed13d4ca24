import { describe, expect, it } from 'vitest';
import { expandExample } from '../../src/rules/examples.ts';
import { validators } from '../../src/rules/validators.ts';

const run = (name: keyof typeof validators, secret: string, text = secret) => validators[name]({ secret, secretStart: text.indexOf(secret), text });

describe('1password-service-account-token', () => {
  const token = (json: string) => expandExample(`ops_«b64url:${json}»`, json).text;

  it('reports which account to rotate, never the key material', () => {
    const verdict = run('1password-service-account-token', token('{"signInAddress":"acme.1password.eu","email":"«rand:13:b32»@1passwordserviceaccounts.eu","srpX":"«rand:64:hex»","secretKey":"A3-«rand:6:sk»-«rand:6:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»"}'));
    expect(verdict?.details).toMatchObject({ signInAddress: 'acme.1password.eu', serviceAccount: expect.stringMatching(/@1passwordserviceaccounts\.eu$/), checked: 'the payload decodes and has the account keys' });
    expect(JSON.stringify(verdict)).not.toMatch(/A3-/);
  });

  it('rejects base64 JSON with other keys, and bodies that are not base64 JSON', () => {
    expect(run('1password-service-account-token', token('{"kind":"dashboard","title":"«rand:120:alnum»","owner":"sre"}'))).toBeNull();
    expect(run('1password-service-account-token', `ops_eyJ${'x'.repeat(300)}`)).toBeNull();
  });
});

describe('openai-api-key', () => {
  it.each([
    ['sk-«rand:20:alnum»T3BlbkFJ«rand:20:alnum»', 'user (legacy)'],
    ['sk-proj-«rand:74:b64url»T3BlbkFJ«rand:73:b64url»A', 'project'],
    ['sk-svcacct-«rand:46:b64url»T3BlbkFJ«rand:45:b64url»A', 'service account'],
    ['sk-admin-«rand:58:b64url»T3BlbkFJ«rand:57:b64url»A', 'admin'],
    ['sk-None-«rand:74:b64url»T3BlbkFJ«rand:73:b64url»A', 'user (no project)'],
    ['sk-ci-bot-«rand:20:alnum»T3BlbkFJ«rand:20:alnum»', 'service account "ci-bot" (legacy)'],
  ])('names the variant of %s', (template, variant) => {
    expect(run('openai-api-key', expandExample(template, template).text)?.details).toEqual({ variant });
  });

  it('notes a symmetric key of an unusual length instead of dropping it', () => {
    expect(run('openai-api-key', expandExample('sk-proj-«rand:64:b64url»T3BlbkFJ«rand:64:b64url»', 'x').text)?.details).toEqual({ variant: 'project', note: 'unusual length 64/64' });
  });

  it('rejects asymmetric halves, 20/20 halves with - or _, and a prefix that is not sk-<name>-', () => {
    expect(run('openai-api-key', expandExample('sk-proj-«rand:20:alnum»T3BlbkFJ«rand:21:alnum»', 'a').text)).toBeNull();
    expect(run('openai-api-key', expandExample('sk-«rand:19:alnum»_T3BlbkFJ«rand:20:alnum»', 'b').text)).toBeNull();
    expect(run('openai-api-key', expandExample('sk-_«rand:20:alnum»T3BlbkFJ«rand:20:alnum»', 'c').text)).toBeNull();
  });
});

describe('1password-connect-token', () => {
  it('reports the vaults the token opens and when it was issued', () => {
    const jwt = expandExample('«b64url:{"alg":"ES256","typ":"JWT"}».«b64url:{"1password.com/vts":[{"u":"vaultuuidaaaaaaaaaaaaaaaaa","a":49152}],"aud":["com.1password.connect"],"iat":1700000000,"iss":"com.1password.b5","sub":"«rand:26:B32»"}».«rand:86:b64url»', 'jwt').text;
    expect(run('1password-connect-token', jwt)?.details).toMatchObject({ algorithm: 'ES256', issuedAt: '2023-11-14T22:13:20.000Z', vaults: ['vaultuuidaaaaaaaaaaaaaaaaa'] });
  });

  it('rejects a JWT without 1Password claims', () => {
    const jwt = expandExample('«b64url:{"alg":"ES256"}».«b64url:{"iss":"https://accounts.example.org","sub":"«rand:20:alnum»"}».«rand:86:b64url»', 'other').text;
    expect(run('1password-connect-token', jwt)).toBeNull();
  });
});

describe('1password-connect-credentials', () => {
  const file = '{"verifier":{"salt":"«rand:22:b64url»","localHash":"«rand:43:b64url»"},"encCredentials":{"kid":"localauthv2keykid","enc":"A256GCM","cty":"b5+jwk+json","iv":"«rand:16:b64url»","data":"«rand:642:b64url»"},"version":"2","deviceUuid":"devicedevicedevicedevice22","uniqueKey":{"alg":"A256GCM","ext":true,"k":"«rand:43:b64url»","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"«rand:26:b32»"}}';

  it('spans the whole object, identifies it by its key, and reports the device', () => {
    const text = `prefix: ${expandExample(file, 'f').text} suffix`;
    const verdict = run('1password-connect-credentials', '"encCredentials":', text);
    expect(text.slice(verdict!.span!.start, verdict!.span!.end)).toMatch(/^\{"verifier".*\}\}$/);
    expect(verdict?.identity).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verdict?.details).toEqual({ deviceUuid: 'devicedevicedevicedevice22', version: '2' });
  });

  it('finds the object inside a string literal with escaped quotes', () => {
    const text = JSON.stringify({ credentials: expandExample(file, 'g').text });
    expect(run('1password-connect-credentials', '\\"encCredentials\\":', text)?.details).toMatchObject({ version: '2' });
  });
});

describe('1password-secret-key', () => {
  it('accepts the 31-symbol alphabet and rejects 0, 1, I, O and U', () => {
    expect(run('1password-secret-key', expandExample('A3-«rand:6:sk»-«rand:6:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»', 'k').text)).toEqual({});
    expect(run('1password-secret-key', expandExample('A3-«rand:6:sk»-«rand:6:sk»-«rand:5:sk»-«rand:5:sk»-«rand:5:sk»-«rand:4:sk»0', 'zero').text)).toBeNull();
  });
});
