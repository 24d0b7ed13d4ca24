// Preloaded (`node --require`) into a CLI run whose peak memory a test measures: on exit, the process's peak resident
// set size in kB (worker threads included; git children not) goes to stderr, as `max-rss: <kB>`.
//
// On Linux it is VmHWM of /proc/self/status, the peak of this process's own memory: getrusage's ru_maxrss (what
// process.resourceUsage() and /usr/bin/time report) starts from the parent's RSS at fork, since exec records the
// forked copy's peak, and a test process holding a large repository's input would be measured instead.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  let kB = process.resourceUsage().maxRSS;
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kB = Number(hwm[1]);
  } catch {
    // not Linux: ru_maxrss it is
  }
  process.stderr.write(`\nmax-rss: ${kB}\n`);
});
