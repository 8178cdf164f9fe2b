import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ConnectionError,
  IdempotencyConflictError,
  InternalServerError,
  RateLimitError,
  type RetryEvent,
  TimeoutError,
} from '../../src/index.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

describe('retries', () => {
  test('a connection closed after the server committed still succeeds once: the retry is replayed', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'drop-after-action' });
    const result = await client.classes.create(classBody()).withResponse();
    assert.equal(result.replayed, true);
    assert.equal(result.attempts, 2);
    assert.equal(result.data.name, 'Morning Flow');
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  for (const status of [500, 502, 503, 504] as const) {
    test(`${status} is retried with the same key`, async (t) => {
      const mock = await startMock(t);
      const client = clientFor(mock);
      mock.inject({ type: 'status', status });
      const result = await client.classes.create(classBody()).withResponse();
      assert.equal(result.attempts, 2);
      assert.equal(mock.requests[0]?.idempotencyKey, mock.requests[1]?.idempotencyKey);
      assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    });
  }

  test('429 is retried', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'rate-limit', retryAfter: 0 });
    const result = await client.classes.create(classBody()).withResponse();
    assert.equal(result.attempts, 2);
  });

  test('a proxy HTML 502 page is retried, and reported as InternalServerError when retries run out', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { maxRetries: 1 });
    mock.inject({ type: 'status', status: 502, html: true }, { times: 2 });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof InternalServerError);
    assert.equal(error.status, 502);
    assert.equal(error.problem, undefined);
    assert.equal(error.attempts, 2);
    assert.match(error.message, /^POST http:\/\/127\.0\.0\.1:\d+\/v1\/classes failed with 502/);
    assert.match(error.body, /<html/i);
  });

  test('retries stop after maxRetries, with the last error', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'status', status: 500 }, { times: 10 });
    const error = await rejection(client.classes.create(classBody(), { maxRetries: 3 }));
    assert.ok(error instanceof InternalServerError);
    assert.equal(error.attempts, 4);
    assert.equal(mock.requests.length, 4);
    assert.equal(error.outcomeUnknown, true);
  });

  test('maxRetries: 0 sends exactly one attempt', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { maxRetries: 0 });
    mock.inject({ type: 'drop-before-action' });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof ConnectionError);
    assert.equal(mock.requests.length, 1);
  });

  test('an attempt that times out is retried with the same key, and the server acts once', async (t) => {
    const mock = await startMock(t, { inProgressRetryAfter: 0 });
    const client = clientFor(mock, { timeout: 150 });
    mock.inject({ type: 'delay', ms: 400 });
    const result = await client.classes.create(classBody()).withResponse();
    assert.equal(result.replayed, true);
    assert.ok(result.attempts >= 2);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    assert.equal(new Set(mock.requests.map((r) => r.idempotencyKey)).size, 1);
  });

  test('a timeout with no retries left is a TimeoutError whose outcome is unknown', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { timeout: 100, maxRetries: 0 });
    mock.inject({ type: 'delay', ms: 300 });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeout, 100);
    assert.equal(error.outcomeUnknown, true);
    assert.match(error.message, /timed out after 100 ms/);
  });

  test('a request still in progress is waited for beyond maxRetries, then its result replayed', async (t) => {
    const mock = await startMock(t, { inProgressRetryAfter: 0 });
    const client = clientFor(mock, { maxRetries: 1 });
    const held = mock.hold({ operationId: 'managementCreateClass' });
    const idempotencyKey = 'in-progress-key';
    const first = client.classes.create(classBody(), { idempotencyKey }).withResponse();
    await held.arrived;
    const reasons: string[] = [];
    const second = client.classes
      .create(classBody(), { idempotencyKey, onRetry: (e) => reasons.push(e.reason) })
      .withResponse();
    // Polls back off from 250 ms (250, 500, 1000 ms): by 900 ms two have been answered "in progress".
    await new Promise((resolve) => setTimeout(resolve, 900));
    held.release();
    const [a, b] = await Promise.all([first, second]);
    assert.equal(a.replayed, false);
    assert.equal(b.replayed, true);
    assert.deepEqual(b.data, a.data);
    assert.ok(reasons.length > 1, `only ${reasons.length} polls`);
    assert.ok(reasons.every((r) => r === 'in-progress'));
    assert.equal(mock.effects.byKey(idempotencyKey), 1);
  });

  test('a request in progress met after the retries are used up is still waited for', async (t) => {
    const mock = await startMock(t, { inProgressRetryAfter: 0 });
    const client = clientFor(mock, { maxRetries: 1, timeout: 150 });
    mock.inject({ type: 'delay', ms: 600 });
    const result = await client.classes.create(classBody()).withResponse();
    assert.equal(result.replayed, true);
    assert.ok(result.attempts >= 3, `${result.attempts} attempts`);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('waiting for a request in progress ends after inProgressTimeout with IdempotencyConflictError', async (t) => {
    const mock = await startMock(t, { inProgressRetryAfter: 0 });
    const client = clientFor(mock, { inProgressTimeout: 300 });
    const held = mock.hold();
    const idempotencyKey = 'stuck-key';
    const first = client.classes.create(classBody(), { idempotencyKey });
    await held.arrived;
    const error = await rejection(client.classes.create(classBody(), { idempotencyKey }));
    held.release();
    await first;
    assert.ok(error instanceof IdempotencyConflictError);
    assert.equal(error.reason, 'in-progress');
    assert.equal(error.idempotencyKey, idempotencyKey);
    assert.equal(error.outcomeUnknown, true);
  });

  test('the retry hook is told the attempt, the delay and why, the error and the key', async (t) => {
    const mock = await startMock(t);
    const events: RetryEvent[] = [];
    const client = clientFor(mock, { onRetry: (event) => events.push(event) });
    mock.inject({ type: 'status', status: 503 });
    mock.inject({ type: 'rate-limit', retryAfter: 0 });
    const { idempotencyKey } = await client.classes.create(classBody()).withResponse();
    assert.deepEqual(
      events.map((e) => [e.attempt, e.reason, e.error.name, e.idempotencyKey, e.method]),
      [
        [1, 'backoff', 'InternalServerError', idempotencyKey, 'POST'],
        [2, 'retry-after', 'RateLimitError', idempotencyKey, 'POST'],
      ],
    );
    assert.ok(
      (events[0]?.delayMs ?? -1) >= 5 && (events[0]?.delayMs ?? 99) <= 40,
      String(events[0]?.delayMs),
    );
    assert.equal(events[1]?.delayMs, 0);
  });
});

describe('Retry-After', () => {
  test('in seconds: the next attempt is sent after it, and not much after', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'rate-limit', retryAfter: 1 });
    await client.classes.create(classBody());
    const [first, second] = mock.requests;
    const gap = (second?.time ?? 0) - (first?.time ?? 0);
    assert.ok(gap >= 1000 && gap < 1300, `gap ${gap} ms`);
  });

  test('as an HTTP date: the next attempt is sent at that time', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'rate-limit', retryAfter: 'http-date' });
    await client.classes.create(classBody());
    const [first, second] = mock.requests;
    const gap = (second?.time ?? 0) - (first?.time ?? 0);
    // An HTTP date has whole seconds, so the wait is between 0 and 2 s after the 429.
    assert.ok(gap <= 2300, `gap ${gap} ms`);
    assert.equal(mock.requests.length, 2);
  });

  test('on 503 it is honoured too', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'status', status: 503, retryAfter: 1 });
    await client.classes.create(classBody());
    const gap = (mock.requests[1]?.time ?? 0) - (mock.requests[0]?.time ?? 0);
    assert.ok(gap >= 1000 && gap < 1300, `gap ${gap} ms`);
  });

  test('beyond maxRetryAfter ends retrying with the error instead of sleeping', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { maxRetryAfter: 2000 });
    mock.inject({ type: 'rate-limit', retryAfter: 120 });
    const started = Date.now();
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfterMs, 120_000);
    assert.equal(error.attempts, 1);
    assert.ok(Date.now() - started < 1000);
  });
});
