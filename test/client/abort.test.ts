import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RequestAbortedError } from '../../src/index.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

describe('abort', () => {
  test('aborting during an attempt stops it at once, and it is never retried', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { timeout: 10_000 });
    const held = mock.hold();
    const controller = new AbortController();
    const call = client.classes.create(classBody(), { signal: controller.signal });
    await held.arrived;
    const started = Date.now();
    controller.abort(new Error('user pressed cancel'));
    const error = await rejection(call);
    held.release();
    assert.ok(error instanceof RequestAbortedError);
    assert.ok(Date.now() - started < 200);
    assert.equal(error.attempts, 1);
    assert.equal(error.outcomeUnknown, true, 'the request was sent: it may have been performed');
    assert.equal((error.cause as Error).message, 'user pressed cancel');
    assert.equal(mock.requests.length, 1);
  });

  test('aborting during the wait between attempts stops the wait at once', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'status', status: 503, retryAfter: 30 });
    const controller = new AbortController();
    const call = client.classes.create(classBody(), {
      signal: controller.signal,
      onRetry: () => setTimeout(() => controller.abort(), 50),
    });
    const started = Date.now();
    const error = await rejection(call);
    assert.ok(error instanceof RequestAbortedError);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
    assert.equal(error.attempts, 1);
    assert.equal(error.outcomeUnknown, false, 'a 503 says the action was not performed');
    assert.equal(mock.requests.length, 1);
  });

  test('an already aborted signal sends nothing', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const error = await rejection(client.classes.list({}, { signal: AbortSignal.abort() }));
    assert.ok(error instanceof RequestAbortedError);
    assert.equal(error.attempts, 0);
    assert.equal(mock.requests.length, 0);
  });

  test('a client-wide signal aborts its calls', async (t) => {
    const mock = await startMock(t);
    const controller = new AbortController();
    const client = clientFor(mock, { signal: controller.signal });
    controller.abort();
    assert.ok((await rejection(client.classes.list())) instanceof RequestAbortedError);
  });
});
