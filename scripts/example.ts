/**
 * Runs the retry-button example: the mock Management API on :4010 (CORS on) and the page on :8080.
 * Usage: npm run example   (then open http://127.0.0.1:8080/?retries=0 and press Create with the mock's faults)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { bundleExample } from '../examples/retry-button/build.ts';
import { createMockServer } from '../src/testing/index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const script = await bundleExample();
const html = readFileSync(`${root}examples/retry-button/index.html`, 'utf8');
// One request in three is dropped after the server committed it: the case the Retry button is for.
const mock = await createMockServer({ port: 4010, faultRate: 0.33, randomFaults: ['drop-after-action'] });
createServer((req, res) => {
  const isScript = req.url?.startsWith('/app.js');
  res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(isScript ? script : html);
}).listen(8080, '127.0.0.1', () => {
  console.log(`Mock Management API: ${mock.url} (token test-token, 1 in 3 creates dropped after commit)`);
  console.log('Example page: http://127.0.0.1:8080/?retries=0');
});
