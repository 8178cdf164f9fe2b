import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operationTable } from '../../generated/operations.ts';
import { openapiDocument } from '../../generated/spec.ts';
import type { OperationSpec } from '../../src/operation.ts';
import { clientFor } from '../helpers/client.ts';
import { UUID_V4 } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

/** The path parameter that names each resource's items. */
const ID_PARAM: Record<string, string> = {
  classes: 'classId',
  members: 'membershipId',
  schedule: 'occurrenceId',
  content: 'contentId',
  plans: 'planId',
  instructors: 'instructorId',
  locations: 'locationId',
  'locations.rooms': 'roomId',
  coupons: 'couponId',
  programs: 'programId',
};

/** Creates first, then reads, then updates, then what removes things (rooms before their location). */
function phase(op: OperationSpec): number {
  if (op.method === 'POST' && op.pathParams.length === op.resource.split('.').length - 1) return 0;
  if (op.method === 'GET') return op.paginated ? 1 : 2;
  if (op.method === 'PATCH') return 3;
  return op.resource === 'locations' ? 5 : 4;
}

function exampleBody(op: OperationSpec): unknown {
  const paths = openapiDocument.paths as Record<string, Record<string, any>>;
  let body = paths[op.path]?.[op.method.toLowerCase()]?.requestBody;
  if (body?.$ref) body = (openapiDocument.components as any).requestBodies[body.$ref.split('/').pop()];
  return body?.content?.['application/json']?.example;
}

test('every operation of the spec is a method of the client, and works against the mock', async (t) => {
  const mock = await startMock(t);
  const client = clientFor(mock, { maxRetries: 0 });
  const ids: Record<string, string> = {};
  const called: string[] = [];
  for (const op of [...operationTable].sort((a, b) => phase(a) - phase(b))) {
    const resource = op.resource.split('.').reduce<any>((at, key) => at[key], client);
    const method = resource[op.name];
    assert.equal(typeof method, 'function', `client.${op.resource}.${op.name}`);
    const args: unknown[] = op.pathParams.map((name) => {
      assert.ok(ids[name], `no ${name} known yet for ${op.operationId}`);
      return ids[name];
    });
    if (op.body !== 'none') args.push(exampleBody(op));
    const result = await method.apply(resource, args).withResponse();
    assert.equal(result.response.status, op.successStatus, op.operationId);
    if (op.method === 'GET') assert.equal(result.idempotencyKey, undefined);
    else assert.match(result.idempotencyKey, UUID_V4);
    const idParam = ID_PARAM[op.resource] as string;
    if (op.paginated) ids[idParam] ??= result.data.data[0]?.id;
    else if (phase(op) === 0)
      ids[idParam] = op.resource === 'members' ? result.data.membershipId : result.data.id;
    called.push(op.operationId);
  }
  assert.equal(called.length, operationTable.length);
  assert.equal(mock.effects.total(), operationTable.filter((op) => op.method !== 'GET').length);
});
