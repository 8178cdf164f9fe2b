/**
 * The retry policy, as pure functions: which failures are retried, and how long the server asked us to wait.
 * The loop itself is p-retry's (see client.ts).
 */
import {
  ApiError,
  ConnectionError,
  IdempotencyConflictError,
  type ManagementError,
  parseRetryAfter,
} from './errors.ts';
import type { ResolvedOptions, RetryReason } from './options.ts';

/** Statuses that say "this attempt failed, the same request may succeed later". */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** How often to poll a request still in progress when the server sends no Retry-After. */
export const IN_PROGRESS_POLL_MS = 1000;

/** The shortest wait between polls of a request in progress, even if the server says 0: never a busy loop. */
export const IN_PROGRESS_MIN_POLL_MS = 50;

/** The outcome of {@link decideRetry} for one failed attempt. */
export type RetryDecision =
  | { readonly retry: false }
  | {
      readonly retry: true;
      readonly reason: RetryReason;
      /** For `retry-after` and `in-progress`: the exact wait the server asked for. */
      readonly waitMs?: number;
      /** Whether the retry counts against `maxRetries` (polls of a request in progress do not). */
      readonly counts: boolean;
    };

/** What {@link decideRetry} needs to know about the call so far. */
export interface RetryState {
  /** Retries made so far that count against `maxRetries`. */
  countedRetries: number;
  /** When the server first said this key's request is in progress (ms since epoch), if it has. */
  inProgressSince: number | undefined;
  /** When the call's deadline passes (ms since epoch), if it has one. */
  deadlineAt?: number | undefined;
}

/**
 * Decides whether a failed attempt is retried. The rules, in order; the first that matches decides.
 */
export function decideRetry(
  error: ManagementError,
  state: RetryState,
  options: ResolvedOptions,
  now: number = Date.now(),
): RetryDecision {
  // 1. maxRetries: 0 means exactly one attempt, whatever happened.
  if (options.maxRetries === 0) return { retry: false };

  // 2. The same key is in flight on the server: wait for it rather than fail an action about to succeed.
  //    Bounded by time, not by maxRetries, because each poll is cheap and the outcome is near.
  if (error instanceof IdempotencyConflictError && error.reason === 'in-progress') {
    const since = state.inProgressSince ?? now;
    const retryAfter = parseRetryAfter(error.headers.get('retry-after'), now) ?? IN_PROGRESS_POLL_MS;
    const waitMs = Math.max(retryAfter, IN_PROGRESS_MIN_POLL_MS);
    if (now + waitMs - since > options.inProgressTimeout || pastDeadline(state, now + waitMs))
      return { retry: false };
    return { retry: true, reason: 'in-progress', waitMs, counts: false };
  }

  // 3. Everything else counts against maxRetries.
  if (state.countedRetries >= options.maxRetries) return { retry: false };

  // 4. No response (refused, reset, cut mid-body) or an attempt timeout: the same key makes a retry safe.
  if (error instanceof ConnectionError) return { retry: true, reason: 'backoff', counts: true };

  // 5. Transient statuses. A Retry-After is obeyed exactly, unless it is longer than we are willing to sleep.
  if (error instanceof ApiError && RETRYABLE_STATUSES.has(error.status)) {
    const waitMs = parseRetryAfter(error.headers.get('retry-after'), now);
    if (waitMs === undefined) return { retry: true, reason: 'backoff', counts: true };
    if (waitMs > options.maxRetryAfter || pastDeadline(state, now + waitMs)) return { retry: false };
    return { retry: true, reason: 'retry-after', waitMs, counts: true };
  }

  // 6. Other 4xx (including a key reused for another request), a 2xx with a bad body, an abort: retrying
  //    cannot help, or the caller asked us to stop.
  return { retry: false };
}

/** A wait that would end after the deadline only delays the error the deadline will bring. */
function pastDeadline(state: RetryState, at: number): boolean {
  return state.deadlineAt !== undefined && at >= state.deadlineAt;
}
