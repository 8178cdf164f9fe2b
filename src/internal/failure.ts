/** What an attempt threw (not a response), as one of our errors, and what it says about the outcome. */
import { aborted, ConnectionError, ManagementError, TimeoutError } from '../errors.ts';
import type { Call } from './call.ts';
import { describeCause, sanitize } from './causes.ts';

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
  if (options.signal?.aborted === true) return aborted(context, cause, options.signal.reason);
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

// Proofs that the request never left: no connection, no address, or a request the runtime refused to send. By
// code where the runtime gives one (Node, Bun, edge-runtime); Deno gives none, only its connector's words.
// Missing a proof is safe (the outcome stays unknown); a wrong one is not, so each is specific.
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_INVALID_ARG',
  'UND_ERR_NOT_SUPPORTED',
]);
const NEVER_SENT_MESSAGE = /client error \(Connect\)|tcp connect error|dns error/;

/** Errors that prove the request never left this machine (so its outcome is known: nothing happened). */
export function neverSent(error: unknown): boolean {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' ? NEVER_SENT_CODES.has(code) : NEVER_SENT_MESSAGE.test(at.message))
      return true;
  }
  return false;
}
