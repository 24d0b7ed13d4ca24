import { createColors } from 'picocolors';
import { dotenvRule } from '../checks/dotenv.ts';
import { UsageError } from '../errors.ts';
import type { ReporterId } from '../report/index.ts';
import { loadBuiltinRules } from '../rules/builtin.ts';
import type { CliArgs } from '../config/options.ts';
import type { RuleInfo } from '../types.ts';
import { ExitCode } from '../types.ts';
import type { CliIo } from './io.ts';
import { deliver, useColor } from './io.ts';

/** `leakwarden rules`: the rules that run, as a table or JSON. */
export async function formatRules(format: ReporterId, color: boolean): Promise<string> {
  const rules: RuleInfo[] = [...(await loadBuiltinRules()), dotenvRule].map(({ id, severity, description, remediation, helpUri }) => ({
    id, severity, description, remediation, ...(helpUri ? { helpUri } : {}),
  }));
  switch (format) {
    case 'json':
      return `${JSON.stringify({ version: 1, rules }, null, 2)}\n`;
    case 'terminal': {
      const c = createColors(color);
      const width = Math.max(...rules.map((r) => r.id.length));
      return `${rules.map((r) => `${c.bold(r.id.padEnd(width))}  ${r.severity.padEnd(6)}  ${r.description}`).join('\n')}\n`;
    }
    case 'sarif':
    case 'github':
      throw new UsageError(`--format ${format} reports findings; \`leakwarden rules\` prints terminal or json`, 'use --format json (a scan\'s SARIF also lists every rule, in tool.driver.rules)');
  }
}

export async function rulesCommand(args: CliArgs, io: CliIo): Promise<number> {
  return deliver(await formatRules(args.format, useColor(args, io)), args, io) ? ExitCode.Clean : ExitCode.Error;
}
