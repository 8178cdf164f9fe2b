/**
 * The retry policy: every rule that decides whether a failed attempt is retried and how long to wait
 * ({@link decideRetry}), and the p-retry options that apply it ({@link retryOptions}). The loop itself is
 * p-retry's, around one attempt (internal/send.ts).
 */
import type { Options as PRetryOptions } from 'p-retry';
import {
  ApiError,
  ConnectionError,
  IdempotencyConflictError,
  ManagementError,
  type RequestContext,
  TimeoutError,
} from '../errors.ts';
import { sleep } from '../internal/signals.ts';
import type { ResolvedOptions } from '../options.ts';
import type { RetryReason, WaitReason } from '../trace.ts';
import type { RetryKind } from './budget.ts';
import { parseRetryAfter } from './retry-after.ts';

/** Statuses that say "this attempt failed, the same request may succeed later". */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** How often to poll a request still in progress when the server sends no Retry-After. */
export const IN_PROGRESS_POLL_MS = 1000;

/**
 * The shortest wait before the first poll of a request in progress, even if the server says 0 (or a past
 * date): never a busy loop. It doubles with each poll up to {@link IN_PROGRESS_POLL_MS}, so a waiting call
 * sends at most 3 requests in its first second (at 0, 250 and 750 ms) and 1 a second after that.
 */
export const IN_PROGRESS_MIN_POLL_MS = 250;

/** The outcome of {@link decideRetry} for one failed attempt. */
export type RetryDecision =
  | {
      readonly retry: false;
      /** Why a failure that could have been retried was not: the budget could not pay, or the deadline. */
      readonly stop?: Extract<WaitReason, 'budget-exhausted' | 'deadline'>;
    }
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
  /** How many times the call has polled a request in progress so far. */
  polls?: number | undefined;
  /** When the call's deadline passes (ms since epoch), if it has one. */
  deadlineAt?: number | undefined;
}

/**
 * Decides whether a failed attempt is retried: rules 1–6 pick the retry and its wait (the first that matches
 * decides), then rules 7–8 may still refuse it. `backoffMs`: the backoff p-retry would wait.
 */
export function decideRetry(
  error: ManagementError,
  state: RetryState,
  options: ResolvedOptions,
  now: number = Date.now(),
  backoffMs = 0,
): RetryDecision {
  const decision = chooseRetry(error, state, options, now);
  if (!decision.retry) return decision;

  // 7. A backoff that would end past the deadline only delays the error the deadline will bring.
  if (decision.reason === 'backoff' && pastDeadline(state, now + backoffMs))
    return { retry: false, stop: 'deadline' };

  // 8. The retry budget cannot pay: while a server is down, calls stop multiplying its load, and no endless
  //    "in progress" polls for ever (a poll costs less than a retry).
  if (options.retryBudget?.affords(retryKind(error, decision)) === false)
    return { retry: false, stop: 'budget-exhausted' };

  return decision;
}

function chooseRetry(
  error: ManagementError,
  state: RetryState,
  options: ResolvedOptions,
  now: number,
): RetryDecision {
  // 1. maxRetries: 0 means exactly one attempt, whatever happened.
  if (options.maxRetries === 0) return { retry: false };

  // 2. The same key is in flight on the server: wait for it rather than fail an action about to succeed.
  //    Bounded by time, not by maxRetries, because each poll is cheap and the outcome is near.
  if (error instanceof IdempotencyConflictError && error.reason === 'in-progress') {
    const since = state.inProgressSince ?? now;
    const retryAfter = parseRetryAfter(error.headers.get('retry-after'), now) ?? IN_PROGRESS_POLL_MS;
    // Polls back off from the floor: a server saying "0" cannot make the call spin.
    const floor = Math.min(IN_PROGRESS_POLL_MS, IN_PROGRESS_MIN_POLL_MS * 2 ** (state.polls ?? 0));
    const waitMs = Math.max(retryAfter, floor);
    if (now + waitMs - since > options.inProgressTimeout) return { retry: false };
    if (pastDeadline(state, now + waitMs)) return { retry: false, stop: 'deadline' };
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
    // Not waited for: the error's retryAt says when the server said to come back.
    if (waitMs > options.maxRetryAfter) return { retry: false };
    if (pastDeadline(state, now + waitMs)) return { retry: false, stop: 'deadline' };
    return { retry: true, reason: 'retry-after', waitMs, counts: true };
  }

  // 6. Other 4xx (including a key reused for another request), a 2xx with a bad body, an abort: retrying
  //    cannot help, or the caller asked us to stop.
  return { retry: false };
}

/** What a retry costs from the budget: a poll, a retry after a timeout, or another retry. */
function retryKind(error: unknown, decision: RetryDecision): RetryKind {
  return decision.retry && !decision.counts ? 'poll' : error instanceof TimeoutError;
}

/** A wait that would end after the deadline only delays the error the deadline will bring. */
function pastDeadline(state: RetryState, at: number): boolean {
  return state.deadlineAt !== undefined && at >= state.deadlineAt;
}

/** What {@link retryOptions} reads and records on the call it retries. */
export interface RetryingCall extends RetryState {
  readonly options: ResolvedOptions;
  /** The call's signal (abort and deadline): it ends every wait. */
  readonly signal: AbortSignal | undefined;
  /** Tokens the call's retries took from the budget. */
  spent: number;
  /** The last failure and the decision taken for it (p-retry asks three callbacks about the same failure). */
  decided: { error: unknown; decision: RetryDecision } | undefined;
  /** The call's trace: told each wait, and each retry refused for the budget or the deadline. */
  readonly recorder: { waited(reason: WaitReason, ms: number): void };
  context(): RequestContext;
}

/** The p-retry options of one call: its three callbacks all ask {@link decideRetry}, once per failure. */
export function retryOptions(call: RetryingCall): PRetryOptions {
  const { options } = call;
  // The first callback p-retry calls, shouldConsumeRetry, is also the one told the backoff.
  const decide = (error: unknown, backoffMs = 0): RetryDecision => {
    const cached = call.decided;
    if (cached !== undefined && cached.error === error) return cached.decision;
    const decision: RetryDecision =
      error instanceof ManagementError
        ? decideRetry(error, call, options, Date.now(), backoffMs)
        : { retry: false };
    if (decision.retry && options.retryBudget)
      call.spent += options.retryBudget.spend(retryKind(error, decision)) ?? 0;
    if (!decision.retry && decision.stop) call.recorder.waited(decision.stop, 0);
    call.decided = { error, decision };
    return decision;
  };
  return {
    // decideRetry enforces maxRetries itself: p-retry's count would also stop the polls of a request in
    // progress, which do not count against maxRetries.
    retries: Infinity,
    minTimeout: options.minRetryDelay,
    maxTimeout: options.maxRetryDelay,
    factor: 2,
    randomize: true,
    // Without a deadline, p-retry's own default: no limit.
    maxRetryTime: options.deadline,
    signal: call.signal,
    // Waits the server asked for (Retry-After, a request in progress) are slept exactly in onFailedAttempt;
    // only plain backoff goes through p-retry's own delay.
    shouldConsumeRetry: ({ error, retryDelay }) => {
      const decision = decide(error, retryDelay);
      return !decision.retry || decision.reason === 'backoff';
    },
    onFailedAttempt: async ({ error, attemptNumber, retryDelay }) => {
      const decision = decide(error);
      if (!decision.retry) return;
      if (decision.counts) call.countedRetries++;
      if (decision.reason === 'in-progress') {
        call.inProgressSince ??= Date.now();
        call.polls = (call.polls ?? 0) + 1;
      }
      const delayMs = decision.waitMs ?? retryDelay;
      call.recorder.waited(decision.reason, delayMs);
      const { idempotencyKey, method, url, operationId } = call.context();
      options.onRetry?.({
        attempt: attemptNumber,
        delayMs,
        reason: decision.reason,
        error: error as ManagementError,
        idempotencyKey,
        method,
        url,
        operationId,
      });
      if (decision.waitMs !== undefined) await sleep(decision.waitMs, call.signal);
    },
    shouldRetry: ({ error }) => decide(error).retry,
  };
}
