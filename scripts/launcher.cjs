#!/usr/bin/env node
'use strict';
// leakwarden's entry point (written by scripts/build.mjs; edit the template in scripts/launcher.cjs).
//
// It runs the bundle (leakwarden.cjs) from V8's code cache, made at build time by running a pre-commit scan: the
// cache holds the bundle already parsed and compiled, which saves a pre-commit hook ~4 ms of its ~50. The cache's
// name carries the bundle's hash, so a cache never meets another bundle; a node whose V8 rejects it still runs the
// bundle (compiled as usual), and without a cache, or without vm's default dynamic-import loader (needed for the
// bundle's lazy imports), the bundle is simply required.
const fs = require('node:fs');
const path = require('node:path');
const bundle = path.join(__dirname, 'leakwarden.cjs');
const cacheFile = path.join(__dirname, 'leakwarden-__BUNDLE_HASH__.cache');
const writing = process.env.LEAKWARDEN_WRITE_CODE_CACHE === '1';

let cachedData;
if (!writing) {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // no cache: the ordinary require below
  }
}
if (cachedData || writing) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  if (process.env.LEAKWARDEN_REPORT_CODE_CACHE === '1') {
    process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'none'}\n`);
  }
  const module = { exports: {}, id: bundle, filename: bundle, loaded: false };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, __dirname);
  if (writing) process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
} else {
  require(bundle);
}
