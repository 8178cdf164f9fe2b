import ky, { isNetworkError, type KyInstance } from 'ky';
import pRetry from 'p-retry';
import { v4 as uuidv4 } from 'uuid';
import { operationTable } from '../generated/operations.ts';
import type { ManagementResources } from '../generated/resources.ts';
import { MemoryKeyStore } from './action-keys.ts';
import { ActionKeys, KeyGuard, requestIdentity } from './actions.ts';
import { ApiPromise, type ApiResult, type Page, PagePromise } from './api-promise.ts';
import {
  ApiError,
  ConnectionError,
  IdempotencyConflictError,
  InvalidArgumentError,
  InvalidResponseError,
  idempotencyConflictReason,
  ManagementError,
  parseProblem,
  RequestAbortedError,
  type RequestContext,
  TimeoutError,
} from './errors.ts';
import { validateIdempotencyKey } from './idempotency.ts';
import type { OperationSpec } from './operation.ts';
import {
  type ClientOptions,
  type MutationOptions,
  type ResolvedOptions,
  resolveCallOptions,
  resolveClientOptions,
  resolveReplayWindow,
} from './options.ts';
import { decideRetry, type RetryDecision, type RetryState } from './retry.ts';
import { sleep, untilAborted } from './signals.ts';

/** One request, fully described before the first attempt. */
interface PreparedRequest {
  readonly operation: OperationSpec;
  readonly url: URL;
  /** The JSON body, serialized once so that every attempt sends the same bytes. */
  readonly body: string | undefined;
  /** Method, path and body: what the key-reuse guard compares. */
  readonly identity: string;
  readonly idempotencyKey: string | undefined;
  readonly options: ResolvedOptions;
}

/** What the client learns over the attempts of one call. */
interface CallState extends RetryState {
  /** Aborts on the caller's signal or when the deadline passes; every attempt and wait of the call listens. */
  readonly signal: AbortSignal | undefined;
  /** Tokens the call's retries took from the retry budget, given back if the call succeeds. */
  spent: number;
  attempts: number;
  /** An attempt was sent and its outcome not learned since. */
  outcomeUnknown: boolean;
  /** The last failure and the decision taken for it (p-retry asks three callbacks about the same failure). */
  decided: { error: unknown; decision: RetryDecision } | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

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
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above.
export class ManagementClient {
  readonly #options: ResolvedOptions;
  readonly #ky: KyInstance;
  readonly #guard: KeyGuard;
  readonly #actions: ActionKeys;

  /**
   * @param options - `baseUrl` and `accessToken`, and client-wide defaults for every call.
   * @throws {InvalidArgumentError} when an option is missing or out of range.
   */
  constructor(options: ClientOptions) {
    this.#options = resolveClientOptions(options);
    // p-retry owns the retry loop and the attempt timeout covers the body too, so ky's own are off.
    this.#ky = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });
    const replayWindow = resolveReplayWindow(options.replayWindow);
    const { keyStore, onWarning } = options;
    if (
      keyStore !== undefined &&
      (keyStore === null ||
        typeof keyStore !== 'object' ||
        !['get', 'set', 'delete'].every(
          (m) => typeof (keyStore as unknown as Record<string, unknown>)[m] === 'function',
        ))
    ) {
      throw new InvalidArgumentError('keyStore', 'Expected `keyStore` to have get, set and delete methods.');
    }
    if (onWarning !== undefined && typeof onWarning !== 'function') {
      throw new InvalidArgumentError('onWarning', 'Expected `onWarning` to be a function.');
    }
    this.#guard = new KeyGuard(replayWindow);
    this.#actions = new ActionKeys(
      keyStore ?? new MemoryKeyStore(),
      replayWindow,
      onWarning ?? ((warning) => console.warn(warning.message)),
    );
    for (const operation of operationTable) {
      const parts = operation.resource.split('.');
      let node = this as unknown as Record<string, unknown>;
      for (const part of parts) {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
      node[operation.name] = (...args: unknown[]) => this.#call(operation, args);
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
   */
  forgetAction(action: string): Promise<void> {
    return this.#actions.forget(action);
  }

  /** Splits a method's positional arguments by the operation's shape and starts the call. */
  #call(operation: OperationSpec, args: unknown[]): ApiPromise<unknown> {
    const pathArgs = args.slice(0, operation.pathParams.length);
    let next = operation.pathParams.length;
    const body = operation.body === 'none' ? undefined : args[next++];
    const query =
      operation.query === 'none' ? undefined : (args[next++] as Record<string, unknown> | undefined);
    const callOptions = args[next] as MutationOptions | undefined;
    const first = this.#start(operation, pathArgs, body, query, callOptions);
    if (!operation.paginated) return new ApiPromise(first);
    const fetchPage = (cursor: string): ApiPromise<Page> =>
      new ApiPromise(
        this.#start(operation, pathArgs, body, { ...query, cursor }, callOptions) as Promise<ApiResult<Page>>,
      );
    return new PagePromise(first as Promise<ApiResult<Page>>, fetchPage);
  }

  /** Input problems reject the returned promise (never throw synchronously), like every other failure. */
  async #start(
    operation: OperationSpec,
    pathArgs: unknown[],
    body: unknown,
    query: Record<string, unknown> | undefined,
    callOptions: MutationOptions | undefined,
  ): Promise<ApiResult<unknown>> {
    const request = this.#prepare(operation, pathArgs, body, query, callOptions);
    const action = callOptions?.action;
    if (action === undefined || SAFE_METHODS.has(operation.method)) return this.#execute(request);
    // The shared request of an action runs on its own signal and without a deadline: each caller's abort and
    // deadline end that caller only, and the request is stopped once every caller has left.
    return this.#actions.run(
      action,
      request.identity,
      {
        context: context(request, { attempts: 0 }),
        signal: request.options.signal,
        deadline: request.options.deadline,
      },
      (idempotencyKey, signal) =>
        this.#execute({
          ...request,
          idempotencyKey,
          options: { ...request.options, signal, deadline: undefined },
        }),
    );
  }

  /** Resolves options, builds the URL, serializes the body and makes the key: once, before any attempt. */
  #prepare(
    operation: OperationSpec,
    pathArgs: unknown[],
    body: unknown,
    query: Record<string, unknown> | undefined,
    callOptions: MutationOptions | undefined,
  ): PreparedRequest {
    const options = resolveCallOptions(this.#options, callOptions);
    const url = buildUrl(options.baseUrl, operation, pathArgs, query);
    const mutating = !SAFE_METHODS.has(operation.method);
    if (callOptions?.action !== undefined) {
      if (typeof callOptions.action !== 'string' || callOptions.action === '') {
        throw new InvalidArgumentError(
          'action',
          'Expected `action` to be a non-empty string naming the action.',
        );
      }
      if (callOptions.idempotencyKey !== undefined) {
        throw new InvalidArgumentError(
          'action',
          'Pass `action` or `idempotencyKey`, not both: an action brings its own key.',
        );
      }
    }
    // A named action's key is its saved one, read in #start.
    const idempotencyKey =
      !mutating || callOptions?.action !== undefined
        ? undefined
        : callOptions?.idempotencyKey === undefined
          ? uuidv4()
          : validateIdempotencyKey(callOptions.idempotencyKey);
    const serialized = serializeBody(operation, body);
    const identity = requestIdentity(operation.method, url, serialized);
    return { operation, url, body: serialized, identity, idempotencyKey, options };
  }

  /** The pipeline: p-retry around one ky attempt; each failure is decided by the retry policy. */
  async #execute(request: PreparedRequest): Promise<ApiResult<unknown>> {
    const { options, idempotencyKey, operation } = request;
    const scope = callSignal(options);
    const state: CallState = {
      signal: scope.signal,
      spent: 0,
      attempts: 0,
      countedRetries: 0,
      inProgressSince: undefined,
      deadlineAt: options.deadline === undefined ? undefined : Date.now() + options.deadline,
      outcomeUnknown: false,
      decided: undefined,
    };
    // p-retry asks three callbacks about each failure; the first, shouldConsumeRetry, also tells the backoff.
    const decide = (error: unknown, backoffMs = 0): RetryDecision => {
      const cached = state.decided;
      if (cached !== undefined && cached.error === error) return cached.decision;
      let decision: RetryDecision =
        error instanceof ManagementError ? decideRetry(error, state, options) : { retry: false };
      // A backoff that would end past the deadline only delays the deadline's error.
      if (decision.retry && decision.reason === 'backoff' && state.deadlineAt !== undefined) {
        if (Date.now() + backoffMs >= state.deadlineAt) decision = { retry: false };
      }
      if (decision.retry && decision.counts && options.retryBudget) {
        const cost = options.retryBudget.spend(error instanceof TimeoutError);
        if (cost === undefined) decision = { retry: false };
        else state.spent += cost;
      }
      state.decided = { error, decision };
      return decision;
    };
    if (idempotencyKey !== undefined)
      this.#guard.claim(idempotencyKey, request.identity, context(request, state));
    let succeeded: ApiResult<unknown> | undefined;
    try {
      // One token for every attempt: servers that scope keys per credential must see the retries in one scope.
      const headers = await untilAborted(buildHeaders(request), state.signal);
      const result = await pRetry(async () => (succeeded = await this.#attempt(request, state, headers)), {
        // decideRetry enforces maxRetries itself: p-retry's count would also stop the polls of a request in
        // progress, which do not count against maxRetries.
        retries: Number.POSITIVE_INFINITY,
        minTimeout: options.minRetryDelay,
        maxTimeout: options.maxRetryDelay,
        factor: 2,
        randomize: true,
        maxRetryTime: options.deadline ?? Number.POSITIVE_INFINITY,
        signal: state.signal,
        // Waits the server asked for (Retry-After, a request in progress) are slept exactly in
        // onFailedAttempt; only plain backoff goes through p-retry's own delay.
        shouldConsumeRetry: ({ error, retryDelay }) => {
          const decision = decide(error, retryDelay);
          return !decision.retry || decision.reason === 'backoff';
        },
        onFailedAttempt: async ({ error, attemptNumber, retryDelay }) => {
          const decision = decide(error);
          if (!decision.retry) return;
          if (decision.counts) state.countedRetries++;
          if (decision.reason === 'in-progress') state.inProgressSince ??= Date.now();
          const delayMs = decision.waitMs ?? retryDelay;
          options.onRetry?.({
            attempt: attemptNumber,
            delayMs,
            reason: decision.reason,
            error: error as ManagementError,
            idempotencyKey,
            method: operation.method,
            url: request.url.href,
            operationId: operation.operationId,
          });
          if (decision.waitMs !== undefined) await sleep(decision.waitMs, state.signal);
        },
        shouldRetry: ({ error }) => decide(error).retry,
      });
      options.retryBudget?.succeeded(state.spent);
      return result;
    } catch (error) {
      // An abort that lands after the last attempt succeeded comes too late: the action is done, and saying
      // otherwise would report a committed write as aborted.
      if (succeeded !== undefined) {
        options.retryBudget?.succeeded(state.spent);
        return succeeded;
      }
      // Unless the server may have stored a result for the key, the key protects nothing: let it be reused.
      if (
        idempotencyKey !== undefined &&
        !state.outcomeUnknown &&
        !(error instanceof IdempotencyConflictError)
      ) {
        this.#guard.release(idempotencyKey);
      }
      // p-retry rejects with the signal's reason when it stops a wait; say which signal it was.
      const where = `${operation.method} ${request.url.href}`;
      if (options.signal?.aborted && !(error instanceof RequestAbortedError)) {
        throw new RequestAbortedError(`${where} was aborted`, {
          ...context(request, state),
          cause: options.signal.reason,
        });
      }
      if (
        state.signal?.aborted &&
        !options.signal?.aborted &&
        !(error instanceof TimeoutError && error.kind === 'deadline')
      ) {
        throw deadlineError(request, state, state.decided?.error ?? error);
      }
      throw error;
    } finally {
      scope.dispose();
    }
  }

  /** One attempt: send, read the whole body, and map the response to data or to our error. */
  async #attempt(
    request: PreparedRequest,
    state: CallState,
    headers: Record<string, string>,
  ): Promise<ApiResult<unknown>> {
    const { options, operation, url } = request;
    state.attempts++;
    const attempt = new AbortController();
    const timer = setTimeout(
      () => attempt.abort(new DOMException('attempt timed out', 'TimeoutError')),
      options.timeout,
    );
    const onAbort = () => attempt.abort(state.signal?.reason);
    state.signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response | undefined;
    let text: string;
    try {
      if (state.signal?.aborted) throw state.signal.reason;
      const send = options.fetch ?? globalThis.fetch;
      // A custom fetch that ignores its signal must not outlive the timeout, deadline or abort. The platform's
      // fetch honours it, so the extra listener is spared on the common path.
      const bounded = <T>(promise: Promise<T>): Promise<T> =>
        options.fetch === undefined ? promise : untilAborted(promise, attempt.signal);
      response = await bounded(
        this.#ky(url, {
          method: operation.method,
          headers,
          ...(request.body === undefined ? {} : { body: request.body }),
          // The attempt's signal goes straight to fetch: handed to ky, it would be joined to ky's own with
          // AbortSignal.any on every attempt, a cost measured at ~9 µs per call for a timeout ky does not run.
          fetch: (input, init) => send(input, { ...init, signal: attempt.signal }),
        }),
      );
      // Duck-typed: a Response from another realm or a fetch polyfill is still a Response.
      if (typeof (response as Partial<Response> | null)?.text !== 'function') {
        throw new TypeError(`fetch resolved to ${describeValue(response)}, not a Response`);
      }
      text = await bounded(response.text());
    } catch (error) {
      throw failure(error, request, state, attempt.signal, response !== undefined);
    } finally {
      clearTimeout(timer);
      state.signal?.removeEventListener('abort', onAbort);
    }
    if (!response.ok) {
      state.outcomeUnknown = mayHaveActed(
        response,
        text,
        request.idempotencyKey !== undefined,
        state.outcomeUnknown,
      );
      throw ApiError.from({
        response,
        body: text,
        requiredScope: operation.scope,
        ...context(request, state),
      });
    }
    state.outcomeUnknown = false;
    let data: unknown;
    try {
      data = text === '' ? undefined : JSON.parse(text);
    } catch (cause) {
      // A write did happen, but its result is lost: a retry with the same key replays the stored one.
      state.outcomeUnknown = true;
      throw new InvalidResponseError(
        `${operation.method} ${url.href} answered ${response.status} with a body that is not JSON`,
        response,
        text,
        { ...context(request, state), cause },
      );
    }
    const replayed = isReplay(response.headers);
    return { data, response, idempotencyKey: request.idempotencyKey, replayed, attempts: state.attempts };
  }
}

/**
 * Turns what an attempt threw into one of our errors. `hadResponse`: the headers had arrived, so a failure
 * is the body being cut off.
 */
function failure(
  error: unknown,
  request: PreparedRequest,
  state: CallState,
  attemptSignal: AbortSignal,
  hadResponse: boolean,
): ManagementError {
  if (error instanceof ManagementError) return error;
  const { options, operation, url } = request;
  const where = `${operation.method} ${url.href}`;
  const network = hadResponse || isNetworkError(error);
  const aborted = options.signal?.aborted === true;
  if ((network || attemptSignal.aborted) && !neverSent(error)) state.outcomeUnknown = true;
  const cause = sanitize(error);
  const ctx = { ...context(request, state), cause };
  if (aborted) return new RequestAbortedError(`${where} was aborted`, ctx);
  if (state.signal?.aborted) return deadlineError(request, state, cause);
  if (attemptSignal.aborted) {
    return new TimeoutError(
      `${where} timed out after ${options.timeout} ms (attempt ${state.attempts})`,
      options.timeout,
      ctx,
    );
  }
  if (network)
    return new ConnectionError(`${where} failed without a complete response: ${describeCause(cause)}`, ctx);
  // Not the network: the request could not be built (an invalid header value, a custom fetch that threw).
  return new ManagementError(`${where} could not be sent: ${describeCause(cause)}`, ctx);
}

function deadlineError(request: PreparedRequest, state: CallState, cause: unknown): TimeoutError {
  const deadline = request.options.deadline ?? 0;
  return new TimeoutError(
    `${request.operation.method} ${request.url.href} did not complete within its deadline of ${deadline} ms (${state.attempts} ${state.attempts === 1 ? 'attempt' : 'attempts'})`,
    deadline,
    { ...context(request, state), cause },
    'deadline',
  );
}

/** The call's signal: the caller's, joined by a timer when the call has a deadline. */
function callSignal(options: ResolvedOptions): { signal: AbortSignal | undefined; dispose: () => void } {
  const { signal, deadline } = options;
  if (deadline === undefined) return { signal, dispose: () => {} };
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  const timer = setTimeout(
    () => controller.abort(new DOMException('deadline exceeded', 'TimeoutError')),
    deadline,
  );
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

function context(
  request: PreparedRequest,
  state: { attempts: number; outcomeUnknown?: boolean },
): RequestContext {
  return {
    method: request.operation.method,
    url: request.url.href,
    operationId: request.operation.operationId,
    idempotencyKey: request.idempotencyKey,
    attempts: state.attempts,
    // Only a write can have happened behind our back; a read's outcome does not matter.
    outcomeUnknown: request.idempotencyKey !== undefined && state.outcomeUnknown === true,
  };
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

async function buildHeaders(request: PreparedRequest): Promise<Record<string, string>> {
  const { options } = request;
  let token: unknown;
  try {
    token = typeof options.accessToken === 'function' ? await options.accessToken() : options.accessToken;
  } catch (cause) {
    throw new ManagementError('The `accessToken` function failed, so nothing was sent', {
      ...context(request, { attempts: 0 }),
      cause,
    });
  }
  // Whitespace or control characters would let a token smuggle extra header lines, or be refused by fetch.
  if (typeof token !== 'string' || token === '' || !/^[\x21-\x7e]+$/.test(token)) {
    throw new InvalidArgumentError(
      'accessToken',
      'Expected `accessToken` to give a non-empty token without whitespace or control characters.',
      context(request, { attempts: 0 }),
    );
  }
  // Lowest to highest: SDK defaults, auth, client and per-call headers, then the call's key, which nothing overrides.
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    authorization: `Bearer ${token}`,
  };
  Object.assign(headers, options.headers);
  if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
  else delete headers['idempotency-key'];
  return headers;
}

function buildUrl(
  baseUrl: URL,
  operation: OperationSpec,
  pathArgs: unknown[],
  query: Record<string, unknown> | undefined,
): URL {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const index = operation.pathParams.indexOf(name);
    const value = pathArgs[index];
    // '.' and '..' survive encoding and are resolved by the URL parser: they would address another resource.
    if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
      throw new InvalidArgumentError(
        name,
        `${operation.resource}.${operation.name}: expected \`${name}\` (argument ${index + 1}) to be a non-empty string other than '.' and '..', got ${typeof value === 'string' ? JSON.stringify(value) : describeValue(value)}.`,
      );
    }
    try {
      return encodeURIComponent(value);
    } catch (cause) {
      // A lone UTF-16 surrogate has no UTF-8 encoding.
      throw new InvalidArgumentError(
        name,
        `${operation.resource}.${operation.name}: \`${name}\` (argument ${index + 1}) is not well-formed Unicode.`,
        { cause },
      );
    }
  });
  // Joined as text after the origin, not resolved against the base: a base path like `//host` stays a path.
  const url = new URL(`${baseUrl.origin}${baseUrl.pathname.replace(/\/+$/, '')}${path}`);
  if (query !== undefined) {
    if (query === null || typeof query !== 'object' || Array.isArray(query)) {
      throw new InvalidArgumentError(
        'query',
        `${operation.resource}.${operation.name}: expected the query to be an object, got ${describeValue(query)}.`,
      );
    }
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new InvalidArgumentError(
          'query',
          `${operation.resource}.${operation.name}: expected query parameter \`${name}\` to be a string, number or boolean, got ${describeValue(value)}.`,
        );
      }
      url.searchParams.set(name, String(value));
    }
  }
  return url;
}

function serializeBody(operation: OperationSpec, body: unknown): string | undefined {
  if (body === undefined) {
    if (operation.body === 'required') {
      throw new InvalidArgumentError(
        'body',
        `${operation.resource}.${operation.name}: a request body is required.`,
      );
    }
    return undefined;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidArgumentError(
      'body',
      `${operation.resource}.${operation.name}: expected the body to be an object, got ${describeValue(body)}.`,
    );
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(body);
  } catch (cause) {
    throw new InvalidArgumentError(
      'body',
      `${operation.resource}.${operation.name}: the body cannot be serialized as JSON.`,
      { cause },
    );
  }
  // A toJSON() that returns undefined would send no body at all.
  if (json === undefined || !json.startsWith('{')) {
    throw new InvalidArgumentError(
      'body',
      `${operation.resource}.${operation.name}: the body must serialize to a JSON object, got ${json === undefined ? 'nothing' : json.slice(0, 20)}.`,
    );
  }
  return json;
}

function isReplay(headers: Headers): boolean {
  const value = headers.get('idempotency-replayed') ?? headers.get('idempotent-replayed');
  return value?.trim().toLowerCase() === 'true';
}

// No connection, no address, or a request undici refused to send.
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_INVALID_ARG',
  'UND_ERR_NOT_SUPPORTED',
]);

/** Errors that prove the request never left this machine (so its outcome is known: nothing happened). */
function neverSent(error: unknown): boolean {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && NEVER_SENT_CODES.has(code)) return true;
  }
  return false;
}

/**
 * The error an attempt failed with, safe to keep: ky's wrapper (which holds the failed Request, and with it the
 * Authorization header) is dropped, and every error in the cause chain that holds objects (a Request, a socket,
 * a custom fetch's request options) is copied without them.
 */
function sanitize(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 8) return error;
  if ('request' in error && depth === 0 && error.cause !== undefined) return sanitize(error.cause, depth + 1);
  const cause = error.cause === undefined ? undefined : sanitize(error.cause, depth + 1);
  const own = Object.entries(error).filter(([name]) => name !== 'cause');
  const holdsObjects = own.some(([, value]) => value !== null && typeof value === 'object');
  if (!holdsObjects && cause === error.cause) return error;
  const copy = new Error(error.message, cause === undefined ? undefined : { cause });
  copy.name = error.name;
  if (error.stack !== undefined) copy.stack = error.stack;
  for (const [name, value] of own) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      (copy as unknown as Record<string, unknown>)[name] = value;
    }
  }
  return copy;
}

function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = error; at instanceof Error && parts.length < 3; at = at.cause) {
    const code = (at as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${at.message} (${code})` : at.message);
  }
  return parts.join(': ') || String(error);
}

function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
