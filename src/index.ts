/**
 * management-sdk: the TypeScript client of the fitness-studio Management API.
 *
 * @example
 * ```ts
 * import { ManagementClient } from 'management-sdk';
 *
 * const client = new ManagementClient({ baseUrl: 'https://api.studio.example', accessToken: 'token' });
 * const created = await client.classes.create({
 *   name: 'Morning Flow',
 *   instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
 *   locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
 *   capacity: 20,
 *   durationMinutes: 60,
 *   startsAt: '2026-12-01T07:00:00Z',
 * });
 * ```
 *
 * @packageDocumentation
 */

// The public surface, by hand: everything else in src/ is private (src/internal/ above all). Left out on purpose:
// - GUARD_CAPACITY: how many keys the key-reuse guard remembers, a tuning detail of the guard, not an API;
// - OperationSpec: the row type of the generated operation table, which no public API takes or returns;
// - parseSavedKey: a key store hands back a SavedKey object, and the client checks it itself;
// - the constructors of ApiPromise and PagePromise: only the client makes them, so they are exported as types.
export type * from '../generated/resources.ts';
export type { ApiPromise, ApiResult, Page, PagePromise } from './api-promise.ts';
export { ManagementClient } from './client.ts';
export {
  ActionExpiredError,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  IdempotencyConflictError,
  type IdempotencyConflictReason,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  ManagementError,
  // The options of the public error constructors.
  type ManagementErrorOptions,
  NotFoundError,
  PermissionDeniedError,
  type Problem,
  ProblemType,
  RateLimitError,
  RedirectError,
  RequestAbortedError,
  type RequestContext,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
} from './errors.ts';
export type { ClientActions, PendingAction } from './idempotency/actions.ts';
export {
  type IndexedDBFactory,
  IndexedDBKeyStore,
  type IndexedDBKeyStoreOptions,
} from './idempotency/indexeddb.ts';
export { MAX_IDEMPOTENCY_KEY_LENGTH, validateIdempotencyKey } from './idempotency/key.ts';
export {
  type KeyStore,
  MemoryKeyStore,
  type SavedKey,
  type SettledResult,
  WebStorageKeyStore,
} from './idempotency/stores.ts';
export {
  type AccessToken,
  type ClientOptions,
  defaults,
  type Logger,
  type LogLevel,
  type ManagementWarning,
  type MutationOptions,
  type RequestOptions,
  type RetryEvent,
} from './options.ts';
export { RetryBudget, type RetryBudgetOptions, type RetryKind } from './retry/budget.ts';
export type {
  AttemptInstrument,
  AttemptTrace,
  CallInstrument,
  CallStart,
  Instrumentation,
  RetryReason,
  WaitReason,
} from './trace.ts';
