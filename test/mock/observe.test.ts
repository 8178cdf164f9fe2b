import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classBody } from '../helpers/fixtures.ts';
import { call, raw } from '../helpers/http.ts';
import { startMock } from '../helpers/mock.ts';

test('the request log records method, path, operation, key, trace context, time, request id, status and fault, never the token', async (t) => {
  let clock = 1_000;
  const server = await startMock(t, { now: () => clock, tokens: { 'secret-token-123': ['classes:write'] } });
  await call(server, 'POST', '/v1/classes', { token: 'secret-token-123', key: 'k1', body: classBody() });
  clock = 2_000;
  await call(server, 'POST', '/v1/classes', { token: 'secret-token-123', key: 'k1', body: classBody() });
  server.inject({ type: 'drop-before-action' });
  await raw(server, 'POST', '/v1/classes', { token: 'secret-token-123', key: 'k2', body: classBody() });
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  await call(server, 'GET', '/v1/nowhere?x=1', { token: 'secret-token-123', headers: { traceparent } });
  const ids = server.requests.map((r) => r.requestId);
  for (const id of ids) assert.match(id, /^req_[0-9A-HJKMNP-TV-Z]{26}$/);
  assert.equal(new Set(ids).size, 4, 'a fresh id for every request');
  assert.deepEqual(server.requests, [
    {
      method: 'POST',
      path: '/v1/classes',
      operationId: 'managementCreateClass',
      idempotencyKey: 'k1',
      traceparent: undefined,
      time: 1_000,
      requestId: ids[0],
      status: 201,
      fault: undefined,
      replayed: false,
    },
    {
      method: 'POST',
      path: '/v1/classes',
      operationId: 'managementCreateClass',
      idempotencyKey: 'k1',
      traceparent: undefined,
      time: 2_000,
      requestId: ids[1],
      status: 201,
      fault: undefined,
      replayed: true,
    },
    {
      method: 'POST',
      path: '/v1/classes',
      operationId: 'managementCreateClass',
      idempotencyKey: 'k2',
      traceparent: undefined,
      time: 2_000,
      requestId: ids[2],
      status: undefined,
      fault: 'drop-before-action',
      replayed: false,
    },
    {
      method: 'GET',
      path: '/v1/nowhere?x=1',
      operationId: undefined,
      idempotencyKey: undefined,
      traceparent,
      time: 2_000,
      requestId: ids[3],
      status: 404,
      fault: undefined,
      replayed: false,
    },
  ]);
  assert.doesNotMatch(JSON.stringify(server.requests), /secret-token-123/);
});

test('effects count performed actions per operation and per key, not replays or failures', async (t) => {
  const server = await startMock(t);
  await call(server, 'POST', '/v1/classes', { key: 'a', body: classBody() });
  await call(server, 'POST', '/v1/classes', { key: 'a', body: classBody() });
  await call(server, 'POST', '/v1/programs', { key: 'b', body: { name: 'P' } });
  await call(server, 'PATCH', '/v1/programs/prg_missing', { key: 'c', body: { name: 'Q' } });
  await call(server, 'GET', '/v1/classes');
  assert.equal(server.effects.total(), 2);
  assert.equal(server.effects.byOperation('managementCreateClass'), 1);
  assert.equal(server.effects.byOperation('managementCreateProgram'), 1);
  assert.equal(server.effects.byOperation('managementListClasses'), 0);
  assert.equal(server.effects.byKey('a'), 1);
  assert.equal(server.effects.byKey('c'), 0);
});

test('reset() restores the seed data and forgets keys, effects, the log and pending faults', async (t) => {
  const server = await startMock(t);
  await call(server, 'POST', '/v1/classes', { key: 'k', body: classBody() });
  server.inject({ type: 'status', status: 500 });
  server.reset();
  assert.equal(server.effects.total(), 0);
  assert.equal(server.requests.length, 0);
  const list = await call(server, 'GET', '/v1/classes');
  assert.equal(list.status, 200);
  assert.equal(list.json.data.length, 2);
  const again = await call(server, 'POST', '/v1/classes', { key: 'k', body: classBody() });
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotency-replayed'), null);
});

test('a hold released before its request arrives holds nothing', async (t) => {
  const server = await startMock(t);
  const held = server.hold();
  held.release();
  const response = await call(server, 'POST', '/v1/programs', { body: { name: 'P' } });
  assert.equal(response.status, 201);
});

test('the mock answers a thousand sequential requests on one connection quickly', async (t) => {
  const server = await startMock(t, { seedData: false });
  const started = performance.now();
  for (let index = 0; index < 1000; index++) {
    const response = await call(server, 'POST', '/v1/programs', {
      key: `k${index}`,
      body: { name: `P${index}` },
    });
    assert.equal(response.status, 201);
  }
  assert.ok(performance.now() - started < 5000);
  assert.equal(server.effects.total(), 1000);
});
