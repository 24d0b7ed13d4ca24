#!/usr/bin/env node
'use strict';
// leakwarden's entry point (written by scripts/build.mjs; edit the template in scripts/launcher.cjs).
//
// It runs the bundle (leakwarden.cjs) from V8's code cache: the bundle already parsed and compiled, which saves a
// pre-commit hook a few milliseconds of its ~50. The cache belongs to one bundle and one node (V8 rejects another's),
// so it is not shipped: the first run on a machine writes it, into the user's cache directory
// (LEAKWARDEN_CACHE_DIR, else $XDG_CACHE_HOME/leakwarden, else ~/.cache/leakwarden), after its work is done, and
// later runs read it. A cache that cannot be read or written costs only speed; LEAKWARDEN_CACHE_DIR=off turns it off.
const fs = require('node:fs');
const path = require('node:path');
const bundle = path.join(__dirname, 'leakwarden.cjs');

function cacheFile() {
  const env = process.env;
  if (env.LEAKWARDEN_CACHE_DIR === 'off') return null;
  let dir = env.LEAKWARDEN_CACHE_DIR;
  if (!dir) {
    const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : null) || path.join(require('node:os').homedir(), '.cache');
    dir = path.join(base, 'leakwarden');
  }
  return path.join(dir, `code-a6fa17144430368f-${process.version}-${process.arch}.cache`);
}

const file = cacheFile();
let cachedData;
if (file !== null) {
  try {
    cachedData = fs.readFileSync(file);
  } catch {
    // no cache yet: this run writes it
  }
}
if (file === null) {
  require(bundle);
} else {
  const vm = require('node:vm');
  const Module = require('node:module');
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  if (process.env.LEAKWARDEN_REPORT_CODE_CACHE === '1') process.stderr.write(`code cache: ${cachedData ? (accepted ? 'accepted' : 'rejected') : 'none'}\n`);
  const module = { exports: {}, id: bundle, filename: bundle, loaded: false };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, __dirname);
  if (!accepted) {
    // At exit the cache holds every function this run compiled, the scan's included. Written under a temporary name
    // and renamed, so that a run beside this one never reads half a file.
    process.on('exit', () => {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, file);
      } catch {
        // a read-only or full cache directory: the next run compiles again
      }
    });
  }
}
