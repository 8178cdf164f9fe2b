/**
 * The SDK's errors: one tree under {@link ManagementError}.
 *
 * ```text
 * ManagementError
 * ├── InvalidArgumentError            bad input, refused before anything was sent
 * ├── ActionExpiredError              a named action's key expired while its outcome is unknown
 * ├── RequestAbortedError             the caller's signal aborted the call
 * ├── ConnectionError                 no response: refused, reset, cut off mid-body
 * │   └── TimeoutError                an attempt took longer than `timeout`, or the call passed its `deadline`
 * ├── InvalidResponseError            a 2xx whose body is not what the operation promises (empty, not JSON)
 * │   └── ResponseTooLargeError       a body past `maxResponseBytes`
 * └── ApiError                        a non-2xx response ended the call
 *     ├── RedirectError               3xx (or a browser's opaque redirect): never followed, nothing was done
 *     ├── BadRequestError             400
 *     ├── AuthenticationError         401
 *     ├── PermissionDeniedError       403 (with the operation's required scope)
 *     ├── NotFoundError               404
 *     ├── ConflictError               409 to a request without an Idempotency-Key
 *     │   └── IdempotencyConflictError  every 409 to a request with one (reused, or still in progress)
 *     ├── UnprocessableEntityError    422
 *     ├── RateLimitError              429 (with the Retry-After delay)
 *     └── InternalServerError         5xx
 * ```
 *
 * @module
 */

import { parseRetryAfter } from './retry/retry-after.ts';
import type { AttemptTrace } from './trace.ts';

/**
 * An RFC 9457 problem, as the Management API sends it with `application/problem+json`.
 *
 * @example
 * ```ts
 * if (error instanceof BadRequestError) {
 *   for (const field of error.problem?.errors ?? []) console.log(field.pointer, field.detail);
 * }
 * ```
 *
 * @category Errors
 */
export interface Problem {
  /** A URI naming the problem type, for example `https://api.studio.example/problems/not-found`. */
  type?: string;
  /** A short summary of the problem type. */
  title?: string;
  /** The HTTP status the server sent with the problem. */
  status?: number;
  /** An explanation of this occurrence of the problem. */
  detail?: string;
  /** A URI for this occurrence of the problem. */
  instance?: string;
  /** Field problems of an invalid request: a JSON pointer into the request body and what is wrong there. */
  errors?: {
    /** A JSON pointer into the request (body, path or query) to the field, for example `/capacity`. */
    pointer: string;
    /** What is wrong with the field. */
    detail: string;
  }[];
  /** On a 403: the OAuth scope the operation requires. */
  requiredScope?: string;
  /** Problem types may add members of their own. */
  [member: string]: unknown;
}

/**
 * The problem types of the Management API that the SDK reacts to.
 *
 * @example
 * ```ts
 * if (error instanceof ApiError && error.problemType === ProblemType.idempotencyKeyReused) makeNewKey();
 * ```
 *
 * @category Errors
 */
export const ProblemType = {
  /** 409: the key was already used for a different request. A client bug: never retried. */
  idempotencyKeyReused: 'https://api.studio.example/problems/idempotency-key-reused',
  /** 409: a request with this key is still being processed. Retried with the same key. */
  idempotencyRequestInProgress: 'https://api.studio.example/problems/idempotency-request-in-progress',
} as const;

/**
 * What the request that failed was, for messages and for logs. Never holds a credential.
 *
 * @example
 * ```ts
 * if (error instanceof ManagementError && error.method && error.url) {
 *   const context: RequestContext = { method: error.method, url: error.url, attempts: error.attempts };
 *   logger.warn('request failed', context);
 * }
 * ```
 *
 * @category Errors
 */
export interface RequestContext {
  /** The HTTP method, upper case. */
  method: string;
  /** The full URL of the request. */
  url: string;
  /** The spec's operationId, when the call came through a resource method. */
  operationId?: string | undefined;
  /** The `Idempotency-Key` the call sent on every attempt (undefined for GET). */
  idempotencyKey?: string | undefined;
  /** How many attempts were sent before the call ended (0 when nothing was sent). */
  attempts?: number | undefined;
  /**
   * True when some attempt of a mutating call was sent and its outcome never learned (a timeout, a reset
   * after sending, a 5xx from a gateway), so the action may have happened: offer "retry with the same key".
   */
  outcomeUnknown?: boolean | undefined;
  /** The `X-Request-Id` of the response the error is about, if any. */
  requestId?: string | undefined;
}

/**
 * Options of every {@link ManagementError}: the request it is about and the error that caused it.
 *
 * @example
 * ```ts
 * throw new ManagementError('the token function failed', { method: 'POST', url, cause });
 * ```
 *
 * @category Errors
 */
export interface ManagementErrorOptions extends Partial<RequestContext> {
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The base class of every error this SDK throws. `instanceof ManagementError` catches them all.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof ManagementError && error.idempotencyKey) saveForRetry(error.idempotencyKey);
 *   throw error;
 * }
 * ```
 *
 * @category Errors
 */
export class ManagementError extends Error {
  /** Always `'ManagementError'`, also in minified code. */
  override name = 'ManagementError';
  // The fields of every error class are declared and assigned by its constructor, in the order they are listed:
  // a field defined without a value would cost bytes in the bundle only to be overwritten.
  /** The HTTP method of the request, when there was one. */
  declare readonly method: string | undefined;
  /** The URL of the request, when there was one. */
  declare readonly url: string | undefined;
  /** The operationId of the call, when it came through a resource method. */
  declare readonly operationId: string | undefined;
  /** The `Idempotency-Key` every attempt of the call sent; save it to retry the same action later. */
  declare readonly idempotencyKey: string | undefined;
  /** How many attempts were sent (0 when the call was refused before sending). */
  declare readonly attempts: number;
  /** True when an attempt was sent and its outcome is unknown: the action may have happened. */
  declare readonly outcomeUnknown: boolean;
  /**
   * The `X-Request-Id` of the response the error is about (an {@link ApiError}, an {@link InvalidResponseError},
   * or a body that broke off or timed out): the id the server logged the request under, for a support ticket.
   * The message of an error a call ends with ends with it. Undefined when no response came, or it had no id.
   */
  declare readonly requestId: string | undefined;
  /**
   * Every attempt of the call, in order, with what came back and the wait that followed (see
   * {@link AttemptTrace}); empty when nothing was sent.
   */
  declare readonly trace: readonly AttemptTrace[];

  constructor(message: string, options: ManagementErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.method = options.method;
    this.url = options.url;
    this.operationId = options.operationId;
    this.idempotencyKey = options.idempotencyKey;
    this.attempts = options.attempts ?? 0;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
    this.requestId = options.requestId;
    this.trace = [];
  }

  /** A plain object for logs: the error's fields, never a credential or a raw body stream. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      method: this.method,
      url: this.url,
      operationId: this.operationId,
      idempotencyKey: this.idempotencyKey,
      attempts: this.attempts,
      outcomeUnknown: this.outcomeUnknown,
      requestId: this.requestId,
      trace: this.trace,
    };
  }
}

/**
 * Bad input, refused before anything was sent: an invalid idempotency key, a missing path parameter, an
 * option out of range. Fix the call; retrying it cannot help.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body, { idempotencyKey: '' });
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) console.log(error.argument); // 'idempotencyKey'
 * }
 * ```
 *
 * @category Errors
 */
export class InvalidArgumentError extends ManagementError {
  /** Always `'InvalidArgumentError'`, also in minified code. */
  override name = 'InvalidArgumentError';
  /** The argument or option that was refused, for example `idempotencyKey` or `classId`. */
  declare readonly argument: string;

  constructor(argument: string, message: string, options?: ManagementErrorOptions) {
    super(message, options);
    this.argument = argument;
  }
}

/**
 * A named action's saved key has expired on the server (it is older than `replayWindow`) while the outcome of
 * its first request is unknown: sending it again, with the old key or a new one, could perform the action a
 * second time. Nothing was sent. Check whether the action happened (a `get` or a `list`), then call
 * `forgetAction(action)` to start it afresh.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body, { action: 'create-class:draft-42' });
 * } catch (error) {
 *   if (error instanceof ActionExpiredError) console.warn(`check first: ${error.action}, sent ${error.firstSentAt}`);
 * }
 * ```
 *
 * @category Errors
 */
export class ActionExpiredError extends ManagementError {
  /** Always `'ActionExpiredError'`, also in minified code. */
  override name = 'ActionExpiredError';
  /** The action's name (the `action` option). */
  declare readonly action: string;
  /** The request the key was first sent with (method, path and body), when it was saved. */
  declare readonly request: string | undefined;
  /** When the key was first sent, when that was saved. */
  declare readonly firstSentAt: Date | undefined;

  constructor(
    message: string,
    action: string,
    request: string | undefined,
    firstSentAt: number | undefined,
    options?: ManagementErrorOptions,
  ) {
    super(message, options);
    this.action = action;
    this.request = request;
    this.firstSentAt = firstSentAt === undefined ? undefined : new Date(firstSentAt);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), action: this.action };
  }
}

/**
 * The caller's `signal` aborted the call, during an attempt or a wait. Never retried.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const call = client.classes.list({}, { signal: controller.signal });
 * controller.abort();
 * await call.catch((error) => error instanceof RequestAbortedError); // true
 * ```
 *
 * @category Errors
 */
export class RequestAbortedError extends ManagementError {
  /** Always `'RequestAbortedError'`, also in minified code. */
  override name = 'RequestAbortedError';
}

/**
 * No response was received: the connection was refused, reset, or cut off in the middle of the response.
 * Thrown once retries are used up. Check {@link ManagementError.outcomeUnknown} before telling a user the
 * action failed.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof ConnectionError) showOffline(error.outcomeUnknown ? 'may have been saved' : 'not saved');
 * }
 * ```
 *
 * @category Errors
 */
export class ConnectionError extends ManagementError {
  /** Always `'ConnectionError'`, also in minified code. */
  override name = 'ConnectionError';
}

/**
 * The call ran out of time: its attempts took longer than the `timeout` option and retries are used up
 * (`kind: 'attempt'`), or the whole call passed its `deadline` (`kind: 'deadline'`).
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body, { deadline: 10_000 });
 * } catch (error) {
 *   if (error instanceof TimeoutError && error.kind === 'deadline') console.log(`gave up after ${error.timeout} ms`);
 * }
 * ```
 *
 * @category Errors
 */
export class TimeoutError extends ConnectionError {
  /** Always `'TimeoutError'`, also in minified code. */
  override name = 'TimeoutError';
  /** The timeout that was exceeded, in milliseconds: `timeout` or `deadline`. */
  declare readonly timeout: number;
  /** Which limit was exceeded: one attempt's `timeout`, or the call's `deadline`. */
  declare readonly kind: 'attempt' | 'deadline';

  constructor(
    message: string,
    timeout: number,
    options?: ManagementErrorOptions,
    kind: 'attempt' | 'deadline' = 'attempt',
  ) {
    super(message, options);
    this.timeout = timeout;
    this.kind = kind;
  }
}

/**
 * A 2xx response whose body is not the JSON it should be. Not retried: the server did answer.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof InvalidResponseError) report(error.status, error.body);
 * }
 * ```
 *
 * @category Errors
 */
export class InvalidResponseError extends ManagementError {
  /** Always `'InvalidResponseError'`, also in minified code. */
  override name = 'InvalidResponseError';
  /** The HTTP status of the response. */
  declare readonly status: number;
  /** The body text, as received: its first 8,192 characters, credentials masked. */
  declare readonly body: string;
  /** The raw response (its body has been read; headers not masked). Left out of `inspect` and `toJSON()`. */
  declare readonly response: Response;

  constructor(message: string, response: Response, body: string, options?: ManagementErrorOptions) {
    super(message, options);
    this.status = response.status;
    hide(this, 'response', response);
    this.body = keep(body);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status };
  }
}

/**
 * A response body longer than `maxResponseBytes`: the client stopped reading it and cancelled the rest.
 * Not retried (the same request would bring the same body). For a write, the action may have happened
 * (`outcomeUnknown`): a retry with the same key replays it.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.list({ limit: 100 }, { maxResponseBytes: 1_000_000 });
 * } catch (error) {
 *   if (error instanceof ResponseTooLargeError) console.log(`over ${error.limit} bytes`);
 * }
 * ```
 *
 * @category Errors
 */
export class ResponseTooLargeError extends InvalidResponseError {
  /** Always `'ResponseTooLargeError'`, also in minified code. */
  override name = 'ResponseTooLargeError';
  /** The limit that was passed, in bytes. */
  declare readonly limit: number;

  constructor(message: string, response: Response, limit: number, options?: ManagementErrorOptions) {
    super(message, response, '', options);
    this.limit = limit;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limit: this.limit };
  }
}

/**
 * What {@link ApiError.from} needs to build an error from a response.
 *
 * @example
 * ```ts
 * const init: ApiErrorInit = { response, body: await response.text(), method: 'POST', url };
 * throw ApiError.from(init);
 * ```
 *
 * @category Errors
 */
export interface ApiErrorInit extends ManagementErrorOptions {
  /** The response that ended the call (its body has been read). */
  response: Response;
  /** The response body as text. */
  body: string;
  /** The scope the operation requires, for 403 messages. */
  requiredScope?: string | undefined;
}

/**
 * A non-2xx response ended the call. Use the subclasses to tell statuses apart; every one carries the
 * status, the parsed RFC 9457 {@link Problem} (when the body was one), the response headers and the request.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof ApiError) console.log(error.status, error.problem?.title, error.headers.get('retry-after'));
 * }
 * ```
 *
 * @category Errors
 */
export class ApiError<TStatus extends number = number> extends ManagementError {
  /** Always `'ApiError'`, also in minified code. */
  override name = 'ApiError';
  /** The HTTP status. */
  declare readonly status: TStatus;
  /** The RFC 9457 problem from the body, or undefined when the body was not one (an HTML 502 page, say). */
  declare readonly problem: Problem | undefined;
  /** The response headers. */
  declare readonly headers: Headers;
  /**
   * The response body text: a problem's JSON, a proxy's HTML page, or empty; its first 8,192
   * characters, credentials masked.
   */
  declare readonly body: string;
  /**
   * The raw response (its body has been read: use {@link ApiError.body}; its headers are not masked: use
   * {@link ApiError.headers}). Left out of `inspect` and `toJSON()`.
   */
  declare readonly response: Response;
  /**
   * When the server said to come back (its `Retry-After`), on an error the client did not wait out: the wait
   * was longer than `maxRetryAfter`, would have passed the `deadline`, or came after the last retry. For a
   * UI's "try again at 12:05" instead of a sleep or a guess. Undefined without a Retry-After.
   */
  declare readonly retryAt: Date | undefined;

  constructor(message: string, init: ApiErrorInit, problem: Problem | undefined = parseProblem(init.body)) {
    super(message, init);
    // In the order of the fields above, the order `inspect` shows them in.
    this.status = init.response.status as TStatus;
    this.problem = problem;
    // A native copy: a fetch polyfill's own Headers class would escape the masking of echoed secrets.
    this.headers = new Headers(init.response.headers);
    hide(this, 'response', init.response);
    this.body = keep(init.body);
    const wait = parseRetryAfter(this.headers.get('retry-after'));
    this.retryAt = wait === undefined ? undefined : new Date(Date.now() + wait);
  }

  /** The problem's `type`, or undefined. */
  get problemType(): string | undefined {
    return this.problem?.type;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, problem: this.problem, retryAt: this.retryAt };
  }

  /**
   * The one factory from a response to its error class, chosen by status (and, for 409, by problem type).
   *
   * @example
   * ```ts
   * const error = ApiError.from({ response, body: await response.text(), method: 'GET', url });
   * ```
   */
  static from(init: ApiErrorInit): ApiError {
    const { status, statusText } = init.response;
    const problem = parseProblem(init.body);
    // The message: method, URL, status and the problem's title (or the status text), then its detail (or the
    // start of a body that is not JSON), and a 403's scope.
    const what = problem?.title ?? statusText;
    const body = init.body.trim();
    let message = `${requestOf(init)} failed with ${status}${what ? ` ${what}` : ''}`;
    if (problem?.detail) message += `: ${redact(problem.detail)}`;
    else if (!problem && body) message += ` (non-JSON body: ${JSON.stringify(redact(body).slice(0, 80))})`;
    const scope = status === 403 && scopeOf(init, problem);
    if (scope) message += ` (requires scope ${scope})`;
    // A redirect (status 0 is a browser's opaque one). Never followed.
    if (status === 0 || (status >= 300 && status < 400 && status !== 304)) return new RedirectError(init);
    if (status === 409) {
      const reason = idempotencyConflictReason(
        problem,
        init.response.headers,
        init.idempotencyKey !== undefined,
      );
      if (reason) return new IdempotencyConflictError(message, reason, init, problem);
    }
    const ErrorClass = ERROR_CLASSES[status] ?? (status >= 500 ? InternalServerError : ApiError);
    return new ErrorClass(message, init, problem);
  }
}

/**
 * The server answered with a redirect (3xx), which the client never follows: a followed redirect would send
 * the write again as a GET without its body, or send its body, key and headers to another origin. Never
 * retried. After a 301, 307 or 308 the server did not act on the request. A 302 or 303 to a write is often the
 * web's "done, now look there", so its outcome is unknown (`outcomeUnknown`); so is a browser's opaque
 * redirect (`status` 0, no `location`), which hides which one it was.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof RedirectError) console.error(`baseUrl is out of date: the API moved to ${error.location}`);
 * }
 * ```
 *
 * @category Errors
 */
export class RedirectError extends ApiError {
  /** Always `'RedirectError'`, also in minified code. */
  override name = 'RedirectError';
  /** Where the server pointed (the `Location` header, as sent), when it was readable. */
  declare readonly location: string | undefined;

  constructor(init: ApiErrorInit) {
    const { status, headers } = init.response;
    const location = headers.get('location') ?? undefined;
    // Said of a write only: a 302 or 303 (or an opaque redirect, which hides which it was) may follow the action.
    const outcome =
      status === 0 || status === 302 || status === 303
        ? 'this one may mean the server acted: retry with the same key to learn the outcome'
        : 'the server did not act on this request';
    super(
      `${requestOf(init)} answered ${status ? `${status} ${location ? `redirecting to ${location}` : 'without Location'}` : 'an opaque redirect'}; redirects are not followed${init.idempotencyKey === undefined ? '' : `, and ${outcome}`}`,
      init,
    );
    this.location = location;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), location: this.location };
  }
}

/**
 * 400: the server refused the request as invalid; {@link Problem.errors} lists the fields.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof BadRequestError) highlight(error.problem?.errors ?? []);
 * }
 * ```
 *
 * @category Errors
 */
export class BadRequestError extends ApiError<400> {
  /** Always `'BadRequestError'`, also in minified code. */
  override name = 'BadRequestError';
}

/**
 * 401: the access token is missing, unknown or expired.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof AuthenticationError) redirectToLogin();
 * }
 * ```
 *
 * @category Errors
 */
export class AuthenticationError extends ApiError<401> {
  /** Always `'AuthenticationError'`, also in minified code. */
  override name = 'AuthenticationError';
}

/**
 * 403: the access token lacks the scope the operation requires.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof PermissionDeniedError) console.log(`needs scope ${error.requiredScope}`);
 * }
 * ```
 *
 * @category Errors
 */
export class PermissionDeniedError extends ApiError<403> {
  /** Always `'PermissionDeniedError'`, also in minified code. */
  override name = 'PermissionDeniedError';
  /** The scope the operation requires (from the problem, else from the spec). */
  declare readonly requiredScope: string | undefined;

  constructor(message: string, init: ApiErrorInit, problem?: Problem) {
    super(message, init, problem);
    this.requiredScope = scopeOf(init, this.problem);
  }
}

/**
 * 404: no such resource.
 *
 * @example
 * ```ts
 * const cls = await client.classes.get(id).catch((error) => (error instanceof NotFoundError ? undefined : Promise.reject(error)));
 * ```
 *
 * @category Errors
 */
export class NotFoundError extends ApiError<404> {
  /** Always `'NotFoundError'`, also in minified code. */
  override name = 'NotFoundError';
}

/**
 * 409 to a request that sent no `Idempotency-Key` (a GET): the request conflicts with the resource's state.
 * A 409 to a write is always an {@link IdempotencyConflictError}.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof ConflictError && !(error instanceof IdempotencyConflictError)) reload();
 * }
 * ```
 *
 * @category Errors
 */
export class ConflictError extends ApiError<409> {
  /** Always `'ConflictError'`, also in minified code. */
  override name = 'ConflictError';
}

/**
 * Why the server refused an `Idempotency-Key`:
 * - `key-reused`: the key was already used for a different request (or the 409 names a problem of another
 *   kind). Never retried. If an earlier attempt's outcome was lost, `outcomeUnknown` stays true.
 * - `in-progress`: a request with this key is still being processed. The SDK waits and retries with the same
 *   key; this error means the wait bound (`inProgressTimeout`) ran out.
 *
 * @example
 * ```ts
 * if (error instanceof IdempotencyConflictError) {
 *   const reason: IdempotencyConflictReason = error.reason; // 'key-reused' | 'in-progress'
 * }
 * ```
 *
 * @category Errors
 */
export type IdempotencyConflictReason = 'key-reused' | 'in-progress';

/**
 * Every 409 to a request that sent an `Idempotency-Key`: the key reused for a different request, or its
 * request still in progress (the README, "How keys and retries work", says how the reason is read).
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body, { idempotencyKey: saved });
 * } catch (error) {
 *   if (error instanceof IdempotencyConflictError && error.reason === 'key-reused') forgetKey(saved);
 * }
 * ```
 *
 * @category Errors
 */
export class IdempotencyConflictError extends ConflictError {
  /** Always `'IdempotencyConflictError'`, also in minified code. */
  override name = 'IdempotencyConflictError';
  /** Why the key was refused. */
  declare readonly reason: IdempotencyConflictReason;

  constructor(message: string, reason: IdempotencyConflictReason, init: ApiErrorInit, problem?: Problem) {
    super(message, init, problem);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/**
 * 422: the request is well-formed but breaks a business rule.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof UnprocessableEntityError) showRule(error.problem?.detail);
 * }
 * ```
 *
 * @category Errors
 */
export class UnprocessableEntityError extends ApiError<422> {
  /** Always `'UnprocessableEntityError'`, also in minified code. */
  override name = 'UnprocessableEntityError';
}

/**
 * 429: too many requests. Thrown once retries are used up, or when Retry-After is beyond `maxRetryAfter`.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof RateLimitError) retryLater(error.retryAfterMs ?? 60_000);
 * }
 * ```
 *
 * @category Errors
 */
export class RateLimitError extends ApiError<429> {
  /** Always `'RateLimitError'`, also in minified code. */
  override name = 'RateLimitError';
  /** The server's Retry-After as a delay in milliseconds, when it sent one. */
  declare readonly retryAfterMs: number | undefined;

  constructor(message: string, init: ApiErrorInit, problem?: Problem) {
    super(message, init, problem);
    this.retryAfterMs = parseRetryAfter(this.headers.get('retry-after'));
  }
}

/**
 * 5xx: the server or a gateway failed. A 500, 502, 503 or 504 is retried, and thrown once retries are used up
 * (or when its Retry-After is beyond `maxRetryAfter`); any other 5xx (501, 505, …) is thrown at once.
 *
 * @example
 * ```ts
 * try {
 *   await client.classes.create(body);
 * } catch (error) {
 *   if (error instanceof InternalServerError && error.outcomeUnknown) offerRetry(error.idempotencyKey);
 * }
 * ```
 *
 * @category Errors
 */
export class InternalServerError extends ApiError {
  /** Always `'InternalServerError'`, also in minified code. */
  override name = 'InternalServerError';
}

/** The error class of each status that has one of its own (redirects and 5xx are ranges: see ApiError.from). */
const ERROR_CLASSES: Partial<
  Record<number, new (message: string, init: ApiErrorInit, problem?: Problem) => ApiError>
> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * An option or argument refused before anything was sent, in the one shape every such message has:
 * ``Expected `name` what, got got.`` (`got` left out when there is nothing to show).
 */
export function expected(
  name: string,
  what: string,
  got?: string,
  options?: ManagementErrorOptions,
): InvalidArgumentError {
  return new InvalidArgumentError(
    name,
    `Expected \`${name}\` ${what}${got === undefined ? '' : `, got ${got}`}.`,
    options,
  );
}

/** The caller's signal ended the call: the one message for it, wherever the abort is noticed. */
export function aborted(
  context: RequestContext,
  cause: unknown,
  reason: unknown = cause,
): RequestAbortedError {
  let why: string;
  try {
    why = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  } catch {
    // A reason without a string form (Object.create(null)) must not turn the abort into a TypeError.
    why = typeof reason;
  }
  return new RequestAbortedError(`${context.method} ${context.url} was aborted (${why})`, {
    ...context,
    cause,
  });
}

/** The call passed its deadline: the one message for it, wherever the deadline is noticed. */
export function deadlineExceeded(context: RequestContext, deadline: number, cause?: unknown): TimeoutError {
  const n = context.attempts;
  return new TimeoutError(
    `${context.method} ${context.url} passed its deadline of ${deadline} ms${n ? ` (${n} attempt${n === 1 ? '' : 's'})` : ''}`,
    deadline,
    { ...context, cause },
    'deadline',
  );
}

/** The RFC 9457 problem in a response body, or undefined when the body is not a JSON object. */
export function parseProblem(body: string): Problem | undefined {
  if (!body.trimStart().startsWith('{')) return undefined;
  try {
    // Text that starts with `{` is, if it parses at all, an object.
    return JSON.parse(body) as Problem;
  } catch {
    return undefined;
  }
}

/**
 * Why a 409 refused the key, or undefined when the request sent none (then no 409 can be about a key).
 * On a request with a key, every 409 is about it (the Management API documents no other 409), because
 * a 409 taken for a business conflict while the key's request is still running would invite "try again with a
 * new key", and a second action. Rules, in order:
 * 1. the problem type names the reason by its last segment, whatever the host: `idempotency-key-reused`,
 *    `idempotency-request-in-progress`;
 * 2. an untyped 409 (no problem JSON, no `type`, `about:blank`) or one with `Retry-After` is a request still
 *    in flight (the IETF draft's 409 needs neither a type nor a Retry-After): `in-progress`, polled;
 * 3. any other typed 409 is `key-reused`: never retried, and it never clears an outcome left unknown.
 *
 * @category Errors
 */
export function idempotencyConflictReason(
  problem: Problem | undefined,
  headers: Headers,
  keySent: boolean,
): IdempotencyConflictReason | undefined {
  if (!keySent) return undefined;
  const type = typeof problem?.type === 'string' && problem.type !== 'about:blank' ? problem.type : undefined;
  const name = type
    ?.replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split(/[/:]/)
    .pop();
  if (name === 'idempotency-key-reused') return 'key-reused';
  if (name === 'idempotency-request-in-progress') return 'in-progress';
  return name === undefined || headers.has('retry-after') ? 'in-progress' : 'key-reused';
}

/** The request a response answered, for messages: its method and URL. */
function requestOf(init: ApiErrorInit): string {
  return `${init.method ?? 'GET'} ${init.url ?? init.response.url}`;
}

/** The scope a 403 names: the problem's, else the one the spec says the operation requires. */
function scopeOf(init: ApiErrorInit, problem: Problem | undefined): string | undefined {
  return typeof problem?.requiredScope === 'string' ? problem.requiredScope : init.requiredScope;
}

/** Masks credentials a proxy page or a server may echo back, so that they never reach a message or a log. */
function redact(text: string): string {
  return text.replace(/\b(Bearer|Basic)\s+[^\s"'<>,;]+/gi, '$1 [redacted]');
}

/**
 * The longest body an error keeps, in characters: enough for any problem document, not for a proxy's 50 MB
 * page.
 */
const MAX_KEPT_BODY = 8192;

function keep(body: string): string {
  // Never half a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(body.charAt(MAX_KEPT_BODY - 2)) ? MAX_KEPT_BODY - 2 : MAX_KEPT_BODY - 1;
  return redact(body.length <= MAX_KEPT_BODY ? body : `${body.slice(0, end)}…`);
}

/** A field that code can read but `inspect`, `toJSON()` and spreading leave out (the raw response). */
function hide(target: object, name: string, value: unknown): void {
  // A property defined anew is not enumerable (nor writable) unless it says so.
  Object.defineProperty(target, name, { value });
}
