import { error, notice, warning } from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import type { Finding, RuleInfo, Severity } from '../types.ts';
import type { Reporter } from './reporter.ts';
import { findingHeadline } from './finding-text.ts';

const ANNOTATE: Record<Severity, (message: string, properties: AnnotationProperties) => void> = { high: error, medium: warning, low: notice };

/** The runner turns at most this many commands of each level of a step into annotations; the rest only reach the log. */
const SHOWN_PER_LEVEL = 10;

/** Files that were not scanned, named one by one in the notice before the rest are only counted. */
const SKIPPED_LISTED = 20;

/**
 * GitHub Actions workflow commands: one annotation per finding (`::error file=…,line=…,col=…::message`; high is an
 * error, medium a warning, low a notice), titled `leakwarden: <rule>`, with the redacted secret and what to do. The
 * commands are @actions/core's own, so escaping (`%`, CR and LF in the message; also `:` and `,` in the properties)
 * is the toolkit's, and every piece of scanned text (paths, messages) sits inside an escaped value, never at the
 * start of a line where the runner would read it as a command.
 */
export const githubReporter = {
  id: 'github',
  format(result, context) {
    return captureCommands(() => {
      for (const finding of result.findings) ANNOTATE[finding.severity](message(finding, context.rules.get(finding.ruleId)), position(finding));
      const skipped = result.stats.skipped.filter((s) => s.reason !== 'binary');
      if (skipped.length > 0) {
        const listed = skipped.slice(0, SKIPPED_LISTED).map((s) => `${s.path} (${s.reason === 'too-large' ? 'larger than --max-file-size' : `unreadable${s.detail ? `: ${s.detail}` : ''}`})`);
        const more = skipped.length > SKIPPED_LISTED ? `\n… and ${skipped.length - SKIPPED_LISTED} more (--format json lists every one)` : '';
        notice(`${skipped.length} ${skipped.length === 1 ? 'file was' : 'files were'} not scanned:\n${listed.join('\n')}${more}`, { title: 'leakwarden: not scanned' });
      }
      const crowded = (['high', 'medium', 'low'] as const).some((s) => result.findings.filter((f) => f.severity === s).length > SHOWN_PER_LEVEL);
      if (crowded) {
        notice(`${result.findings.length} findings: GitHub shows the first ${SHOWN_PER_LEVEL} annotations of each level in a step, and the rest only in this log. --format sarif (code scanning) or --format json lists every one.`, { title: 'leakwarden: more findings than annotations' });
      }
    });
  },
} satisfies Reporter;

/** What was found, then what to do: the instance's fix (file-level findings) and the rule's remediation. */
export function message(finding: Finding, rule: RuleInfo | undefined): string {
  const fix = typeof finding.details.fix === 'string' ? `\nFix: ${finding.details.fix}` : '';
  return `${findingHeadline(finding)}${fix}${rule ? `\n${rule.remediation}` : ''}`;
}

/**
 * Lines and columns are 1-based, as the runner wants them. It drops `col`/`endColumn` unless the annotation starts and
 * ends on one line, so they are given only then; a file-level finding names the file alone.
 */
export function position(finding: Finding): AnnotationProperties {
  const { line, column, endColumn } = finding;
  const endLine = finding.endLine ?? line;
  const sameLine = line !== null && endLine === line && column !== null;
  return {
    title: `leakwarden: ${finding.ruleId}`,
    file: finding.path,
    ...(line !== null ? { startLine: line, endLine: endLine ?? line } : {}),
    ...(sameLine ? { startColumn: column, ...(endColumn !== null ? { endColumn } : {}) } : {}),
  };
}

/**
 * The text of the commands @actions/core issues in `issue`. The toolkit only writes commands to process.stdout: the
 * class that builds them and its escaping functions are private, and the package exports nothing but its index. So
 * that this reporter returns text and does no I/O, process.stdout.write is replaced by a collector for the duration
 * of the call and restored before returning. The call is synchronous, so nothing else can write in between and
 * nothing reaches the real stream.
 */
function captureCommands(issue: () => void): string {
  const stdout = process.stdout;
  const own = Object.getOwnPropertyDescriptor(stdout, 'write');
  const chunks: string[] = [];
  stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof stdout.write;
  try {
    issue();
  } finally {
    if (own) Object.defineProperty(stdout, 'write', own);
    else Reflect.deleteProperty(stdout, 'write');
  }
  return chunks.join('');
}
