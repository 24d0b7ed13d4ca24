#!/usr/bin/env node
// The floor of a history scan: `node bench/history-floor.mjs [REPO]` (default: the current directory).
//
// Reads every blob reachable from any ref exactly once and runs one regex over its text, the least work that any
// scanner of a whole history written in Node has to do. It prints one JSON line: the unique blobs and bytes it read,
// the regex's matches, and where the time went. `npm run bench -- --only history` times it next to
// `leakwarden history`.
//
// How the blobs are listed: `git rev-list --all --objects --filter=object:type=blob`. rev-list walks every commit
// once and every tree once (trees already seen are skipped), and prints each object once, so there is nothing left to
// dedupe; the filter keeps trees out of the output. On bench/.work/eslint (11.6k commits) it takes ~0.28 s, against
// ~0.50 s for `git log --all --raw -z --no-abbrev -c --root --format=` (a tree diff per commit, each blob printed
// once per commit that touches it, deduped afterwards). Some commits are still printed, with no path after the id,
// and are not passed on; annotated tags are printed with their name, passed on, and skipped by their type in
// cat-file's header (`others` in the output). A blob named directly by a tag has no path and is not read: no scanner
// of commits sees it.
//
// How they are read: ONE `git cat-file --batch --buffer` process, fed the ids as rev-list prints them (the two run
// side by side), its output parsed as a stream of `<oid> <type> <size>\n<content>\n`.
//
// The regex: the keyword part of a typical secret rule, case-insensitive, over the blob decoded as UTF-8 (as a
// scanner decodes text). Binary blobs are not skipped: deciding which are binary is the scanner's work, not the floor's.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const REGEX = /(?:password|passwd|secret|token|api[_-]?key)["']?\s*[:=]/gi;

const cwd = resolve(process.argv[2] ?? '.');
const t0 = performance.now();
const gitEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };

const catFile = spawn('git', ['cat-file', '--batch', '--buffer'], { cwd, env: gitEnv, stdio: ['pipe', 'pipe', 'inherit'] });
const revList = spawn('git', ['rev-list', '--all', '--objects', '--filter=object:type=blob'], { cwd, env: gitEnv, stdio: ['ignore', 'pipe', 'inherit'] });
const exited = (child, name) =>
  new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? ok() : fail(new Error(`${name} exited ${code ?? signal}`))));
  });

// ---- list: rev-list lines `<oid> <path>` (blobs) or `<oid>` (commits) -> cat-file's stdin ---------------------------
let listed = 0, listMs = 0;
const listing = (async () => {
  let rest = '';
  let pending = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const ok = catFile.stdin.write(pending.join(''));
    pending = [];
    if (!ok) await new Promise((r) => catFile.stdin.once('drain', r));
  };
  for await (const chunk of revList.stdout.setEncoding('latin1')) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; start = nl + 1, nl = text.indexOf('\n', start)) {
      const sp = text.indexOf(' ', start);
      if (sp === -1 || sp > nl) continue; // a commit
      pending.push(text.slice(start, sp) + '\n');
      listed++;
    }
    rest = text.slice(start);
    await flush();
  }
  await flush();
  catFile.stdin.end();
  listMs = performance.now() - t0;
})();

// ---- read: parse cat-file's stream, one regex over each blob -------------------------------------------------------
let blobs = 0, bytes = 0, matches = 0, missing = 0, largest = 0, others = 0;
let isBlob = false; // the type of the object being read
const scan = (buf) => {
  if (!isBlob) {
    others++;
    return;
  }
  blobs++;
  bytes += buf.length;
  if (buf.length > largest) largest = buf.length;
  const text = buf.toString('utf8');
  REGEX.lastIndex = 0;
  while (REGEX.exec(text) !== null) matches++;
};
const reading = (async () => {
  let head = null; // bytes of an incomplete header line
  let body = null, bodyParts = [], need = 0; // the blob being assembled, `need` bytes still to come (+1 for its \n)
  for await (let chunk of catFile.stdout) {
    while (chunk.length > 0) {
      if (need > 0) {
        const take = Math.min(need, chunk.length);
        bodyParts.push(chunk.subarray(0, take));
        chunk = chunk.subarray(take);
        need -= take;
        if (need === 0) {
          body = bodyParts.length === 1 ? bodyParts[0] : Buffer.concat(bodyParts);
          scan(body.subarray(0, body.length - 1));
          bodyParts = [];
          body = null;
        }
        continue;
      }
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        head = head ? Buffer.concat([head, chunk]) : chunk;
        break;
      }
      const line = (head ? Buffer.concat([head, chunk.subarray(0, nl)]) : chunk.subarray(0, nl)).toString('latin1');
      head = null;
      chunk = chunk.subarray(nl + 1);
      const [, type, size] = line.split(' ');
      if (type === 'missing' || size === undefined) {
        missing++;
        continue;
      }
      isBlob = type === 'blob';
      need = Number(size) + 1;
      // A whole blob inside this chunk: no copy.
      if (chunk.length >= need) {
        scan(chunk.subarray(0, need - 1));
        chunk = chunk.subarray(need);
        need = 0;
      }
    }
  }
})();

await Promise.all([listing, reading, exited(revList, 'git rev-list'), exited(catFile, 'git cat-file')]);
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    blobs,
    bytes,
    matches,
    missing,
    others,
    largest,
    listed,
    listMs: Math.round(listMs),
    ms: Math.round(ms),
    mbPerS: Number((bytes / 1e6 / (ms / 1000)).toFixed(1)),
    maxRssKB: Math.round(process.resourceUsage().maxRSS),
  }) + '\n',
);
