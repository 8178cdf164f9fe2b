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

export type * from '../generated/resources.ts';
export {
  type KeyStore,
  MemoryKeyStore,
  parseSavedKey,
  type SavedKey,
  WebStorageKeyStore,
} from './action-keys.ts';
export { GUARD_CAPACITY, type ManagementWarning } from './actions.ts';
export { ApiPromise, type ApiResult, type Page, PagePromise } from './api-promise.ts';
export { ManagementClient } from './client.ts';
export {
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
  type ManagementErrorOptions,
  NotFoundError,
  PermissionDeniedError,
  type Problem,
  ProblemType,
  RateLimitError,
  RequestAbortedError,
  type RequestContext,
  TimeoutError,
  UnprocessableEntityError,
} from './errors.ts';
export { MAX_IDEMPOTENCY_KEY_LENGTH, validateIdempotencyKey } from './idempotency.ts';
export type { OperationSpec } from './operation.ts';
export {
  type AccessToken,
  type ClientOptions,
  defaults,
  type MutationOptions,
  type RequestOptions,
  type RetryEvent,
  type RetryReason,
} from './options.ts';
export { RetryBudget, type RetryBudgetOptions } from './retry-budget.ts';
