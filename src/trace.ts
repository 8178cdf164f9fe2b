/**
 * What a call did, for you to see: the trace of its attempts on every result and error, and the hooks an
 * instrumentation (OpenTelemetry's, through `management-sdk/otel`) is told about them with.
 *
 * @module
 */

/**
 * Why the client waits before the next attempt:
 * - `backoff`: exponential backoff with jitter after a network failure, a timeout, or a 408, 429, 500, 502,
 *   503 or 504;
 * - `retry-after`: the server said when to come back (`Retry-After` on 429, 503, …);
 * - `in-progress`: the server is still processing a request with this key (409); the client waits for it.
 *
 * @example
 * ```ts
 * await client.classes.create(body, {
 *   onRetry: ({ reason }) => {
 *     if (reason === 'in-progress') showSpinner('Still saving…');
 *   },
 * });
 * ```
 *
 * @category Observability
 */
export type RetryReason = 'backoff' | 'retry-after' | 'in-progress';

/**
 * What followed an attempt, in its {@link AttemptTrace}: a wait before the next attempt (a {@link RetryReason}),
 * or why a failure that could have been retried was not:
 * - `budget-exhausted`: the client's retry budget could not pay for a retry (the server looks overloaded);
 * - `deadline`: the wait would have ended past the call's `deadline`.
 *
 * @example
 * ```ts
 * const { trace } = await client.classes.create(body).withResponse();
 * const reasons: WaitReason[] = trace.flatMap((a) => (a.waitReason ? [a.waitReason] : []));
 * ```
 *
 * @category Observability
 */
export type WaitReason = RetryReason | 'budget-exhausted' | 'deadline';

/**
 * One attempt of a call, as the client saw it: on every result (`withResponse().trace`) and every error
 * (`error.trace`), in the order sent. Small on purpose (no body, no header, no token): fit for a log line or
 * a support ticket, and enough to answer "why did this take 9 seconds?".
 *
 * @example
 * ```ts
 * const { trace } = await client.classes.create(body).withResponse();
 * for (const a of trace) console.log(a.attempt, a.status ?? a.error, `${a.durationMs} ms`, a.requestId, a.waitReason, a.waitMs);
 * // 1 'ConnectionError' '12 ms' undefined 'backoff' 734
 * // 2 201 '9 ms' 'req_…' undefined undefined
 * ```
 *
 * @category Observability
 */
export interface AttemptTrace {
  /** The attempt's number: 1 for the first. */
  readonly attempt: number;
  /** When it started, in milliseconds since the epoch. */
  readonly startedAt: number;
  /** How long it took, in milliseconds: until the last byte of the response, or the failure. */
  readonly durationMs: number;
  /** The HTTP status, when a response came back. */
  readonly status?: number;
  /** The name of the error the attempt failed with (`'ConnectionError'`, `'InternalServerError'`, …), if it did. */
  readonly error?: string;
  /** The response's `X-Request-Id`: the id the server logged the request under. */
  readonly requestId?: string;
  /** True when the response was the server's stored replay of the key's first request. */
  readonly replayed?: boolean;
  /**
   * How long the client waited after this attempt before the next one, in milliseconds; 0 when a retry was
   * refused (`waitReason` `budget-exhausted` or `deadline`). Absent when nothing followed.
   */
  readonly waitMs?: number;
  /** Why it waited, or why it did not retry; see {@link WaitReason}. */
  readonly waitReason?: WaitReason;
}

/**
 * A hook the client calls at the start and end of every call and attempt: the seam an instrumentation
 * plugs into (the `instrumentation` client option). `management-sdk/otel` builds one from an OpenTelemetry
 * `Tracer`; write your own for another tracer. An exception thrown by a hook ends the call with it.
 *
 * @example
 * ```ts
 * const timings: Instrumentation = {
 *   startCall: (call) => ({
 *     startAttempt: () => ({ end: (a) => console.log(call.operationId, a.attempt, a.status ?? a.error, a.durationMs) }),
 *     end: (trace, error) => console.log(call.operationId, trace.length, error === undefined ? 'ok' : 'failed'),
 *   }),
 * };
 * const client = new ManagementClient({ baseUrl, accessToken, instrumentation: timings });
 * ```
 *
 * @category Observability
 */
export interface Instrumentation {
  /** A call starts (before its token is read); what it returns is told about the call's attempts and end. */
  startCall(call: CallStart): CallInstrument | undefined;
}

/**
 * What a call is, for {@link Instrumentation.startCall}. Never holds a credential.
 *
 * @example
 * ```ts
 * const instrumentation: Instrumentation = {
 *   startCall: ({ resource, name, method, path }: CallStart) => {
 *     console.log(`${resource}.${name}: ${method} ${path}`); // classes.create: POST /v1/classes
 *     return undefined;
 *   },
 * };
 * ```
 *
 * @category Observability
 */
export interface CallStart {
  /** The resource the method belongs to, as a path on the client: `classes`, `locations.rooms`. */
  readonly resource: string;
  /** The method's name on its resource: `create`. */
  readonly name: string;
  /** The spec's operationId: `managementCreateClass`. */
  readonly operationId: string;
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The full URL of the request (a base URL never holds credentials). */
  readonly url: string;
  /** The spec's path template: `/v1/classes/{classId}`. */
  readonly path: string;
  /** The `Idempotency-Key` every attempt sends (undefined for GET). */
  readonly idempotencyKey: string | undefined;
}

/**
 * One call's instrument, from {@link Instrumentation.startCall}.
 *
 * @example
 * ```ts
 * const perCall: CallInstrument = {
 *   startAttempt: (trace, headers) => {
 *     headers['x-attempt'] = String(trace.length); // sent with this attempt
 *     return undefined;
 *   },
 *   end: (trace) => console.log(`${trace.length} attempts`),
 * };
 * ```
 *
 * @category Observability
 */
export interface CallInstrument {
  /**
   * An attempt starts. `trace` is the call's trace so far, ending with this attempt's entry (the one before
   * it says what the client waited for). `headers` starts empty: what the instrument puts there is sent with
   * this attempt (trace context such as `traceparent`), under the call's own headers, which it cannot change.
   */
  startAttempt(
    trace: readonly AttemptTrace[],
    headers: Record<string, string>,
  ): AttemptInstrument | undefined;
  /** The call ended: with `error` (the error the call rejects with), or with a result when it is undefined. */
  end(trace: readonly AttemptTrace[], error?: unknown): void;
}

/**
 * One attempt's instrument, from {@link CallInstrument.startAttempt}.
 *
 * @example
 * ```ts
 * const attempt: AttemptInstrument = {
 *   end: (entry, error) => console.log(entry.attempt, entry.status, error instanceof ApiError ? error.problem?.title : ''),
 * };
 * ```
 *
 * @category Observability
 */
export interface AttemptInstrument {
  /** The attempt ended: its trace entry, complete but for the wait, and the error it failed with, if any. */
  end(attempt: AttemptTrace, error?: unknown): void;
}
