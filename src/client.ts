import { operationTable } from '../generated/operations.ts';
import type { ManagementResources } from '../generated/resources.ts';
import { ApiPromise, type ApiResult, type Page, PagePromise } from './api-promise.ts';
import { ActionKeys, type ClientActions, noPending } from './idempotency/actions.ts';
import { KeyGuard } from './idempotency/guard.ts';
import { MemoryKeyStore } from './idempotency/stores.ts';
import { type CallInput, readArgs } from './internal/prepare.ts';
import { type ClientParts, send } from './internal/send.ts';
import type { OperationSpec } from './operation.ts';
import { type ClientOptions, resolveClientOptions } from './options.ts';

// The resources are attached in the constructor, from the generated table.
export interface ManagementClient extends ManagementResources {}

/**
 * The Management API client. Every operation of openapi.yaml is a typed method on a resource:
 * path parameters first, then the body (or the query of a list), then per-call options.
 *
 * Every non-GET call sends an `Idempotency-Key` (a fresh UUID v4, or the one you pass) and keeps it across
 * its automatic retries, so a retry after a lost response replays the stored result instead of acting twice.
 *
 * @example
 * ```ts
 * import { ManagementClient } from 'management-sdk';
 *
 * const client = new ManagementClient({ baseUrl: 'https://api.studio.example', accessToken: process.env.TOKEN! });
 * const created = await client.classes.create({
 *   name: 'Morning Flow',
 *   instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
 *   locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
 *   capacity: 20,
 *   durationMinutes: 60,
 *   startsAt: '2026-12-01T07:00:00Z',
 * });
 * await client.locations.rooms.update(locationId, roomId, { capacity: 12 });
 * for await (const cls of client.classes.list({ limit: 50 })) console.log(cls.name);
 * ```
 *
 * @category Client
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above.
export class ManagementClient {
  readonly #parts: ClientParts;
  /**
   * The named actions (the `action` option) whose outcome is not settled: list them after a reload, resume
   * them with their saved keys, or let them go. See {@link ClientActions}.
   */
  readonly actions: ClientActions;

  /**
   * @param options - `baseUrl` and `accessToken`, and client-wide defaults for every call.
   * @throws {InvalidArgumentError} when an option is missing or out of range.
   */
  constructor(options: ClientOptions) {
    const resolved = resolveClientOptions(options);
    this.#parts = {
      options: resolved,
      guard: new KeyGuard(resolved.replayWindow),
      actions: new ActionKeys(
        resolved.keyStore ?? new MemoryKeyStore(),
        resolved.replayWindow,
        resolved.onWarning,
      ),
    };
    const keys = this.#parts.actions;
    this.actions = {
      pending: () => keys.pending(),
      resume: <T>(name: string, options?: object) =>
        new ApiPromise<T>(
          keys.resumable(name).then(([{ operationId, body }, { pathParams, query }]) => {
            const operation = operationTable.find((op) => op.operationId === operationId);
            // Saved by a version whose operations differ, or edited by hand: not a request this client can send.
            if (!operation || !Array.isArray(pathParams)) throw noPending(name);
            return send(this.#parts, operation, {
              pathArgs: pathParams,
              body,
              query,
              callOptions: { ...options, action: name },
            }) as Promise<ApiResult<T>>;
          }),
        ),
      forget: (name) => keys.forget(name),
      subscribe: (listener) => keys.subscribe(listener),
      snapshot: () => keys.snapshot(),
    };
    for (const operation of operationTable) {
      let node = this as unknown as Record<string, unknown>;
      for (const part of operation.resource.split('.')) {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
      node[operation.name] = (...args: unknown[]) => this.#call(operation, readArgs(operation, args));
    }
  }

  /**
   * Forgets the saved key of a named action (the `action` option), so that its next call starts afresh with a
   * new key. For an action the user abandoned or changed: the client refuses to send an action's key with a
   * different request (`IdempotencyConflictError`, reason `key-reused`), since its first request may have
   * happened; after this, the next call may perform the action again.
   *
   * @example
   * ```ts
   * // The user edited the draft after a failed create: a new request, on purpose.
   * await client.forgetAction(`create-class:${draft.id}`);
   * await client.classes.create(editedBody, { action: `create-class:${draft.id}` });
   * ```
   *
   * @deprecated Use `client.actions.forget(action)`, the same.
   */
  forgetAction(action: string): Promise<void> {
    return this.#parts.actions.forget(action);
  }

  /** Starts the call; a paginated operation's promise can also fetch the pages after it. */
  #call(operation: OperationSpec, input: CallInput): ApiPromise<unknown> {
    const first = send(this.#parts, operation, input);
    if (!operation.paginated) return new ApiPromise(first);
    const fetchPage = (cursor: string): ApiPromise<Page> =>
      new ApiPromise(
        send(this.#parts, operation, { ...input, query: { ...input.query, cursor } }) as Promise<
          ApiResult<Page>
        >,
      );
    return new PagePromise(first as Promise<ApiResult<Page>>, fetchPage);
  }
}
