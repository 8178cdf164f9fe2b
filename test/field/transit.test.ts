/**
 * A failure after the request was handed to fetch is a failure in transit unless the platform's own fetch
 * proves it never left. A fetch of the app's own, which may send and then fail on a resend of its own, proves
 * nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConnectionError, ManagementClient } from '../../src/index.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { DEFAULT_TOKEN, startMock } from '../helpers/mock.ts';

test('a custom fetch that sent the write, then failed with a "refused" cause: the outcome is unknown, the retry replays', async (t) => {
  const mock = await startMock(t);
  let calls = 0;
  const client = new ManagementClient({
    baseUrl: mock.url,
    accessToken: DEFAULT_TOKEN,
    minRetryDelay: 5,
    maxRetryDelay: 20,
    maxRetries: 0,
    // A wrapper with a retry of its own: the first send commits, its resend meets a closed port.
    fetch: async (input, init) => {
      calls++;
      await (await fetch(input, init)).arrayBuffer();
      const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
      throw new TypeError('fetch failed', { cause: refused });
    },
  });
  const error = await rejection(client.classes.create(classBody()));
  assert.ok(error instanceof ConnectionError);
  assert.equal(error.outcomeUnknown, true, 'a refusal seen through a custom fetch proves nothing');
  assert.equal(calls, 1);
  assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  // The app retries with the key the error carries: the server replays, nothing happens twice.
  const retried = await new ManagementClient({ baseUrl: mock.url, accessToken: DEFAULT_TOKEN }).classes
    .create(classBody(), { idempotencyKey: error.idempotencyKey })
    .withResponse();
  assert.equal(retried.replayed, true);
  assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
});

test('the platform fetch meeting a closed port proves the request never left: the outcome is known', async (t) => {
  const mock = await startMock(t);
  const url = mock.url;
  await mock.close();
  const client = new ManagementClient({ baseUrl: url, accessToken: DEFAULT_TOKEN, maxRetries: 0 });
  const error = await rejection(client.classes.create(classBody()));
  assert.ok(error instanceof ConnectionError);
  assert.equal(error.outcomeUnknown, false);
});

for (const [label, value] of [
  ['undefined', undefined],
  ['null', null],
  ['a number', 201],
] as const) {
  test(`a fetch that resolves to ${label} is our error, not retried, its outcome unknown`, async (t) => {
    const mock = await startMock(t);
    let calls = 0;
    const client = new ManagementClient({
      baseUrl: mock.url,
      accessToken: DEFAULT_TOKEN,
      minRetryDelay: 5,
      fetch: (async () => {
        calls++;
        return value;
      }) as unknown as typeof fetch,
    });
    const error = await rejection(client.classes.create(classBody()));
    assert.equal((error as Error).name, 'ManagementError');
    assert.match((error as Error).message, /not a Response/);
    assert.equal((error as ConnectionError).outcomeUnknown, true);
    assert.equal(calls, 1, 'not retried');
  });
}

test('an abort reason without a string form still ends the call with a RequestAbortedError', async (t) => {
  const mock = await startMock(t);
  const controller = new AbortController();
  controller.abort(Object.create(null));
  const client = new ManagementClient({ baseUrl: mock.url, accessToken: DEFAULT_TOKEN });
  const error = await rejection(client.classes.create(classBody(), { signal: controller.signal }));
  assert.equal((error as Error).name, 'RequestAbortedError');
});

test('a runtime without fetch (an old test environment) fails before sending, never as a network failure', async (t) => {
  const mock = await startMock(t);
  const client = new ManagementClient({ baseUrl: mock.url, accessToken: DEFAULT_TOKEN, maxRetries: 2 });
  const { fetch: platform } = globalThis;
  // The one place a global is changed: a runtime without fetch cannot be had otherwise in Node.
  (globalThis as { fetch?: unknown }).fetch = undefined;
  let error: unknown;
  try {
    error = await rejection(client.classes.create(classBody()));
  } finally {
    globalThis.fetch = platform;
  }
  assert.ok(error instanceof Error);
  assert.ok(!(error instanceof ConnectionError), `got ${error.name}: ${error.message}`);
  assert.match(error.message, /fetch is undefined, not a function/);
  assert.equal((error as ConnectionError).outcomeUnknown, false);
  assert.equal(mock.requests.length, 0);
});
