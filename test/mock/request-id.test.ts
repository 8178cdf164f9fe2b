import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classBody } from '../helpers/fixtures.ts';
import { call, raw } from '../helpers/http.ts';
import { startMock } from '../helpers/mock.ts';

const REQUEST_ID = /^req_[0-9A-HJKMNP-TV-Z]{26}$/;

test('every answer carries a fresh X-Request-Id, the one the request log records', async (t) => {
  const server = await startMock(t);
  const answers = [
    await call(server, 'POST', '/v1/classes', { key: 'k1', body: classBody() }),
    // A replay of the stored response: its own id, not the first request's.
    await call(server, 'POST', '/v1/classes', { key: 'k1', body: classBody() }),
    await call(server, 'GET', '/v1/classes'),
    await call(server, 'GET', '/v1/classes', { token: null }),
    await call(server, 'GET', '/v1/nowhere'),
    await call(server, 'POST', '/v1/classes', { key: 'k1', body: classBody('another') }),
  ];
  server.inject({ type: 'status', status: 503, html: true });
  answers.push(await call(server, 'POST', '/v1/classes', { key: 'k2', body: classBody() }));
  const preflight = await fetch(`${server.url}/v1/classes`, {
    method: 'OPTIONS',
    headers: { origin: 'http://app.example', 'access-control-request-method': 'POST' },
  });
  const ids = [...answers.map((a) => a.headers.get('x-request-id')), preflight.headers.get('x-request-id')];
  assert.deepEqual(
    answers.map((a) => a.status),
    [201, 201, 200, 401, 404, 409, 503],
  );
  assert.equal(answers[1]?.headers.get('idempotency-replayed'), 'true');
  for (const id of ids) assert.match(id ?? '', REQUEST_ID);
  assert.equal(new Set(ids).size, ids.length, 'fresh on every response');
  assert.deepEqual(
    ids,
    server.requests.map((r) => r.requestId),
  );
});

test('a body cut off still came with its request id; a dropped connection sent none but logged one', async (t) => {
  const server = await startMock(t);
  server.inject({ type: 'cut-body' });
  const cut = await raw(server, 'POST', '/v1/classes', { key: 'k1', body: classBody() });
  assert.equal(cut.headers['x-request-id'], server.requests[0]?.requestId);
  server.inject({ type: 'drop-before-action' });
  const dropped = await raw(server, 'POST', '/v1/classes', { key: 'k2', body: classBody() });
  assert.equal(dropped.status, undefined);
  assert.match(server.requests[1]?.requestId ?? '', REQUEST_ID);
});

test('the request log records the traceparent a request carried', async (t) => {
  const server = await startMock(t);
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  await call(server, 'GET', '/v1/classes', { headers: { traceparent } });
  await call(server, 'GET', '/v1/classes');
  assert.deepEqual(
    server.requests.map((r) => r.traceparent),
    [traceparent, undefined],
  );
});
