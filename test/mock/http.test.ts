import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { test } from 'node:test';
import { classBody, PROBLEM, SEED } from '../helpers/fixtures.ts';
import { call } from '../helpers/http.ts';
import { startMock } from '../helpers/mock.ts';
import { schemaErrors } from '../helpers/schema.ts';

test('a request without a token answers a 401 problem with a Bearer challenge', async (t) => {
  const server = await startMock(t);
  const response = await call(server, 'GET', '/v1/classes', { token: null });
  assert.equal(response.status, 401);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.equal(response.headers.get('www-authenticate'), 'Bearer');
  assert.equal(response.json.type, `${PROBLEM}unauthorized`);
  assert.deepEqual(schemaErrors('/components/schemas/Problem', response.json), []);
});

test('an unknown token answers a 401 problem that does not echo the token', async (t) => {
  const server = await startMock(t);
  const response = await call(server, 'GET', '/v1/classes', { token: 'stolen-secret' });
  assert.equal(response.status, 401);
  assert.equal(response.json.type, `${PROBLEM}unauthorized`);
  assert.doesNotMatch(response.text, /stolen-secret/);
});

test('a token without the scope of the operation answers a 403 problem naming the scope', async (t) => {
  const server = await startMock(t, { tokens: { reader: ['classes:read'], writer: ['classes:write'] } });
  assert.equal((await call(server, 'GET', '/v1/classes', { token: 'reader' })).status, 200);
  const response = await call(server, 'POST', '/v1/classes', { token: 'reader', body: classBody() });
  assert.equal(response.status, 403);
  assert.equal(response.json.type, `${PROBLEM}forbidden`);
  assert.equal(response.json.requiredScope, 'classes:write');
  assert.match(response.json.detail, /classes:write/);
  assert.equal(
    (await call(server, 'GET', '/v1/plans', { token: 'writer' })).json.requiredScope,
    'plans:read',
  );
  assert.equal(server.effects.total(), 0);
});

test('the default token test-token has every scope of the spec', async (t) => {
  const server = await startMock(t);
  for (const path of [
    '/v1/classes',
    '/v1/members',
    '/v1/schedule',
    '/v1/content',
    '/v1/coupons',
    '/v1/programs',
  ]) {
    assert.equal((await call(server, 'GET', path)).status, 200, path);
  }
});

test('an unknown path answers a 404 problem', async (t) => {
  const server = await startMock(t);
  for (const path of ['/v1/bookings', '/v1/classes/', '/', `/v1/classes/${SEED.classId}/extra`]) {
    const response = await call(server, 'GET', path);
    assert.equal(response.status, 404, path);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(response.json.type, `${PROBLEM}not-found`);
  }
});

test('a wrong method on a known path answers a 405 problem with Allow', async (t) => {
  const server = await startMock(t);
  const response = await call(server, 'PUT', `/v1/classes/${SEED.classId}`, { body: { name: 'x' } });
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET, DELETE, PATCH, OPTIONS');
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.equal(response.json.status, 405);
  assert.ok(response.json.title && response.json.detail && response.json.type);
  const invites = await call(server, 'GET', '/v1/members/invites');
  assert.equal(invites.status, 405);
});

test('a CORS preflight answers 204 allowing the methods and the headers the client sends', async (t) => {
  const server = await startMock(t);
  const response = await fetch(`${server.url}/v1/classes`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://localhost:5173',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key, x-trace',
    },
  });
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  assert.equal(
    response.headers.get('access-control-allow-methods'),
    'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  );
  const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  for (const name of [
    'authorization',
    'content-type',
    'idempotency-key',
    'x-trace',
    'traceparent',
    'tracestate',
  ]) {
    assert.ok(allowed.includes(name), name);
  }
  assert.ok(Number(response.headers.get('access-control-max-age')) > 0);
});

test('every response allows the origin and exposes Idempotency-Replayed, Retry-After and X-Request-Id', async (t) => {
  const server = await startMock(t);
  const origin = { origin: 'http://app.example' };
  const ok = await call(server, 'GET', '/v1/classes', { headers: origin });
  const problem = await call(server, 'GET', '/v1/classes', { headers: origin, token: null });
  const noOrigin = await call(server, 'GET', '/v1/nothing');
  for (const response of [ok, problem]) {
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://app.example');
    assert.equal(
      response.headers.get('access-control-expose-headers'),
      'Idempotency-Replayed, Retry-After, X-Request-Id',
    );
  }
  assert.equal(noOrigin.headers.get('access-control-allow-origin'), '*');
});

test('clients can reuse a keep-alive connection for many requests', async (t) => {
  const server = await startMock(t);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.after(() => agent.destroy());
  const reused: boolean[] = [];
  for (let index = 0; index < 3; index++) {
    await new Promise<void>((resolve, reject) => {
      const req = request(`${server.url}/v1/classes`, {
        agent,
        headers: { authorization: 'Bearer test-token' },
      });
      req.on('response', (res) => {
        reused.push(req.reusedSocket);
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
  }
  assert.deepEqual(reused, [false, true, true]);
});

test('close() resolves promptly while a client holds an idle keep-alive connection', async (t) => {
  const server = await startMock(t);
  const agent = new Agent({ keepAlive: true });
  t.after(() => agent.destroy());
  await new Promise<void>((resolve) => {
    request(`${server.url}/v1/classes`, { agent, headers: { authorization: 'Bearer test-token' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).end();
  });
  const started = performance.now();
  await server.close();
  assert.ok(performance.now() - started < 1000);
  await server.close();
});

test('close() releases a held request and ends its connection', async (t) => {
  const server = await startMock(t);
  const held = server.hold();
  const pending = fetch(`${server.url}/v1/programs`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'P' }),
  }).then(
    () => 'answered',
    () => 'failed',
  );
  await held.arrived;
  await server.close();
  assert.equal(await pending, 'failed');
});

test('a request body over the limit answers a 413 problem and the server keeps serving', async (t) => {
  const server = await startMock(t);
  const response = await fetch(`${server.url}/v1/classes`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer test-token',
      'content-type': 'application/json',
      'idempotency-key': 'k1',
    },
    body: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
  });
  assert.equal(response.status, 413);
  assert.equal(
    (await fetch(`${server.url}/v1/classes`, { headers: { authorization: 'Bearer test-token' } })).status,
    200,
  );
});
