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
  // A custom fetch may have sent the request and failed on a resend of its own: its proofs prove nothing.
  if (handedOff && (options.fetch !== undefined || !neverSent(error))) call.outcomeUnknown = true;
  const cause = sanitize(error);
  const context = { ...call.context(), cause };
  if (options.signal?.aborted) return aborted(context, cause, options.signal.reason);
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

// Proofs that the request never left: no connection, no address, or a request the runtime refused to send, by
// the code the platform's fetch gives (Node, Bun, edge-runtime). Deno gives no code, and its connector's
// words ("tcp connect error") also come when Deno resends a request that was sent on a connection that
// dropped: there, as on workerd and in browsers, a refused connection leaves the outcome unknown. Missing a
// proof is safe; a wrong one is not.
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
