import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundleExample } from '../../examples/retry-button/build.ts';
import { createMockServer } from '../../src/testing/index.ts';
import { chromiumPath, launchChromium, missingChromium } from '../helpers/browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const found = existsSync(chromiumPath);
const skip = process.env.NODE_LINE ? 'the browser test runs once, on the project Node line' : missingChromium;

test('retry button: a failed create, a reload, a replayed retry, a double click sending one request, an edited draft refused until started over', {
  skip,
}, async (t) => {
  assert.ok(found, `Chromium is required in CI: none at ${chromiumPath}`);
  const mock = await createMockServer({ seedData: false });
  t.after(() => mock.close());
  const script = await bundleExample();
  const html = readFileSync(`${root}examples/retry-button/index.html`, 'utf8');
  const site = createServer((req, res) => {
    const isScript = req.url?.startsWith('/app.js');
    res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(isScript ? script : html);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => site.close(resolve)));
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => process.env.DEBUG_BROWSER && console.log('page:', message.text()));
  page.setDefaultTimeout(10_000);
  const { port } = site.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/?api=${encodeURIComponent(mock.url)}&retries=0`);
  const creates = () => mock.requests.filter((r) => r.method === 'POST').length;

  // 1. The server commits the first create, then the connection drops; with no retries the page shows it.
  // Chromium itself resends a request once when a reused keep-alive connection drops before any response
  // (the same bytes, so the same key: the replay is dropped too here). Unused drops are cleared after.
  mock.inject({ type: 'drop-after-action' }, { times: 2 });
  await page.fill('#name', 'Morning Flow');
  await page.click('#create');
  await page.waitForSelector('#status[data-state="unknown"]').catch(async (error) => {
    throw new Error(
      `${error.message}\nstatus: ${await page.textContent('#status')}\nerrors: ${errors.join('; ')}`,
    );
  });
  assert.equal(await page.isVisible('#retry'), true);
  assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  mock.clearFaults();

  // 2. A reload keeps the unfinished action and offers Retry.
  await page.reload();
  await page.waitForSelector('#retry:not([hidden])');

  // 3. Retry sends the same key: the server replays, and there is still one class.
  await page.click('#retry');
  await page.waitForSelector('#status[data-state="success"]');
  assert.equal(await page.getAttribute('#status', 'data-replayed'), 'true');
  assert.match((await page.textContent('#status')) ?? '', /replayed/);
  assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  const keys = mock.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
  assert.equal(new Set(keys).size, 1, `one key for the whole action: ${keys.join(', ')}`);
  mkdirSync(`${root}artifacts`, { recursive: true });
  await page.screenshot({ path: `${root}artifacts/retry-button-replayed.png`, fullPage: true });

  // 4. A double click on Create (a slow server, so both clicks land while the first is in flight): one request.
  const before = creates();
  mock.inject({ type: 'delay', ms: 300 });
  await page.fill('#name', 'Evening Yin');
  await page.dblclick('#create');
  await page.waitForSelector('#status[data-state="success"]');
  assert.equal(creates() - before, 1, 'the server saw one request');
  assert.equal(mock.effects.byOperation('managementCreateClass'), 2);

  await page.screenshot({ path: `${root}artifacts/retry-button.png`, fullPage: true });

  // 5. A failed create whose draft is then edited: the saved key is refused for the changed request (nothing
  //    sent), until the user deliberately starts over.
  mock.inject({ type: 'drop-after-action' }, { times: 2 });
  await page.fill('#name', 'Lunch Pilates');
  await page.click('#create');
  await page.waitForSelector('#status[data-state="unknown"]');
  mock.clearFaults();
  const sent = creates();
  await page.fill('#name', 'Lunch Pilates (edited)');
  await page.click('#create');
  await page.waitForSelector('#start-over:not([hidden])');
  assert.equal(creates(), sent, 'the edited request was refused before sending');
  await page.click('#start-over');
  await page.waitForSelector('#status[data-state="success"]');
  assert.equal(
    mock.effects.byOperation('managementCreateClass'),
    4,
    'the first attempt and the deliberate new class',
  );
  assert.deepEqual(errors, []);
});
