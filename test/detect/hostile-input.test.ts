import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.ts';
import type { Stage, WorkCounts } from '../../src/detect/work.ts';
import { newWorkCounts, STAGES } from '../../src/detect/work.ts';
import { finalizeFindings } from '../../src/report/redact.ts';
import { builtinRulesDir } from '../../src/rules/builtin.ts';
import { compileRule } from '../../src/rules/compile.ts';
import { expandExample } from '../../src/rules/examples.ts';
import { loadRulesDir } from '../../src/rules/load.ts';
import type { Finding } from '../../src/types.ts';

/**
 * Every rule's regex, validator, the base64 decoding and the finalisation steps must stay linear on hostile input: a
 * single line of keyword noise (or of base64 that holds it), scanned at a size n and at 4n in this one process.
 *
 * Linear is checked on the work the detector counts, stage by stage (src/detect/work.ts): 4n must cost about 4 times
 * what n costs, where a stage that goes back over the line for every match costs 16 times. Counts do not depend on
 * how loaded the machine is, so their bound is tight. What no counter sees is checked on time instead: the regex
 * engine's backtracking inside one `exec`, the rules' validators (src/rules) and the finalisation (src/report). There
 * the ratio of the fastest of three runs at 4n to the fastest of three at n must stay under a generous bound (a
 * quadratic path gives 16). That time is the process's CPU time, not the wall clock: on a loaded machine a scan at n
 * fits in one time slice where a scan at 4n is preempted, and wall-clock ratios went up to 43 with three busy loops on
 * two cores, where CPU-time ratios stayed under 6.5 (4 on an idle machine). No time is compared with a fixed bound: how
 * fast a scan is belongs to the benchmark (bench/).
 */
const work = newWorkCounts();
// No warm-up: every scan goes the way bulk scans go (keyword automaton, windowed rules; detector.ts).
const detector = createDetector((await loadRulesDir(builtinRulesDir())).specs.map(compileRule), [], work, { warmUp: 0 });
/** n for the noise lines: 256 KiB, and 1 MiB for 4n. */
const NOISE_SIZE = 256 * 1024;
/** n for the lines dense with findings, which cost about 30 times as much per byte as noise. */
const DENSE_SIZE = 64 * 1024;
const WORK_RATIO_MAX = 6;
const WORK_RATIO_MIN = 2;
const TIME_RATIO_MAX = 10;
const RUNS = 3;

const b64 = (text: string) => Buffer.from(text).toString('base64');
const RANDOM_BASE64 = expandExample('«rand:1000000:b64»', 'hostile-base64').text;

/** `unit` repeated to `size` characters, on one line. */
function line(unit: string): (size: number) => string {
  return (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const NOISE: Record<string, (size: number) => string> = {
  'sk-': line('sk-'),
  'sk-T3BlbkFJ': line('sk-T3BlbkFJ'),
  'T3BlbkFJ': line('T3BlbkFJ'),
  'sk- runs around the marker': line(`sk-proj-${'A'.repeat(150)}T3BlbkFJ${'B'.repeat(150)} `),
  'ops_': line('ops_'),
  'ops_eyJ': line('ops_eyJ'),
  'ops_eyJ bodies': line(`ops_eyJ${'Qm'.repeat(90)}= `),
  '=': line('='),
  'password=': line('password='),
  'password: "': line('password: "'),
  'token=<long value>!': line(`token=${'x9'.repeat(300)}!`),
  'api_key + long identifier': line(`${'a'.repeat(2000)}api_key=`),
  'encCredentials keys': line('"encCredentials":'),
  'nested encCredentials': line('{"encCredentials":'),
  '{': line('{'),
  'A3-': line('A3-'),
  '1PRK-': line('1PRK-'),
  'JWT-shaped': line('eyJhbGciOiJFUzI1NiJ9.eyIxcGFzc3dvcmQuY29tL.'),
  // Base64: every run is found, but only those holding an encoded keyword are decoded, and only text is scanned.
  'one base64 run the length of the line': line(RANDOM_BASE64),
  'base64 wrapped at 76 characters': (size) => line(RANDOM_BASE64)(size).replace(/.{76}/g, '$&\n'),
  'base64 runs just shorter and just longer than decoded ones': line(`${RANDOM_BASE64.slice(0, 51)} ${RANDOM_BASE64.slice(100, 152)}/`),
  'base64 of password= (keywords everywhere)': line(b64('password='.repeat(1000))),
  'base64 of encCredentials keys': line(b64('{"encCredentials":'.repeat(1000))),
  'base64 of sk-T3BlbkFJ': line(b64('sk-T3BlbkFJ'.repeat(999))),
  'base64 of base64 of keywords': line(b64(b64('{"encCredentials":password='.repeat(1000)))),
  'base64 of base64 of base64 of keywords': line(b64(b64(b64('password=T3BlbkFJ'.repeat(999))))),
  'short base64 runs that each decode to keywords': line(`${b64('password=password=password=password=abcd')} `),
};

interface Scan {
  readonly findings: Finding[];
  readonly work: Readonly<WorkCounts>;
  /** CPU time (user and system) of the scan, in milliseconds: the fastest of RUNS. */
  readonly cpuMs: number;
}

/** One scan of `text`: detection, then finalisation (deduplication, location in snippets, redaction). */
function scanOnce(text: string): Scan {
  for (const stage of STAGES) work[stage] = 0;
  const started = process.cpuUsage();
  const findings = finalizeFindings(detector.detect({ path: 'noise.txt', text }), { redact: true });
  const spent = process.cpuUsage(started);
  return { findings, work: { ...work }, cpuMs: (spent.user + spent.system) / 1000 };
}

/** The line built at n and at 4n, each scanned RUNS times, in turns (so that warm-up and load spread over both). */
function scanAtNand4n(build: (size: number) => string, n: number): { readonly small: Scan; readonly large: Scan } {
  const texts = [build(n), build(4 * n)] as const;
  const fastest: (Scan | undefined)[] = [undefined, undefined];
  for (let run = 0; run < RUNS; run++) {
    texts.forEach((text, i) => {
      const scan = scanOnce(text);
      if (fastest[i] === undefined || scan.cpuMs < fastest[i].cpuMs) fastest[i] = scan;
    });
  }
  return { small: fastest[0]!, large: fastest[1]! };
}

function expectLinear(name: string, { small, large }: { readonly small: Scan; readonly large: Scan }): void {
  const total = (scan: Scan) => STAGES.reduce((sum, stage) => sum + scan.work[stage], 0);
  const report = (stage: Stage) => `${stage} ${small.work[stage]} -> ${large.work[stage]} (${(large.work[stage] / Math.max(1, small.work[stage])).toFixed(2)}x)`;
  const counted = `${name}: work at n -> 4n: ${STAGES.map(report).join(', ')}`;
  for (const stage of STAGES) {
    if (small.work[stage] === 0 && large.work[stage] === 0) continue;
    expect(large.work[stage] / Math.max(1, small.work[stage]), `${counted}; ${stage} is not linear`).toBeLessThan(WORK_RATIO_MAX);
  }
  // Above 2: the counts follow the input, so a counter that stopped counting cannot pass for a linear stage.
  expect(total(large) / total(small), counted).toBeGreaterThan(WORK_RATIO_MIN);
  expect(total(large) / total(small), counted).toBeLessThan(WORK_RATIO_MAX);
  const timed = `${name}: CPU time, fastest of ${RUNS}: ${small.cpuMs.toFixed(1)} ms at n, ${large.cpuMs.toFixed(1)} ms at 4n`;
  expect(large.cpuMs / small.cpuMs, timed).toBeLessThan(TIME_RATIO_MAX);
}

describe('hostile input: single lines at n and 4n', () => {
  for (const [name, build] of Object.entries(NOISE)) {
    it(`${name} scans in linear time`, () => {
      const scans = scanAtNand4n(build, NOISE_SIZE);
      expect(scans.small.findings).toEqual([]);
      expect(scans.large.findings).toEqual([]);
      expectLinear(name, scans);
    });
  }

  it('a line dense with real-looking findings is located, deduplicated and redacted in linear time', () => {
    const unit = expandExample('password="«rand:1000000:alnum»"', 'dense').text.slice(10, -1);
    // `password="<16 random chars>";` back to back: thousands of findings on one line.
    const build = (size: number) => {
      let text = '';
      for (let i = 0; text.length < size; i += 16) text += `password="${unit.slice(i % (unit.length - 16), (i % (unit.length - 16)) + 16)}";`;
      return text;
    };
    const scans = scanAtNand4n(build, DENSE_SIZE);
    // One finding per 100 characters at least (the 10 MB line of old had more than 100,000).
    expect(scans.small.findings.length).toBeGreaterThan(DENSE_SIZE / 100);
    expect(scans.large.findings.length).toBeGreaterThan((4 * DENSE_SIZE) / 100);
    expectLinear('dense findings', scans);
  });

  it('a line dense with base64 runs that each decode to a finding is handled in linear time', () => {
    // base64("api_key=<32 random chars>") runs: each one is decoded and scanned, and yields a finding.
    const build = (size: number) => {
      let text = '';
      for (let i = 0; text.length < size; i += 32) text += `${b64(`api_key=${RANDOM_BASE64.slice(i % 900_000, (i % 900_000) + 32)}`)} `;
      return text;
    };
    const scans = scanAtNand4n(build, DENSE_SIZE);
    expect(scans.small.findings.length).toBeGreaterThan(DENSE_SIZE / 100);
    expect(scans.large.findings.length).toBeGreaterThan((4 * DENSE_SIZE) / 100);
    expect(scans.large.findings.every((f) => f.encoding === 'base64')).toBe(true);
    expectLinear('dense base64 findings', scans);
  });
});
