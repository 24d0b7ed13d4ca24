'use strict';
// The least a pre-commit hook written for Node can do: start the git diff that `leakwarden staged` reads (its argv
// comes from bench/run.mjs, built from src/sources/staged-launch.ts and git-spawn.ts), read all of it, and exit. It
// loads nothing but node:child_process and scans nothing: `leakwarden staged` over this is what loading and running
// the scanner costs, and 1.5 times the floor over this is what the staged goal leaves for them.
const { spawn } = require('node:child_process');

const git = spawn('git', process.argv.slice(2), { stdio: ['ignore', 'pipe', 'pipe'] });
let bytes = 0;
git.stdout.on('data', (chunk) => (bytes += chunk.length));
git.stderr.on('data', () => {});
git.on('error', (error) => {
  process.stderr.write(`min-hook: ${error.message}\n`);
  process.exitCode = 2;
});
git.on('close', (code) => {
  process.exitCode = code === 0 && bytes > 0 ? 0 : 2;
});
