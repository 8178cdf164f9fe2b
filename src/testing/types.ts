// The public types of `management-sdk/testing` (index.ts re-exports them). They live apart from the server so
// that every module of the mock can import them without importing the entry point.

/**
 * The token that has every scope of the spec when {@link MockServerOptions.tokens} is not given.
 *
 * @example
 * ```ts
 * const mock = await createMockServer();
 * const client = new ManagementClient({ baseUrl: mock.url, accessToken: DEFAULT_TOKEN });
 * ```
 *
 * @category Mock server
 */
export const DEFAULT_TOKEN = 'test-token';

/**
 * Options of {@link createMockServer}. Every option is optional.
 *
 * @example
 * ```ts
 * const mock = await createMockServer({ tokens: { 'read-only': ['classes:read'] }, faultRate: 0.3, seed: 7 });
 * ```
 *
 * @category Mock server
 */
export interface MockServerOptions {
  /**
   * The TCP port to listen on; 0 picks a free port (read it from {@link MockServer.url}).
   * @default 0
   */
  port?: number | undefined;
  /**
   * The interface to listen on.
   * @default '127.0.0.1'
   */
  host?: string | undefined;
  /**
   * The accepted bearer tokens, each with the OAuth scopes it grants (for example `['classes:write']`).
   * @default { 'test-token': every scope of the spec }
   */
  tokens?: Record<string, readonly string[]> | undefined;
  /**
   * How long a stored response is replayed for its `Idempotency-Key`, in milliseconds (measured with
   * {@link MockServerOptions.now}); after that the key performs its action again.
   * @default 86_400_000 (24 hours)
   */
  replayWindowMs?: number | undefined;
  /**
   * The clock, in milliseconds since the epoch. Key expiry and the `createdAt`/`updatedAt` of resources use it,
   * so a test can move time forward instead of waiting.
   * @default Date.now
   */
  now?: (() => number) | undefined;
  /**
   * The `Retry-After` (seconds) of the 409 `idempotency-request-in-progress` problem.
   * @default 1
   */
  inProgressRetryAfter?: number | undefined;
  /**
   * Start each collection with the items of its list example from the spec (content and schedule occurrences
   * have no create operation, so without seed data they stay empty). `false` starts with empty collections.
   * @default true
   */
  seedData?: boolean | undefined;
  /**
   * The probability (0–1) that a mutating request gets a random fault from {@link MockServerOptions.randomFaults}.
   * @default 0
   */
  faultRate?: number | undefined;
  /**
   * The seed of the random fault generator: the same seed and the same sequence of requests give the same faults.
   * @default 1
   */
  seed?: number | undefined;
  /**
   * The fault kinds the random mode picks from, with equal probability.
   * @default ['drop-before-action', 'drop-after-action', 'status', 'rate-limit']
   */
  randomFaults?: readonly FaultKind[] | undefined;
  /**
   * The longest random `delay` fault, in milliseconds: a random delay is uniform in [0, randomDelayMs). Set it
   * above a client's timeout to get slow commits that outlive the client's attempt.
   * @default 200
   */
  randomDelayMs?: number | undefined;
  /**
   * Told about each request once it is over (answered, or its connection closed): for a request log.
   *
   * @default undefined
   * @example
   * ```ts
   * const mock = await createMockServer({
   *   onRequest: (r) => console.log(r.method, r.path, r.status ?? 'dropped', r.fault ?? ''),
   * });
   * ```
   */
  onRequest?: ((request: ReceivedRequest) => void) | undefined;
}

/**
 * A fault to inject into a request with {@link MockServer.inject}.
 *
 * - `drop-before-action`: the connection is closed before anything is performed; nothing is stored.
 * - `drop-after-action`: the action is performed and its response stored for the key, then the connection is
 *   closed without an answer (the case idempotency keys exist for).
 * - `delay`: the action takes `ms`; its key is in progress meanwhile. It is then performed, stored and answered
 *   (if the client still listens), so a later retry with the same key replays it.
 * - `status`: a 408, 500, 502, 503 or 504 answer before the action (a 408 as a proxy sends it). `html: true`
 *   sends a proxy-style HTML page instead of a problem; `retryAfter` sets `Retry-After` (seconds, or a literal value such as an HTTP date).
 * - `problem`: a problem of your choosing (`status` 400–599, `problemType`, `detail`, `retryAfter`) before the
 *   action, such as a business-rule 409 or 422; nothing is performed.
 * - `rate-limit`: a 429 problem before the action, with `Retry-After` in seconds (default 1) or, with
 *   `'http-date'`, as an HTTP date one to two seconds ahead.
 * - `cut-body`: the action is performed and stored; the status, the headers and part of the body are sent,
 *   then the connection is closed.
 * - `invalid-json`: the action is performed and stored; the answer is a 2xx whose body is not JSON.
 *
 * @example
 * ```ts
 * mock.inject({ type: 'status', status: 503, retryAfter: 1 });
 * mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
 * ```
 *
 * @category Mock server
 */
export type Fault =
  | {
      /** Close the connection before anything is performed. */
      type: 'drop-before-action';
    }
  | {
      /** Perform and store, then close the connection without an answer. */
      type: 'drop-after-action';
    }
  | {
      /** Keep the key in progress for `ms`, then perform, store and answer. */
      type: 'delay';
      /** How long the action takes, in milliseconds. */
      ms: number;
    }
  | {
      /** Answer `status` before the action. */
      type: 'status';
      /** The status to answer. */
      status: 408 | 500 | 502 | 503 | 504;
      /** Send a proxy-style HTML page instead of a problem. */
      html?: boolean;
      /** The `Retry-After` to send: seconds, or a literal value such as an HTTP date. */
      retryAfter?: number | string;
    }
  | {
      /**
       * Answer an RFC 9457 problem of your choosing before the action: a business-rule 409 or 422, a 401 of an
       * expired token, a 501. The `status` fault covers the gateway statuses.
       */
      type: 'problem';
      /** The status to answer, 400–599. */
      status: number;
      /**
       * The problem's `type` URI.
       * @default 'about:blank'
       */
      problemType?: string;
      /** The problem's `detail`. */
      detail?: string;
      /** The `Retry-After` to send: seconds, or a literal value such as an HTTP date. */
      retryAfter?: number | string;
    }
  | {
      /** Answer 429 before the action. */
      type: 'rate-limit';
      /** `Retry-After` in seconds (default 1), or `'http-date'` for an HTTP date 1–2 s ahead. */
      retryAfter?: number | 'http-date';
    }
  | {
      /** Perform and store, send the headers and part of the body, then close the connection. */
      type: 'cut-body';
    }
  | {
      /** Perform and store, then answer a 2xx whose body is not JSON. */
      type: 'invalid-json';
    };

/**
 * The name of a kind of {@link Fault}, as used by the random mode and the request log.
 *
 * @example
 * ```ts
 * mock.setFaultRate(0.3, { seed: 1, kinds: ['drop-after-action', 'status'] satisfies FaultKind[] });
 * ```
 *
 * @category Mock server
 */
export type FaultKind = Fault['type'];

/**
 * Which requests an injected fault or a hold applies to. Every given field must match; an empty match applies to
 * any request.
 *
 * @example
 * ```ts
 * mock.inject({ type: 'cut-body' }, { method: 'PATCH', path: '/v1/classes/{classId}', times: 2 });
 * ```
 *
 * @category Mock server
 */
export interface FaultMatch {
  /** The spec's operationId, for example `managementCreateClass`. */
  operationId?: string | undefined;
  /** The HTTP method (any case). */
  method?: string | undefined;
  /** The request path without the query (`/v1/classes/cls_1`) or the spec's template (`/v1/classes/{classId}`). */
  path?: string | undefined;
  /**
   * How many matching requests get the fault.
   * @default 1
   */
  times?: number | undefined;
}

/**
 * A request held in progress by {@link MockServer.hold}.
 *
 * @example
 * ```ts
 * const held = mock.hold({ operationId: 'managementCreateClass' });
 * const call = client.classes.create(body);
 * await held.arrived; // the key is in progress on the server now
 * held.release();
 * await call;
 * ```
 *
 * @category Mock server
 */
export interface HeldRequest {
  /** Resolves when the held request has arrived and its key is marked in progress. */
  readonly arrived: Promise<void>;
  /** Lets the held request perform its action and answer. Releasing before it arrived cancels the wait. */
  release(): void;
}

/**
 * One request the server received, as kept in {@link MockServer.requests}. Never holds the token.
 *
 * @example
 * ```ts
 * const keys = mock.requests.filter((r: ReceivedRequest) => r.method === 'POST').map((r) => r.idempotencyKey);
 * ```
 *
 * @category Mock server
 */
export interface ReceivedRequest {
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The path with the query, as received. */
  readonly path: string;
  /** The operation the request matched; undefined for an unknown path or method, and for CORS preflights. */
  readonly operationId: string | undefined;
  /** The `Idempotency-Key` header, if sent. */
  readonly idempotencyKey: string | undefined;
  /** The W3C trace context header (`traceparent`), if sent: a traced client sends one per attempt. */
  readonly traceparent: string | undefined;
  /** When it arrived, by {@link MockServerOptions.now}. */
  readonly time: number;
  /**
   * The id the server gave the request (`req_…`, fresh for every request, replays included), sent back as
   * `X-Request-Id` with its answer; a connection closed without an answer sends none.
   */
  readonly requestId: string;
  /** The status sent; undefined while pending or when the connection was closed without an answer. */
  status: number | undefined;
  /** The fault applied to it, if any. */
  fault: FaultKind | undefined;
  /** Whether the answer was a stored response replayed for the key. */
  replayed: boolean;
}

/**
 * Counts of actions actually performed (non-GET requests whose action succeeded; replays never count).
 *
 * @example
 * ```ts
 * assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
 * assert.equal(mock.effects.byKey(key), 1);
 * ```
 *
 * @category Mock server
 */
export interface EffectCounts {
  /** All actions performed. */
  total(): number;
  /** Actions performed by one operation, by its operationId. */
  byOperation(operationId: string): number;
  /** Actions performed for one `Idempotency-Key` (under any token). */
  byKey(idempotencyKey: string): number;
}

/**
 * A running mock server, from {@link createMockServer}.
 *
 * @example
 * ```ts
 * const mock: MockServer = await createMockServer();
 * try {
 *   // …drive it with a client or with fetch…
 * } finally {
 *   await mock.close();
 * }
 * ```
 *
 * @category Mock server
 */
export interface MockServer {
  /** The base URL, for example `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /**
   * Stops the server: closes the listener and every open connection (idle keep-alive ones too) and releases held
   * and delayed requests. Calling it again returns the same promise.
   */
  close(): Promise<void>;
  /** Applies `fault` to the next request(s) matching `match` (see {@link FaultMatch}); faults queue in order. */
  inject(fault: Fault, match?: FaultMatch): void;
  /** Drops the injected faults that no request has used yet (the random fault rate is kept). */
  clearFaults(): void;
  /**
   * Holds the next matching request that performs an action: its key is marked in progress and the action waits
   * until {@link HeldRequest.release}. `match.times` is ignored.
   */
  hold(match?: FaultMatch): HeldRequest;
  /**
   * Changes the random fault mode: `rate` (0–1) for every following mutating request; `seed` restarts the
   * generator, `kinds` replaces the kinds it picks from.
   */
  setFaultRate(rate: number, options?: { seed?: number; kinds?: readonly FaultKind[] }): void;
  /** The actions actually performed. */
  readonly effects: EffectCounts;
  /** Every request received, oldest first. */
  readonly requests: readonly ReceivedRequest[];
  /**
   * Forgets everything: the store (seeded again), stored keys, effects, the request log, pending injected faults
   * and holds. The random fault rate and kinds stay; the generator restarts from its seed.
   */
  reset(): void;
}
