import { type IncomingHttpHeaders, request } from 'node:http';
import type { TestContext } from 'node:test';
import Ajv2020Module from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { openapiDocument } from '../../generated/spec.ts';
import { createMockServer, type MockServer, type MockServerOptions } from '../../src/testing/index.ts';

/** A valid body for managementCreateClass: the same one the client tests send. */
export { classBody } from '../helpers.ts';

export const TOKEN = 'test-token';
export const PROBLEM = 'https://api.studio.example/problems/';

/** Starts a mock server on a free port for one test and closes it after the test. */
export async function start(t: TestContext, options: MockServerOptions = {}): Promise<MockServer> {
  const server = await createMockServer(options);
  t.after(() => server.close());
  return server;
}

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
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
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
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
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

/** Ids of the seed data (the spec's list examples). */
export const SEED = {
  classId: 'cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W',
  membershipId: 'mem_01HW2C4D6F8H0J2K4M6N8P0R2S',
  occurrenceId: 'occ_01HX5F9G1H3J5K7M9N1P3Q5R7S',
  contentId: 'cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R',
  planId: 'pln_01HT6A8B0C2D4E6F8G0H2J4K6M',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  roomId: 'rm_01HR4F7H9K1M3N5P7Q9R1S3T5V',
  couponId: 'cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H',
  programId: 'prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y',
} as const;

const Ajv2020 = Ajv2020Module.default;
const addFormats = formatsModule.default;
let specAjv: InstanceType<typeof Ajv2020> | undefined;

/** Checks `value` against a schema of the spec, by JSON pointer; returns Ajv's errors (empty when valid). */
export function schemaErrors(pointer: string, value: unknown): string[] {
  if (specAjv === undefined) {
    specAjv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(specAjv);
    specAjv.addSchema({ ...openapiDocument, $id: 'spec' });
  }
  const validate = specAjv.getSchema(`spec#${pointer}`);
  if (validate === undefined) throw new Error(`No schema at ${pointer}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The JSON pointer of an operation's success response schema. */
export function responseSchemaPointer(path: string, method: string, status: number): string {
  const escaped = path.replaceAll('~', '~0').replaceAll('/', '~1');
  return `/paths/${escaped}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
}
