/**
 * management-sdk: the TypeScript client of the fitness-studio Management API.
 *
 * @example
 * ```ts
 * import { ManagementClient, IdempotencyConflictError } from 'management-sdk';
 *
 * const client = new ManagementClient({ baseUrl: 'https://api.studio.example', accessToken: 'token' });
 * const created = await client.classes.create({ name: 'Morning Flow', ... });
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
