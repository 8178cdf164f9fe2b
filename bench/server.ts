/**
 * The bench's own loopback server, run in a child process so that the bench process's CPU time is the
 * clients' alone. It answers `POST /v1/classes` (201) and `GET /v1/classes/{id}` (200) with a fixed Class, with
 * keep-alive, and does nothing else. It prints `{"port":N}` on stdout once it listens, and exits when its
 * stdin closes (so it never outlives the bench).
 */
import { createServer } from 'node:http';
import { CLASS_JSON } from './fixtures.ts';

const body = Buffer.from(CLASS_JSON);
const headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
const notFound = Buffer.from('{"status":404}');

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const url = req.url ?? '';
  if (req.method === 'POST' && url === '/v1/classes') {
    // Read the request body to its end before answering, as a real server would.
    req.resume();
    req.on('end', () => {
      res.writeHead(201, headers);
      res.end(body);
    });
    return;
  }
  if (req.method === 'GET' && url.startsWith('/v1/classes/')) {
    res.writeHead(200, headers);
    res.end(body);
    return;
  }
  req.resume();
  res.writeHead(404, { 'content-type': 'application/problem+json' });
  res.end(notFound);
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});

process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
