/**
 * Plain `node:http` servers for the field tests: real servers on 127.0.0.1 that misbehave the way gateways,
 * proxies and misconfigured backends do (redirects, echoed credentials, HTML error pages, cut connections).
 * No mocked transport: the client under test talks to these over loopback.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';

/** One request as the server received it. */
export interface RecordedRequest {
  readonly method: string;
  /** The request target: path and query, as sent. */
  readonly url: string;
  /** The request headers, names lower-case. */
  readonly headers: IncomingHttpHeaders;
  /** The request body, as text. */
  readonly body: string;
}

/** Answers one request. The request's body has already been read into `request.body`. */
export type Handler = (request: RecordedRequest, res: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  /** The server's base URL, `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
}

/** Starts a server on 127.0.0.1, port 0, recording every request; closed (connections too) after the test. */
export async function startServer(t: TestContext, handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    const index = requests.push(recorded) - 1;
    try {
      await handler(recorded, res, index);
    } catch (error) {
      if (!res.headersSent) res.writeHead(599, { 'content-type': 'text/plain' });
      res.end(`test server handler failed: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}

/** Sends a complete response. */
export function send(
  res: ServerResponse,
  status: number,
  body = '',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** Sends a JSON response (`application/json`). */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify(value), { 'content-type': 'application/json', ...headers });
}

/** Sends an RFC 9457 problem (`application/problem+json`). */
export function sendProblem(
  res: ServerResponse,
  status: number,
  problem: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify({ status, ...problem }), {
    'content-type': 'application/problem+json',
    ...headers,
  });
}

/** Sends a redirect: `status` with `Location: location`, or no Location at all when `location` is undefined. */
export function sendRedirect(res: ServerResponse, status: number, location: string | undefined): void {
  send(res, status, '', location === undefined ? {} : { location });
}

/** Drops the connection without any response, after the request was received. */
export function dropConnection(res: ServerResponse): void {
  res.socket?.destroy();
}

/** A class as the API returns it, for servers that answer a followed redirect with a success. */
export function classJson(id = 'cls_01HS9K1M3N5P7Q9R1S3T5V7W9X'): Record<string, unknown> {
  return {
    id,
    name: 'Morning Flow',
    instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
    locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
    capacity: 20,
    durationMinutes: 60,
    startsAt: '2026-12-01T07:00:00Z',
    status: 'scheduled',
    createdAt: '2026-11-01T07:00:00Z',
    updatedAt: '2026-11-01T07:00:00Z',
  };
}

/** A short description of recorded requests, for assertion messages: `POST /v1/classes, GET /v2/classes`. */
export function describeRequests(requests: readonly RecordedRequest[]): string {
  return requests.map((r) => `${r.method} ${r.url}`).join(', ') || '(none)';
}

/** How a call ended: its value, or what it rejected with. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Settles `promise` without throwing. */
export async function settle(promise: PromiseLike<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}
