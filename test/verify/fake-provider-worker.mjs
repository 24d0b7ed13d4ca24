// The loopback HTTP server of test/verify/fake-provider.ts, in a worker thread: the tests run the CLI with
// spawnSync, which blocks the test's own thread, so a server there could not answer the CLI it is waiting for.
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

let replies = workerData.replies;
const requests = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  requests.push({ method: req.method ?? '', path: url.pathname, query: url.search, authorization: req.headers.authorization ?? null, userAgent: req.headers['user-agent'] ?? null });
  // `<path> <authorization>` answers one credential; `<path>` any; `*` any path.
  const reply = replies[`${url.pathname} ${req.headers.authorization}`] ?? replies[url.pathname] ?? replies['*'] ?? { status: 404, body: { error: 'no such route' } };
  // Never answered: the client's time limit is what ends the request.
  if (reply.hang) return;
  res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ kind: 'listening', port: server.address().port }));
parentPort.on('message', (message) => {
  if (message.kind === 'requests') parentPort.postMessage({ kind: 'requests', requests: [...requests] });
  if (message.kind === 'reset') {
    requests.length = 0;
    if (message.replies) replies = message.replies;
    parentPort.postMessage({ kind: 'reset' });
  }
  if (message.kind === 'stop') {
    server.closeAllConnections();
    server.close(() => parentPort.postMessage({ kind: 'stopped' }));
  }
});
