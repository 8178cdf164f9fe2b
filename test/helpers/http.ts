import { type IncomingHttpHeaders, request } from 'node:http';
import type { MockServer } from '../../src/testing/index.ts';
import { DEFAULT_TOKEN } from './mock.ts';

export interface CallOptions {
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON). */
  rawBody?: string;
  key?: string;
  /** The bearer token; null sends no Authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** A request with plain fetch: JSON in, status, headers and parsed body out. */
export async function call(
  server: MockServer,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? DEFAULT_TOKEN}`;
  if (options.key !== undefined) headers['idempotency-key'] = options.key;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(server.url + path, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export interface RawResult {
  status: number | undefined;
  headers: IncomingHttpHeaders;
  body: string;
  /** Set when the connection failed: before any response, or in the middle of the body. */
  error: NodeJS.ErrnoException | undefined;
}

/** A request with node:http on its own connection, reporting dropped and cut connections instead of throwing. */
export function raw(
  server: MockServer,
  method: string,
  path: string,
  options: CallOptions & { signal?: AbortSignal } = {},
): Promise<RawResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? DEFAULT_TOKEN}`;
  if (options.key !== undefined) headers['idempotency-key'] = options.key;
  const body = options.body === undefined ? options.rawBody : JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  return new Promise((resolve) => {
    const result: RawResult = { status: undefined, headers: {}, body: '', error: undefined };
    const req = request(server.url + path, {
      method,
      headers,
      agent: false,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    req.on('error', (error) => resolve({ ...result, error }));
    req.on('response', (res) => {
      result.status = res.statusCode;
      result.headers = res.headers;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        result.body += chunk;
      });
      res.on('error', (error) => resolve({ ...result, error }));
      res.on('end', () => resolve(result));
    });
    req.end(body);
  });
}
