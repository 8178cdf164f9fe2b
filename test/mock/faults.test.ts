import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMockServer, type FaultKind, type MockServer } from '../../src/testing/index.ts';
import { classBody, PROBLEM, SEED } from '../helpers/fixtures.ts';
import { call, raw } from '../helpers/http.ts';
import { startMock } from '../helpers/mock.ts';

const createClass = (server: MockServer, key?: string) =>
  raw(server, 'POST', '/v1/classes', { body: classBody(), ...(key === undefined ? {} : { key }) });

async function classCount(server: MockServer): Promise<number> {
  return (await call(server, 'GET', '/v1/classes?limit=100')).json.data.length;
}

test('drop-before-action closes the connection and performs nothing, so a retry performs once', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'drop-before-action' });
  const dropped = await createClass(server, 'k');
  assert.equal(dropped.status, undefined);
  assert.ok(dropped.error);
  assert.equal(server.effects.total(), 0);
  assert.equal(await classCount(server), 2);
  const retry = await createClass(server, 'k');
  assert.equal(retry.status, 201);
  assert.equal(retry.headers['idempotency-replayed'], undefined);
  assert.equal(server.effects.total(), 1);
});

test('drop-after-action performs and stores the action, then a retry with the same key replays it', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
  const dropped = await createClass(server, 'k');
  assert.equal(dropped.status, undefined);
  assert.equal(dropped.error?.code, 'ECONNRESET');
  assert.equal(server.effects.byKey('k'), 1);
  const retry = await createClass(server, 'k');
  assert.equal(retry.status, 201);
  assert.equal(retry.headers['idempotency-replayed'], 'true');
  assert.equal(server.effects.byKey('k'), 1);
  assert.equal(await classCount(server), 3);
});

test('delay keeps the key in progress for its duration, then performs, stores and answers', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'delay', ms: 150 });
  const started = performance.now();
  const slow = createClass(server, 'k');
  await new Promise((resolve) => setTimeout(resolve, 30));
  const during = await createClass(server, 'k');
  assert.equal(during.status, 409);
  assert.equal(JSON.parse(during.body).type, `${PROBLEM}idempotency-request-in-progress`);
  assert.equal(during.headers['retry-after'], '1');
  const answered = await slow;
  assert.equal(answered.status, 201);
  assert.ok(performance.now() - started >= 140);
  assert.equal(server.effects.total(), 1);
});

test('a delayed action whose client hung up is still performed and stored for a retry', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'delay', ms: 100 });
  const timeout = AbortSignal.timeout(20);
  const abandoned = await raw(server, 'POST', '/v1/classes', {
    key: 'k',
    body: classBody(),
    signal: timeout,
  });
  assert.ok(abandoned.error);
  assert.equal(server.effects.total(), 0);
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(server.effects.total(), 1);
  const retry = await createClass(server, 'k');
  assert.equal(retry.status, 201);
  assert.equal(retry.headers['idempotency-replayed'], 'true');
  const entry = server.requests.find((request) => request.fault === 'delay');
  assert.equal(entry?.status, undefined);
});

test('a status fault answers 5xx problems before the action, with Retry-After when asked', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'status', status: 503, retryAfter: 7 });
  server.inject({ type: 'status', status: 500 });
  server.inject({ type: 'status', status: 502 });
  const unavailable = await createClass(server, 'k');
  assert.equal(unavailable.status, 503);
  assert.equal(unavailable.headers['content-type'], 'application/problem+json');
  assert.equal(JSON.parse(unavailable.body).type, `${PROBLEM}service-unavailable`);
  assert.equal(unavailable.headers['retry-after'], '7');
  assert.equal(JSON.parse((await createClass(server, 'k')).body).type, `${PROBLEM}internal-error`);
  assert.equal(JSON.parse((await createClass(server, 'k')).body).status, 502);
  assert.equal(server.effects.total(), 0);
  const retry = await createClass(server, 'k');
  assert.equal(retry.status, 201);
  assert.equal(retry.headers['idempotency-replayed'], undefined);
});

test('a status fault with html answers a proxy-style HTML page and an HTTP-date Retry-After', async (t) => {
  const server = await startMock(t);
  const date = 'Wed, 21 Oct 2026 07:28:00 GMT';
  server.inject({ type: 'status', status: 502, html: true, retryAfter: date });
  const response = await createClass(server);
  assert.equal(response.status, 502);
  assert.match(response.headers['content-type'] ?? '', /^text\/html/);
  assert.match(response.body, /<h1>502 Bad Gateway<\/h1>/);
  assert.equal(response.headers['retry-after'], date);
  assert.equal(server.effects.total(), 0);
});

test('a problem fault answers the given status and problem type before the action', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'problem', status: 409, problemType: `${PROBLEM}version-conflict`, retryAfter: 3 });
  server.inject({ type: 'problem', status: 501 });
  const conflict = await createClass(server, 'k');
  assert.equal(conflict.status, 409);
  assert.equal(conflict.headers['content-type'], 'application/problem+json');
  assert.deepEqual(
    { type: JSON.parse(conflict.body).type, status: JSON.parse(conflict.body).status },
    { type: `${PROBLEM}version-conflict`, status: 409 },
  );
  assert.equal(conflict.headers['retry-after'], '3');
  const bare = await createClass(server, 'k');
  assert.equal(bare.status, 501);
  assert.equal(JSON.parse(bare.body).type, 'about:blank');
  assert.equal(server.effects.total(), 0);
  assert.throws(() => server.inject({ type: 'problem', status: 200 }), RangeError);
});

test('rate-limit answers a 429 problem with Retry-After in seconds, 1 by default', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'rate-limit' });
  server.inject({ type: 'rate-limit', retryAfter: 5 });
  const first = await createClass(server);
  assert.equal(first.status, 429);
  assert.equal(JSON.parse(first.body).type, `${PROBLEM}rate-limited`);
  assert.equal(first.headers['retry-after'], '1');
  assert.equal((await createClass(server)).headers['retry-after'], '5');
  assert.equal(server.effects.total(), 0);
});

test('rate-limit with http-date sends Retry-After as an HTTP date one to two seconds ahead', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'rate-limit', retryAfter: 'http-date' });
  const response = await call(server, 'GET', '/v1/classes');
  assert.equal(response.status, 429);
  const value = response.headers.get('retry-after') ?? '';
  assert.match(value, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  const ahead = Date.parse(value) - Date.now();
  assert.ok(ahead > 0 && ahead <= 2000, String(ahead));
});

test('cut-body performs and stores, sends the headers and part of the body, then closes', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'cut-body' });
  const cut = await createClass(server, 'k');
  assert.equal(cut.status, 201);
  assert.ok(cut.error, 'the body must end in an error');
  assert.ok(Number(cut.headers['content-length']) > cut.body.length);
  assert.equal(server.effects.total(), 1);
  const retry = await createClass(server, 'k');
  assert.equal(retry.headers['idempotency-replayed'], 'true');
  assert.ok(retry.body.startsWith(cut.body));
});

test('cut-body on a response without a body cuts the headers, so no response is complete', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'cut-body' });
  const cut = await raw(server, 'DELETE', `/v1/content/${SEED.contentId}`, { key: 'k' });
  assert.ok(cut.error);
  assert.equal(server.effects.total(), 1);
});

test('invalid-json performs and stores the real response but answers a 2xx whose body is not JSON', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'invalid-json' });
  const broken = await createClass(server, 'k');
  assert.equal(broken.status, 201);
  assert.equal(broken.error, undefined);
  assert.match(broken.headers['content-type'] ?? '', /^application\/json/);
  assert.throws(() => JSON.parse(broken.body), SyntaxError);
  const retry = await createClass(server, 'k');
  assert.equal(retry.headers['idempotency-replayed'], 'true');
  assert.match(JSON.parse(retry.body).id, /^cls_/);
  assert.equal(server.effects.total(), 1);
});

test('an injected fault applies only to matching requests, as many times as asked', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'status', status: 500 }, { method: 'post', path: '/v1/programs', times: 2 });
  server.inject({ type: 'status', status: 503 }, { path: '/v1/classes/{classId}' });
  assert.equal((await call(server, 'GET', '/v1/programs')).status, 200);
  assert.equal((await call(server, 'POST', '/v1/programs', { body: { name: 'P' } })).status, 500);
  assert.equal((await call(server, 'POST', '/v1/programs', { body: { name: 'P' } })).status, 500);
  assert.equal((await call(server, 'POST', '/v1/programs', { body: { name: 'P' } })).status, 201);
  assert.equal((await call(server, 'GET', `/v1/classes/${SEED.classId}`)).status, 503);
  assert.equal((await call(server, 'GET', `/v1/classes/${SEED.classId}`)).status, 200);
});

test('requests that fail auth or validation do not use up an injected fault', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'status', status: 500 });
  assert.equal(
    (await call(server, 'POST', '/v1/programs', { body: { name: 'P' }, token: null })).status,
    401,
  );
  assert.equal((await call(server, 'POST', '/v1/programs', { body: {} })).status, 400);
  assert.equal((await call(server, 'POST', '/v1/programs', { body: { name: 'P' } })).status, 500);
});

async function randomRun(seed: number): Promise<(FaultKind | undefined)[]> {
  const server = await createMockServer({ faultRate: 0.5, seed });
  try {
    for (let index = 0; index < 40; index++) {
      await raw(server, 'POST', '/v1/programs', { key: `k${index}`, body: { name: 'P' } });
    }
    return server.requests.map((request) => request.fault);
  } finally {
    await server.close();
  }
}

test('seeded random faults hit about faultRate of mutating requests, the same ones for the same seed', async () => {
  const first = await randomRun(7);
  const again = await randomRun(7);
  const other = await randomRun(8);
  assert.deepEqual(again, first);
  assert.notDeepEqual(other, first);
  const faulted = first.filter((kind) => kind !== undefined).length;
  assert.ok(faulted > 8 && faulted < 32, String(faulted));
  const kinds = new Set(first.filter((kind) => kind !== undefined));
  for (const kind of kinds) {
    assert.ok(['drop-before-action', 'drop-after-action', 'status', 'rate-limit'].includes(kind as string));
  }
});

test('random faults spare GET requests and follow setFaultRate kinds and seed', async (t) => {
  const server = await startMock(t, { faultRate: 1 });
  assert.equal((await call(server, 'GET', '/v1/classes')).status, 200);
  server.setFaultRate(1, { kinds: ['rate-limit'] });
  const limited = await call(server, 'POST', '/v1/programs', { body: { name: 'P' } });
  assert.equal(limited.status, 429);
  server.setFaultRate(0);
  assert.equal((await call(server, 'POST', '/v1/programs', { body: { name: 'P' } })).status, 201);
});

test('with random faults and retries on the same key, every action is performed exactly once', async (t) => {
  const server = await startMock(t, { faultRate: 0.3, seed: 42, seedData: false });
  const keys = Array.from({ length: 200 }, (_, index) => `chaos-${index}`);
  await Promise.all(
    keys.map(async (key) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const response = await raw(server, 'POST', '/v1/programs', { key, body: { name: key } });
        if (response.status === 201 && response.error === undefined) return;
      }
      throw new Error(`${key} never succeeded`);
    }),
  );
  assert.equal(server.effects.byOperation('managementCreateProgram'), keys.length);
  for (const key of keys) assert.equal(server.effects.byKey(key), 1);
  assert.ok(server.requests.some((request) => request.fault === 'drop-after-action'));
  server.setFaultRate(0);
  const names = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await call(
      server,
      'GET',
      `/v1/programs?limit=100${cursor === null ? '' : `&cursor=${cursor}`}`,
    );
    for (const item of page.json.data) names.add(item.name);
    cursor = page.json.nextCursor;
  } while (cursor !== null);
  assert.equal(names.size, keys.length);
});
