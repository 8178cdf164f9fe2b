/** One attempt: the one ky call, the body read, and the response mapped to data or to our error. */
import ky from 'ky';
import type { ApiResult } from '../api-promise.ts';
import { ApiError, InvalidResponseError, idempotencyConflictReason, parseProblem } from '../errors.ts';
import type { Call } from './call.ts';
import { toManagementError } from './failure.ts';
import { describeValue } from './prepare.ts';
import { linkedSignal, untilAborted } from './signals.ts';

// p-retry owns the retry loop and the attempt timeout covers the body too, so ky's own are off.
const http = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });

/** Sends the call's request once, reads the whole body, and maps the response to data or to our error. */
export async function attempt(call: Call, headers: Record<string, string>): Promise<ApiResult<unknown>> {
  const { request } = call;
  const { options, operation, url } = request;
  call.attempts++;
  const timeout = linkedSignal(
    call.signal,
    options.timeout,
    () => new DOMException('attempt timed out', 'TimeoutError'),
  );
  const signal = timeout.signal as AbortSignal;
  let response: Response | undefined;
  let text: string;
  try {
    if (call.signal?.aborted) throw call.signal.reason;
    const send = options.fetch ?? globalThis.fetch;
    // A custom fetch that ignores its signal must not outlive the timeout, deadline or abort. The platform's
    // fetch honours it, so the extra listener is spared on the common path.
    const bounded = <T>(promise: Promise<T>): Promise<T> =>
      options.fetch === undefined ? promise : untilAborted(promise, signal);
    response = await bounded(
      http(url, {
        method: operation.method,
        headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        // The attempt's signal goes straight to fetch: handed to ky, it would be joined to ky's own with
        // AbortSignal.any on every attempt, a cost measured at ~9 µs per call for a timeout ky does not run.
        fetch: (input, init) => send(input, { ...init, signal }),
      }),
    );
    // Duck-typed: a Response from another realm or a fetch polyfill is still a Response.
    if (typeof (response as Partial<Response> | null)?.text !== 'function') {
      throw new TypeError(`fetch resolved to ${describeValue(response)}, not a Response`);
    }
    text = await bounded(response.text());
  } catch (error) {
    throw toManagementError(error, call, signal, response !== undefined);
  } finally {
    timeout.dispose();
  }
  if (!response.ok) {
    call.outcomeUnknown = mayHaveActed(
      response,
      text,
      request.idempotencyKey !== undefined,
      call.outcomeUnknown,
    );
    throw ApiError.from({ response, body: text, requiredScope: operation.scope, ...call.context() });
  }
  call.outcomeUnknown = false;
  let data: unknown;
  try {
    data = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    // A write did happen, but its result is lost: a retry with the same key replays the stored one.
    call.outcomeUnknown = true;
    throw new InvalidResponseError(
      `${operation.method} ${url.href} answered ${response.status} with a body that is not JSON`,
      response,
      text,
      { ...call.context(), cause },
    );
  }
  const replayed = isReplay(response.headers);
  call.result = { data, response, idempotencyKey: request.idempotencyKey, replayed, attempts: call.attempts };
  return call.result;
}

/** Whether a failed response leaves open that this or an earlier attempt performed the action. */
function mayHaveActed(response: Response, body: string, keySent: boolean, before: boolean): boolean {
  const { status } = response;
  // A replay is the stored outcome of the key's first request: now it is known.
  if (isReplay(response.headers)) return false;
  if (status === 409) {
    const reason = idempotencyConflictReason(parseProblem(body), response.headers, keySent);
    // In progress: being performed right now. Reused: the key holds another request, so ours was not stored.
    if (reason === 'in-progress') return true;
    if (reason === 'key-reused') return false;
  }
  // A gateway's 500/502/504 may hide a committed action.
  if (status === 500 || status === 502 || status === 504) return true;
  // Anything else may come from before the idempotency layer (auth, a proxy, a router): it says nothing
  // about what an earlier attempt did.
  return before;
}

/** The server says this answer is the stored outcome of the key's first request. */
function isReplay(headers: Headers): boolean {
  const value = headers.get('idempotency-replayed') ?? headers.get('idempotent-replayed');
  return value?.trim().toLowerCase() === 'true';
}
