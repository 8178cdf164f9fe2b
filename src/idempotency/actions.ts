/** Named actions: saved keys, one request in flight per action, and the key store's fallback to memory. */
import { v4 as uuidv4 } from 'uuid';
import type { ApiResult } from '../api-promise.ts';
import {
  ActionExpiredError,
  ApiError,
  aborted,
  deadlineExceeded,
  IdempotencyConflictError,
  InvalidArgumentError,
  type ManagementError,
  type RequestContext,
} from '../errors.ts';
import { untilAborted } from '../internal/signals.ts';
import type { ManagementWarning } from '../options.ts';
import { differs, keyReusedLocally, sameRequest } from './guard.ts';
import { validateIdempotencyKey } from './key.ts';
import { type KeyStore, MemoryKeyStore, type SavedKey, toSavedKey } from './stores.ts';

/** The key an action's call sends, and whether it was saved by an earlier call. */
interface Acquired {
  readonly key: string;
  readonly reused: boolean;
  readonly saved: SavedKey;
}

/** An expired key that may have been sent: the app must find out whether the action happened. */
function actionExpired(
  action: string,
  saved: SavedKey,
  windowMs: number,
  context: RequestContext,
): ActionExpiredError {
  const at = saved.firstSentAt ?? undefined;
  const sent = at === undefined ? 'was sent' : `was first sent at ${new Date(at).toISOString()}`;
  return new ActionExpiredError(
    `The action ${JSON.stringify(action)} may have happened: its Idempotency-Key ${saved.key} ${sent}, and the server forgets keys after ${windowMs} ms (replayWindow), so a retry could perform it again. Check whether it happened (a get or a list), then call forgetAction(${JSON.stringify(action)}) to start it afresh.`,
    action,
    saved.request,
    at,
    { ...context, idempotencyKey: saved.key, outcomeUnknown: true },
  );
}

/** One action's request in flight, shared by every call of the action made meanwhile. */
interface Flight {
  readonly request: string;
  /** The action's key, once read or made. */
  key: string | undefined;
  /** Every caller that joined, and those of them that left (aborted, or past their deadline). */
  callers: number;
  left: number;
  /** Aborted when every caller has left: nobody waits for the request any more. */
  readonly controller: AbortController;
  result: Promise<ApiResult<unknown>>;
}

/** What one caller of an action brings: its context for errors, and its own abort signal and deadline. */
export interface ActionCaller {
  readonly context: RequestContext;
  readonly signal: AbortSignal | undefined;
  readonly deadline: number | undefined;
}

/** Saved action keys, single flight per action, and the key store's fallback to memory. */
export class ActionKeys {
  readonly #store: KeyStore;
  // Every key also lives here, so that a store that fails now and then never loses one made meanwhile.
  readonly #memory = new MemoryKeyStore();
  readonly #windowMs: number;
  readonly #warn: (warning: ManagementWarning) => void;
  readonly #inFlight = new Map<string, Flight>();
  // The last key lookup of each action: the next one waits for it, so that a lookup a caller stopped waiting
  // for cannot save its key over the one a later call made.
  readonly #acquiring = new Map<string, Promise<unknown>>();
  #storeFailing = false;

  constructor(store: KeyStore, windowMs: number, warn: (warning: ManagementWarning) => void) {
    this.#store = store;
    this.#windowMs = windowMs;
    this.#warn = warn;
  }

  /**
   * Runs the call of `action` with its saved key (made and saved on first use). A second call of the same action
   * while the first is in flight shares its request: the request runs until every caller has left, and each
   * caller's abort or deadline ends that caller only. The key is released once the outcome is definitive.
   */
  run(
    action: string,
    request: string,
    caller: ActionCaller,
    execute: (key: string, signal: AbortSignal) => Promise<ApiResult<unknown>>,
  ): Promise<ApiResult<unknown>> {
    const { context, signal } = caller;
    if (signal?.aborted) {
      // Aborted before it began: nothing is sent, nor is a key read or made.
      return Promise.reject(aborted(context, signal.reason));
    }
    let flight = this.#inFlight.get(action);
    // A flight every caller has left is on its way out: a new call starts its own (with the same saved key).
    if (flight?.controller.signal.aborted) flight = undefined;
    if (flight !== undefined && !sameRequest(flight.request, request)) {
      return Promise.reject(
        keyReusedLocally(
          `The action ${JSON.stringify(action)} is in flight with ${differs(flight.request, request)}; wait for it to end.`,
          { ...context, idempotencyKey: flight.key },
        ),
      );
    }
    if (flight === undefined) {
      const started: Flight = {
        request,
        key: undefined,
        callers: 0,
        left: 0,
        controller: new AbortController(),
        result: Promise.resolve() as never,
      };
      started.result = this.#run(action, started, context, execute).finally(() => {
        if (this.#inFlight.get(action) === started) this.#inFlight.delete(action);
      });
      this.#inFlight.set(action, started);
      flight = started;
    }
    return join(flight, caller);
  }

  /** Forgets the saved key of `action`, so that its next call starts afresh with a new key. */
  async forget(action: string): Promise<void> {
    await this.#use((store) => store.delete(action));
  }

  async #run(
    action: string,
    flight: Flight,
    context: RequestContext,
    execute: (key: string, signal: AbortSignal) => Promise<ApiResult<unknown>>,
  ): Promise<ApiResult<unknown>> {
    const { signal } = flight.controller;
    const { key, reused, saved } = await untilAborted(this.#acquire(action, flight.request, context), signal);
    flight.key = key;
    try {
      const result = await execute(key, signal);
      await this.#use((store) => store.delete(action));
      return result;
    } catch (error) {
      // A reused key may have been sent by an earlier call whose outcome was never learned. An error now
      // (a 401 from before the key check, a bad token) says nothing about that call: only a success does.
      if (!reused && isDefinitive(error)) await this.#use((store) => store.delete(action));
      // A fresh key that no attempt carried (a failing token function): the key was never sent after all.
      else if (!reused && (error as ManagementError | undefined)?.attempts === 0) {
        await this.#use((store) => store.set(action, { ...saved, firstSentAt: null }));
      }
      throw error;
    }
  }

  /** The action's key: its saved one (`reused`), or a fresh one, saved before it is sent. One at a time. */
  #acquire(action: string, request: string, context: RequestContext): Promise<Acquired> {
    const previous = this.#acquiring.get(action) ?? Promise.resolve();
    const current = previous.then(
      () => this.#acquireNow(action, request, context),
      () => this.#acquireNow(action, request, context),
    );
    this.#acquiring.set(action, current);
    const forget = () => {
      if (this.#acquiring.get(action) === current) this.#acquiring.delete(action);
    };
    current.then(forget, forget);
    return current;
  }

  async #acquireNow(action: string, request: string, context: RequestContext): Promise<Acquired> {
    const now = Date.now();
    const saved = toSavedKey(await this.#use((store) => store.get(action)));
    // Past the server's replay window the key is forgotten there: reusing it would perform the action again,
    // and so would a fresh key if the first request happened. Only a key that was never sent is replaced.
    if (saved !== undefined && isUsableKey(saved.key) && now - saved.createdAt >= this.#windowMs) {
      if (saved.firstSentAt !== null) throw actionExpired(action, saved, this.#windowMs, context);
    } else if (saved !== undefined && isUsableKey(saved.key)) {
      // The action's first request may have happened: sending its key with another request is refused here,
      // as the server would; a fresh key instead could perform both. `forgetAction` starts afresh.
      if (saved.request !== undefined && !sameRequest(saved.request, request)) {
        throw keyReusedLocally(
          `The action ${JSON.stringify(action)} was already attempted with ${differs(saved.request, request)} under the Idempotency-Key ${saved.key}, and may have happened. To perform a new request, call forgetAction(${JSON.stringify(action)}) first.`,
          { ...context, idempotencyKey: saved.key },
        );
      }
      return { key: saved.key, reused: true, saved };
    }
    // Saved as sent before anything is sent: if the process dies mid-request, the key must not look unsent.
    const fresh: SavedKey = { key: uuidv4(), createdAt: now, request, firstSentAt: now };
    await this.#use((store) => store.set(action, fresh));
    return { key: fresh.key, reused: false, saved: fresh };
  }

  /**
   * Uses the store, with memory as a write-through copy: if the store throws (full, disabled, offline), the
   * call goes on with memory and the client warns once, until the store works again.
   */
  async #use<T>(operation: (store: KeyStore) => T | Promise<T>): Promise<T> {
    const remembered = await operation(this.#memory);
    try {
      const stored = await operation(this.#store);
      this.#storeFailing = false;
      return stored ?? remembered;
    } catch (cause) {
      if (!this.#storeFailing) {
        this.#storeFailing = true;
        this.#warn({
          code: 'key-store-failed',
          // The cause's own message stays in `cause`: a database error may name its connection string.
          message: `The key store failed (${cause instanceof Error ? cause.name : typeof cause}); saved action keys are kept in memory until it works again.`,
          cause,
        });
      }
      return remembered;
    }
  }
}

/** One caller's view of a shared flight: its own abort or deadline ends it alone; the last to leave stops it. */
function join(flight: Flight, caller: ActionCaller): Promise<ApiResult<unknown>> {
  const { context, signal, deadline } = caller;
  flight.callers++;
  if (signal === undefined && deadline === undefined) return flight.result;
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const cleanup = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const leave = (error: ManagementError) => {
      if (done) return;
      cleanup();
      flight.left++;
      if (flight.left === flight.callers) flight.controller.abort(error);
      reject(error);
    };
    // Once the key is known the shared request may have been sent; before, nothing was.
    const where = () => ({
      ...context,
      idempotencyKey: flight.key,
      outcomeUnknown: flight.key !== undefined,
    });
    const onAbort = () => leave(aborted(where(), signal?.reason));
    // Listen to the shared result first: when this caller's leaving stops the request, its rejection is handled.
    flight.result.then(resolve, reject).finally(cleanup);
    if (deadline !== undefined) {
      // This caller's attempts are the shared request's: not counted here.
      timer = setTimeout(
        () => leave(deadlineExceeded({ ...where(), attempts: undefined }, deadline)),
        deadline,
      );
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Whether retrying cannot change the outcome of an error: the action's key can be let go.
 * Kept: failures whose outcome is unknown, those a retry may fix (network, 408, 429, 500, 502, 503, 504, in
 * progress), any other 5xx (a server failure, not a refusal of the request), and a key refused for another
 * request (the first request may have happened; `forgetAction` lets it go).
 */
export function isDefinitive(error: unknown): boolean {
  if ((error as ManagementError | undefined)?.outcomeUnknown) return false;
  if (error instanceof IdempotencyConflictError) return false;
  if (error instanceof ApiError) return error.status < 500 && error.status !== 408 && error.status !== 429;
  return error instanceof InvalidArgumentError;
}

function isUsableKey(key: string): boolean {
  try {
    validateIdempotencyKey(key);
    return true;
  } catch {
    return false;
  }
}
