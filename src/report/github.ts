import { error, notice, warning } from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import type { Finding, RuleInfo, Severity } from '../types.ts';
import { findingHeadline } from './finding-text.ts';
import { ANNOTATION_BUDGET } from './annotation-budget.ts';
import type { Reporter } from './reporter.ts';
import { notScanned, skippedLines } from './skipped.ts';

const ANNOTATE: Record<Severity, (message: string, properties: AnnotationProperties) => void> = { high: error, medium: warning, low: notice };


/** The findings that get an annotation, in the order given (put what matters most first), within the budget. */
export function annotated(findings: readonly Finding[]): readonly Finding[] {
  const issued: Finding[] = [];
  const perLevel: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) {
    if (issued.length >= ANNOTATION_BUDGET.perJob || perLevel[finding.severity] >= ANNOTATION_BUDGET.perLevel) continue;
    perLevel[finding.severity]++;
    issued.push(finding);
  }
  return issued;
}

/**
 * GitHub Actions workflow commands: one annotation per finding within GitHub's budget (`::error file=…,line=…,col=…::
 * message`; high is an error, medium a warning, low a notice), titled `leakwarden: <rule>`, with the redacted secret
 * and what to do; a notice names the files not scanned, and one counts the findings past the budget. The commands
 * are @actions/core's own, so escaping (`%`, CR and LF in the message; also `:` and `,` in the properties) is the
 * toolkit's, and every piece of scanned text (paths, messages) sits inside an escaped value, never at the start of a
 * line where the runner would read it as a command.
 */
export const githubReporter = {
  id: 'github',
  format(result, context) {
    return captureCommands(() => {
      const issued = annotated(result.findings);
      for (const finding of issued) ANNOTATE[finding.severity](message(finding, context.rules.get(finding.ruleId)), position(finding));
      const named = notScanned(result.stats);
      if (named.length > 0) {
        const { lines, more } = skippedLines(result.stats);
        notice(`${named.length} ${named.length === 1 ? 'file was' : 'files were'} not scanned:\n${lines.join('\n')}${more > 0 ? `\n… and ${more} more (--format json lists every one)` : ''}`, { title: 'leakwarden: not scanned' });
      }
      const rest = result.findings.length - issued.length;
      if (rest > 0) {
        notice(`${result.findings.length} findings: GitHub shows at most ${ANNOTATION_BUDGET.perLevel} annotations of each level in a step and ${ANNOTATION_BUDGET.perJob} in a job, so ${rest} ${rest === 1 ? 'is' : 'are'} not annotated. The job summary, --format sarif (code scanning) or --format json lists every one.`, { title: 'leakwarden: more findings than annotations' });
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
