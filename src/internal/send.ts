/** The request pipeline: one call, from a resource method to its result, top to bottom. */
import pRetry from 'p-retry';
import type { ApiResult } from '../api-promise.ts';
import type { ActionKeys } from '../idempotency/actions.ts';
import type { KeyGuard } from '../idempotency/guard.ts';
import type { OperationSpec } from '../operation.ts';
import type { ResolvedOptions } from '../options.ts';
import { retryOptions } from '../retry/policy.ts';
import { Call } from './call.ts';
import { maskOf } from './conceal.ts';
import { buildHeaders, resolveToken } from './headers.ts';
import { type CallInput, type PreparedRequest, prepare, requestContext } from './prepare.ts';
import { untilAborted } from './signals.ts';

// Imported last, in a group of its own (as ky is in attempt.ts): bundled, our modules then sit together before
// ky rather than around it, and the bundle gzips smaller.

import { attempt } from './attempt.ts';

/** What every call of one client shares. */
export interface ClientParts {
  readonly options: ResolvedOptions;
  /** Remembers which request each key went out with. */
  readonly guard: KeyGuard;
  /** Saved keys and single flight of named actions. */
  readonly actions: ActionKeys;
}

/** One call. Input problems reject the returned promise (never throw synchronously), like every other failure. */
export async function send(
  client: ClientParts,
  operation: OperationSpec,
  input: CallInput,
): Promise<ApiResult<unknown>> {
  // 1. Prepare once: options, URL, body bytes, key, identity.
  const request = prepare(client.options, operation, input);
  if (request.action === undefined) return execute(client, request);
  // 2. A named action: its saved key, one request in flight. The shared request runs on its own signal and
  //    without a deadline: each caller's abort and deadline end that caller only, and the request is stopped
  //    once every caller has left.
  const { url, body, operation: op } = request;
  return client.actions.run(
    request.action,
    request.identity,
    // What `client.actions.resume` needs to send it again (never the token).
    {
      operationId: op.operationId,
      pathParams: input.pathArgs as string[],
      query: url.search === '' ? undefined : Object.fromEntries(url.searchParams),
      body,
    },
    {
      context: requestContext(request, { attempts: 0 }),
      signal: request.options.signal,
      deadline: request.options.deadline,
    },
    (idempotencyKey, signal) =>
      execute(client, {
        ...request,
        idempotencyKey,
        options: { ...request.options, signal, deadline: undefined },
      }),
  );
}

async function execute(client: ClientParts, request: PreparedRequest): Promise<ApiResult<unknown>> {
  const { idempotencyKey } = request;
  // 3. Claim the key: it never goes out with another request.
  if (idempotencyKey !== undefined) {
    client.guard.claim(idempotencyKey, request.identity, requestContext(request, { attempts: 0 }));
  }
  // 4. The call's state: its signal (abort and deadline), attempts, outcome, budget spent, and its trace
  //    (internal/trace.ts), which logs each attempt and wait and tells the instrumentation the call started.
  const call = new Call(request);
  try {
    // 5. Headers, with one token for every attempt: servers that scope keys per credential must see the
    //    retries in one scope.
    const token = await untilAborted(resolveToken(request.options.accessToken, call.context()), call.signal);
    const headers = buildHeaders(token, request);
    call.mask = maskOf(token, request.options.headers);
    // 6. p-retry around one attempt; every failure is decided by the retry policy.
    return call.succeeded(await pRetry(() => attempt(call, headers), retryOptions(call)));
  } catch (error) {
    // 7. Finish: an abort that lands after the last attempt succeeded comes too late (the action is done,
    //    and saying otherwise would report a committed write as aborted); else the error to throw, with the
    //    call's trace. Either way the instrumentation is told the call ended.
    if (call.result !== undefined) return call.succeeded(call.result);
    throw call.failed(error, client.guard);
  } finally {
    call.dispose();
  }
}
