/**
 * The call's trace, as it happens: an entry per attempt (what came back, how long it took, the wait after it),
 * the log lines about them, and the instrumentation told about each. Nothing here sees a body, a header other
 * than `X-Request-Id`, or the token, and every line is masked with the call's secrets all the same.
 */
import { log } from '../options.ts';
import type { AttemptInstrument, AttemptTrace, CallInstrument, WaitReason } from '../trace.ts';
import type { Mask } from './conceal.ts';
import type { PreparedRequest } from './prepare.ts';

type Entry = { -readonly [K in keyof AttemptTrace]: AttemptTrace[K] };

/** What the recorder reads of its call (internal/call.ts), and the request id it keeps there for errors. */
interface Traced {
  readonly request: PreparedRequest;
  /** Read when a line is written: the call's secrets are known once its token is. */
  readonly mask: Mask;
  requestId: string | undefined;
}

/** One call's trace; its entries are the `trace` of the call's result or error. */
export class Recorder {
  readonly entries: Entry[] = [];
  readonly #call: Traced;
  readonly #instrument: CallInstrument | undefined;
  #attempt: AttemptInstrument | undefined;

  /** The call starts: the instrumentation is told. */
  constructor(call: Traced) {
    const { operation, url, idempotencyKey, options } = call.request;
    this.#call = call;
    this.#instrument = options.instrumentation?.startCall({ ...operation, url: url.href, idempotencyKey });
  }

  /** Attempt `attempt` starts; the headers the instrumentation adds to it (trace context), if any. */
  start(attempt: number): Record<string, string> | undefined {
    this.entries.push({ attempt, startedAt: Date.now(), durationMs: 0 });
    if (!this.#instrument) return;
    const headers: Record<string, string> = {};
    this.#attempt = this.#instrument.startAttempt(this.entries, headers);
    // In lower case, as the call's own: `Authorization` beside `authorization` would send both.
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  }

  /** The attempt got a response: its status, whether it is a replay, and its request id (masked). */
  responded(response: Response, replayed: boolean): void {
    const entry = this.#last();
    const id = response.headers.get('x-request-id');
    entry.status = response.status;
    if (replayed) entry.replayed = true;
    if (id) this.#call.requestId = entry.requestId = this.#call.mask(id);
  }

  /** The attempt ended, with `error` if it failed; errors made after it are about no response. */
  end(error?: unknown): void {
    const entry = this.#last();
    const { status, requestId } = entry;
    const key = this.#call.request.idempotencyKey;
    entry.durationMs = Date.now() - entry.startedAt;
    if (error !== undefined) entry.error = error instanceof Error ? error.name : typeof error;
    this.#call.requestId = undefined;
    this.#log(
      4,
      `attempt ${entry.attempt}: ${status ?? ''}${status && entry.error ? ' ' : ''}${entry.error ?? ''} in ${entry.durationMs} ms${key ? `, key ${key}` : ''}${requestId ? `, request id ${requestId}` : ''}`,
    );
    this.#attempt?.end(entry, error);
  }

  /**
   * What the retry policy decided after the last attempt: a wait of `ms` before the next one, or (`ms` 0,
   * reason `budget-exhausted` or `deadline`) no retry although the failure could have been retried.
   */
  waited(reason: WaitReason, ms: number): void {
    const entry = this.#last();
    entry.waitMs = ms;
    entry.waitReason = reason;
    this.#log(
      3,
      reason === 'budget-exhausted' || reason === 'deadline'
        ? `not retried (${reason})`
        : `attempt ${entry.attempt + 1} in ${ms} ms (${reason})`,
    );
  }

  /** The call ended, with `error` if it failed. */
  finish(error?: unknown): void {
    this.#instrument?.end(this.entries, error);
  }

  #last(): Entry {
    return this.entries.at(-1) as Entry;
  }

  #log(level: 3 | 4, line: string): void {
    const { request, mask } = this.#call;
    const { options, operation, url } = request;
    if (level <= options.logLevel) log(options, level, mask(`${operation.method} ${url.href} ${line}`));
  }
}
