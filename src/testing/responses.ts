// What the mock answers and how it sends it: problems, the replies of each step of a request, and their
// delivery (normally, or broken the way a fault says).
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { OperationSpec } from '../operation.ts';
import type { ReplayRecord, StoredResponse } from './records.ts';
import { headerValue } from './request.ts';
import type { PathRoute } from './spec.ts';
import type { Fault, ReceivedRequest } from './types.ts';

/** A response and the headers to add to it when sending (never stored with it). */
export interface Reply {
  response: StoredResponse;
  headers?: Record<string, string>;
}

/** A log entry, filled in as the request goes. */
export type LogEntry = { -readonly [K in keyof ReceivedRequest]: ReceivedRequest[K] };

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
export function problem(
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

/** The CORS headers of every answer, so that a browser app can read it. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = headerValue(req, 'origin');
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-expose-headers': 'Idempotency-Replayed, Retry-After, X-Request-Id',
    ...(origin === undefined ? {} : { vary: 'Origin' }),
  };
}

/** The answer to a CORS preflight: every method and header the API takes. */
export function preflight(req: IncomingMessage): Reply {
  const requested = headerValue(req, 'access-control-request-headers');
  return {
    response: { status: 204, headers: {}, body: '' },
    headers: {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': `Authorization, Content-Type, Idempotency-Key, Accept, traceparent, tracestate${requested === undefined ? '' : `, ${requested}`}`,
      'access-control-max-age': '600',
    },
  };
}

/** 404 for a path no operation has, 405 for a method the path does not take. */
export function unrouted(route: PathRoute | undefined, method: string, instance: string): Reply {
  if (route === undefined)
    return { response: problem('not-found', `No operation at ${instance}.`, instance) };
  const allow = [...route.methods.keys(), 'OPTIONS'].join(', ');
  const detail = `${method} is not allowed on ${route.template}; allowed: ${allow}.`;
  return { response: problem(405, detail, instance), headers: { allow } };
}

/** The bearer token of the request, or the 401/403 when it lacks one or its scopes fall short. */
export function authorize(
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

/** What a key already seen answers: a replay, or a 409 when the request differs or is still in progress. */
export function keyedReply(
  record: ReplayRecord,
  fingerprint: string,
  instance: string,
  retryAfter: string,
): Reply {
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
export function faultReply(
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
export function deliver(
  res: ServerResponse,
  entry: LogEntry,
  reply: Reply,
  cors: Record<string, string>,
  fault: Fault | undefined,
): void {
  const socket = res.socket;
  if (res.destroyed || socket === null || socket.destroyed) return;
  const { response } = reply;
  // The request id is the request's, not the stored response's: a replay gets a fresh one.
  const headers: Record<string, string> = {
    ...cors,
    ...response.headers,
    ...reply.headers,
    'x-request-id': entry.requestId,
  };
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
