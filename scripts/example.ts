/**
 * Runs the retry-button example: the mock Management API on :4010 (CORS on) and both versions of the page on
 * :8080, the plain one at / and the React one at /react.html (one origin: they share saved keys and locks).
 * Usage: npm run example   (then open a printed URL; `&window=5000` makes unconfirmed actions expire in 5 s;
 * `&store=local` keeps the keys in localStorage instead of IndexedDB)
 */
import { serveExample } from '../examples/retry-button/serve.ts';
import { createMockServer } from '../src/testing/index.ts';

// One request in three is dropped after the server committed it: the case the Retry button is for.
const mock = await createMockServer({ port: 4010, faultRate: 0.33, randomFaults: ['drop-after-action'] });
const site = await serveExample(8080);
const query = '?retries=0'; // the page's default api is this mock
console.log(`Mock Management API: ${mock.url} (token test-token, 1 in 3 creates dropped after commit)`);
console.log(`Example page (plain): ${site.url}${site.pages.plain}${query}`);
console.log(`Example page (React): ${site.url}${site.pages.react}${query}`);
