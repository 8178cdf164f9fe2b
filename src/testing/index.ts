/**
 * `management-sdk/testing`: a mock Management API server for tests (Node only).
 *
 * It implements every operation of openapi.yaml with an in-memory store, validates every request against the
 * spec, keeps the idempotency contract (stored responses, replays, key conflicts, keys in progress) and fails
 * in the ways networks fail, on demand or at a seeded random rate. Tests read what really happened from
 * {@link MockServer.effects} and {@link MockServer.requests}.
 *
 * @example
 * ```ts
 * import { createMockServer } from 'management-sdk/testing';
 *
 * const server = await createMockServer();
 * try {
 *   server.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
 *   // ...call `${server.url}/v1/classes` with `Authorization: Bearer test-token` and retry with the same key...
 *   assert.equal(server.effects.byOperation('managementCreateClass'), 1);
 * } finally {
 *   await server.close();
 * }
 * ```
 *
 * @module
 */

export { createMockServer } from './server.ts';
export {
  DEFAULT_TOKEN,
  type EffectCounts,
  type Fault,
  type FaultKind,
  type FaultMatch,
  type HeldRequest,
  type MockServer,
  type MockServerOptions,
  type ReceivedRequest,
} from './types.ts';
