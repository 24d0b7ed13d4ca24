#!/usr/bin/env node
'use strict';
// leakwarden's entry point (written by scripts/build.mjs; edit the template in scripts/launcher.cjs).
//
// It runs the bundle (leakwarden.cjs) from V8's code cache: the bundle already parsed and compiled, which saves a
// pre-commit hook a few milliseconds of its ~50. The cache belongs to one bundle and one node (V8 rejects another's),
// so it is not shipped: the first run on a machine writes it, into the user's cache directory
// (LEAKWARDEN_CACHE_DIR, else $XDG_CACHE_HOME/leakwarden, else ~/.cache/leakwarden), after its work is done, and
// later runs read it. A cache that cannot be read or written costs only speed; LEAKWARDEN_CACHE_DIR=off turns it off.
//
// On Node >= 22 what the bundle loads later (its parts, dist/leakwarden-*.cjs, and yargs, smol-toml, re2js) comes
// from Node's own compile cache (module.enableCompileCache), in the same directory. The bundle itself keeps this
// cache on every version: written at exit, it holds every function the run compiled, where Node's holds what was
// compiled before the module ran (a pre-commit run on Node 24 measured 143 ms of CPU with this one, 154 with Node's,
// on a loaded machine).
//
// For a pre-commit hook (`staged`) it first starts the hook's git diff, so that git runs while node reads and
// compiles the bundle, which adopts the running process (src/sources/staged-launch.ts and git-spawn.ts, built in
// below by scripts/build.mjs: git's argv and safety settings, defined once for the launcher and the bundle).
if (process.argv[2] === 'staged') (() => {
var r=require("node:child_process"),n=require("node:os"),l=["--no-pager","-c","core.fsmonitor=false","-c","core.quotePath=false","-c","core.pager=cat","-c","color.ui=false","-c","diff.relative=false","-c","log.showSignature=false","-c","i18n.logOutputEncoding=UTF-8","-c","diff.submodule=short","-c","submodule.recurse=false","-c","status.submoduleSummary=false","-c","credential.helper=","-c","advice.graftFileDeprecated=false","-c","protocol.allow=never"],a={GIT_NO_REPLACE_OBJECTS:"1",GIT_GRAFT_FILE:n.devNull,GIT_NO_LAZY_FETCH:"1",GIT_EXTERNAL_DIFF:void 0,GIT_PAGER:"cat",GIT_TERMINAL_PROMPT:"0"},f="https:http:ssh:git:file";function u(t){return[...l,...t]}function i(t,e){return(0,r.spawn)("git",u(t),{cwd:e.cwd,stdio:[e.stdin===!0?"pipe":"ignore","pipe","pipe"],windowsHide:!0,env:{...process.env,...a,GIT_ALLOW_PROTOCOL:e.network===!0?f:"",...e.env}})}var o=4<<20;var d=["diff","--cached","--no-color","--no-ext-diff","--no-textconv","-M","--diff-filter=ACMRT","--src-prefix=a/","--dst-prefix=b/"],c=`-U${2**31-1}`;function h(){return["-c",`core.bigFileThreshold=${o}`,...d,"--raw","-z","--no-abbrev","-p","--full-index",c]}var p=Symbol.for("leakwarden.launchedStagedDiff");function s(){if(process.argv[2]==="staged")try{let t=process.cwd(),e=i(h(),{cwd:t});e.on("error",()=>{}),globalThis[p]={cwd:t,child:e}}catch{}}s();
})();
const fs = require('node:fs');
const path = require('node:path');
const bundle = path.join(__dirname, 'leakwarden.cjs');

function cacheDir() {
  const env = process.env;
  if (env.LEAKWARDEN_CACHE_DIR === 'off') return null;
  if (env.LEAKWARDEN_CACHE_DIR) return env.LEAKWARDEN_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : null) || path.join(require('node:os').homedir(), '.cache');
  return path.join(base, 'leakwarden');
}

// One cache per command: a cache holds what the run that wrote it compiled, and a pre-commit hook's run from a cache
// that `install` or `--version` wrote would compile its whole scan on every commit (5% more instructions for the
// bench's 20 staged files than from its own cache). Other arguments share one.
const COMMANDS = ["dir","staged","stdin","history","rules","install","uninstall","pre-push","ignore","baseline","audit"];
const command = COMMANDS.includes(process.argv[2]) ? process.argv[2] : 'other';

// A history scan (and an audit's) runs the same few functions over millions of lines for a second or more, and V8
// spends as much CPU optimizing them again and again, on threads of its own, as git spends reading the blobs: some
// 500 ms of a 1 s scan of the generated 3,000-commit history, on a machine of 2 cores where git needs the second.
// Without inlining, and optimizing a function after twice the default work, it spends a third of that for a little
// more on the main thread (bench machine, medians: the 3,000-commit history 1.09 -> 0.95 s, 1,630 -> 1,380 ms of
// CPU; express 1.31 -> 1.07 s; eslint 5.97 -> 5.14 s). And its young generation grows four times as fast as by
// default: a scan turns every blob into a string, some 54 MB on that history, and V8 started it at 1 MB and doubled
// it only as survivors warranted, some 36 scavenges for ~45 ms; with 8 it takes 23 for ~30 ms, and the main thread's
// CPU went 660 -> 625 ms and 770 -> 680 ms in two runs of interleaved medians (wall 0.79 -> 0.755 s and 0.905 ->
// 0.81 s), peak RSS unchanged on the 30,000-commit history (171-186 MB either way). Set before the bundle is
// compiled, so that the command's code cache is written and read under the same flags. A hook or a small `dir` is
// over before any of them pays (express's `dir`: 110 ms of CPU, 130 with the growth factor).
if (command === 'history' || command === 'audit') require('node:v8').setFlagsFromString('--no-turbo-inlining --interrupt-budget=264000 --semi-space-growth-factor=8');
const dir = cacheDir();
const file = dir === null ? null : path.join(dir, `code-10e3f59dc361ebc4-${command}-${process.version}-${process.arch}.cache`);
const Module = require('node:module');
if (dir !== null && typeof Module.enableCompileCache === 'function') {
  try {
    Module.enableCompileCache(path.join(dir, 'compile'));
  } catch {
    // no compile cache: the modules load as they would without it
  }
}
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
      prune(path.dirname(file), 'code-10e3f59dc361ebc4-');
    });
  }
}

/**
 * Every release and every change to rules/ leaves its own caches (some 250 kB of code cache a command, a few kB of
 * parsed rules), and nothing else would ever remove the old ones. When it has written a code cache (the first run of
 * a release, a command or a node), the launcher removes the caches of other releases and rules that no run wrote for
 * STALE_DAYS (its own release's stay): one still in use that goes with them costs its user one uncached run, which
 * writes it back. Half-written files (a run killed while writing) go after a day. Only the names this launcher and
 * the bundle write are touched.
 */
function prune(directory, current) {
  const STALE_DAYS = 30;
  const now = Date.now();
  let names;
  try {
    names = fs.readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(current)) continue;
    const temporary = /^(?:code-.*\.cache|rules-[0-9a-f]+\.json)\.\d+\.tmp$/.test(name);
    if (!temporary && !/^(?:code-[0-9a-f]+-.*\.cache|rules-[0-9a-f]+\.json)$/.test(name)) continue;
    try {
      const target = path.join(directory, name);
      if (now - fs.statSync(target).mtimeMs > (temporary ? 1 : STALE_DAYS) * 86_400_000) fs.unlinkSync(target);
    } catch {
      // gone already, or not ours to remove
    }
  }
}
