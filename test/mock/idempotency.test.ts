import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classBody, PROBLEM, SEED } from '../helpers/fixtures.ts';
import { call } from '../helpers/http.ts';
import { startMock } from '../helpers/mock.ts';

test('a retry with the same key and request replays the stored response and performs nothing', async (t) => {
  const server = await startMock(t);
  const first = await call(server, 'POST', '/v1/classes', { key: 'key-1', body: classBody() });
  const second = await call(server, 'POST', '/v1/classes', { key: 'key-1', body: classBody() });
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('idempotency-replayed'), null);
  assert.equal(second.status, 201);
  assert.equal(second.headers.get('idempotency-replayed'), 'true');
  assert.equal(second.text, first.text);
  assert.equal(server.effects.byOperation('managementCreateClass'), 1);
  assert.equal(server.effects.byKey('key-1'), 1);
  const classes = (await call(server, 'GET', '/v1/classes')).json.data;
  assert.equal(classes.filter((item: { name: string }) => item.name === 'Morning Flow').length, 1);
});

test('bodies compare as JSON values, so a retry with reordered keys replays', async (t) => {
  const server = await startMock(t);
  const body = { name: 'P', price: { amount: 100, currency: 'EUR' }, interval: 'month' };
  const reordered = { interval: 'month', price: { currency: 'EUR', amount: 100 }, name: 'P' };
  await call(server, 'POST', '/v1/plans', { key: 'k', body });
  const retry = await call(server, 'POST', '/v1/plans', {
    key: 'k',
    rawBody: JSON.stringify(reordered, null, 2),
  });
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotency-replayed'), 'true');
  assert.equal(server.effects.total(), 1);
});

test('a replay of a 204 answers 204 again with Idempotency-Replayed', async (t) => {
  const server = await startMock(t);
  const path = `/v1/content/${SEED.contentId}`;
  assert.equal((await call(server, 'DELETE', path, { key: 'del' })).status, 204);
  const retry = await call(server, 'DELETE', path, { key: 'del' });
  assert.equal(retry.status, 204);
  assert.equal(retry.headers.get('idempotency-replayed'), 'true');
});

test('the same key with a different body, path or method answers a 409 key-reused problem', async (t) => {
  const server = await startMock(t);
  await call(server, 'PATCH', `/v1/classes/${SEED.classId}`, { key: 'k', body: { capacity: 10 } });
  const attempts = [
    call(server, 'PATCH', `/v1/classes/${SEED.classId}`, { key: 'k', body: { capacity: 11 } }),
    call(server, 'PATCH', '/v1/classes/cls_01HV8Z7A1B2C3D4E5F6G7H8J9K', { key: 'k', body: { capacity: 10 } }),
    call(server, 'DELETE', `/v1/classes/${SEED.classId}`, { key: 'k' }),
  ];
  for (const response of await Promise.all(attempts)) {
    assert.equal(response.status, 409);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(response.json.type, `${PROBLEM}idempotency-key-reused`);
    assert.equal(response.headers.get('retry-after'), null);
  }
  assert.equal(server.effects.total(), 1);
  assert.equal((await call(server, 'GET', `/v1/classes/${SEED.classId}`)).json.capacity, 10);
});

test('a retry while the first request is in progress answers a 409 in-progress problem with Retry-After', async (t) => {
  const server = await startMock(t, { inProgressRetryAfter: 3 });
  const held = server.hold({ operationId: 'managementCreateClass' });
  const first = call(server, 'POST', '/v1/classes', { key: 'slow', body: classBody() });
  await held.arrived;
  const retry = await call(server, 'POST', '/v1/classes', { key: 'slow', body: classBody() });
  assert.equal(retry.status, 409);
  assert.equal(retry.json.type, `${PROBLEM}idempotency-request-in-progress`);
  assert.equal(retry.headers.get('retry-after'), '3');
  assert.equal(server.effects.total(), 0);
  held.release();
  assert.equal((await first).status, 201);
  const after = await call(server, 'POST', '/v1/classes', { key: 'slow', body: classBody() });
  assert.equal(after.headers.get('idempotency-replayed'), 'true');
  assert.equal(server.effects.total(), 1);
});

test('a blank key or one over 255 characters answers a 400 invalid-idempotency-key problem', async (t) => {
  const server = await startMock(t);
  for (const key of ['', '   ', 'k'.repeat(256)]) {
    const response = await call(server, 'POST', '/v1/programs', { key, body: { name: 'P' } });
    assert.equal(response.status, 400, JSON.stringify(key));
    assert.equal(response.json.type, `${PROBLEM}invalid-idempotency-key`);
  }
  assert.equal(server.effects.total(), 0);
  const longest = await call(server, 'POST', '/v1/programs', { key: 'k'.repeat(255), body: { name: 'P' } });
  assert.equal(longest.status, 201);
});

test('a key expires after the replay window of the injected clock and then performs again', async (t) => {
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const server = await startMock(t, { now: () => clock, replayWindowMs: 60_000 });
  const first = await call(server, 'POST', '/v1/programs', { key: 'k', body: { name: 'P' } });
  clock += 59_999;
  const replay = await call(server, 'POST', '/v1/programs', { key: 'k', body: { name: 'P' } });
  assert.equal(replay.headers.get('idempotency-replayed'), 'true');
  clock += 1;
  const again = await call(server, 'POST', '/v1/programs', { key: 'k', body: { name: 'P' } });
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotency-replayed'), null);
  assert.notEqual(again.json.id, first.json.id);
  assert.equal(server.effects.byKey('k'), 2);
});

test('keys default to a 24 hour replay window', async (t) => {
  let clock = 0;
  const server = await startMock(t, { now: () => clock });
  await call(server, 'POST', '/v1/programs', { key: 'k', body: { name: 'P' } });
  clock = 24 * 3_600_000 - 1;
  assert.equal((await call(server, 'POST', '/v1/programs', { key: 'k', body: { name: 'P' } })).status, 201);
  assert.equal(server.effects.total(), 1);
  clock += 1;
  await call(server, 'POST', '/v1/programs', { key: 'k', body: { name: 'P' } });
  assert.equal(server.effects.total(), 2);
});

test('keys are scoped to the token: one token never replays the response of another', async (t) => {
  const scopes = ['programs:write'];
  const server = await startMock(t, { tokens: { alice: scopes, bob: scopes } });
  const alice = await call(server, 'POST', '/v1/programs', {
    token: 'alice',
    key: 'shared',
    body: { name: 'A' },
  });
  const bob = await call(server, 'POST', '/v1/programs', {
    token: 'bob',
    key: 'shared',
    body: { name: 'B' },
  });
  assert.equal(bob.status, 201);
  assert.equal(bob.headers.get('idempotency-replayed'), null);
  assert.notEqual(bob.json.id, alice.json.id);
  assert.equal(server.effects.byKey('shared'), 2);
});

test('a 404 answered by the action is stored and replayed for its key', async (t) => {
  const server = await startMock(t);
  const first = await call(server, 'DELETE', '/v1/plans/pln_missing', { key: 'k' });
  const retry = await call(server, 'DELETE', '/v1/plans/pln_missing', { key: 'k' });
  assert.equal(first.status, 404);
  assert.equal(retry.status, 404);
  assert.equal(retry.headers.get('idempotency-replayed'), 'true');
  assert.equal(server.effects.total(), 0);
});

test('auth and validation failures are not stored, so the key can still perform', async (t) => {
  const server = await startMock(t, { tokens: { ok: ['programs:write'], weak: [] } });
  const body = { name: 'P' };
  assert.equal((await call(server, 'POST', '/v1/programs', { token: 'weak', key: 'k', body })).status, 403);
  assert.equal((await call(server, 'POST', '/v1/programs', { token: 'ok', key: 'k', body: {} })).status, 400);
  const response = await call(server, 'POST', '/v1/programs', { token: 'ok', key: 'k', body });
  assert.equal(response.status, 201);
  assert.equal(response.headers.get('idempotency-replayed'), null);
});

test('a mutating request without a key is performed every time', async (t) => {
  const server = await startMock(t);
  await call(server, 'POST', '/v1/programs', { body: { name: 'P' } });
  await call(server, 'POST', '/v1/programs', { body: { name: 'P' } });
  assert.equal(server.effects.byOperation('managementCreateProgram'), 2);
});

test('GET requests ignore Idempotency-Key and never count as effects', async (t) => {
  const server = await startMock(t);
  const response = await call(server, 'GET', '/v1/classes', { key: '' });
  assert.equal(response.status, 200);
  assert.equal(server.effects.total(), 0);
});
