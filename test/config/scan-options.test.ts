import { describe, expect, it } from 'vitest';
import type { ConfigOptions } from '../../src/config/config-file.ts';
import { OPTIONS } from '../../src/config/options.ts';
import type { OptionKey } from '../../src/config/options.ts';
import { scanOptions, withConfig } from '../../src/scan-options.ts';

const values = (given: OptionKey[]) => ({ maxFileSize: 100, gitignore: true, strictIgnores: false, redact: true, config: null, baseline: null, given: new Set(given), verify: null });

describe('scan options: built once, then the config file fills in what the caller did not set', () => {
  it('takes the config file\'s value for an option the caller left at its default, and the caller\'s when given', () => {
    const config: Required<ConfigOptions> = { maxFileSize: 5, gitignore: false, strictIgnores: true };
    const defaults = withConfig(scanOptions({ mode: 'staged' }, '/r', values([])), config);
    expect([defaults.maxFileSize, defaults.gitignore, defaults.strictIgnores]).toEqual([5, false, true]);
    const given = withConfig(scanOptions({ mode: 'staged' }, '/r', values(['maxFileSize', 'gitignore', 'strictIgnores'])), config);
    expect([given.maxFileSize, given.gitignore, given.strictIgnores]).toEqual([100, true, false]);
    const none = withConfig(scanOptions({ mode: 'staged' }, '/r', values([])), {});
    expect([none.maxFileSize, none.gitignore, none.strictIgnores]).toEqual([100, true, false]);
  });

  it('the options a config file can set are exactly those the option table marks `config`', () => {
    const typed: Record<keyof ConfigOptions, true> = { maxFileSize: true, gitignore: true, strictIgnores: true };
    expect(OPTIONS.filter((o) => o.config).map((o) => o.key).sort()).toEqual(Object.keys(typed).sort());
  });
});
