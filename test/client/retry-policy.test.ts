import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiError,
  ConnectionError,
  InvalidResponseError,
  RequestAbortedError,
  TimeoutError,
} from '../../src/index.ts';
import { resolveClientOptions } from '../../src/options.ts';
import { decideRetry } from '../../src/retry/policy.ts';

const options = resolveClientOptions({ baseUrl: 'https://api.studio.example', accessToken: 't' });
const fresh = () => ({ countedRetries: 0, inProgressSince: undefined });
const apiError = (status: number, headers: Record<string, string> = {}, body = '') =>
  ApiError.from({ response: new Response(body || null, { status, headers }), body, idempotencyKey: 'k1' });

describe('the retry policy', () => {
  const retried = [408, 429, 500, 502, 503, 504];
  const notRetried = [400, 401, 403, 404, 405, 410, 412, 422];
  for (const status of retried) {
    test(`retries ${status}`, () =>
      assert.equal(decideRetry(apiError(status), fresh(), options).retry, true));
  }
  for (const status of notRetried) {
    test(`does not retry ${status}`, () =>
      assert.equal(decideRetry(apiError(status), fresh(), options).retry, false));
  }

  test('retries connection failures and timeouts with backoff', () => {
    assert.deepEqual(decideRetry(new ConnectionError('reset'), fresh(), options), {
      retry: true,
      reason: 'backoff',
      counts: true,
    });
    assert.deepEqual(decideRetry(new TimeoutError('slow', 10), fresh(), options), {
      retry: true,
      reason: 'backoff',
      counts: true,
    });
  });

  test('never retries an abort or a 2xx with a bad body', () => {
    assert.equal(decideRetry(new RequestAbortedError('stop'), fresh(), options).retry, false);
    const bad = new InvalidResponseError('bad', new Response('x', { status: 200 }), 'x');
    assert.equal(decideRetry(bad, fresh(), options).retry, false);
  });

  test('obeys Retry-After exactly, and refuses one beyond maxRetryAfter', () => {
    assert.deepEqual(decideRetry(apiError(429, { 'retry-after': '3' }), fresh(), options), {
      retry: true,
      reason: 'retry-after',
      waitMs: 3000,
      counts: true,
    });
    assert.equal(decideRetry(apiError(503, { 'retry-after': '61' }), fresh(), options).retry, false);
  });

  test('waits for a request in progress without counting it, until inProgressTimeout', () => {
    const inProgress = apiError(409, { 'retry-after': '2' });
    assert.deepEqual(decideRetry(inProgress, { countedRetries: 2, inProgressSince: undefined }, options, 0), {
      retry: true,
      reason: 'in-progress',
      waitMs: 2000,
      counts: false,
    });
    assert.equal(
      decideRetry(inProgress, { countedRetries: 0, inProgressSince: 0 }, options, 59_000).retry,
      false,
    );
  });

  test('a 409 to a request with a key: in progress when untyped or with Retry-After, else key-reused; without a key, not retried', () => {
    const typed = (type: string) => JSON.stringify({ type, status: 409 });
    const conflict = (body: string, headers: Record<string, string> = {}, keyed = true) =>
      ApiError.from({
        response: new Response(body || null, { status: 409, headers }),
        body,
        idempotencyKey: keyed ? 'k1' : undefined,
      });
    assert.equal(decideRetry(conflict(''), fresh(), options).retry, true);
    assert.equal(decideRetry(conflict('<html>409</html>'), fresh(), options).retry, true);
    assert.equal(decideRetry(conflict(typed('about:blank')), fresh(), options).retry, true);
    assert.equal(
      decideRetry(conflict(typed('https://x.test/p/idempotency-request-in-progress')), fresh(), options)
        .retry,
      true,
    );
    assert.equal(
      decideRetry(conflict(typed('https://x.test/p/other'), { 'retry-after': '0' }), fresh(), options).retry,
      true,
    );
    assert.equal(decideRetry(conflict(typed('https://x.test/p/other')), fresh(), options).retry, false);
    assert.equal(
      decideRetry(conflict(typed('https://x.test/p/idempotency-key-reused')), fresh(), options).retry,
      false,
    );
    assert.equal(decideRetry(conflict('', {}, false), fresh(), options).retry, false);
  });

  test('polls back off from 250 ms to the 1 s poll, even when the server says 0', () => {
    const now = Date.UTC(2026, 0, 1);
    const inProgress = apiError(409, { 'retry-after': '0' });
    const waits = [0, 1, 2, 3, 4].map((polls) => {
      const decision = decideRetry(
        inProgress,
        { countedRetries: 0, inProgressSince: now, polls },
        options,
        now,
      );
      return decision.retry ? decision.waitMs : undefined;
    });
    assert.deepEqual(waits, [250, 500, 1000, 1000, 1000]);
  });

  test('stops once maxRetries retries were made, and at once with maxRetries: 0', () => {
    assert.equal(
      decideRetry(apiError(500), { countedRetries: 2, inProgressSince: undefined }, options).retry,
      false,
    );
    const none = { ...options, maxRetries: 0 };
    assert.equal(decideRetry(apiError(409, { 'retry-after': '1' }), fresh(), none).retry, false);
  });
});
