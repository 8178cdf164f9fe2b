/** The options: what a caller may pass (input types, with TSDoc), the defaults, and their resolution. */
import { expected, InvalidArgumentError, type ManagementError } from './errors.ts';
import type { KeyStore } from './idempotency/stores.ts';
import { normalizeHeaders } from './internal/headers.ts';
import { RetryBudget, type RetryBudgetOptions } from './retry/budget.ts';
import type { Instrumentation, RetryReason } from './trace.ts';

/**
 * The bearer token, or a function that returns it. The function is called once per call (so a refreshed
 * token is picked up by the next call), and every attempt of the call sends that token: servers that scope
 * idempotency keys per credential then see all of a call's retries in one scope.
 *
 * @example
 * ```ts
 * const accessToken = async () => (await auth.getSession()).accessToken;
 * ```
 *
 * @category Options
 */
export type AccessToken = string | (() => string | Promise<string>);

/**
 * What the {@link RequestOptions.onRetry} hook is told before each retry.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({
 *   baseUrl,
 *   accessToken,
 *   onRetry: ({ attempt, delayMs, reason }: RetryEvent) => toast(`Retrying in ${Math.ceil(delayMs / 1000)} s (${reason}, attempt ${attempt})`),
 * });
 * ```
 *
 * @category Options
 */
export interface RetryEvent {
  /** The number of the attempt that just failed (1 for the first). */
  attempt: number;
  /** How long the client waits before the next attempt, in milliseconds. */
  delayMs: number;
  /** Why it waits that long. */
  reason: RetryReason;
  /** The failure of the attempt. */
  error: ManagementError;
  /** The `Idempotency-Key` the next attempt sends again (undefined for GET). */
  idempotencyKey: string | undefined;
  /** The HTTP method. */
  method: string;
  /** The request URL. */
  url: string;
  /** The operationId of the call. */
  operationId: string | undefined;
}

/**
 * Options of one call; each wins over the client option of the same name.
 *
 * @example
 * ```ts
 * await client.classes.get(id, { timeout: 2000, maxRetries: 0, headers: { 'x-request-id': requestId } });
 * ```
 *
 * @category Options
 */
export interface RequestOptions {
  /**
   * How many times a failed attempt is retried (network failures, timeouts, 408, 429, 500, 502, 503, 504).
   * `0` sends one attempt. Waits for a request still in progress on the server do not count (see
   * `inProgressTimeout`).
   *
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * How long one attempt may take, in milliseconds, from sending the request to the last byte of the
   * response. A timed-out attempt is retried with the same idempotency key.
   *
   * @default 30000
   */
  timeout?: number | undefined;
  /**
   * The most time the whole call may take, in milliseconds: every attempt and every wait between attempts.
   * When it passes, the attempt in flight is aborted, no further attempt starts, and the call rejects with a
   * {@link TimeoutError} of kind `'deadline'`. Unset, a call is bounded by `timeout`, `maxRetries` and
   * `inProgressTimeout` instead.
   *
   * @default undefined (no deadline)
   * @example
   * ```ts
   * await client.classes.create(body, { deadline: 10_000 }); // give up after 10 s, whatever happens
   * ```
   */
  deadline?: number | undefined;
  /**
   * The largest response body the client reads, in bytes. The body is read as a stream and counted; past the
   * limit the attempt stops reading, cancels the rest and fails with a {@link ResponseTooLargeError} (not
   * retried). The API's largest answer, a page of 100 items, is far below the default. Error bodies are read
   * to 32 KiB at most, whatever the limit, and an error keeps their first 8,192 characters.
   *
   * @default 4194304 (4 MiB)
   * @example
   * ```ts
   * await client.classes.list({ limit: 100 }, { maxResponseBytes: 16 * 1024 * 1024 });
   * ```
   */
  maxResponseBytes?: number | undefined;
  /**
   * Aborts the call: the attempt in flight and any wait between attempts stop at once, and the call rejects
   * with a {@link RequestAbortedError}. Never retried.
   *
   * @example
   * ```ts
   * await client.classes.list({ limit: 10 }, { signal: AbortSignal.timeout(5000) });
   * ```
   */
  signal?: AbortSignal | undefined;
  /**
   * Extra request headers. Per-call headers win over client headers, which win over the SDK's own (except
   * `Idempotency-Key`, which is always the call's key: use `idempotencyKey` to choose it).
   *
   * @default {}
   */
  headers?: Record<string, string | undefined> | Headers | [string, string][] | undefined;
  /**
   * The `fetch` to send requests with, for instrumentation or a framework's own `fetch`.
   *
   * @default globalThis.fetch
   */
  fetch?: typeof fetch | undefined;
  /**
   * Called before each retry with the attempt, the delay chosen and why, the error and the key: for logs
   * and "retrying in 3 s…" messages. An exception thrown here ends the call with that exception.
   *
   * @example
   * ```ts
   * await client.classes.create(body, {
   *   onRetry: ({ attempt, delayMs, reason }) => console.warn(`attempt ${attempt} failed (${reason}); retrying in ${delayMs} ms`),
   * });
   * ```
   */
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/**
 * Options of one mutating call (POST, PUT, PATCH, DELETE).
 *
 * @example
 * ```ts
 * await client.classes.create(body, { idempotencyKey: savedKey, timeout: 5000 });
 * ```
 *
 * @category Options
 */
export interface MutationOptions extends RequestOptions {
  /**
   * The `Idempotency-Key` to send, for retrying an action whose key you saved (a retry button after a page
   * reload). Without it, the call makes a fresh UUID v4. Every attempt of the call sends the same key.
   * Must be 1–255 visible ASCII characters, with no whitespace.
   *
   * @default a fresh UUID v4
   * @example
   * ```ts
   * const { idempotencyKey } = await client.classes.create(body).withResponse();
   * // later, the same action again: the server replays the stored result instead of creating a second class
   * await client.classes.create(body, { idempotencyKey });
   * ```
   */
  idempotencyKey?: string | undefined;
  /**
   * Names the user action this call performs, for a Retry button: `'create-class:draft-42'`. The client takes
   * the action's saved key from `keyStore` (or makes and saves one), sends it, and lets it go once the outcome
   * is definitive (success, or an error that retrying cannot fix). Until then every call of the action, even
   * after a page reload, sends the same key, so the server replays the first result instead of acting twice.
   * Two calls of the same action at once share one request. Not together with `idempotencyKey`.
   *
   * @example
   * ```ts
   * const result = await client.classes.create(draft.body, { action: `create-class:${draft.id}` }).withResponse();
   * if (result.replayed) console.log('it had worked the first time');
   * ```
   */
  action?: string | undefined;
}

/**
 * Options of a {@link ManagementClient}. `baseUrl` and `accessToken` are required.
 *
 * @example
 * ```ts
 * const options: ClientOptions = {
 *   baseUrl: 'https://api.studio.example',
 *   accessToken: () => auth.token(),
 *   maxRetries: 3,
 *   timeout: 10_000,
 * };
 * const client = new ManagementClient(options);
 * ```
 *
 * @category Options
 */
export interface ClientOptions extends RequestOptions {
  /**
   * The API's base URL; operation paths (`/v1/classes`) are resolved against it.
   *
   * @example 'https://api.studio.example'
   */
  baseUrl: string | URL;
  /** The bearer token, or a function that returns it; see {@link AccessToken}. */
  accessToken: AccessToken;
  /**
   * The first backoff delay in milliseconds. Delay n (n = 1, 2, …) is
   * `min(maxRetryDelay, round(r × minRetryDelay × 2^(n−1)))`, with r uniformly random in [1, 2) (p-retry's
   * `randomize`), so with the defaults: 0.5–1 s, then 1–2 s, then 2–4 s.
   *
   * @default 500
   */
  minRetryDelay?: number | undefined;
  /**
   * The largest backoff delay in milliseconds (the cap applies after the jitter).
   *
   * @default 8000
   */
  maxRetryDelay?: number | undefined;
  /**
   * The longest `Retry-After` the client waits for, in milliseconds. A server that asks for a longer wait
   * ends the call with its error (a {@link RateLimitError} for 429) instead of a long sleep.
   *
   * @default 60000
   */
  maxRetryAfter?: number | undefined;
  /**
   * How long the client keeps waiting, in milliseconds, for a request with the same key that the server says
   * is still in progress (409). It polls at the server's `Retry-After` (else every second), never sooner than
   * 250 ms, 500 ms, then 1 s after the last poll. Giving up early would report a failure for an action that is
   * about to succeed.
   *
   * @default 60000
   */
  inProgressTimeout?: number | undefined;
  /**
   * The retry budget shared by every call of this client: a {@link RetryBudget}, its options, or `false` to
   * retry without one. While a server is down, the budget runs dry and calls stop retrying, so that the
   * client does not multiply the load on a server that is trying to recover. Pass one `RetryBudget` instance
   * to several clients to share it.
   *
   * @default a new RetryBudget() (500 tokens, 5 a retry, 10 a retry after a timeout, 1 back per success)
   */
  retryBudget?: RetryBudget | RetryBudgetOptions | false | undefined;
  /**
   * Where the keys of named actions (the `action` option) are saved: {@link MemoryKeyStore},
   * {@link WebStorageKeyStore} (`localStorage`, survives reloads), or your own async {@link KeyStore}.
   *
   * @default new MemoryKeyStore()
   */
  keyStore?: KeyStore | undefined;
  /**
   * How long the server keeps a key's result, in milliseconds. A saved action key older than this that may have
   * been sent is refused with an {@link ActionExpiredError} (sent again, the action could happen twice); one that
   * was never sent is replaced. The client's key-reuse guard remembers keys this long (the last 5,000 to 10,000).
   *
   * @default 86400000 (24 hours)
   */
  replayWindow?: number | undefined;
  /**
   * Told about problems that did not fail a call, such as a key store that threw (the client then keeps keys
   * in memory), instead of `logger.warn`.
   *
   * @deprecated Warnings are log lines now: pass a `logger` (its `warn` gets each warning's message). Kept
   * for code that reads the warning's `code` or `cause`; when given, warnings go here and not to the logger.
   * @default undefined (warnings go to `logger.warn`)
   */
  onWarning?: ((warning: ManagementWarning) => void) | undefined;
  /**
   * Where the client writes its log lines: anything with `debug`, `info`, `warn` and `error` methods
   * (`console`, pino, winston, …). Each line is one string starting with `[management-sdk]`; no line ever
   * holds a token, a credential header or a body. Which lines are written is `logLevel`'s choice.
   *
   * @default console
   * @example
   * ```ts
   * const client = new ManagementClient({ baseUrl, accessToken, logger: { ...console, debug: () => {} } });
   * ```
   */
  logger?: Logger | undefined;
  /**
   * Which lines the client logs (each level includes the ones before it):
   * - `off`: none;
   * - `error`: none today (the client reports failures by rejecting the call, not by logging them);
   * - `warn`: problems that did not fail a call, such as a key store that threw;
   * - `info`: every retry, with its wait and why, and every retry refused (retry budget, deadline);
   * - `debug`: every attempt too (method, URL, key, status or error, duration, request id).
   *
   * Unset, the `MANAGEMENT_SDK_LOG` environment variable decides where the runtime has an environment
   * (Node, Bun, Deno with `--allow-env`): `MANAGEMENT_SDK_LOG=debug node app.js`. A value that is no level is
   * ignored. (Deno asks for the permission when it can ask; a given `logLevel` reads no environment.)
   *
   * @default 'warn' (or `MANAGEMENT_SDK_LOG`)
   * @example
   * ```ts
   * const client = new ManagementClient({ baseUrl, accessToken, logLevel: 'debug' });
   * ```
   */
  logLevel?: LogLevel | undefined;
  /**
   * Hooks told about every call and attempt as they happen, for tracing: see {@link Instrumentation}. For
   * OpenTelemetry, `openTelemetry({ tracer })` from `management-sdk/otel` makes them: one span per call and one
   * CLIENT span per attempt, with `traceparent` on each attempt when a propagator is configured.
   *
   * @default undefined
   * @example
   * ```ts
   * import { openTelemetry } from 'management-sdk/otel';
   *
   * // tracer: an OpenTelemetry Tracer, such as trace.getTracer('studio-app') from '@opentelemetry/api'
   * const client = new ManagementClient({ baseUrl, accessToken, instrumentation: openTelemetry({ tracer }) });
   * ```
   */
  instrumentation?: Instrumentation | undefined;
}

/**
 * Where log lines go: `console`, or any logger with these four methods. Each is called with one string.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const logger: Logger = { debug: (m) => lines.push(m), info: (m) => lines.push(m), warn: console.warn, error: console.error };
 * const client = new ManagementClient({ baseUrl, accessToken, logger, logLevel: 'debug' });
 * ```
 *
 * @category Options
 */
export interface Logger {
  /** Every attempt and every wait (`logLevel: 'debug'`). */
  debug(message: string): void;
  /** Retries and refused retries (`logLevel: 'info'`). */
  info(message: string): void;
  /** Problems that did not fail a call (`logLevel: 'warn'`, the default). */
  warn(message: string): void;
  /** Not used today (`logLevel: 'error'`). */
  error(message: string): void;
}

/**
 * How much the client logs, from nothing to every attempt: see {@link ClientOptions.logLevel}.
 *
 * @example
 * ```ts
 * const logLevel: LogLevel = process.env.NODE_ENV === 'production' ? 'warn' : 'debug';
 * ```
 *
 * @category Options
 */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** The levels, quietest first: a level's index is its number, and each name past `off` is a Logger method. */
export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;

/**
 * Something the client noticed that did not fail a call, for logs.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({
 *   baseUrl,
 *   accessToken,
 *   onWarning: (warning: ManagementWarning) => logger.warn(warning.code, warning.message),
 * });
 * ```
 *
 * @category Options
 */
export interface ManagementWarning {
  /** What happened: `key-store-failed` when a {@link KeyStore} threw and the client fell back to memory. */
  code: 'key-store-failed';
  /** A sentence for a log. */
  message: string;
  /** The error behind it. */
  cause: unknown;
}

/** Every option with its value decided: client defaults merged with per-call values (an unset one absent). */
export interface ResolvedOptions {
  readonly baseUrl: URL;
  readonly accessToken: AccessToken;
  readonly maxRetries: number;
  readonly timeout: number;
  readonly maxResponseBytes: number;
  readonly signal?: AbortSignal | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch?: typeof fetch | undefined;
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  readonly minRetryDelay: number;
  readonly maxRetryDelay: number;
  readonly maxRetryAfter: number;
  readonly inProgressTimeout: number;
  readonly deadline?: number | undefined;
  readonly retryBudget: RetryBudget | undefined;
  // Client-wide only: no call can change these.
  readonly keyStore: KeyStore | undefined;
  readonly replayWindow: number;
  readonly onWarning: (warning: ManagementWarning) => void;
  readonly logger: Logger;
  /** The `logLevel`, as its index in {@link LOG_LEVELS}: 0 logs nothing, 4 everything. */
  readonly logLevel: number;
  readonly instrumentation: Instrumentation | undefined;
}

/** Writes a line through the client's logger, if its level is on. */
export function log(
  options: Pick<ResolvedOptions, 'logger' | 'logLevel'>,
  level: 1 | 2 | 3 | 4,
  line: string,
): void {
  if (level <= options.logLevel) options.logger[LOG_LEVELS[level]](`[management-sdk] ${line}`);
}

/**
 * The defaults, in one place.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({ baseUrl, accessToken, timeout: defaults.timeout * 2 });
 * ```
 *
 * @category Options
 */
export const defaults = {
  /** {@link RequestOptions.maxRetries}: retries after the first attempt. */
  maxRetries: 2,
  /** {@link RequestOptions.timeout}: ms per attempt. */
  timeout: 30_000,
  /** {@link RequestOptions.maxResponseBytes}: the largest body read, bytes. */
  maxResponseBytes: 4_194_304,
  /** {@link ClientOptions.minRetryDelay}: the first backoff delay, ms. */
  minRetryDelay: 500,
  /** {@link ClientOptions.maxRetryDelay}: the largest backoff delay, ms. */
  maxRetryDelay: 8000,
  /** {@link ClientOptions.maxRetryAfter}: the longest Retry-After obeyed, ms. */
  maxRetryAfter: 60_000,
  /** {@link ClientOptions.inProgressTimeout}: how long to wait for a request in progress, ms. */
  inProgressTimeout: 60_000,
  /** {@link ClientOptions.replayWindow}: how long the server keeps a key's result, ms. */
  replayWindow: 86_400_000,
} as const;

// Timers cannot wait longer than this; a larger value fires at once.
const MAX_TIMER = 2_147_483_647;

/**
 * How an option is checked: a number's `[whole, least]` (and at most MAX_TIMER), a `'function'`, an
 * `'AbortSignal'`, the methods an object must have, or 0 for an option checked where it is resolved.
 */
type Check = readonly [boolean, number] | 'function' | 'AbortSignal' | readonly string[] | 0;

// Every option with its check, in the order messages list them: first those a call may set too, then the
// client's own. Each table must name every option of its interface and nothing else, or it fails to compile.
const REQUEST_CHECKS = {
  maxRetries: [true, 0],
  timeout: [false, 1],
  deadline: [false, 1],
  maxResponseBytes: [true, 0],
  signal: 'AbortSignal',
  headers: 0,
  fetch: 'function',
  onRetry: 'function',
} as const satisfies Record<keyof RequestOptions, Check>;
const CHECKS = {
  ...REQUEST_CHECKS,
  baseUrl: 0,
  accessToken: 0,
  minRetryDelay: [false, 0],
  maxRetryDelay: [false, 0],
  maxRetryAfter: [false, 0],
  inProgressTimeout: [false, 0],
  retryBudget: 0,
  keyStore: ['get', 'set', 'delete'],
  replayWindow: [false, 1],
  onWarning: 'function',
  logger: LOG_LEVELS.slice(1),
  logLevel: 0,
  instrumentation: ['startCall'],
} as const satisfies Record<keyof ClientOptions, Check>;
const REQUEST_OPTIONS = Object.keys(REQUEST_CHECKS) as (keyof RequestOptions)[];
const CLIENT_OPTIONS: readonly string[] = Object.keys(CHECKS);
const CALL_OPTIONS: readonly string[] = [
  ...REQUEST_OPTIONS,
  'idempotencyKey',
  'action',
] satisfies readonly (keyof MutationOptions)[];
const _allListed: Exclude<
  keyof MutationOptions,
  keyof RequestOptions | 'idempotencyKey' | 'action'
> extends never
  ? true
  : never = true;
void _allListed;

/** `value`, unless it fails the check of option `name` (undefined, unset, passes). */
function checked<T>(name: keyof typeof CHECKS, value: T): T {
  const rule: Check = CHECKS[name];
  if (value === undefined || rule === 0) return value;
  if (rule === 'function') {
    if (typeof value !== 'function') throw expected(name, 'to be a function', typeof value);
  } else if (rule === 'AbortSignal') {
    if (!(value instanceof AbortSignal)) throw expected(name, 'to be an AbortSignal');
  } else if (typeof rule[0] === 'string') {
    const object = value as Record<string, unknown> | null;
    if (typeof object !== 'object' || !rule.every((m) => typeof object?.[m as string] === 'function'))
      throw expected(name, `to have the methods ${rule.join(', ')}`);
  } else {
    const [whole, least] = rule as readonly [boolean, number];
    // NaN fails both comparisons.
    if (typeof value !== 'number' || !(value >= least && value <= MAX_TIMER))
      throw expected(name, `to be a number from ${least} to ${MAX_TIMER}`, String(value));
    if (whole && !Number.isInteger(value)) throw expected(name, 'to be a whole number', String(value));
  }
  return value;
}

// A base path ending in the version: every operation's path already starts with it (/v1/classes).
const VERSION_END = /\/v1\/*$/;

/** Validates the client's options once, at construction. */
export function resolveClientOptions(options: ClientOptions): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError('options', 'Expected client options `{ baseUrl, accessToken }`.');
  }
  // The base URL, refused unless it is an absolute http(s) URL without credentials, query or fragment:
  // credentials would end up in every error message and log line, and a query or fragment would be silently
  // dropped. Never echo credentials, even from a URL too broken to parse.
  const base: unknown = options.baseUrl;
  const shown = JSON.stringify(String(base).replace(/\/\/[^/?#]*@/, '//***@'));
  const refuse = (what: string, why = '') => expected('baseUrl', what, shown + why);
  let baseUrl: URL;
  try {
    baseUrl = new URL(String(base));
  } catch {
    throw refuse('to be an absolute URL');
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:')
    throw refuse('to be an http or https URL');
  if (baseUrl.username || baseUrl.password)
    throw refuse('without credentials', ': pass the token as `accessToken`');
  if (baseUrl.search || baseUrl.hash) throw refuse('without a query or fragment');
  if (VERSION_END.test(baseUrl.pathname)) {
    throw refuse(
      'without the API version',
      `: every path starts with /v1, so pass ${JSON.stringify(baseUrl.href.replace(VERSION_END, ''))}`,
    );
  }
  const logger: Logger = checked('logger', options.logger) ?? console;
  // The log level's number. Unset, `MANAGEMENT_SDK_LOG` decides where the runtime has an environment (browsers
  // and workers have no `process`, and Deno throws without `--allow-env`, or asks); any other value of it is
  // ignored, so that a typo in a deployment's environment cannot stop the app.
  const given: unknown = options.logLevel;
  let level = given;
  if (given === undefined) {
    try {
      level = (globalThis as { process?: { env?: Record<string, unknown> } }).process?.env
        ?.MANAGEMENT_SDK_LOG;
    } catch {}
  }
  let logLevel = LOG_LEVELS.indexOf(level as LogLevel);
  if (logLevel < 0 && given !== undefined)
    throw expected('logLevel', `to be one of ${LOG_LEVELS}`, String(given));
  if (logLevel < 0) logLevel = 2;
  const { accessToken, retryBudget } = options;
  if (!(typeof accessToken === 'function' || (typeof accessToken === 'string' && accessToken.length > 0))) {
    throw expected('accessToken', 'to be a non-empty string or a function returning one');
  }
  const client: { -readonly [K in keyof ResolvedOptions]: ResolvedOptions[K] } = {
    ...defaults,
    baseUrl,
    accessToken,
    headers: {},
    retryBudget:
      retryBudget === false
        ? undefined
        : retryBudget instanceof RetryBudget
          ? retryBudget
          : new RetryBudget(retryBudget ?? {}),
    keyStore: checked('keyStore', options.keyStore),
    // Warnings are log lines, unless the deprecated onWarning takes them.
    onWarning:
      checked('onWarning', options.onWarning) ?? ((warning) => log({ logger, logLevel }, 2, warning.message)),
    logger,
    logLevel,
    instrumentation: checked('instrumentation', options.instrumentation),
  };
  // The client-only durations in ms, checked, or their defaults (which an explicit null also gets).
  for (const name of [
    'minRetryDelay',
    'maxRetryDelay',
    'maxRetryAfter',
    'inProgressTimeout',
    'replayWindow',
  ] as const) {
    client[name] = checked(name, options[name] ?? defaults[name]);
  }
  return resolveCallOptions(client, options, CLIENT_OPTIONS);
}

/**
 * Refuses an option name that is not one, naming the closest known one: from JavaScript, `maxRetry: 5` or a
 * per-call `timout: 1` would otherwise be ignored without a word.
 */
function refuseUnknown(options: object, known: readonly string[]): void {
  const name = Object.keys(options).find((name) => !known.includes(name));
  if (name === undefined) return;
  const client = known === CLIENT_OPTIONS;
  const kind = client ? 'client option' : 'per-call option';
  const guess = closest(name, known);
  const where = (client ? CALL_OPTIONS : CLIENT_OPTIONS).includes(name)
    ? ` \`${name}\` is a ${client ? 'per-call' : 'client'} option only.`
    : guess === undefined
      ? ` The ${kind}s are ${known.join(', ')}.`
      : ` Did you mean \`${guess}\`?`;
  throw new InvalidArgumentError(name, `Unknown ${kind} \`${name}\`.${where}`);
}

// Names other clients use for ours.
const ALIASES: Record<string, string> = {
  token: 'accessToken',
  apikey: 'accessToken',
  auth: 'accessToken',
  bearer: 'accessToken',
  retries: 'maxRetries',
  retry: 'maxRetries',
};

/** The known name nearest to `name` (case-insensitive), if it is near enough to be what was meant. */
function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const alias = ALIASES[lower];
  if (alias !== undefined && known.includes(alias)) return alias;
  // The edit distance from `lower` to `other`, row by row.
  const distance = (other: string): number => {
    let row = [...Array(other.length + 1).keys()];
    for (let i = 0; i < lower.length; i++) {
      const next = [i + 1];
      for (let j = 0; j < other.length; j++) {
        next[j + 1] = Math.min(
          (row[j + 1] as number) + 1,
          (next[j] as number) + 1,
          (row[j] as number) + (lower[i] === other[j] ? 0 : 1),
        );
      }
      row = next;
    }
    return row[other.length] as number;
  };
  let best = '';
  let least = Infinity;
  for (const other of known) {
    const d = distance(other.toLowerCase());
    if (d < least) [best, least] = [other, d];
  }
  // Near: at most a third of the name changed (2 edits always are), or one contains the other (`url`).
  const lowerBest = best.toLowerCase();
  return least <= Math.max(2, Math.ceil(name.length / 3)) ||
    lowerBest.includes(lower) ||
    lower.includes(lowerBest)
    ? best
    : undefined;
}

/** Merges one call's options over the client's: per-call values win. */
export function resolveCallOptions(
  client: ResolvedOptions,
  call: RequestOptions | undefined,
  known: readonly string[] = CALL_OPTIONS,
): ResolvedOptions {
  if (call === undefined) return client;
  if (call === null || typeof call !== 'object') {
    throw new InvalidArgumentError(
      'options',
      `Expected per-call options to be an object, got ${String(call)}.`,
    );
  }
  refuseUnknown(call, known);
  const resolved: Record<string, unknown> = { ...client };
  for (const name of REQUEST_OPTIONS) {
    const value = checked(name, (call as Record<string, unknown>)[name]);
    if (value !== undefined) resolved[name] = value;
  }
  if (call.headers !== undefined) resolved.headers = { ...client.headers, ...normalizeHeaders(call.headers) };
  return resolved as unknown as ResolvedOptions;
}
