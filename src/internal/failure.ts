/** What an attempt threw (not a response), as one of our errors, and what it says about the outcome. */
import { aborted, ConnectionError, ManagementError, TimeoutError } from '../errors.ts';
import type { Call } from './call.ts';

/**
 * Turns what an attempt threw into one of our errors, by one rule on every runtime: once the request was handed
 * to fetch (`handedOff`), a failure is a failure in transit (a `ConnectionError`: retried with the same key, its
 * outcome unknown) unless it proves that the request never left ({@link neverSent}). Runtimes word their
 * network errors differently (undici's "fetch failed", Bun's "ECONNRESET: The socket connection was closed
 * unexpectedly", workerd's "Network connection lost."), so no error is ever recognised as "network" by its
 * message: only a failure before fetch was called means the request could not be built.
 */
export function toManagementError(
  error: unknown,
  call: Call,
  attemptSignal: AbortSignal,
  handedOff: boolean,
): ManagementError {
  if (error instanceof ManagementError) return error;
  const { options, operation, url } = call.request;
  const where = `${operation.method} ${url.href}`;
  if (handedOff && !neverSent(error)) call.outcomeUnknown = true;
  const cause = sanitize(error);
  const context = { ...call.context(), cause };
  if (options.signal?.aborted === true) return aborted(context, cause);
  if (call.signal?.aborted) return call.deadlineError(cause);
  if (attemptSignal.aborted) {
    return new TimeoutError(
      `${where} timed out after ${options.timeout} ms (attempt ${call.attempts})`,
      options.timeout,
      context,
    );
  }
  // Before fetch: the request could not be built (an invalid header value); nothing left, retrying cannot help.
  if (!handedOff) return new ManagementError(`${where} could not be sent: ${describeCause(cause)}`, context);
  return new ConnectionError(`${where} failed without a complete response: ${describeCause(cause)}`, context);
}

// No connection, no address, or a request undici refused to send.
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_INVALID_ARG',
  'UND_ERR_NOT_SUPPORTED',
]);

/** Errors that prove the request never left this machine (so its outcome is known: nothing happened). */
export function neverSent(error: unknown): boolean {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && NEVER_SENT_CODES.has(code)) return true;
  }
  return false;
}

/**
 * The error an attempt failed with, safe to keep: ky's wrapper (which holds the failed Request, and with it the
 * Authorization header) is dropped, and every error in the cause chain that holds objects (a Request, a socket,
 * a custom fetch's request options) is copied without them.
 */
export function sanitize(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 8) return error;
  if ('request' in error && depth === 0 && error.cause !== undefined) return sanitize(error.cause, depth + 1);
  const cause = error.cause === undefined ? undefined : sanitize(error.cause, depth + 1);
  const own = Object.entries(error).filter(([name]) => name !== 'cause');
  const holdsObjects = own.some(([, value]) => value !== null && typeof value === 'object');
  if (!holdsObjects && cause === error.cause) return error;
  const copy = new Error(error.message, cause === undefined ? undefined : { cause });
  copy.name = error.name;
  if (error.stack !== undefined) copy.stack = error.stack;
  for (const [name, value] of own) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      (copy as unknown as Record<string, unknown>)[name] = value;
    }
  }
  return copy;
}

export function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = error; at instanceof Error && parts.length < 3; at = at.cause) {
    const code = (at as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${at.message} (${code})` : at.message);
  }
  return parts.join(': ') || String(error);
}
