import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MockServer } from '../../src/testing/index.ts';
import { classBody, PROBLEM, SEED } from '../helpers/fixtures.ts';
import { type CallOptions, type CallResult, call } from '../helpers/http.ts';
import { startMock } from '../helpers/mock.ts';
import { schemaErrors } from '../helpers/schema.ts';

async function invalid(server: MockServer, method: string, path: string, options: CallOptions = {}) {
  const response: CallResult = await call(server, method, path, options);
  assert.equal(response.status, 400, response.text);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.equal(response.json.type, `${PROBLEM}validation-error`);
  assert.deepEqual(schemaErrors('/components/schemas/Problem', response.json), []);
  return response.json.errors as { pointer: string; detail: string }[];
}

test('an unknown field in the body answers a validation problem pointing at it', async (t) => {
  const server = await startMock(t);
  const errors = await invalid(server, 'POST', '/v1/classes', { body: { ...classBody(), colour: 'red' } });
  assert.deepEqual(errors, [{ pointer: '/colour', detail: 'is not allowed' }]);
  const nested = await invalid(server, 'POST', '/v1/plans', {
    body: { name: 'P', interval: 'month', price: { amount: 1, currency: 'EUR', cents: true } },
  });
  assert.deepEqual(nested, [{ pointer: '/price/cents', detail: 'is not allowed' }]);
});

test('a field of the wrong type answers a validation problem pointing at it', async (t) => {
  const server = await startMock(t);
  const errors = await invalid(server, 'POST', '/v1/classes', { body: { ...classBody(), capacity: '20' } });
  assert.deepEqual(errors, [{ pointer: '/capacity', detail: 'must be integer' }]);
});

test('a value out of range or of the wrong format answers a validation problem', async (t) => {
  const server = await startMock(t);
  const errors = await invalid(server, 'POST', '/v1/classes', {
    body: { ...classBody(), capacity: 5000, startsAt: 'tomorrow' },
  });
  assert.deepEqual(errors.map((error) => error.pointer).sort(), ['/capacity', '/startsAt']);
});

test('missing required fields answer a validation problem listing each of them', async (t) => {
  const server = await startMock(t);
  const errors = await invalid(server, 'POST', '/v1/instructors', { body: { firstName: 'A' } });
  assert.deepEqual(errors, [
    { pointer: '/lastName', detail: 'is required' },
    { pointer: '/email', detail: 'is required' },
  ]);
});

test('an empty partial update and a missing required body answer validation problems', async (t) => {
  const server = await startMock(t);
  await invalid(server, 'PATCH', `/v1/classes/${SEED.classId}`, { body: {} });
  const errors = await invalid(server, 'POST', '/v1/classes');
  assert.deepEqual(errors, [{ pointer: '', detail: 'a request body is required' }]);
});

test('malformed JSON answers a validation problem and performs nothing', async (t) => {
  const server = await startMock(t);
  const errors = await invalid(server, 'POST', '/v1/classes', {
    rawBody: '{"name": "x",',
    key: 'k-bad-json',
  });
  assert.equal(errors[0]?.pointer, '');
  assert.match(errors[0]?.detail ?? '', /not valid JSON/);
  assert.equal(server.effects.total(), 0);
});

test('a body that is not sent as application/json answers a validation problem', async (t) => {
  const server = await startMock(t);
  await invalid(server, 'POST', '/v1/programs', {
    rawBody: JSON.stringify({ name: 'P' }),
    headers: { 'content-type': 'text/plain' },
  });
});

test('a malformed path id answers a validation problem naming the path parameter', async (t) => {
  const server = await startMock(t);
  const errors = await invalid(server, 'GET', '/v1/classes/pln_123');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.pointer, '/classId');
  assert.match(errors[0]?.detail ?? '', /path parameter classId must match pattern/);
});

test('a limit outside 1–100 or not an integer answers a validation problem', async (t) => {
  const server = await startMock(t);
  for (const limit of ['0', '101', 'ten', '2.5']) {
    const errors = await invalid(server, 'GET', `/v1/classes?limit=${limit}`);
    assert.equal(errors[0]?.pointer, '/limit', limit);
  }
  assert.equal((await call(server, 'GET', '/v1/classes?limit=100')).status, 200);
  assert.equal((await call(server, 'GET', '/v1/classes?limit=1')).status, 200);
});

test('an unknown query parameter, a bad date filter or a foreign cursor answers a validation problem', async (t) => {
  const server = await startMock(t);
  assert.equal((await invalid(server, 'GET', '/v1/classes?sort=name'))[0]?.pointer, '/sort');
  assert.equal((await invalid(server, 'GET', '/v1/schedule?from=yesterday'))[0]?.pointer, '/from');
  const page = await call(server, 'GET', '/v1/classes?limit=1');
  assert.equal(
    (await invalid(server, 'GET', `/v1/plans?cursor=${page.json.nextCursor}`))[0]?.pointer,
    '/cursor',
  );
  assert.equal((await invalid(server, 'GET', '/v1/plans?cursor=garbage'))[0]?.pointer, '/cursor');
});

test('a body on an operation that takes none answers a validation problem', async (t) => {
  const server = await startMock(t);
  await invalid(server, 'DELETE', `/v1/plans/${SEED.planId}`, { body: { now: true } });
});

test('the optional body of a membership cancel is validated when present', async (t) => {
  const server = await startMock(t);
  const errors = await invalid(server, 'POST', `/v1/members/${SEED.membershipId}/cancel`, {
    body: { effective: 'someday' },
  });
  assert.equal(errors[0]?.pointer, '/effective');
});
