import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { operationTable } from '../../generated/operations.ts';

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const reference = readFileSync(
  new URL('../../../shared/reference/management-api-idempotency.txt', import.meta.url),
  'utf8',
);

/** The rows of the reference's operation table: `| POST /v1/classes | managementCreateClass | classes:write |`. */
const referenceRows = [
  ...reference.matchAll(/^\|\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S+)\s*\|\s*(\w+)\s*\|\s*([\w:]+)\s*\|$/gm),
].map(([, method, path, operationId, scope]) => ({ method, path, operationId, scope }));

const specOperations = Object.entries<Record<string, any>>(spec.paths).flatMap(([path, item]) =>
  Object.entries<any>(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method))
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

describe('openapi.yaml against the Management API reference', () => {
  test('the reference lists 24 mutating operations', () => {
    assert.equal(referenceRows.length, 24);
  });

  for (const row of referenceRows) {
    test(`${row.method} ${row.path} is ${row.operationId} and requires exactly ${row.scope}`, () => {
      const op = spec.paths[row.path as string]?.[(row.method as string).toLowerCase()];
      assert.ok(op, `${row.method} ${row.path} is missing from openapi.yaml`);
      assert.equal(op.operationId, row.operationId);
      assert.deepEqual(op.security, [{ managementOAuth: [row.scope] }]);
    });
  }

  test('the spec has no other mutating operation than the 24 of the reference', () => {
    const mutating = specOperations.filter((o) => o.method !== 'GET').map((o) => `${o.method} ${o.path}`);
    assert.deepEqual(mutating.sort(), referenceRows.map((r) => `${r.method} ${r.path}`).sort());
  });

  test('every non-GET operation takes an Idempotency-Key header of 1–255 characters, and no GET does', () => {
    const keyParam = spec.components.parameters.IdempotencyKey;
    assert.equal(keyParam.in, 'header');
    assert.equal(keyParam.name, 'Idempotency-Key');
    assert.equal(keyParam.schema.minLength, 1);
    assert.equal(keyParam.schema.maxLength, 255);
    for (const { method, path, op } of specOperations) {
      const hasKey = (op.parameters ?? []).some(
        (p: any) => p.$ref === '#/components/parameters/IdempotencyKey',
      );
      assert.equal(hasKey, method !== 'GET', `${method} ${path}`);
    }
  });

  test('every operation requires exactly one scope, read scopes for reads', () => {
    for (const { method, path, op } of specOperations) {
      const scopes = op.security?.[0]?.managementOAuth;
      assert.equal(scopes?.length, 1, `${method} ${path}`);
      assert.match(scopes[0], method === 'GET' ? /^[a-z]+:read$/ : /^[a-z]+:write$/, `${method} ${path}`);
    }
  });

  test('every non-GET success response documents Idempotency-Replayed', () => {
    for (const { method, path, op } of specOperations.filter((o) => o.method !== 'GET')) {
      const success = Object.entries<any>(op.responses).find(([code]) => code.startsWith('2'));
      assert.ok(success?.[1].headers?.['Idempotency-Replayed'], `${method} ${path}`);
    }
  });

  test('every response of every operation carries X-Request-Id, documented once as a header component', () => {
    const header = spec.components.headers.RequestId;
    assert.equal(header.required, true);
    assert.equal(header.schema.type, 'string');
    const missing: string[] = [];
    const check = (response: any, where: string) => {
      if (
        response.$ref === undefined &&
        response.headers?.['X-Request-Id']?.$ref !== '#/components/headers/RequestId'
      )
        missing.push(where);
    };
    for (const { method, path, op } of specOperations) {
      for (const [code, response] of Object.entries<any>(op.responses))
        check(response, `${method} ${path} ${code}`);
    }
    for (const [name, response] of Object.entries<any>(spec.components.responses)) check(response, name);
    assert.deepEqual(missing, []);
  });

  test('every operation documents each status the SDK retries and the mock sends: 408, 429, 500, 502, 503, 504', () => {
    for (const { method, path, op } of specOperations) {
      const missing = ['408', '429', '500', '502', '503', '504'].filter((code) => !op.responses[code]);
      assert.deepEqual(missing, [], `${method} ${path}`);
    }
    // A gateway's 502 or 504 page need not be a problem: any body is allowed.
    for (const name of ['BadGateway', 'GatewayTimeout']) {
      assert.ok(spec.components.responses[name].content['text/html'], name);
    }
  });

  test('409 documents both idempotency problem types; 429 and 503 carry Retry-After', () => {
    const { responses } = spec.components;
    const conflictTypes = Object.values<any>(
      responses.Conflict.content['application/problem+json'].examples,
    ).map((e) => e.value.type);
    assert.deepEqual(conflictTypes.sort(), [
      'https://api.studio.example/problems/idempotency-key-reused',
      'https://api.studio.example/problems/idempotency-request-in-progress',
    ]);
    assert.ok(responses.TooManyRequests.headers['Retry-After']);
    assert.ok(responses.ServiceUnavailable.headers['Retry-After']);
  });
});

describe('the generated operation table', () => {
  test('has the SDK names the issue asks for, and nothing else', () => {
    const names = operationTable.map((op) => `${op.resource}.${op.name}`).sort();
    const expected = [
      'classes.create',
      'classes.update',
      'classes.cancel',
      'classes.list',
      'classes.get',
      'members.invite',
      'members.update',
      'members.cancel',
      'members.list',
      'members.get',
      'schedule.reschedule',
      'schedule.list',
      'schedule.get',
      'content.update',
      'content.delete',
      'content.list',
      'content.get',
      'plans.create',
      'plans.update',
      'plans.archive',
      'plans.list',
      'plans.get',
      'instructors.create',
      'instructors.update',
      'instructors.list',
      'instructors.get',
      'locations.create',
      'locations.update',
      'locations.delete',
      'locations.list',
      'locations.get',
      'locations.rooms.create',
      'locations.rooms.update',
      'locations.rooms.delete',
      'locations.rooms.list',
      'locations.rooms.get',
      'coupons.create',
      'coupons.archive',
      'coupons.list',
      'coupons.get',
      'programs.create',
      'programs.update',
      'programs.list',
      'programs.get',
    ].sort();
    assert.deepEqual(names, expected);
  });

  test('agrees with the spec on method, path, scope and path parameters for every operation', () => {
    assert.equal(operationTable.length, specOperations.length);
    for (const row of operationTable) {
      const op = spec.paths[row.path][row.method.toLowerCase()];
      assert.equal(op.operationId, row.operationId);
      assert.equal(op['x-sdk-resource'], row.resource);
      assert.equal(op['x-sdk-method'], row.name);
      assert.deepEqual(op.security, [{ managementOAuth: [row.scope] }]);
      assert.deepEqual(
        row.pathParams,
        [...row.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
      );
    }
  });

  test('marks lists as paginated with limit and cursor, and the schedule list with from and to', () => {
    for (const row of operationTable.filter((r) => r.name === 'list')) {
      assert.equal(row.paginated, true, row.operationId);
      const params = spec.paths[row.path].get.parameters.map((p: any) => p.$ref ?? p.name);
      assert.ok(params.includes('#/components/parameters/Limit'), row.operationId);
      assert.ok(params.includes('#/components/parameters/Cursor'), row.operationId);
      if (row.resource === 'schedule') assert.ok(params.includes('from') && params.includes('to'));
    }
    const limit = spec.components.parameters.Limit.schema;
    assert.deepEqual([limit.minimum, limit.maximum, limit.default], [1, 100, 20]);
  });
});
