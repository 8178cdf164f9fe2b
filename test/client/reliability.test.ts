import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, test } from 'node:test';
import {
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  ManagementError,
  NotFoundError,
  RequestAbortedError,
  RetryBudget,
  TimeoutError,
} from '../../src/index.ts';
import { clientFor, observedFetch } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

describe('the fault matrix', () => {
  for (const status of [408, 500, 502, 504] as const) {
    test(`${status} is retried with the same key and the server acts once`, async (t) => {
      const mock = await startMock(t);
      const result = await (async () => {
        mock.inject({ type: 'status', status });
        return clientFor(mock).classes.create(classBody()).withResponse();
      })();
      assert.equal(result.attempts, 2);
      assert.equal(new Set(mock.requests.map((r) => r.idempotencyKey)).size, 1);
      assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    });
  }

  test('a reset before the server acted: retried, acts once; without retries the outcome is unknown', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'drop-before-action' });
    const result = await clientFor(mock).classes.create(classBody()).withResponse();
    assert.equal(result.replayed, false);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    mock.inject({ type: 'drop-before-action' });
    const error = await rejection(clientFor(mock, { maxRetries: 0 }).classes.create(classBody()));
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.outcomeUnknown, true, 'the client cannot tell a reset before from one after');
  });

  test('a response cut mid-body is a network failure: retried, and the retry is replayed', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'cut-body' });
    const result = await clientFor(mock).classes.create(classBody()).withResponse();
    assert.equal(result.replayed, true);
    assert.equal(result.attempts, 2);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('a response cut mid-body with no retries left: ConnectionError, outcome unknown', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'cut-body' });
    const error = await rejection(clientFor(mock, { maxRetries: 0 }).classes.create(classBody()));
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.outcomeUnknown, true);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('a 2xx whose body is not JSON is an InvalidResponseError with the raw text, not retried, and the key kept', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'invalid-json' });
    const error = await rejection(clientFor(mock).classes.create(classBody()));
    assert.ok(error instanceof InvalidResponseError);
    assert.equal(error.status, 201);
    assert.ok(error.body.length > 0);
    assert.throws(() => JSON.parse(error.body));
    // The action happened but its result is lost: not a failure to show, and the same key replays the result.
    assert.equal(error.outcomeUnknown, true);
    assert.equal(mock.requests.length, 1);
    const retry = await clientFor(mock)
      .classes.create(classBody(), { idempotencyKey: error.idempotencyKey })
      .withResponse();
    assert.equal(retry.replayed, true);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('a fresh 4xx after a reset does not settle the unknown outcome: it may come from before the key check', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'drop-after-action' });
    const client = clientFor(mock);
    const created = await client.classes.create(classBody());
    mock.inject({ type: 'drop-before-action' });
    const error = await rejection(client.classes.update('cls_unknown0', { capacity: 12 }));
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.attempts, 2);
    assert.equal(error.outcomeUnknown, true);
    assert.ok(created.id);
  });

  test('a replayed answer settles the outcome, even an error', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'drop-after-action' });
    const error = await rejection(client.classes.update('cls_unknown0', { capacity: 12 }));
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.headers.get('idempotency-replayed'), 'true');
    assert.equal(error.outcomeUnknown, false, 'the stored outcome of the key is a 404: nothing was changed');
  });

  test('a 500 when retries run out leaves the outcome unknown', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'status', status: 500 }, { times: 3 });
    const error = await rejection(clientFor(mock).classes.create(classBody()));
    assert.ok(error instanceof InternalServerError);
    assert.equal(error.outcomeUnknown, true);
  });

  test('concurrent calls sharing a key: the server acts once and both get its result', async (t) => {
    const mock = await startMock(t, { inProgressRetryAfter: 0 });
    mock.inject({ type: 'delay', ms: 200 });
    const client = clientFor(mock);
    const idempotencyKey = 'shared-key';
    const [a, b] = await Promise.all([
      client.classes.create(classBody(), { idempotencyKey }).withResponse(),
      client.classes.create(classBody(), { idempotencyKey }).withResponse(),
    ]);
    assert.deepEqual(a.data, b.data);
    assert.equal([a.replayed, b.replayed].filter(Boolean).length, 1);
    assert.equal(mock.effects.byKey(idempotencyKey), 1);
  });
});

describe('deadline', () => {
  test('covers every attempt and wait: when it passes, the attempt in flight is aborted and none follows', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'status', status: 503, retryAfter: 0 });
    mock.inject({ type: 'delay', ms: 2000 });
    const started = Date.now();
    const error = await rejection(clientFor(mock).classes.create(classBody(), { deadline: 300 }));
    const took = Date.now() - started;
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.kind, 'deadline');
    assert.equal(error.timeout, 300);
    assert.ok(took >= 290 && took < 600, `took ${took} ms`);
    assert.equal(error.attempts, 2);
    assert.equal(error.outcomeUnknown, true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(mock.requests.length, 2, 'no attempt after the deadline');
  });

  test('a Retry-After that ends past the deadline ends the call at once', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'rate-limit', retryAfter: 5 });
    const started = Date.now();
    const client = clientFor(mock, { deadline: 2000 });
    await rejection(client.classes.create(classBody()));
    assert.ok(Date.now() - started < 500);
    assert.equal(mock.requests.length, 1);
  });

  test('a per-call deadline wins over the client default', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'delay', ms: 1000 });
    const client = clientFor(mock, { deadline: 60_000 });
    const error = await rejection(client.classes.create(classBody(), { deadline: 100 }));
    assert.ok(error instanceof TimeoutError && error.timeout === 100);
  });
});

describe('retry budget', () => {
  test('during a sustained outage retries per call fall to zero; after recovery the budget refills', async (t) => {
    const mock = await startMock(t, { faultRate: 1, randomFaults: ['status'], seed: 7 });
    const budget = new RetryBudget({ capacity: 50 });
    const client = clientFor(mock, { retryBudget: budget, minRetryDelay: 1, maxRetryDelay: 1 });
    const perCall: number[] = [];
    for (let i = 0; i < 60; i++) {
      const error = await rejection(client.classes.create(classBody()));
      perCall.push((error as ConnectionError).attempts);
    }
    // 50 tokens pay for 10 retries of 5: the first calls retry, then every call sends one request.
    assert.equal(
      perCall.slice(-40).every((attempts) => attempts === 1),
      true,
      perCall.join(','),
    );
    assert.ok(budget.available < 5);
    mock.setFaultRate(0);
    for (let i = 0; i < 20; i++) await client.classes.create(classBody());
    assert.ok(budget.available >= 20, `budget ${budget.available} after recovery`);
    mock.setFaultRate(1, { kinds: ['status'] });
    const again = await rejection(client.classes.create(classBody()));
    assert.ok((again as ConnectionError).attempts > 1, 'retries resume once the budget refilled');
  });

  test('without a budget, the same outage costs every call all its retries', async (t) => {
    const mock = await startMock(t, { faultRate: 1, randomFaults: ['status'], seed: 7 });
    const client = clientFor(mock, { retryBudget: false, minRetryDelay: 1, maxRetryDelay: 1 });
    for (let i = 0; i < 20; i++) await rejection(client.classes.create(classBody()));
    assert.equal(mock.requests.length, 60);
  });
});

describe('no per-call leaks', () => {
  test('timers and abort listeners are released after every call, success or failure', async (t) => {
    const mock = await startMock(t, { faultRate: 0.3, seed: 3 });
    const controller = new AbortController();
    const client = clientFor(mock, { signal: controller.signal, deadline: 30_000, timeout: 20_000 });
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    await client.classes.list();
    const before = timers();
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        // Every other call is a named action, shared by two callers (i and i + 2): join's timers and listeners too.
        (i % 2 === 0
          ? client.classes.create(classBody(`Leak ${i}`))
          : client.classes.create(classBody(`Leak ${i >> 2}`), { action: `leak-${i >> 2}` })
        ).then(
          () => undefined,
          () => undefined,
        ),
      ),
    );
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
    assert.ok(timers() <= before, `${timers()} timers after, ${before} before`);
  });
});

describe('a custom fetch cannot hang a call', () => {
  const neverEndingBody = async () =>
    new Response(new ReadableStream({ pull: () => new Promise<void>(() => {}) }), { status: 201 });
  const neverSettles = () => new Promise<Response>(() => {});

  test('a fetch that never settles ends at the attempt timeout', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { fetch: neverSettles, timeout: 50, maxRetries: 0 });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof TimeoutError);
  });

  test("a body that never ends is cut by the timeout, the deadline and the caller's abort", async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { fetch: neverEndingBody, maxRetries: 0 });
    assert.ok((await rejection(client.classes.create(classBody(), { timeout: 50 }))) instanceof TimeoutError);
    const deadline = await rejection(client.classes.create(classBody(), { deadline: 50 }));
    assert.ok(deadline instanceof TimeoutError && deadline.kind === 'deadline');
    const aborted = await rejection(client.classes.create(classBody(), { signal: AbortSignal.timeout(50) }));
    assert.ok(aborted instanceof RequestAbortedError);
  });

  test('a fetch that resolves to something else than a Response is our error, not a TypeError', async (t) => {
    const mock = await startMock(t);
    const fetch = (async () => ({ status: 201 })) as unknown as typeof globalThis.fetch;
    const error = await rejection(clientFor(mock, { fetch, maxRetries: 0 }).classes.create(classBody()));
    assert.ok(error instanceof ManagementError);
    assert.match(error.message, /not a Response/);
  });
});

describe('an abort that lands as the last attempt succeeds', () => {
  test('a committed write is never reported as a failure whose outcome is known', async (t) => {
    const mock = await startMock(t);
    // The caller aborts 0–11 microtasks after the body's end was read, around the end of the attempt and p-retry's
    // own abort check: whatever the timing, a result or an outcome-unknown error, never a "known" failure.
    for (let depth = 0; depth < 12; depth++) {
      const controller = new AbortController();
      const abortAfter = (n: number): void => {
        if (n === 0) controller.abort();
        else queueMicrotask(() => abortAfter(n - 1));
      };
      const fetch = observedFetch(async (_request, forward) => {
        const response = await forward();
        // The client reads the body as a stream: the abort is scheduled as its last byte is read.
        const body = response.body?.pipeThrough(new TransformStream({ flush: () => abortAfter(depth) }));
        return new Response(body, response);
      });
      const call = clientFor(mock, { fetch }).classes.create(classBody(), { signal: controller.signal });
      const outcome = await call.then(
        () => 'created',
        (error: unknown) =>
          error instanceof ManagementError && error.outcomeUnknown ? 'unknown' : `known failure: ${error}`,
      );
      assert.ok(outcome === 'created' || outcome === 'unknown', `depth ${depth}: ${outcome}`);
    }
    assert.equal(mock.effects.byOperation('managementCreateClass'), 12);
  });
});
