import { readFileSync } from 'node:fs';
import { buildInfo } from './build-info.ts';

/** The package version: baked in by the build, read from package.json when running from sources. */
export function toolVersion(): string {
  return buildInfo?.version
    ?? (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
