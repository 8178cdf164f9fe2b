// One request, from routing to delivery, as numbered steps; what each step answers is in responses.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultPlan, MatchTarget } from './faults.ts';
import type { Effects, ReplayRecords, StoredResponse } from './records.ts';
import {
  BodyTooLarge,
  canonicalJson,
  headerValue,
  MAX_BODY_BYTES,
  readBody,
  type ValidInput,
  validate,
} from './request.ts';
import {
  authorize,
  corsHeaders,
  deliver,
  faultReply,
  keyedReply,
  type LogEntry,
  preflight,
  problem,
  type Reply,
  unrouted,
} from './responses.ts';
import { matchPath, type PathRoute, type Route } from './spec.ts';
import { ActionError, type Studio } from './studio.ts';
import type { Fault } from './types.ts';

const MAX_KEY_LENGTH = 255;

/** What handling a request uses of its server: the routes, the settings and the state `createMockServer` owns. */
export interface ServerState {
  readonly routes: readonly PathRoute[];
  readonly tokens: ReadonlyMap<string, ReadonlySet<string>>;
  /** The `Retry-After` of the 409 `idempotency-request-in-progress` problem, as sent. */
  readonly inProgressRetryAfter: string;
  readonly studio: Studio;
  readonly records: ReplayRecords;
  readonly effects: Effects;
  readonly faults: FaultPlan;
  /** Aborted when the server closes: delayed requests stop waiting. */
  readonly closing: AbortSignal;
  /** Resolves when the server closes: held requests stop waiting. */
  readonly closed: Promise<void>;
}

/** Handles one request, logged in `entry`; a request that fails is still answered when it can be. */
export function handle(state: ServerState, req: IncomingMessage, res: ServerResponse, entry: LogEntry): void {
  steps(state, req, res, entry).catch((error: unknown) => {
    if (res.headersSent || req.socket?.destroyed !== false) return;
    // Too large a body, or a bug of the mock: say so rather than hang up silently.
    const response =
      error instanceof BodyTooLarge
        ? problem(413, `The request body exceeds ${MAX_BODY_BYTES} bytes.`, entry.path)
        : problem('internal-error', `The mock server failed: ${String(error)}`, entry.path);
    deliver(res, entry, { response, headers: { connection: 'close' } }, corsHeaders(req), undefined);
  });
}

async function steps(
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
  entry: LogEntry,
): Promise<void> {
  const { faults, records } = state;
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  const instance = url.pathname;
  const cors = corsHeaders(req);
  const send = (reply: Reply, fault?: Fault) => deliver(res, entry, reply, cors, fault);

  // 1. Route. A CORS preflight is answered at once; any other request is read to its end first.
  if (entry.method === 'OPTIONS') {
    req.resume();
    send(preflight(req));
    return;
  }
  const raw = await readBody(req);
  const matched = matchPath(state.routes, url.pathname);
  const route = matched?.route.methods.get(entry.method);
  if (matched === undefined || route === undefined) {
    send(unrouted(matched?.route, entry.method, instance));
    return;
  }
  const { operation } = route;
  entry.operationId = operation.operationId;

  // 2. Authenticate: the token and its scopes.
  const auth = authorize(headerValue(req, 'authorization'), operation, state.tokens, instance);
  if ('response' in auth) return send(auth);

  // 3. Check the Idempotency-Key (GETs ignore it).
  const mutating = entry.method !== 'GET';
  const key = mutating ? entry.idempotencyKey : undefined;
  if (key !== undefined && (key.trim() === '' || key.length > MAX_KEY_LENGTH)) {
    const detail = `The Idempotency-Key header must be 1 to ${MAX_KEY_LENGTH} characters long and not blank.`;
    return send({ response: problem('invalid-idempotency-key', detail, instance) });
  }

  // 4. Validate the path, the query and the body against the spec.
  const input = validate(route, matched.params, Object.fromEntries(url.searchParams), raw, req);
  if (input.errors.length > 0) {
    const list = input.errors.map((error) => `${error.pointer || '(body)'}: ${error.detail}`).join('; ');
    const response = problem('validation-error', `The request is invalid: ${list}.`, instance, {
      errors: input.errors,
    });
    return send({ response });
  }

  // 5. Fault.
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

  // 6. Replay, or a 409: a key already seen answers without performing anything.
  const fingerprint = `${entry.method} ${url.pathname}${url.search}\n${canonicalJson(input.body)}`;
  const scopeKey = key === undefined ? undefined : `${auth.token}\u0000${key}`;
  const existing = scopeKey === undefined ? undefined : records.get(scopeKey);
  if (existing !== undefined) {
    if (fault?.type === 'delay') await pause(fault.ms, state.closing);
    const reply = keyedReply(existing, fingerprint, instance, state.inProgressRetryAfter);
    entry.replayed = reply.headers?.['idempotency-replayed'] === 'true';
    return send(reply, fault);
  }
  const record = scopeKey === undefined ? undefined : records.begin(scopeKey, fingerprint);

  // 7. Perform, once a hold or a delay lets it.
  let response: StoredResponse;
  try {
    const held = mutating ? faults.takeHold(target) : undefined;
    if (held !== undefined) await Promise.race([held, state.closed]);
    if (fault?.type === 'delay') await pause(fault.ms, state.closing);
    response = perform(state.studio, route, matched.params, input, instance);
  } catch (error) {
    // Nothing was performed: the key must not stay in progress forever.
    if (scopeKey !== undefined) records.abandon(scopeKey);
    throw error;
  }

  // 8. Store, count and deliver.
  if (record !== undefined) record.response = response;
  if (mutating && response.status < 300) state.effects.record(operation.operationId, key);
  send({ response }, fault);
}

/** Waits `ms`, or less when the server closes. */
async function pause(ms: number, closing: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal: closing, ref: false });
  } catch {
    // Closed while waiting: carry on so the request finishes.
  }
}

/** The action of the route, performed on the studio, as a response; refused actions are problems. */
function perform(
  studio: Studio,
  route: Route,
  params: Record<string, string>,
  input: ValidInput,
  instance: string,
): StoredResponse {
  try {
    const result = studio.perform(route.operation, { params, query: input.query, body: input.body });
    if (result.body === undefined) return { status: result.status, headers: {}, body: '' };
    const headers = { 'content-type': 'application/json' };
    return { status: result.status, headers, body: JSON.stringify(result.body) };
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    if (error.status === 404) return problem('not-found', error.message, instance);
    return problem('validation-error', error.message, instance, error.errors ? { errors: error.errors } : {});
  }
}
