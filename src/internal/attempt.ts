/** One attempt: the one ky call, the body read, and the response mapped to data or to our error. */
import type { ApiResult } from '../api-promise.ts';
import {
  ApiError,
  InvalidResponseError,
  idempotencyConflictReason,
  ManagementError,
  parseProblem,
  ResponseTooLargeError,
} from '../errors.ts';
import type { Call } from './call.ts';
import { conceal } from './conceal.ts';
import { toManagementError } from './failure.ts';
import { describeValue } from './prepare.ts';
import { linkedSignal, untilAborted } from './signals.ts';

// Imported last, in a chunk of its own (import sorting would put it first): bundled, the modules above then come
// before ky's 25 KB rather than after it, beside the rest of ours, and the bundle gzips smaller.

import ky from 'ky';

// p-retry owns the retry loop and the attempt timeout covers the body too, so ky's own are off.
const http = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });

/** The most of an error's body worth reading: what an error keeps (errors.ts), rounded up to whole bytes. */
const ERROR_BODY_BYTES = 32 * 1024;

/**
 * Sends the call's request once, reads the body, and maps the response to data or to our error. Whatever it
 * throws has the call's secrets masked, so neither onRetry nor the caller can see a token a server echoed.
 * The call's trace gets the attempt's entry; what the instrumentation adds to the headers (trace context)
 * never replaces one of the call's.
 */
export async function attempt(call: Call, headers: Record<string, string>): Promise<ApiResult<unknown>> {
  const { recorder } = call;
  const added = recorder.start(++call.attempts);
  let failure: unknown;
  try {
    return await send(call, added ? { ...added, ...headers } : headers);
  } catch (error) {
    failure = conceal(error, call.mask);
    throw failure;
  } finally {
    recorder.end(failure);
  }
}

async function send(call: Call, headers: Record<string, string>): Promise<ApiResult<unknown>> {
  const { request } = call;
  const { options, operation, url } = request;
  const timeout = linkedSignal(call.signal, options.timeout, 'attempt timed out');
  const signal = timeout.signal as AbortSignal;
  const where = `${operation.method} ${url.href}`;
  let response: Response | undefined;
  let text: string | undefined;
  let replayed = false;
  // Set as ky hands the request to fetch: from then on it may have left (internal/failure.ts).
  let handedOff = false;
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
        // Never followed: fetch would re-send a write as a GET without its body (301–303), or send its body,
        // key and headers to another origin (307, 308). A redirect is an answer, and an error (RedirectError).
        redirect: 'manual',
        // The attempt's signal goes straight to fetch: handed to ky, it would be joined to ky's own with
        // AbortSignal.any on every attempt, a cost measured at ~9 µs per call for a timeout ky does not run.
        fetch: async (input, init) => {
          // A missing or broken fetch (an old test environment) throws before anything could leave.
          if (typeof send !== 'function')
            throw new TypeError(`fetch is ${describeValue(send)}, not a function`);
          handedOff = true;
          const answer: unknown = await send(input, { ...init, signal });
          // Duck-typed, and before ky sees it: a Response from another realm or a polyfill is still a Response.
          if (typeof (answer as Partial<Response> | null)?.text !== 'function') {
            // Not retried (the same fetch would answer the same), but the request may have been sent.
            call.outcomeUnknown = true;
            throw new ManagementError(
              `${where}: fetch resolved to ${describeValue(answer)}, not a Response`,
              call.context(),
            );
          }
          return answer as Response;
        },
      }),
    );
    // The server says this answer is the stored outcome of the key's first request.
    replayed =
      (response.headers.get('idempotency-replayed') ?? response.headers.get('idempotent-replayed'))
        ?.trim()
        .toLowerCase() === 'true';
    call.recorder.responded(response, replayed);
    // An error's body is only read as far as the error keeps it; a success's up to maxResponseBytes.
    const ok = response.ok && !response.redirected;
    text = await bounded(readBody(response, ok ? options.maxResponseBytes : ERROR_BODY_BYTES, ok, signal));
  } catch (error) {
    throw toManagementError(error, call, signal, handedOff);
  } finally {
    timeout.dispose();
  }
  if (text === undefined) {
    // A write did happen, but its result is lost: a retry with the same key replays the stored one.
    call.outcomeUnknown = true;
    throw new ResponseTooLargeError(
      `${where} answered ${response.status} with a body over maxResponseBytes (${options.maxResponseBytes} bytes)`,
      response,
      options.maxResponseBytes,
      call.context(),
    );
  }
  if (response.redirected) {
    // A custom fetch followed a redirect despite redirect: 'manual': the answer is not from the request we sent.
    call.outcomeUnknown = true;
    throw new InvalidResponseError(
      `${where} was answered after a redirect the fetch followed; redirects must not be followed`,
      response,
      call.mask(text),
      call.context(),
    );
  }
  if (!response.ok) {
    // A replay is the stored outcome of the key's first request: now it is known.
    call.outcomeUnknown =
      !replayed && mayHaveActed(response, text, request.idempotencyKey !== undefined, call.outcomeUnknown);
    // Masked before anything is made of it: a cut or a parse of the raw text could keep part of a secret.
    const body = call.mask(text);
    throw ApiError.from({ response, body, requiredScope: operation.scope, ...call.context() });
  }
  call.outcomeUnknown = false;
  let data: unknown;
  try {
    // Only an operation whose success is 204 has no body: an empty one elsewhere is a lost result.
    if (text === '' && operation.successStatus !== 204) throw new SyntaxError('the body is empty');
    data = text === '' ? undefined : JSON.parse(text);
  } catch (error) {
    // A write did happen, but its result is lost: a retry with the same key replays the stored one.
    call.outcomeUnknown = true;
    const body = call.mask(text);
    // The parser's message quotes the text: the cause is the parse of the masked text.
    let cause = error;
    if (body !== text) {
      try {
        JSON.parse(body);
        cause = new SyntaxError('the body is not the JSON it should be');
      } catch (parseError) {
        cause = parseError;
      }
    }
    throw new InvalidResponseError(
      `${where} answered ${response.status} with ${text === '' ? 'an empty body' : 'a body that is not JSON'}`,
      response,
      body,
      { ...call.context(), cause },
    );
  }
  call.result = {
    data,
    response,
    idempotencyKey: request.idempotencyKey,
    replayed,
    attempts: call.attempts,
    requestId: call.requestId,
    trace: call.recorder.entries,
  };
  return call.result;
}

/**
 * The body as text, read as a stream and counted: past `limit` bytes the rest is cancelled, and the text is
 * undefined (`strict`: the body was wanted whole) or what was read so far (an error keeps only its start).
 */
async function readBody(
  response: Response,
  limit: number,
  strict: boolean,
  signal: AbortSignal,
): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  const body = response.body;
  if (strict && declared > limit) {
    body?.cancel().catch(() => {});
    return undefined;
  }
  // A Response-like without a stream (a polyfill): read whole, then judged.
  if (!body || typeof body.getReader !== 'function') {
    const text = await response.text();
    return strict && new TextEncoder().encode(text).byteLength > limit ? undefined : text;
  }
  const reader = body.getReader();
  // A custom fetch may ignore the signal: the stream is cancelled all the same, so its socket is let go.
  const cancel = () => reader.cancel().catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const decoder = new TextDecoder();
    let text = '';
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > limit) {
        cancel();
        return strict
          ? undefined
          : text + decoder.decode(value.subarray(0, value.byteLength - (size - limit)));
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** Whether a failed response (not a replay) leaves open that this or an earlier attempt performed the action. */
function mayHaveActed(response: Response, body: string, keySent: boolean, before: boolean): boolean {
  const { status } = response;
  if (status === 409) {
    const reason = idempotencyConflictReason(parseProblem(body), response.headers, keySent);
    // In progress: being performed right now. Reused: this request was not performed, but an earlier attempt
    // whose outcome was lost may have been (falls through to `before`).
    if (reason === 'in-progress') return true;
  }
  // A 302 or 303 after a write is the web's "done, now look there" (and a browser hides which redirect it was):
  // the action may have happened. 301, 307 and 308 ask for the same request elsewhere: nothing was done here.
  if (keySent && (status === 0 || status === 302 || status === 303)) return true;
  // A gateway's 500/502/504 may hide a committed action.
  if (status === 500 || status === 502 || status === 504) return true;
  // Anything else may come from before the idempotency layer (auth, a proxy, a router): it says nothing
  // about what an earlier attempt did.
  return before;
}
