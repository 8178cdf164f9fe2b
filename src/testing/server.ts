import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OperationSpec } from '../operation.ts';
import { DEFAULT_RANDOM_FAULTS, FaultPlan, type MatchTarget } from './faults.ts';
import {
  DEFAULT_TOKEN,
  type EffectCounts,
  type Fault,
  type MockServer,
  type MockServerOptions,
  type ReceivedRequest,
} from './index.ts';
import {
  allScopes,
  buildRoutes,
  type FieldError,
  fieldErrors,
  matchPath,
  type PathRoute,
  type Route,
} from './spec.ts';
import { ActionError, Store } from './store.ts';

const MAX_BODY_BYTES = 1_048_576;
const MAX_KEY_LENGTH = 255;
const DAY_MS = 86_400_000;

/** A response as stored for a key and sent: the body already serialized, so a replay is byte-identical. */
interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A response and the headers to add to it when sending (never stored with it). */
interface Reply {
  response: StoredResponse;
  headers?: Record<string, string>;
}

/** A log entry, filled in as the request goes. */
type LogEntry = { -readonly [K in keyof ReceivedRequest]: ReceivedRequest[K] };

const PROBLEM_TYPES = {
  'validation-error': [400, 'Validation failed'],
  'invalid-idempotency-key': [400, 'Invalid Idempotency-Key'],
  unauthorized: [401, 'Unauthorized'],
  forbidden: [403, 'Forbidden'],
  'not-found': [404, 'Resource not found'],
  'idempotency-key-reused': [409, 'Idempotency-Key reused'],
  'idempotency-request-in-progress': [409, 'Request in progress'],
  'rate-limited': [429, 'Too many requests'],
  'internal-error': [500, 'Internal server error'],
  'service-unavailable': [503, 'Service unavailable'],
} as const;

type ProblemType = keyof typeof PROBLEM_TYPES;

/** A problem of one of the spec's types, or with `type` about:blank for a bare HTTP status. */
function problem(
  type: ProblemType | number,
  detail: string,
  instance: string,
  extra: Record<string, unknown> = {},
): StoredResponse {
  const [status, title] =
    typeof type === 'number' ? [type, STATUS_CODES[type] ?? 'Error'] : PROBLEM_TYPES[type];
  const uri = typeof type === 'number' ? 'about:blank' : `https://api.studio.example/problems/${type}`;
  const body = JSON.stringify({ type: uri, title, status, detail, instance, ...extra });
  return { status, headers: { 'content-type': 'application/problem+json' }, body };
}

// Compiling the spec takes a while: do it once per process, not once per server.
let compiledRoutes: PathRoute[] | undefined;

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  compiledRoutes ??= buildRoutes();
  const routes = compiledRoutes;
  const now = options.now ?? Date.now;
  const inProgressRetryAfter = String(options.inProgressRetryAfter ?? 1);
  const tokens = new Map<string, ReadonlySet<string>>(
    Object.entries(options.tokens ?? { [DEFAULT_TOKEN]: allScopes }).map(([token, scopes]) => [
      token,
      new Set(scopes),
    ]),
  );
  const store = new Store(now, options.seedData ?? true);
  const keys = new KeyStore(now, options.replayWindowMs ?? DAY_MS);
  const effects = new Effects();
  const faults = new FaultPlan(
    options.faultRate ?? 0,
    options.seed ?? 1,
    options.randomFaults ?? DEFAULT_RANDOM_FAULTS,
    options.randomDelayMs,
  );
  const log: LogEntry[] = [];
  const closing = new AbortController();
  const closed = new Promise<void>((resolve) => {
    closing.signal.addEventListener('abort', () => resolve(), { once: true });
  });

  async function pause(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: closing.signal, ref: false });
    } catch {
      // Closed while waiting: carry on so the request finishes.
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, entry: LogEntry): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const instance = url.pathname;
    const cors = corsHeaders(req);
    const send = (reply: Reply, fault?: Fault) => deliver(res, entry, reply, cors, fault);

    if (entry.method === 'OPTIONS') {
      req.resume();
      send(preflight(req));
      return;
    }
    const raw = await readBody(req);
    const matched = matchPath(routes, url.pathname);
    const route = matched?.route.methods.get(entry.method);
    if (matched === undefined || route === undefined) {
      send(unrouted(matched?.route, entry.method, instance));
      return;
    }
    const { operation } = route;
    entry.operationId = operation.operationId;

    const auth = authorize(headerValue(req, 'authorization'), operation, tokens, instance);
    if ('response' in auth) return send(auth);
    const mutating = entry.method !== 'GET';
    const key = mutating ? entry.idempotencyKey : undefined;
    if (key !== undefined && (key.trim() === '' || key.length > MAX_KEY_LENGTH)) {
      const detail = `The Idempotency-Key header must be 1 to ${MAX_KEY_LENGTH} characters long and not blank.`;
      return send({ response: problem('invalid-idempotency-key', detail, instance) });
    }
    const input = validate(route, matched.params, Object.fromEntries(url.searchParams), raw, req);
    if (input.errors.length > 0) {
      const list = input.errors.map((error) => `${error.pointer || '(body)'}: ${error.detail}`).join('; ');
      const response = problem('validation-error', `The request is invalid: ${list}.`, instance, {
        errors: input.errors,
      });
      return send({ response });
    }

    // Faults model the network and the gateway in front of the API: they come before the idempotency layer.
    const target: MatchTarget = {
      method: entry.method,
      pathname: url.pathname,
      template: operation.path,
      operationId: operation.operationId,
    };
    const fault = faults.take(target, mutating);
    entry.fault = fault?.type;
    if (fault?.type === 'drop-before-action') {
      req.socket.destroy();
      return;
    }
    if (fault?.type === 'status' || fault?.type === 'rate-limit' || fault?.type === 'problem')
      return send(faultReply(fault, instance));

    const fingerprint = `${entry.method} ${url.pathname}${url.search}\n${canonicalJson(input.body)}`;
    const scopeKey = key === undefined ? undefined : `${auth.token}\u0000${key}`;
    const existing = scopeKey === undefined ? undefined : keys.get(scopeKey);
    if (existing !== undefined) {
      if (fault?.type === 'delay') await pause(fault.ms);
      const reply = keyedReply(existing, fingerprint, instance, inProgressRetryAfter);
      entry.replayed = reply.headers?.['idempotency-replayed'] === 'true';
      return send(reply, fault);
    }
    const record = scopeKey === undefined ? undefined : keys.begin(scopeKey, fingerprint);

    let response: StoredResponse;
    try {
      const held = mutating ? faults.takeHold(target) : undefined;
      if (held !== undefined) await Promise.race([held, closed]);
      if (fault?.type === 'delay') await pause(fault.ms);
      response = perform(store, route, matched.params, input, instance);
    } catch (error) {
      // Nothing was performed: the key must not stay in progress forever.
      if (scopeKey !== undefined) keys.abandon(scopeKey);
      throw error;
    }
    if (record !== undefined) record.response = response;
    if (mutating && response.status < 300) effects.record(operation.operationId, key);
    send({ response }, fault);
  }

  const server = createServer((req, res) => {
    const entry: LogEntry = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: req.url ?? '/',
      operationId: undefined,
      idempotencyKey: headerValue(req, 'idempotency-key'),
      time: now(),
      status: undefined,
      fault: undefined,
      replayed: false,
    };
    log.push(entry);
    handle(req, res, entry).catch((error: unknown) => {
      if (res.headersSent || req.socket?.destroyed !== false) return;
      // Too large a body, or a bug of the mock: say so rather than hang up silently.
      const response =
        error instanceof BodyTooLarge
          ? problem(413, `The request body exceeds ${MAX_BODY_BYTES} bytes.`, entry.path)
          : problem('internal-error', `The mock server failed: ${String(error)}`, entry.path);
      deliver(res, entry, { response, headers: { connection: 'close' } }, corsHeaders(req), undefined);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closePromise: Promise<void> | undefined;

  return {
    url: `http://${host}:${address.port}`,
    close() {
      closePromise ??= new Promise<void>((resolve) => {
        closing.abort();
        faults.releaseHolds();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closePromise;
    },
    inject(fault, match = {}) {
      faults.inject(fault, match);
    },
    clearFaults() {
      faults.clearPending();
    },
    hold(match = {}) {
      return faults.hold(match);
    },
    setFaultRate(rate, rateOptions = {}) {
      faults.setRate(rate, rateOptions);
    },
    effects,
    get requests() {
      return log;
    },
    reset() {
      store.reset();
      keys.reset();
      effects.reset();
      log.length = 0;
      faults.reset();
    },
  };
}

interface KeyRecord {
  fingerprint: string;
  createdAt: number;
  /** Undefined while the request is in progress. */
  response: StoredResponse | undefined;
}

/** Stored responses by (token, key), kept for the replay window from the first request. */
class KeyStore {
  readonly #now: () => number;
  readonly #windowMs: number;
  #records = new Map<string, KeyRecord>();
  #insertsSinceSweep = 0;

  constructor(now: () => number, windowMs: number) {
    this.#now = now;
    this.#windowMs = windowMs;
  }

  /** The live record of a key; a request in progress never expires. */
  get(scopeKey: string): KeyRecord | undefined {
    const record = this.#records.get(scopeKey);
    if (record === undefined || !this.#expired(record)) return record;
    this.#records.delete(scopeKey);
    return undefined;
  }

  begin(scopeKey: string, fingerprint: string): KeyRecord {
    const record: KeyRecord = { fingerprint, createdAt: this.#now(), response: undefined };
    this.#records.set(scopeKey, record);
    if (++this.#insertsSinceSweep >= 1000) this.#sweep();
    return record;
  }

  abandon(scopeKey: string): void {
    if (this.#records.get(scopeKey)?.response === undefined) this.#records.delete(scopeKey);
  }

  reset(): void {
    this.#records = new Map();
  }

  #expired(record: KeyRecord): boolean {
    return record.response !== undefined && this.#now() - record.createdAt >= this.#windowMs;
  }

  // Expired keys are only dropped when looked up; a long-running mock would otherwise keep them all.
  #sweep(): void {
    this.#insertsSinceSweep = 0;
    for (const [scopeKey, record] of this.#records) {
      if (this.#expired(record)) this.#records.delete(scopeKey);
    }
  }
}

class Effects implements EffectCounts {
  #total = 0;
  #byOperation = new Map<string, number>();
  #byKey = new Map<string, number>();

  record(operationId: string, key: string | undefined): void {
    this.#total += 1;
    this.#byOperation.set(operationId, this.byOperation(operationId) + 1);
    if (key !== undefined) this.#byKey.set(key, this.byKey(key) + 1);
  }

  total(): number {
    return this.#total;
  }

  byOperation(operationId: string): number {
    return this.#byOperation.get(operationId) ?? 0;
  }

  byKey(idempotencyKey: string): number {
    return this.#byKey.get(idempotencyKey) ?? 0;
  }

  reset(): void {
    this.#total = 0;
    this.#byOperation = new Map();
    this.#byKey = new Map();
  }
}

function preflight(req: IncomingMessage): Reply {
  const requested = headerValue(req, 'access-control-request-headers');
  return {
    response: { status: 204, headers: {}, body: '' },
    headers: {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': `Authorization, Content-Type, Idempotency-Key, Accept${requested === undefined ? '' : `, ${requested}`}`,
      'access-control-max-age': '600',
    },
  };
}

/** 404 for a path no operation has, 405 for a method the path does not take. */
function unrouted(route: PathRoute | undefined, method: string, instance: string): Reply {
  if (route === undefined)
    return { response: problem('not-found', `No operation at ${instance}.`, instance) };
  const allow = [...route.methods.keys(), 'OPTIONS'].join(', ');
  const detail = `${method} is not allowed on ${route.template}; allowed: ${allow}.`;
  return { response: problem(405, detail, instance), headers: { allow } };
}

function authorize(
  authorization: string | undefined,
  operation: OperationSpec,
  tokens: ReadonlyMap<string, ReadonlySet<string>>,
  instance: string,
): { token: string } | Reply {
  const token = /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
  const scopes = token === undefined ? undefined : tokens.get(token);
  if (token === undefined || scopes === undefined) {
    const missing = authorization === undefined;
    const detail = missing
      ? 'The Authorization header is missing; send `Authorization: Bearer <token>`.'
      : 'The access token is missing, invalid or expired.';
    const challenge = missing ? 'Bearer' : 'Bearer error="invalid_token"';
    return {
      response: problem('unauthorized', detail, instance),
      headers: { 'www-authenticate': challenge },
    };
  }
  if (!scopes.has(operation.scope)) {
    const detail = `This operation requires the ${operation.scope} scope.`;
    return { response: problem('forbidden', detail, instance, { requiredScope: operation.scope }) };
  }
  return { token };
}

interface ValidInput {
  errors: FieldError[];
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
}

function validate(
  route: Route,
  params: Record<string, string>,
  query: Record<string, unknown>,
  raw: Buffer,
  req: IncomingMessage,
): ValidInput {
  const errors: FieldError[] = [];
  if (!route.validatePath(params)) errors.push(...fieldErrors(route.validatePath.errors, 'path parameter'));
  if (!route.validateQuery(query)) errors.push(...fieldErrors(route.validateQuery.errors, 'query parameter'));
  const input: ValidInput = { errors, params, query, body: undefined };
  if (raw.length === 0) {
    if (route.operation.body === 'required')
      errors.push({ pointer: '', detail: 'a request body is required' });
    return input;
  }
  if (route.validateBody === undefined) {
    errors.push({ pointer: '', detail: 'this operation takes no request body' });
    return input;
  }
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(headerValue(req, 'content-type') ?? '')) {
    errors.push({ pointer: '', detail: 'the request body must be sent as Content-Type: application/json' });
    return input;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    errors.push({ pointer: '', detail: `the request body is not valid JSON (${(error as Error).message})` });
    return input;
  }
  if (route.validateBody(value)) input.body = value as Record<string, unknown>;
  else errors.push(...fieldErrors(route.validateBody.errors));
  return input;
}

function perform(
  store: Store,
  route: Route,
  params: Record<string, string>,
  input: ValidInput,
  instance: string,
): StoredResponse {
  try {
    const result = store.perform(route.operation, { params, query: input.query, body: input.body });
    if (result.body === undefined) return { status: result.status, headers: {}, body: '' };
    const headers = { 'content-type': 'application/json' };
    return { status: result.status, headers, body: JSON.stringify(result.body) };
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    if (error.status === 404) return problem('not-found', error.message, instance);
    return problem('validation-error', error.message, instance, error.errors ? { errors: error.errors } : {});
  }
}

/** What a key already seen answers: a replay, or a 409 when the request differs or is still in progress. */
function keyedReply(record: KeyRecord, fingerprint: string, instance: string, retryAfter: string): Reply {
  if (record.fingerprint !== fingerprint) {
    const detail =
      'This Idempotency-Key was already used for a different request. Use a new key for a new action.';
    return { response: problem('idempotency-key-reused', detail, instance) };
  }
  if (record.response === undefined) {
    const detail =
      'A request with this Idempotency-Key is still being processed. Retry later with the same key.';
    const response = problem('idempotency-request-in-progress', detail, instance);
    return { response, headers: { 'retry-after': retryAfter } };
  }
  return { response: record.response, headers: { 'idempotency-replayed': 'true' } };
}

/** The answer of a status or rate-limit fault, sent instead of performing the action. */
function faultReply(
  fault: Extract<Fault, { type: 'status' | 'rate-limit' | 'problem' }>,
  instance: string,
): Reply {
  if (fault.type === 'rate-limit') {
    // An HTTP date has whole seconds: the next whole second plus one is 1–2 s ahead on the client's clock.
    const retryAfter =
      fault.retryAfter === 'http-date'
        ? new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000).toUTCString()
        : String(fault.retryAfter ?? 1);
    const response = problem('rate-limited', `Rate limit exceeded; retry after ${retryAfter}.`, instance);
    return { response, headers: { 'retry-after': retryAfter } };
  }
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  if (fault.type === 'problem') {
    const title = STATUS_CODES[fault.status] ?? 'Error';
    const body = JSON.stringify({
      type: fault.problemType ?? 'about:blank',
      title,
      status: fault.status,
      detail: fault.detail ?? `An injected ${fault.status} ${title}.`,
      instance,
    });
    return {
      response: { status: fault.status, headers: { 'content-type': 'application/problem+json' }, body },
      headers,
    };
  }
  const phrase = `${fault.status} ${STATUS_CODES[fault.status] ?? 'Error'}`;
  if (fault.html === true) {
    const body = `<html>\r\n<head><title>${phrase}</title></head>\r\n<body>\r\n<center><h1>${phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
    return { response: { status: fault.status, headers: { 'content-type': 'text/html' }, body }, headers };
  }
  const response =
    fault.status === 500
      ? problem('internal-error', 'An unexpected error occurred.', instance)
      : fault.status === 503
        ? problem('service-unavailable', 'The service is temporarily unavailable.', instance)
        : problem(fault.status, `The gateway answered ${phrase}.`, instance);
  return { response, headers };
}

/** Sends a reply the way `fault` says: normally, cut off, as broken JSON, or not at all. */
function deliver(
  res: ServerResponse,
  entry: LogEntry,
  reply: Reply,
  cors: Record<string, string>,
  fault: Fault | undefined,
): void {
  const socket = res.socket;
  if (res.destroyed || socket === null || socket.destroyed) return;
  const { response } = reply;
  const headers: Record<string, string> = { ...cors, ...response.headers, ...reply.headers };
  switch (fault?.type) {
    case 'drop-after-action':
      socket.destroy();
      return;
    case 'cut-body': {
      const body = Buffer.from(response.body);
      headers['content-length'] = String(body.length);
      const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
      const head = Buffer.from(
        `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status]}\r\n${lines.join('')}\r\n`,
      );
      // Without a body to cut, cut the headers instead: the client must never see a complete response.
      const bytes =
        body.length > 0
          ? Buffer.concat([head, body.subarray(0, body.length >> 1)])
          : head.subarray(0, head.length >> 1);
      entry.status = body.length > 0 ? response.status : undefined;
      socket.write(bytes, () => socket.destroy());
      return;
    }
    case 'invalid-json': {
      const half = response.body.slice(0, response.body.length >> 1);
      const body = half.length >= 8 ? half : '{"id": ';
      headers['content-type'] = 'application/json';
      send(res, entry, response.status === 204 ? 200 : response.status, headers, body);
      return;
    }
    default:
      send(res, entry, response.status, headers, response.body);
  }
}

function send(
  res: ServerResponse,
  entry: LogEntry,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  if (status !== 204) headers['content-length'] = String(Buffer.byteLength(body));
  entry.status = status;
  res.writeHead(status, headers);
  res.end(status === 204 ? undefined : body);
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = headerValue(req, 'origin');
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-expose-headers': 'Idempotency-Replayed, Retry-After',
    ...(origin === undefined ? {} : { vary: 'Origin' }),
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit: leaving the loop early destroys the request, and with it the socket
  // the 413 must be sent on.
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
  return Buffer.concat(chunks);
}

/** JSON with object keys sorted, so bodies that differ only in key order fingerprint alike. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}
