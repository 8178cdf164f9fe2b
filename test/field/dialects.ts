/**
 * Plain `node:http` servers for the field tests: each speaks one server "dialect" (how it says conflict, empty,
 * too large) and records every request it receives. No mocked transport: the client under test talks HTTP to
 * 127.0.0.1.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import type { components } from '../../generated/openapi.ts';
import { type ClientOptions, ManagementClient } from '../../src/index.ts';
import { classBody } from '../helpers/fixtures.ts';

// The shared fixtures, so that the dialect tests import their helpers from one place.
export { classBody, rejection } from '../helpers/fixtures.ts';

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived (ms since epoch), after its body was read. */
  at: number;
}

/** Answers one request; `index` counts the requests received so far, from 0. */
export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  recorded: RecordedRequest,
  index: number,
) => void | Promise<void>;

export interface FieldServer {
  url: string;
  server: Server;
  requests: RecordedRequest[];
}

/** Listens on 127.0.0.1, port 0, and closes the server (and every connection it holds) after the test. */
export async function listen(t: TestContext, server: Server): Promise<string> {
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
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A server that reads each request's body, records the request, then hands it to `handler`. */
export async function startServer(t: TestContext, handler: Handler): Promise<FieldServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    const index = requests.push(recorded) - 1;
    try {
      await handler(req, res, recorded, index);
    } catch {
      res.destroy();
    }
  });
  return { url: await listen(t, server), server, requests };
}

/** Serves an existing request listener (an express app, say) the same way. */
export async function serve(t: TestContext, listener: RequestListener): Promise<string> {
  return listen(t, createServer(listener));
}

/** A client of `url` with fast backoff, as in the rest of the suite. */
export function fieldClient(url: string, options: Partial<ClientOptions> = {}): ManagementClient {
  return new ManagementClient({
    baseUrl: url,
    accessToken: 'tok',
    minRetryDelay: 5,
    maxRetryDelay: 20,
    ...options,
  });
}

/** The class a server answers a create with. */
export function createdClass(
  id = 'cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W',
  description: string | null = null,
): components['schemas']['Class'] {
  return {
    id,
    ...classBody(),
    description,
    programId: null,
    roomId: null,
    recurrenceRule: null,
    status: 'scheduled',
    createdAt: '2026-11-01T07:00:00Z',
    updatedAt: '2026-11-01T07:00:00Z',
  };
}

/** Sends `body` as JSON (or as the given content type) with an exact Content-Length. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** An RFC 9457 problem of `type` (a full URI, or `about:blank`). */
export function problem(type: string, status = 409): Record<string, unknown> {
  const name = type.split('/').pop() ?? type;
  return { type, title: name, status, detail: `${name} (test server)` };
}

/** The Idempotency-Key header of every request, in order. */
export function keysOf(requests: RecordedRequest[]): (string | undefined)[] {
  return requests.map((r) => r.headers['idempotency-key'] as string | undefined);
}

/** Resolves after `ms`. */
export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or a rejection naming `what` if it has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
