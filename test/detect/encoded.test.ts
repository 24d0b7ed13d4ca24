import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import { Base64Finder, MIN_RUN } from '../../src/detect/encoded.ts';
import { finalizeFindings } from '../../src/report/redact.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { expandExample } from '../../src/rules/examples.ts';
import { loadRulesDir } from '../../src/rules/load.ts';
import type { Fragment, RawFinding } from '../../src/types.ts';
import { base64, connectCredentials, openaiKey, serviceAccountToken } from '../helpers/secrets.ts';

const specs = (await loadRulesDir(builtinRulesDir())).specs;
const detector = createDetector(specs.map(compileRule));
const finder = () => new Base64Finder(specs.flatMap((spec) => spec.keywords));
const detect = (text: string, extra: Partial<Fragment> = {}) => detector.detect({ path: 'deploy/secret.yaml', text, ...extra });

const randomBase64 = (length: number, seed: string) => expandExample(`«rand:${length}:b64»`, seed).text;
/** Prose that holds none of the rules' keywords, in any case. */
const PROSE = 'The quick brown fox jumps over the lazy dog, then runs far away into the woods to find its friends.';

/** The scanned text between a finding's start and end (line/column are 1-based, the end column exclusive). */
function located(text: string, finding: RawFinding): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  return text.slice(offset(finding.line!, finding.column!), offset(finding.endLine!, finding.endColumn!));
}

/** Wraps base64 at 76 characters, as `base64` does, optionally indented. */
function wrap(encoded: string, indent = '', eol = '\n'): string {
  return encoded.match(/.{1,76}/g)!.map((line) => `${indent}${line}`).join(eol);
}

/** Decodes what `text` holds and gives each run's text and span (the span of its whole decoded text). */
function runs(text: string, levels: 1 | 2 = 2): { text: string; start: number; end: number }[] {
  return finder().decode(text, levels).map((run) => ({ text: run.text, ...run.span(0, run.text.length) }));
}

describe('base64 runs', () => {
  it('are MIN_RUN base64 characters or more, with their padding', () => {
    const long = `password=${randomBase64(37, 'long')}`;
    const short = `password=${randomBase64(27, 'short')}`;
    expect(base64(long)).toMatch(new RegExp(`^.{${MIN_RUN + 10}}==$`));
    expect(base64(short).length).toBeLessThan(MIN_RUN);
    const text = `short: ${base64(short)}\nlong: "${base64(long)}"\n`;
    const start = text.indexOf(base64(long));
    expect(runs(text)).toEqual([{ text: long, start, end: start + base64(long).length }]);
  });

  it.each([
    ['LF', '', '\n'],
    ['CRLF', '', '\r\n'],
    ['indented (a YAML block scalar)', '    ', '\n'],
  ])('are joined across the lines of wrapped base64: %s', (_name, indent, eol) => {
    const content = `${PROSE}\npassword=${randomBase64(40, 'wrapped')}\n${PROSE}\n`;
    const body = wrap(base64(content), indent, eol);
    const text = `creds: |${eol}${body}${eol}next: value${eol}`;
    const start = text.indexOf(body) + indent.length;
    expect(runs(text)).toEqual([{ text: content, start, end: start + body.length - indent.length }]);
  });

  it('are not joined to a line after one that is not whole quanta, nor to a line of other text', () => {
    const first = `password=${randomBase64(47, 'a')}`;
    const second = `password=${randomBase64(48, 'b')}`;
    const unpadded = Buffer.from(first).toString('base64url');
    expect(unpadded).toHaveLength(75);
    expect(runs(`${unpadded}\n${base64(second)}\n`).map((run) => run.text)).toEqual([first, second]);
    const text = `${base64(second)}\nnot base64: ${randomBase64(10, 'c')}\n`;
    expect(runs(text)).toEqual([{ text: second, start: 0, end: 76 }]);
  });
});

describe('Base64Finder', () => {
  it('decodes only runs that hold an encoded keyword, never every long run', () => {
    expect([...finder().decode(`blob: ${base64(PROSE)}`, 2)]).toEqual([]);
    expect([...finder().decode(`blob: ${randomBase64(4000, 'random')}`, 2)]).toEqual([]);
    const withKeyword = `${PROSE}\npassword=${randomBase64(20, 'pw')}\n`;
    expect([...finder().decode(`blob: ${base64(withKeyword)}`, 2)].map((run) => run.text)).toEqual([withKeyword]);
  });

  it('matches lower-case keywords in UPPER and Capitalised case too', () => {
    for (const name of ['db_password', 'DB_PASSWORD', 'dbPassword']) {
      const content = `${PROSE} ${name}=${randomBase64(20, name)}`;
      expect([...finder().decode(base64(content), 1)].map((run) => run.text)).toEqual([content]);
    }
  });

  it('skips what does not decode to text (binary, invalid UTF-8, control characters), keyword or not', () => {
    const bytes = Buffer.alloc(300);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 151 + 7) % 256;
    Buffer.from('password=').copy(bytes, 120);
    expect([...finder().decode(bytes.toString('base64'), 2)]).toEqual([]);
    const withControl = `${PROSE}\u0001 password=${randomBase64(20, 'ctl')}`;
    expect([...finder().decode(base64(withControl), 2)]).toEqual([]);
  });

  it('reads standard and url-safe base64 alike', () => {
    const content = `{"note":"${PROSE}","api_key":"${randomBase64(30, 'k')}~~??>>"}`;
    for (const encoded of [Buffer.from(content).toString('base64'), Buffer.from(content).toString('base64url')]) {
      expect([...finder().decode(`x=${encoded}`, 1)].map((run) => run.text)).toEqual([content]);
    }
  });

  it('decodes base64 inside base64 from the top level only (depth 2), through the long keywords', () => {
    const content = `${PROSE}\nencCredentials`;
    const twice = base64(base64(content));
    expect([...finder().decode(twice, 2)].map((run) => run.text)).toEqual([base64(content)]);
    expect([...finder().decode(twice, 1)]).toEqual([]);
  });

  it('maps a part of the decoded text to the quanta that encode it, past multi-byte characters', () => {
    const content = `# réglages — ünïcode\nOPENAI_API_KEY=${openaiKey('span')}\n`;
    const prefix = 'ENV_B64: ';
    const [run] = [...finder().decode(`${prefix}${base64(content)}\n`, 1)];
    const at = run!.text.indexOf('sk-');
    const byteStart = Buffer.byteLength(content.slice(0, at));
    const byteEnd = byteStart + openaiKey('span').length;
    expect(run!.span(at, at + openaiKey('span').length)).toEqual({
      start: prefix.length + Math.floor(byteStart / 3) * 4,
      end: prefix.length + Math.ceil(byteEnd / 3) * 4,
    });
    // The end of the text takes the padding with it.
    expect(run!.span(0, run!.text.length)).toEqual({ start: prefix.length, end: prefix.length + base64(content).length });
  });

  it('maps spans of wrapped base64 to the lines of the scanned text', () => {
    const content = `${PROSE}\npassword=${randomBase64(30, 'wrapped')}\n${PROSE}\n`;
    const text = `data: |\n${wrap(base64(content), '  ')}\n`;
    const [run] = [...finder().decode(text, 1)];
    expect(run!.text).toBe(content);
    const span = run!.span(0, run!.text.length);
    expect(text.slice(span.start, span.end).replace(/\s+/g, '')).toBe(base64(content));
  });

  it('ends runs at characters outside ASCII, whatever their code units look like', () => {
    // U+0141 and U+4141 have the byte of 'A' in them: a scan that read bytes, not code units, would join runs there.
    const content = `${PROSE}\npassword=${randomBase64(30, 'unicode')}\n`;
    const encoded = base64(content);
    // Split in two, each half shorter than MIN_RUN.
    const split = base64(`password=${randomBase64(40, 'split')}`);
    expect(split.length).toBeLessThan(2 * MIN_RUN);
    const half = split.length >> 1;
    for (const other of ['\u0141', '\u4141', '\u{1F600}', 'é']) {
      const text = `${other}${encoded}${other}${split.slice(0, half)}${other}${split.slice(half)}${other}`;
      const start = other.length;
      expect(runs(text), other).toEqual([{ text: content, start, end: start + encoded.length }]);
    }
  });

  it('reads each text on its own: a run at the end of a text does not go on into the text scanned before', () => {
    const content = `${PROSE}\npassword=${randomBase64(30, 'end')}\n`;
    const encoded = base64(content).replace(/=+$/, '');
    const reused = finder();
    const decodeWith = (text: string) => reused.decode(text, 2).map((run) => ({ text: run.text, ...run.span(0, run.text.length) }));
    // A longer text first, base64 all along, then texts whose run ends where the text ends (on one line, wrapped).
    reused.decode(randomBase64(5000, 'before'), 2);
    const wrapped = `blob: |\n${wrap(base64(content), '  ')}`;
    for (const text of [`x=${encoded}`, encoded, wrapped]) {
      const expected = runs(text);
      expect(expected).toHaveLength(1);
      expect(decodeWith(text)).toEqual(expected);
    }
    // A run without a keyword at the end of a text that an encoded keyword went on from in the text before.
    const plain = `x=${base64(PROSE.slice(0, 99))}`;
    reused.decode(`${plain}${base64(`;password=${randomBase64(30, 'after')}`)}`, 2);
    expect(decodeWith(plain)).toEqual([]);
  });

  it('finds base64 glued to a path or a prefix, where an encoded keyword says its quanta start', () => {
    const content = `OPENAI_API_KEY=${openaiKey('glued')}\n`;
    for (const glue of ['dir/sub/', 'x/', 'b64_', 'prefix-']) {
      const [run] = [...finder().decode(`url: https://host/${glue}${base64(content)}`, 1)];
      expect(run?.text, glue).toBe(content);
    }
  });
});

describe('detector: secrets in base64', () => {
  const key = openaiKey('k8s');

  it('reports a base64 value in a Kubernetes Secret at the encoded text, with the decoded secret', () => {
    const value = base64(key);
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  OPENAI_API_KEY: ${value}\n`;
    const [finding, ...rest] = detect(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'openai-api-key', encoding: 'base64', secret: key, line: 4, column: 19, endLine: 4, endColumn: 19 + value.length });
    expect(finding!.excerpt!.text.slice(finding!.excerpt!.secretStart, finding!.excerpt!.secretEnd)).toBe(value);
  });

  it('reports a key inside a larger blob at the quanta that encode it, one finding per secret', () => {
    const second = openaiKey('second');
    const content = `# app settings\nMODEL=gpt-4o\nOPENAI_API_KEY=${key}\nFALLBACK_KEY=${second}\nRETRIES=3\n`;
    const text = `ENV_FILE_B64=${base64(content)}\n`;
    const findings = detect(text);
    expect(findings.map((f) => [f.ruleId, f.secret, f.encoding])).toEqual([
      ['openai-api-key', key, 'base64'],
      ['openai-api-key', second, 'base64'],
    ]);
    for (const finding of findings) {
      const encoded = located(text, finding);
      expect(Buffer.from(encoded, 'base64').toString('latin1')).toContain(finding.secret.slice(2, -2));
      expect(encoded.length).toBeLessThanOrEqual(Math.ceil(finding.secret.length / 3) * 4 + 4);
    }
  });

  it('reports a key in url-safe base64 of a JSON config', () => {
    const content = `{"service":"chat","openai":{"api_key":"${key}","org":"research"}}`;
    const findings = detect(`config: ${Buffer.from(content).toString('base64url')}\n`);
    expect(findings.map((f) => [f.ruleId, f.secret, f.encoding])).toEqual([['openai-api-key', key, 'base64']]);
  });

  it('reports a base64 Connect credentials file once, with the same identity as the plain file', () => {
    const file = connectCredentials('k8s');
    const plain = detect(`${file}\n`, { path: 'creds.json' });
    for (const text of [`data:\n  1password-credentials.json: ${base64(file)}\n`, `data:\n  OP_SESSION: ${base64(base64(file))}\n`, wrap(base64(file))]) {
      const findings = detect(text, { path: 'creds.json' });
      expect(findings.map((f) => [f.ruleId, f.encoding, f.secret])).toEqual([['1password-connect-credentials', 'base64', file]]);
      expect(findings[0]!.identity).toBe(plain[0]!.identity);
      expect(findings[0]!.details).toEqual(plain[0]!.details);
    }
  });

  it('gives the same secret, plain or encoded, the same fingerprint', () => {
    const findings = finalizeFindings(detect(`OPENAI_API_KEY=${key}\nOPENAI_API_KEY_B64=${base64(key)}\n`), { redact: true });
    expect(findings.map((f) => f.line)).toEqual([1, 2]);
    expect(findings[0]!.encoding).toBeUndefined();
    expect(findings[1]!.encoding).toBe('base64');
    expect(findings[1]!.fingerprint).toBe(findings[0]!.fingerprint);
  });

  it('lets the provider key decoded from a value outrank the generic secret on the value', () => {
    const findings = detect(`API_TOKEN: "${base64(key)}"\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(['openai-api-key']);
  });

  it('does not report again what a plain rule decoded itself (the Secret Key inside an ops_ token)', () => {
    const token = serviceAccountToken('plain');
    expect(detect(`OP_SERVICE_ACCOUNT_TOKEN=${token}\n`).map((f) => f.ruleId)).toEqual(['1password-service-account-token']);
    const encoded = detect(`token: ${base64(token)}\n`);
    expect(encoded.map((f) => [f.ruleId, f.encoding, f.secret])).toEqual([['1password-service-account-token', 'base64', token]]);
  });

  it('stops at two levels of base64', () => {
    const line = `OPENAI_API_KEY=${key}`;
    expect(detect(`x: ${base64(base64(line))}`).map((f) => f.secret)).toEqual([key]);
    expect(detect(`x: ${base64(base64(base64(line)))}`)).toEqual([]);
  });

  it.each([
    ['random base64', () => randomBase64(400, 'noise')],
    ['base64 of prose', () => base64(`${PROSE} ${PROSE}`)],
    ['base64 of a placeholder key', () => base64(`sk-${'x'.repeat(48)}`)],
    ['base64 of a placeholder key with the marker', () => base64(`OPENAI_API_KEY=sk-proj-${'x'.repeat(74)}${'T3Blbk'}FJ${'x'.repeat(74)}`)],
    ['base64 of an example key', () => base64(`OPENAI_API_KEY=sk-${'a1B2c3D4e5'.repeat(2)}${'T3Blbk'}FJ${'EXAMPLEabcdEXAMPLEab'}`)],
  ])('reports nothing for %s', (_name, build) => {
    expect(detect(`data:\n  value: ${build()}\n`)).toEqual([]);
  });

  it('applies the diff filter to the lines of the encoded text', () => {
    const text = `kind: Secret\ndata:\n  OPENAI_API_KEY: ${base64(key)}\n`;
    expect(detect(text, { addedLines: [[3, 3]] })).toHaveLength(1);
    expect(detect(text, { addedLines: [[1, 2]] })).toEqual([]);
    // A wrapped run: the key's quanta span lines 2-4; adding any of them reports it.
    const wrapped = `blob: |\n${wrap(base64(`${PROSE}\nOPENAI_API_KEY=${key}\n`), '  ')}\n`;
    const [finding] = detect(wrapped);
    expect(finding!.endLine).toBeGreaterThan(finding!.line!);
    expect(detect(wrapped, { addedLines: [[finding!.endLine!, finding!.endLine!]] })).toHaveLength(1);
    expect(detect(wrapped, { addedLines: [[1, 1]] })).toEqual([]);
  });

  it('masks the encoded form of every secret in every snippet, on wrapped lines too', () => {
    const second = openaiKey('masked');
    // One byte between the keys: their quanta share a character, and the second starts on the line the first ends.
    const content = `${PROSE}\nOPENAI_API_KEYS=${key},${second}\n${PROSE}\n`;
    const text = `blob: |\n${wrap(base64(content), '  ')}\nsingle: ${base64(`OPENAI_API_KEY=${key}`)}\n`;
    const raw = detect(text);
    expect(raw.map((f) => f.secret)).toEqual([key, second, key]);
    expect(raw[1]!.line).toBe(raw[0]!.endLine);
    const snippets = finalizeFindings(raw, { redact: true }).map((f) => f.snippet).join('\n');
    for (const finding of raw) {
      const encoded = located(text, finding).replace(/\s+/g, '');
      for (let i = 0; i + 12 <= encoded.length; i++) expect(snippets).not.toContain(encoded.slice(i, i + 12));
      expect(snippets).not.toContain(finding.secret.slice(8, 20));
    }
  });
});
