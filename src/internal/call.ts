/** One call's state across its attempts, and the rules that finish it. */
import type { ApiResult } from '../api-promise.ts';
import {
  aborted,
  deadlineExceeded,
  IdempotencyConflictError,
  ManagementError,
  RequestAbortedError,
  type RequestContext,
  TimeoutError,
} from '../errors.ts';
import type { KeyGuard } from '../idempotency/guard.ts';
import type { RetryDecision, RetryingCall } from '../retry/policy.ts';
import type { Mask } from './conceal.ts';
import { type PreparedRequest, requestContext } from './prepare.ts';
import { linkedSignal } from './signals.ts';
import { Recorder } from './trace.ts';

/** What the client learns over the attempts of one call (like ky's one `Ky` instance per request). */
export class Call implements RetryingCall {
  // Declared, not defined: the constructor or the attempts assign them, and a declared field adds nothing to
  // the bundle.
  declare readonly request: PreparedRequest;
  declare readonly options: PreparedRequest['options'];
  /** Aborts on the caller's signal or when the deadline passes; every attempt and wait of the call listens. */
  declare readonly signal: AbortSignal | undefined;
  declare readonly deadlineAt: number | undefined;
  readonly #dispose: () => void;
  attempts = 0;
  countedRetries = 0;
  declare inProgressSince: number | undefined;
  polls = 0;
  /** Tokens the call's retries took from the retry budget, given back if the call succeeds. */
  spent = 0;
  /** An attempt was sent and its outcome not learned since. */
  outcomeUnknown = false;
  /** The request id of the current attempt's response (set by the recorder): every error made of it says it. */
  declare requestId: string | undefined;
  /** The last failure and the decision taken for it (p-retry asks three callbacks about the same failure). */
  declare decided: { error: unknown; decision: RetryDecision } | undefined;
  /** Masks the call's own secrets in every error it throws (internal/conceal.ts); set once the token is known. */
  mask: Mask = (text) => text;
  /** The result of the attempt that succeeded, kept in case an abort lands after it. */
  declare result: ApiResult<unknown> | undefined;
  /** The call's trace, log lines and instrumentation (internal/trace.ts). */
  declare readonly recorder: Recorder;

  constructor(request: PreparedRequest) {
    this.request = request;
    this.options = request.options;
    // First: an instrumentation that throws leaves no deadline timer behind.
    this.recorder = new Recorder(this);
    const { signal, deadline } = request.options;
    const scope = linkedSignal(signal, deadline, 'deadline exceeded');
    this.signal = scope.signal;
    this.#dispose = scope.dispose;
    this.deadlineAt = deadline === undefined ? undefined : Date.now() + deadline;
  }

  /** What an error of this call says about its request, so far. */
  context(): RequestContext {
    return requestContext(this.request, this);
  }

  /** The call succeeded: its retries' tokens go back to the budget. */
  succeeded(result: ApiResult<unknown>): ApiResult<unknown> {
    this.request.options.retryBudget?.succeeded(this.spent);
    this.recorder.finish();
    return result;
  }

  /** The call failed with `error`: the error to throw, with the call's trace, and the key let go when it protects nothing. */
  failed(error: unknown, guard: KeyGuard): unknown {
    const { idempotencyKey, options } = this.request;
    // Unless the server may have stored a result for the key, the key protects nothing: let it be reused.
    if (
      idempotencyKey !== undefined &&
      !this.outcomeUnknown &&
      !(error instanceof IdempotencyConflictError)
    ) {
      guard.release(idempotencyKey);
    }
    // p-retry rejects with the signal's reason when it stops a wait; say which signal it was.
    const failure =
      options.signal?.aborted && !(error instanceof RequestAbortedError)
        ? aborted(this.context(), options.signal.reason)
        : this.signal?.aborted &&
            !options.signal?.aborted &&
            !(error instanceof TimeoutError && error.kind === 'deadline')
          ? this.deadlineError(this.decided?.error ?? error)
          : error;
    if (failure instanceof ManagementError) {
      (failure as { trace: unknown }).trace = this.recorder.entries;
      // The message says how many attempts the call made, once there were retries, and ends with the request id
      // of the response it is about, for a support ticket.
      const { message, attempts, requestId } = failure;
      let end =
        attempts > 1 && !/[(\s]\d+ attempts\)$|\(attempt \d+\)$/.test(message)
          ? ` (after ${attempts} attempts)`
          : '';
      if (requestId) end += ` (request id ${requestId})`;
      failure.message += end;
      // A function, so that a `$&` in a server's text is not a replacement pattern.
      if (failure.stack !== undefined) failure.stack = failure.stack.replace(message, () => failure.message);
    }
    this.recorder.finish(failure);
    return failure;
  }

  /** The call passed its deadline. */
  deadlineError(cause: unknown): ManagementError {
    return deadlineExceeded(this.context(), this.request.options.deadline ?? 0, cause);
  }

  dispose(): void {
    this.#dispose();
  }
}
