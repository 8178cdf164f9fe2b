/**
 * Answers servers give in the field that are not what the operation documents: an empty 2xx, a body too large
 * (or one that never ends), a huge error page, and a request in progress that asks to be polled at once.
 */
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { describe, test } from 'node:test';
import {
  IdempotencyConflictError,
  InternalServerError,
  InvalidResponseError,
  ManagementError,
  ResponseTooLargeError,
  RetryBudget,
} from '../../src/index.ts';
import {
  classBody,
  createdClass,
  delay,
  fieldClient,
  keysOf,
  problem,
  rejection,
  send,
  startServer,
  within,
} from './dialects.ts';

const CLASS_ID = 'cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W';

/** A ResponseTooLargeError with the limit that was passed. */
function assertTooLarge(error: unknown, limit: number): asserts error is InvalidResponseError {
  assert.ok(error instanceof ManagementError, `got ${String(error)}`);
  assert.equal(error.name, 'ResponseTooLargeError', `got ${error.name}: ${error.message}`);
  assert.ok(error instanceof ResponseTooLargeError);
  assert.ok(error instanceof InvalidResponseError);
  assert.equal(error.limit, limit);
}

describe('an empty 2xx body', () => {
  const empties: { name: string; answer: (res: ServerResponse, status: number) => void }[] = [
    {
      name: 'Content-Length: 0',
      answer: (res, status) => {
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': '0' });
        res.end();
      },
    },
    {
      name: 'a chunked body with no chunks',
      answer: (res, status) => {
        res.writeHead(status, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
        res.end();
      },
    },
  ];

  for (const empty of empties) {
    test(`a 201 create with ${empty.name} is an InvalidResponseError whose outcome is unknown`, async (t) => {
      const server = await startServer(t, (_req, res) => empty.answer(res, 201));
      const client = fieldClient(server.url);
      const error = await rejection(client.classes.create(classBody()));
      assert.ok(error instanceof InvalidResponseError, `got ${String(error)}`);
      assert.equal(error.status, 201);
      assert.equal(error.outcomeUnknown, true, 'the class was created; its answer is lost');
      assert.ok(error.idempotencyKey);
      assert.equal(error.idempotencyKey, server.requests[0]?.headers['idempotency-key']);
      assert.equal(error.attempts, 1);
      assert.equal(server.requests.length, 1);
    });

    test(`a 200 get with ${empty.name} is an InvalidResponseError`, async (t) => {
      const server = await startServer(t, (_req, res) => empty.answer(res, 200));
      const client = fieldClient(server.url);
      const error = await rejection(client.classes.get(CLASS_ID));
      assert.ok(error instanceof InvalidResponseError, `got ${String(error)}`);
      assert.equal(error.status, 200);
      assert.equal(error.outcomeUnknown, false);
      assert.equal(error.attempts, 1);
      assert.equal(server.requests.length, 1);
    });
  }

  test('a 204 delete with an empty body resolves to undefined', async (t) => {
    const server = await startServer(t, (_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const client = fieldClient(server.url);
    const result = await client.content.delete('cnt_01HV8Z6Q3K2M4N5P6R7S8T9V0W').withResponse();
    assert.equal(result.data, undefined);
    assert.equal(result.attempts, 1);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]?.method, 'DELETE');
    assert.equal(server.requests[0]?.url, '/v1/content/cnt_01HV8Z6Q3K2M4N5P6R7S8T9V0W');
    assert.equal(server.requests[0]?.headers['idempotency-key'], result.idempotencyKey);
  });
});

describe('maxResponseBytes', () => {
  // A valid class whose JSON is 4000-odd bytes.
  const big = createdClass(CLASS_ID, 'x'.repeat(4000));
  const bigBytes = Buffer.byteLength(JSON.stringify(big));

  const rows: { name: string; client?: number; call?: number; limit?: number }[] = [
    { name: 'the client option', client: 1024, limit: 1024 },
    { name: 'the per-call option, over a larger client one', client: 1024 * 1024, call: 1024, limit: 1024 },
    { name: 'a per-call option larger than the client one wins', client: 1024, call: 1024 * 1024 },
    { name: 'a limit equal to the body', client: bigBytes },
  ];
  for (const row of rows) {
    const outcome = row.limit === undefined ? 'is read' : 'is a ResponseTooLargeError, not retried';
    test(`a 201 body of ${bigBytes} bytes under ${row.name} ${outcome}`, async (t) => {
      const server = await startServer(t, (_req, res) => send(res, 201, big));
      const client = fieldClient(server.url, { maxResponseBytes: row.client });
      const call = client.classes.create(
        classBody(),
        row.call === undefined ? {} : { maxResponseBytes: row.call },
      );
      if (row.limit === undefined) {
        assert.deepEqual(await call, big);
        return;
      }
      const error = await rejection(call);
      assertTooLarge(error, row.limit);
      assert.equal(error.outcomeUnknown, true, 'the class was created; its answer was not read');
      assert.equal(error.idempotencyKey, server.requests[0]?.headers['idempotency-key']);
      assert.equal(error.attempts, 1);
      assert.equal(server.requests.length, 1);
    });
  }

  test('a 200 get body over the limit is a ResponseTooLargeError, not retried', async (t) => {
    const server = await startServer(t, (_req, res) => send(res, 200, big));
    const client = fieldClient(server.url, { maxResponseBytes: 1024 });
    const error = await rejection(client.classes.get(CLASS_ID));
    assertTooLarge(error, 1024);
    assert.equal(error.outcomeUnknown, false);
    assert.equal(error.attempts, 1);
    assert.equal(server.requests.length, 1);
  });

  test('a 201 body without Content-Length that never ends is stopped at the limit, and the socket closed', async (t) => {
    let written = 0;
    let socketClosed: () => void = () => {};
    const closed = new Promise<number>((resolve) => {
      socketClosed = () => resolve(Date.now());
    });
    const server = await startServer(t, async (_req, res) => {
      let open = true;
      res.socket?.once('close', () => {
        open = false;
        socketClosed();
      });
      res.writeHead(201, { 'content-type': 'application/json' }); // chunked: no length to refuse up front
      res.write(`{"id":"${CLASS_ID}","description":"`);
      const drip = 'a'.repeat(512);
      // Forever, as far as the client can tell; bounded here so that a broken client cannot keep it running.
      for (const stop = Date.now() + 10_000; open && Date.now() < stop; ) {
        res.write(drip);
        written += drip.length;
        await delay(10);
      }
      if (open) res.end('"}');
    });
    // The deadline only keeps this test from hanging on a client that reads on forever.
    const client = fieldClient(server.url, { maxResponseBytes: 4096, deadline: 2500 });
    const started = Date.now();
    const error = await rejection(client.classes.create(classBody()));
    const failedAt = Date.now();
    assertTooLarge(error, 4096);
    assert.equal(error.outcomeUnknown, true);
    assert.equal(error.attempts, 1);
    assert.equal(server.requests.length, 1);
    assert.ok(failedAt - started < 1500, `stopped after ${failedAt - started} ms`);
    const closedAt = await within(closed, 1000, 'the server seeing its socket close');
    assert.ok(closedAt - failedAt < 1000);
    assert.ok(written < 64 * 1024, `${written} bytes dripped before the client stopped`);
  });
});

describe('a huge error page', () => {
  test('a 5 MiB HTML 502 page is kept to its first 8192 characters and never read whole', async (t) => {
    const PAGE = 5 * 1024 * 1024;
    const CHUNK = 64 * 1024;
    const head =
      '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>\n';
    const filler = Buffer.alloc(CHUNK, '<p>upstream connect error or disconnect/reset before headers</p>\n');
    // Bytes the server had handed to the socket when each attempt's response closed (finished or cut).
    const attempts: { written: number; complete: boolean; done: Promise<void> }[] = [];
    const server = await startServer(t, async (_req, res) => {
      let markDone: () => void = () => {};
      const attempt = { written: 0, complete: false, done: new Promise<void>((r) => (markDone = r)) };
      attempts.push(attempt);
      let open = true;
      let wake: () => void = () => {};
      res.on('drain', () => wake());
      res.once('close', () => {
        open = false;
        attempt.complete = res.writableFinished;
        markDone();
        wake();
      });
      res.writeHead(502, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(PAGE) });
      while (open && attempt.written < PAGE) {
        const chunk =
          attempt.written === 0 ? Buffer.concat([Buffer.from(head), filler]).subarray(0, CHUNK) : filler;
        const part = chunk.subarray(0, Math.min(chunk.length, PAGE - attempt.written));
        attempt.written += part.length;
        if (!res.write(part)) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
        // Paced (about 12 MiB/s), so that the socket buffers never fill ahead of the reader: what was written
        // before the close is what was sent while the client kept the response open, not a few MB of buffers.
        await delay(5);
      }
      if (open) res.end();
    });
    const client = fieldClient(server.url);
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof InternalServerError, `got ${String(error)}`);
    assert.equal(error.status, 502);
    assert.equal(error.attempts, 3);
    assert.equal(error.outcomeUnknown, true);
    assert.ok(error.body.length <= 8192, `error.body holds ${error.body.length} characters`);
    assert.ok(error.body.startsWith('<!DOCTYPE html>'), 'error.body keeps the start of the page');
    assert.equal(attempts.length, 3);
    await within(
      Promise.all(attempts.map((a) => a.done)),
      1000,
      'the client closing every attempt of the page',
    );
    // 2 MiB: under half the page. Whole reads hand the socket all 5 MiB; a client that stops at 8 KiB and closes
    // lets the paced server write a few 64 KiB chunks. Unpaced, loopback buffers alone took ~3.75 MiB here.
    const BOUND = 2 * 1024 * 1024;
    for (const [i, attempt] of attempts.entries()) {
      assert.equal(attempt.complete, false, `attempt ${i + 1} read the whole page`);
      assert.ok(
        attempt.written < BOUND,
        `attempt ${i + 1}: ${attempt.written} bytes written before the close`,
      );
    }
  });
});

describe('polling a request in progress', () => {
  const inProgress = (retryAfter: () => string) => (_req: unknown, res: ServerResponse) =>
    send(res, 409, problem('https://api.studio.example/problems/idempotency-request-in-progress'), {
      'content-type': 'application/problem+json',
      'retry-after': retryAfter(),
    });

  const rows: { name: string; retryAfter: () => string }[] = [
    { name: 'Retry-After: 0', retryAfter: () => '0' },
    { name: 'a Retry-After date in the past', retryAfter: () => new Date(Date.now() - 60_000).toUTCString() },
  ];
  for (const row of rows) {
    test(`a request in progress with ${row.name} is polled a few times a second, not in a busy loop`, async (t) => {
      const server = await startServer(t, inProgress(row.retryAfter));
      const client = fieldClient(server.url, { inProgressTimeout: 2000 });
      const error = await rejection(client.classes.create(classBody()));
      assert.ok(error instanceof IdempotencyConflictError, `got ${String(error)}`);
      assert.equal(error.reason, 'in-progress');
      assert.equal(error.outcomeUnknown, true);
      const sent = server.requests.length;
      assert.ok(sent <= 10, `${sent} requests in 2 s`);
      assert.ok(sent >= 3, `${sent} requests in 2 s: polled too rarely`);
      assert.equal(error.attempts, sent);
      assert.deepEqual(
        keysOf(server.requests),
        server.requests.map(() => error.idempotencyKey),
      );
    });
  }

  test('polls draw from the retry budget: with 2 tokens, an endless request in progress gets 2 polls', async (t) => {
    const server = await startServer(
      t,
      inProgress(() => '0'),
    );
    const client = fieldClient(server.url, {
      inProgressTimeout: 2000,
      retryBudget: { capacity: 2, retryCost: 5 },
    });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof IdempotencyConflictError, `got ${String(error)}`);
    assert.equal(error.reason, 'in-progress');
    assert.equal(error.outcomeUnknown, true);
    assert.equal(error.attempts, 3);
    assert.equal(server.requests.length, 3);
  });

  test('pollCost sets what a poll spends: a shared budget of 4 at 2 a poll pays for 2 polls, then is empty', async (t) => {
    const server = await startServer(
      t,
      inProgress(() => '0'),
    );
    const budget = new RetryBudget({ capacity: 4, retryCost: 5, pollCost: 2 });
    const client = fieldClient(server.url, { inProgressTimeout: 2000, retryBudget: budget });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof IdempotencyConflictError, `got ${String(error)}`);
    assert.equal(error.reason, 'in-progress');
    assert.equal(error.attempts, 3);
    assert.equal(server.requests.length, 3);
    assert.equal(budget.available, 0);
  });
});
