import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import { finalizeFindings } from '../../src/report/redact.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { expandExample } from '../../src/rules/examples.ts';
import { loadRulesDir } from '../../src/rules/load.ts';

/**
 * Every rule's regex, validator, the base64 decoding and the finalisation steps must stay linear on hostile input: a
 * 10 MB single line of keyword noise (or of base64 that holds it). The bound is generous because CI machines are shared and noisy; the benchmark measures the
 * real figures. A quadratic path takes minutes here, not seconds.
 */
const detector = createDetector((await loadRulesDir(builtinRulesDir())).specs.map(compileRule));
const SIZE = 10 * 1024 * 1024;
const BOUND_MS = 4000;

function line(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const b64 = (text: string) => Buffer.from(text).toString('base64');
const RANDOM_BASE64 = expandExample('«rand:1000000:b64»', 'hostile-base64').text;

const NOISE: Record<string, () => string> = {
  'sk-': () => line('sk-'),
  'sk-T3BlbkFJ': () => line('sk-T3BlbkFJ'),
  'T3BlbkFJ': () => line('T3BlbkFJ'),
  'sk- runs around the marker': () => line(`sk-proj-${'A'.repeat(150)}T3BlbkFJ${'B'.repeat(150)} `),
  'ops_': () => line('ops_'),
  'ops_eyJ': () => line('ops_eyJ'),
  'ops_eyJ bodies': () => line(`ops_eyJ${'Qm'.repeat(90)}= `),
  '=': () => line('='),
  'password=': () => line('password='),
  'password: "': () => line('password: "'),
  'token=<long value>!': () => line(`token=${'x9'.repeat(300)}!`),
  'api_key + long identifier': () => line(`${'a'.repeat(2000)}api_key=`),
  'encCredentials keys': () => line('"encCredentials":'),
  'nested encCredentials': () => line('{"encCredentials":'),
  '{': () => line('{'),
  'A3-': () => line('A3-'),
  '1PRK-': () => line('1PRK-'),
  'JWT-shaped': () => line('eyJhbGciOiJFUzI1NiJ9.eyIxcGFzc3dvcmQuY29tL.'),
  // Base64: every run is found, but only those holding an encoded keyword are decoded, and only text is scanned.
  'one 10 MB base64 run': () => line(RANDOM_BASE64),
  'base64 wrapped at 76 characters': () => line(RANDOM_BASE64).replace(/.{76}/g, '$&\n'),
  'base64 runs just shorter and just longer than decoded ones': () => line(`${RANDOM_BASE64.slice(0, 51)} ${RANDOM_BASE64.slice(100, 152)}/`),
  'base64 of password= (keywords everywhere)': () => line(b64('password='.repeat(1000))),
  'base64 of encCredentials keys': () => line(b64('{"encCredentials":'.repeat(1000))),
  'base64 of sk-T3BlbkFJ': () => line(b64('sk-T3BlbkFJ'.repeat(999))),
  'base64 of base64 of keywords': () => line(b64(b64('{"encCredentials":password='.repeat(1000)))),
  'base64 of base64 of base64 of keywords': () => line(b64(b64(b64('password=T3BlbkFJ'.repeat(999))))),
  'short base64 runs that each decode to keywords': () => line(`${b64('password=password=password=password=abcd')} `),
};

describe('hostile input: 10 MB single lines', () => {
  for (const [name, build] of Object.entries(NOISE)) {
    it(`${name} scans in linear time`, () => {
      const text = build();
      const started = performance.now();
      const findings = detector.detect({ path: 'noise.txt', text });
      finalizeFindings(findings, { redact: true });
      const elapsed = performance.now() - started;
      expect(elapsed, `${name}: ${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
    });
  }

  it('a line dense with real-looking findings is located, deduplicated and redacted in linear time', () => {
    const unit = expandExample('password="«rand:1000000:alnum»"', 'dense').text.slice(10, -1);
    // 10 MB of `password="<16 random chars>";` back to back: hundreds of thousands of findings on one line.
    let text = '';
    for (let i = 0; text.length < SIZE; i += 16) text += `password="${unit.slice(i % (unit.length - 16), (i % (unit.length - 16)) + 16)}";`;
    const started = performance.now();
    const findings = finalizeFindings(detector.detect({ path: 'dense.txt', text }), { redact: true });
    const elapsed = performance.now() - started;
    expect(findings.length).toBeGreaterThan(100_000);
    expect(elapsed, `${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS * 3);
  });

  it('a line dense with base64 runs that each decode to a finding is handled in linear time', () => {
    // 10 MB of base64("api_key=<32 random chars>") runs: each one is decoded and scanned, and yields a finding.
    let text = '';
    for (let i = 0; text.length < SIZE; i += 32) text += `${b64(`api_key=${RANDOM_BASE64.slice(i % 900_000, (i % 900_000) + 32)}`)} `;
    const started = performance.now();
    const findings = finalizeFindings(detector.detect({ path: 'dense.txt', text }), { redact: true });
    const elapsed = performance.now() - started;
    expect(findings.length).toBeGreaterThan(100_000);
    expect(findings.every((f) => f.encoding === 'base64')).toBe(true);
    expect(elapsed, `${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS * 3);
  });
});
