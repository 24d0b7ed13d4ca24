import * as core from '@actions/core';
import { OPTIONS, parseSize } from '../config/options.ts';
import type { OptionKey } from '../config/options.ts';
import { inputDefs } from './input-defs.ts';
import { UsageError } from '../errors.ts';
import type { OptionValues } from '../scan-options.ts';
import { verifySettings } from '../verify/settings.ts';
import type { ScopeInput } from './event.ts';

export interface ActionInputs {
  readonly scope: ScopeInput;
  readonly failOnFindings: boolean;
  readonly sarifFile: string;
  readonly comment: boolean;
  readonly annotations: boolean;
  readonly githubToken: string;
  /** The scan's options, as the CLI's flags give them (`given`: those the workflow set; the config file fills in the rest). */
  readonly options: OptionValues;
}

/** Reads and checks the inputs (the runner does not enforce anything in action.yml). */
export function actionInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const defaults = new Map(inputDefs().map((def) => [def.name, def.default]));
  const given = new Set<OptionKey>();
  /** An input's value; for a CLI option, the option's default when the workflow left it empty. */
  const text = (name: string) => {
    const value = core.getInput(name);
    const option = OPTIONS.find((o) => o.action && o.flag === name);
    if (value !== '' && option) given.add(option.key);
    return value || defaults.get(name) || (option?.default === undefined ? '' : String(option.default));
  };
  const flag = (name: string) => {
    const value = text(name).toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value)) return true;
    if (['false', 'no', '0', 'off'].includes(value)) return false;
    throw new UsageError(`input ${name} must be true or false, got "${value}"`, `set ${name}: true or ${name}: false`);
  };
  const scope = text('scope') as ScopeInput;
  if (!['auto', 'history', 'dir'].includes(scope)) throw new UsageError(`input scope must be auto, history or dir, got "${scope}"`, 'remove the input to scan what the event calls for');
  return {
    scope,
    failOnFindings: flag('fail-on-findings'),
    sarifFile: text('sarif-file'),
    comment: flag('comment'),
    annotations: flag('annotations'),
    // Never the default when empty: action.yml's default is the expression `${{ github.token }}`, which the runner
    // expands; a workflow that sets `github-token: ''` (or an unset secret) means "no token", not that text.
    githubToken: core.getInput('github-token'),
    options: {
      maxFileSize: parseSize(text('max-file-size')),
      gitignore: flag('gitignore'),
      strictIgnores: false,
      redact: flag('redact'),
      config: text('config') || null,
      baseline: text('baseline') || null,
      given,
      // The CLI's defaults for the rest; a Connect host comes from the workflow's OP_CONNECT_HOST, if any.
      verify: verifySettings({ verify: flag('verify'), onlyVerified: false, timeoutMs: 10_000, connectHost: null }, env),
    },
  };
}
