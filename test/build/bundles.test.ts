import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { artifacts, CLI_PARTS, partFile, WASM_MODULES } from '../../scripts/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/**
 * What `bin` and the Action run is committed (an install from git or a tarball builds nothing), so it must be exactly
 * what the sources build: this is the test that says "run `npm run bundle` and commit".
 */
describe('the committed bundles', () => {
  it('are what the sources build', async () => {
    const built = await artifacts();
    expect([...built.keys()].sort()).toEqual(['README.md', 'action.yml', ...WASM_MODULES.map((wasm) => wasm.module), 'dist/action.cjs', 'dist/cli.cjs', ...CLI_PARTS.map((part) => partFile(part.name)), 'dist/leakwarden.cjs'].sort());
    for (const [file, text] of built) {
      const committed = readFileSync(path.join(root, file), 'utf8');
      expect(committed === text, `${file} is stale: run \`npm run bundle\` and commit it`).toBe(true);
    }
  });

  it('bin points at a committed, executable file, and no install runs a build', () => {
    const bin = pkg.bin.leakwarden!;
    expect(bin).toBe('dist/cli.cjs');
    expect(statSync(path.join(root, bin)).mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(root, bin), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // npm runs these on a user's machine; none may be needed there. A `build` script counts too: npm prepares a git
    // dependency that has one (a devDependency install in a temporary clone), and under -g (npm 11) leaves the
    // global package a link into that deleted clone (npm/cli#4148).
    for (const script of ['prepare', 'build', 'preinstall', 'install', 'postinstall', 'prepack']) expect(pkg.scripts[script], script).toBeUndefined();
    for (const file of ['dist/cli.cjs', 'dist/leakwarden.cjs', ...CLI_PARTS.map((part) => partFile(part.name)), 'rules']) expect(pkg.files).toContain(file);
  });

  it('the CLI bundle and its parts require at run time only node built-ins, runtime dependencies and each other', () => {
    const files = ['dist/leakwarden.cjs', ...CLI_PARTS.map((part) => partFile(part.name))];
    const text = files.map((file) => readFileSync(path.join(root, file), 'utf8')).join('\n');
    const relative = [...text.matchAll(/\brequire\("(\.[^"]+)"\)/g)].map((m) => `dist/${m[1]!.slice(2)}`);
    expect(relative.length).toBeGreaterThan(0);
    for (const file of relative) expect(files).toContain(file);
    const required = new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g), ...text.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]!));
    const packageOf = (name: string) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/');
    const external = [...required].filter((name) => !name.startsWith('node:') && !name.startsWith('.') && !builtinModules.includes(name));
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) expect(Object.keys(pkg.dependencies), `${name} is required by the bundle`).toContain(packageOf(name));
  });

  it('the Action bundle carries no HTTP client of @actions/core (undici, tunnel)', () => {
    const text = readFileSync(path.join(root, 'dist/action.cjs'), 'utf8');
    expect(text).not.toMatch(/node_modules\/undici\//);
    expect(text).not.toMatch(/node_modules\/tunnel\//);
  });
});
