// Reading a request: its headers, its body (within the size limit), its input checked against the spec and
// its fingerprint.
import type { IncomingMessage } from 'node:http';
import { type FieldError, fieldErrors, type Route } from './spec.ts';

export const MAX_BODY_BYTES = 1_048_576;

/** A request whose body exceeds {@link MAX_BODY_BYTES}: answered with a 413. */
export class BodyTooLarge extends Error {}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
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

export interface ValidInput {
  errors: FieldError[];
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
}

export function validate(
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

/** JSON with object keys sorted, so bodies that differ only in key order fingerprint alike. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}
