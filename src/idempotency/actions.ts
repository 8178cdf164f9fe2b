/** Named actions: saved keys, one request in flight per action, and the key store's fallback to memory. */
import { v4 as uuidv4 } from 'uuid';
import type { ApiPromise, ApiResult } from '../api-promise.ts';
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
import type { ManagementWarning, MutationOptions } from '../options.ts';
import { differs, keyReusedLocally, sameRequest } from './guard.ts';
import { isVisibleAscii, MAX_IDEMPOTENCY_KEY_LENGTH } from './key.ts';
import { type KeyStore, MemoryKeyStore, type SavedKey, toSavedKey } from './stores.ts';

/** The key an action's call sends, and whether it was saved by an earlier call. */
interface Acquired {
  readonly key: string;
  readonly reused: boolean;
  readonly saved: SavedKey;
  /** The result another tab's call of the action settled with while this call waited for its lock. */
  readonly result?: ApiResult<unknown>;
}

/** What a named action's call saves with its key so that `client.actions.resume` can send it again. */
export type Resumable = Pick<SavedKey, 'operationId' | 'pathParams' | 'query' | 'body'>;

/**
 * A named action (the `action` option) whose outcome is not settled: it was sent and its answer lost, or its
 * key was saved and nothing sent. Listed by `client.actions.pending()`; `client.actions.resume(name)` sends
 * it again with its key, `client.actions.forget(name)` lets it go.
 *
 * @example
 * ```ts
 * for (const action of await client.actions.pending()) {
 *   console.log(`${action.name}: ${action.method} ${action.path}, ${action.outcomeUnknown ? 'may have happened' : 'not sent'}`);
 * }
 * ```
 *
 * @category Action keys
 */
export interface PendingAction {
  /** The action's name, as passed in the `action` option. */
  readonly name: string;
  /** The operation it calls, for example `managementCreateClass`. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: string;
  /** The path as sent, with its parameters (and query, if any), for example `/v1/classes`. */
  readonly path: string;
  /** The body as sent, parsed (undefined when there was none). */
  readonly body: unknown;
  /** The key every retry and `resume` sends. */
  readonly idempotencyKey: string;
  /** When it was first sent (ms since the epoch), or `null` if it never was. */
  readonly firstSentAt: number | null;
  /** True when it was sent and its answer lost: it may have happened; `resume` replays or performs it. */
  readonly outcomeUnknown: boolean;
  /**
   * True while a call of it runs in this client: a page shows it as "sending" rather than "did not finish".
   * (Another tab's call is not seen here; a Retry of it waits for that call and takes its result.)
   */
  readonly inFlight: boolean;
}

/**
 * The named actions of a client (the `action` option), for a Retry button that survives reloads, closed tabs
 * and restarted processes: `client.actions`.
 *
 * @example
 * ```ts
 * for (const action of await client.actions.pending()) {
 *   // "Create class Morning Flow did not finish: Retry / Discard"
 *   const created = await client.actions.resume(action.name); // the saved request, with its saved key
 * }
 * await client.actions.forget('create-class:draft-42'); // let it go: its next call starts afresh
 * ```
 *
 * @category Action keys
 */
export interface ClientActions {
  /**
   * Every action whose outcome is not settled, oldest first: sent with its answer lost (`outcomeUnknown`), or
   * saved and never sent. Read from the key store, so it lists what other tabs or processes sharing the store
   * left (a store without `entries` lists this client's only).
   */
  pending(): Promise<PendingAction[]>;
  /**
   * Sends exactly the saved request of a pending action with its saved key: the server replays the stored
   * result or performs it. Resolves to what the original call would have (with `withResponse()`), and settles
   * the action like any call of it. Rejects with `InvalidArgumentError` when no such action is pending, and
   * with `ActionExpiredError` when its key expired after it may have been sent.
   *
   * @param options - per-call options (not `action` or `idempotencyKey`: the action brings both).
   */
  resume<T = unknown>(
    name: string,
    options?: Omit<MutationOptions, 'action' | 'idempotencyKey'>,
  ): ApiPromise<T>;
  /** Lets an action go: its saved key is forgotten, and its next call starts afresh with a new key. */
  forget(name: string): Promise<void>;
  /**
   * Calls `listener` whenever the pending actions change (this client's calls, and other tabs' through the
   * store's `watch`). Returns the function that unsubscribes. With {@link ClientActions.snapshot} it is what
   * React's `useSyncExternalStore`, a Vue ref or a Svelte store needs.
   *
   * @example
   * ```ts
   * const pending = useSyncExternalStore(client.actions.subscribe, client.actions.snapshot);
   * ```
   */
  subscribe(listener: () => void): () => void;
  /** The pending actions as last listed: the same array until they change. Empty until the first listing. */
  snapshot(): readonly PendingAction[];
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

/** The Web Locks API, where the platform has it: one call of an action at a time across tabs and workers. */
interface Locks {
  request<T>(name: string, options: { signal?: AbortSignal }, run: () => Promise<T>): Promise<T>;
}

/** Saved action keys, single flight per action, and the key store's fallback to memory. */
export class ActionKeys {
  readonly #store: KeyStore;
  // Every key also lives here, so that a store that fails now and then never loses one made meanwhile.
  readonly #memory = new MemoryKeyStore();
  // Actions whose last write reached memory only (the store threw): they are read from memory until a write
  // reaches the store again. The others are read from the store, which other tabs and processes change.
  readonly #unsynced = new Set<string>();
  readonly #windowMs: number;
  readonly #warn: (warning: ManagementWarning) => void;
  readonly #locks: Locks | undefined;
  readonly #inFlight = new Map<string, Flight>();
  // The last key lookup of each action: the next one waits for it, so that a lookup a caller stopped waiting
  // for cannot save its key over the one a later call made.
  readonly #acquiring = new Map<string, Promise<unknown>>();
  readonly #listeners = new Set<() => void>();
  #snapshot: readonly PendingAction[] | undefined;
  #listed = 0;
  #unwatch: (() => void) | undefined;
  #storeFailing = false;

  constructor(store: KeyStore, windowMs: number, warn: (warning: ManagementWarning) => void) {
    this.#store = store;
    this.#windowMs = windowMs;
    this.#warn = warn;
    // Only a store other tabs or workers can share needs the lock; in one process single flight suffices.
    this.#locks =
      store instanceof MemoryKeyStore ? undefined : (globalThis.navigator as { locks?: Locks })?.locks;
  }

  /**
   * Runs the call of `action` with its saved key (made and saved on first use). A second call of the same action
   * while the first is in flight shares its request: the request runs until every caller has left, and each
   * caller's abort or deadline ends that caller only. The key is released once the outcome is definitive.
   */
  run(
    action: string,
    request: string,
    resumable: Resumable,
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
          `The action ${JSON.stringify(action)} is in flight with ${differs(flight.request, request)}.`,
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
      const run = () => this.#run(action, started, resumable, context, execute);
      // Across tabs, one call of the action at a time: a second tab waits, then takes the first one's result.
      started.result = (
        this.#locks?.request(lockName(action), { signal: started.controller.signal }, run) ?? run()
      ).finally(() => {
        if (this.#inFlight.get(action) === started) this.#inFlight.delete(action);
        this.#refresh();
      });
      this.#inFlight.set(action, started);
      flight = started;
    }
    return join(flight, caller);
  }

  /** Forgets the saved key of `action`, so that its next call starts afresh with a new key. */
  async forget(action: string): Promise<void> {
    await this.#write(action, (store) => store.delete(action));
  }

  /** A pending action and its saved key, for `resume`; a typed error when there is none. */
  async resumable(action: string): Promise<[PendingAction, SavedKey]> {
    const saved = await this.#get(action);
    const pending = describe(action, saved, false);
    if (!pending) throw noPending(action);
    return [pending, saved as SavedKey];
  }

  /** Every action whose outcome is not settled, oldest first; also refreshes the snapshot. */
  async pending(): Promise<PendingAction[]> {
    const listing = ++this.#listed;
    const memory = [...this.#memory.entries()];
    const entries = new Map(
      await this.#try(async () => [...((await this.#store.entries?.()) ?? memory)], memory),
    );
    for (const action of this.#unsynced) entries.set(action, this.#memory.get(action) as SavedKey);
    const list: PendingAction[] = [];
    for (const [name, entry] of entries) {
      const action = describe(name, entry, this.#inFlight.has(name));
      if (action) list.push(action);
    }
    const pending = list.sort((a, b) => (a as Described).at - (b as Described).at);
    // A listing that began before a newer one finished says nothing new.
    if (listing === this.#listed && JSON.stringify(pending) !== JSON.stringify(this.#snapshot)) {
      this.#snapshot = pending;
      for (const listener of this.#listeners) listener();
    }
    return pending;
  }

  /** The pending actions as last listed: the same array until they change (for `useSyncExternalStore`). */
  snapshot(): readonly PendingAction[] {
    if (this.#snapshot === undefined) {
      this.#snapshot = [];
      this.#refresh();
    }
    return this.#snapshot;
  }

  /** Calls `listener` whenever the pending actions change, here or (when the store can tell) elsewhere. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#unwatch = this.#store.watch?.(() => this.#refresh());
    this.#refresh();
    return () => {
      if (this.#listeners.delete(listener) && this.#listeners.size === 0) {
        this.#unwatch?.();
        this.#unwatch = undefined;
      }
    };
  }

  #refresh(): void {
    if (this.#listeners.size > 0 || this.#snapshot !== undefined) this.pending().catch(() => {});
  }

  async #run(
    action: string,
    flight: Flight,
    resumable: Resumable,
    context: RequestContext,
    execute: (key: string, signal: AbortSignal) => Promise<ApiResult<unknown>>,
  ): Promise<ApiResult<unknown>> {
    const { signal } = flight.controller;
    const acquired = await untilAborted(this.#acquire(action, flight, resumable, context), signal);
    const { key, reused } = acquired;
    let { saved } = acquired;
    flight.key = key;
    // Settled by another tab or process while this call waited: its result, and nothing sent.
    if (acquired.result !== undefined) return acquired.result;
    // A saved key no call carried yet (its token function failed) goes out now: saved as sent first.
    if (saved.firstSentAt === null) {
      const sent: SavedKey = { ...saved, firstSentAt: Date.now() };
      await this.#write(action, (store) => store.set(action, sent));
      saved = sent;
    }
    try {
      const result = await execute(key, signal);
      await this.#settle(action, saved, result);
      return result;
    } catch (error) {
      // A reused key may have been sent by an earlier call whose outcome was never learned. An error now
      // (a 401 from before the key check, a bad token) says nothing about that call: only a success does.
      if (!reused && isDefinitive(error)) await this.#write(action, (store) => store.delete(action, key));
      // A fresh key that no attempt carried (a failing token function): the key was never sent after all.
      else if (!reused && (error as ManagementError | undefined)?.attempts === 0) {
        await this.#write(action, (store) => store.set(action, { ...saved, firstSentAt: null }));
      }
      // Kept, and put back if another client's success let it go meanwhile (a process sharing the store that
      // sent the same key): this call's outcome is still unknown, and a fresh key could perform it again.
      else await this.#add(action, saved);
      throw error;
    }
  }

  /**
   * The action succeeded. A call of it in another tab or worker may be waiting for the lock, to read the store
   * only now: the result is left there for it, taken without sending, and let go once the calls queued for the
   * lock have had it (a call that begins later queues behind that). Without Web Locks (and in memory, where
   * single flight has already joined every call) the key is let go at once: a call in another process that
   * began beside this one has read the key already, and the server joins the two.
   */
  async #settle(action: string, saved: SavedKey, result: ApiResult<unknown>): Promise<void> {
    const { key } = saved;
    const drop = () => this.#write(action, (store) => store.delete(action, key));
    if (!this.#locks) return drop();
    await this.#write(action, (store) =>
      store.set(action, {
        ...saved,
        settled: {
          at: Date.now(),
          status: result.response.status,
          body: JSON.stringify(result.data) ?? '',
          requestId: result.requestId,
        },
      }),
    );
    // Not awaited: this call holds the lock, and the drop queues behind those who wait for it.
    this.#locks.request(lockName(action), {}, drop).catch(() => {});
  }

  /** The action's key: its saved one (`reused`), or a fresh one, saved before it is sent. One at a time. */
  #acquire(action: string, flight: Flight, resumable: Resumable, context: RequestContext): Promise<Acquired> {
    const previous = this.#acquiring.get(action) ?? Promise.resolve();
    const now = () => this.#acquireNow(action, flight, resumable, context);
    const current = previous.then(now, now);
    this.#acquiring.set(action, current);
    const forget = () => {
      if (this.#acquiring.get(action) === current) this.#acquiring.delete(action);
    };
    current.then(forget, forget);
    return current;
  }

  async #acquireNow(
    action: string,
    flight: Flight,
    resumable: Resumable,
    context: RequestContext,
  ): Promise<Acquired> {
    const saved = await this.#get(action);
    const found = this.#judge(action, saved, flight, context);
    if (found !== undefined) return found;
    const now = Date.now();
    // Saved as sent before anything is sent: if the process dies mid-request, the key must not look unsent.
    const fresh: SavedKey = {
      key: uuidv4(),
      createdAt: now,
      request: flight.request,
      firstSentAt: now,
      ...resumable,
    };
    // The key replaced is compared on delete, and the fresh one only added if absent: a tab or process that
    // raced this one keeps its key, and this call sends that one instead.
    if (saved !== undefined) await this.#write(action, (store) => store.delete(action, saved.key));
    const won = await this.#add(action, fresh);
    if (won.key === fresh.key) return { key: fresh.key, reused: false, saved: fresh };
    return this.#judge(action, won, flight, context) ?? { key: won.key, reused: true, saved: won };
  }

  /** What a saved key means for this call: use it, take its settled result, refuse, or (undefined) replace it. */
  #judge(
    action: string,
    saved: SavedKey | undefined,
    flight: Flight,
    context: RequestContext,
  ): Acquired | undefined {
    if (saved === undefined || !isUsableKey(saved.key)) return undefined;
    const { settled } = saved;
    if (settled !== undefined) {
      // Left by a call that succeeded while this one waited for the lock: the same action, so the same
      // result. The entry is let go behind the calls queued for the lock; one left behind (its tab closed
      // first) is ignored after HANDOVER_MS, and a call with another request is a new action.
      if (Date.now() - settled.at > HANDOVER_MS || !sameRequest(saved.request ?? '', flight.request)) {
        return undefined;
      }
      const response = new Response(settled.body || null, { status: settled.status });
      const result: ApiResult<unknown> = {
        data: settled.body ? JSON.parse(settled.body) : undefined,
        response,
        idempotencyKey: saved.key,
        replayed: true,
        attempts: 0,
        requestId: settled.requestId,
        trace: [],
      };
      return { key: saved.key, reused: true, saved, result };
    }
    // Past the server's replay window the key is forgotten there: reusing it would perform the action again,
    // and so would a fresh key if the first request happened. Only a key that was never sent is replaced.
    if (Date.now() - saved.createdAt >= this.#windowMs) {
      const at = saved.firstSentAt;
      if (at === null) return undefined;
      // It may have been sent: the app must find out whether the action happened.
      throw new ActionExpiredError(
        `The action ${JSON.stringify(action)} may have happened: its Idempotency-Key ${saved.key} was first sent ${at === undefined ? 'at a time not saved' : `at ${new Date(at).toISOString()}`} and is past replayWindow (${this.#windowMs} ms), so a retry could perform it again. Check whether it happened (a get or a list), then call client.actions.forget(${JSON.stringify(action)}).`,
        action,
        saved.request,
        at,
        { ...context, idempotencyKey: saved.key, outcomeUnknown: true },
      );
    }
    // The action's first request may have happened: sending its key with another request is refused here,
    // as the server would; a fresh key instead could perform both. `client.actions.forget` starts afresh.
    if (saved.request !== undefined && !sameRequest(saved.request, flight.request)) {
      throw keyReusedLocally(
        `The action ${JSON.stringify(action)} was already attempted with ${differs(saved.request, flight.request)} under the Idempotency-Key ${saved.key}, and may have happened: call client.actions.forget(${JSON.stringify(action)}) to perform a new request.`,
        { ...context, idempotencyKey: saved.key },
      );
    }
    return { key: saved.key, reused: true, saved };
  }

  /** The saved key of `action`: from the store, or from memory while the store has not taken its last write. */
  async #get(action: string): Promise<SavedKey | undefined> {
    const remembered = this.#memory.get(action);
    if (this.#unsynced.has(action)) return remembered;
    const saved = toSavedKey(await this.#try(() => this.#store.get(action), remembered));
    // Copied: should the store fail next, memory still has the key this call sends.
    if (saved) this.#memory.set(action, saved);
    return saved;
  }

  /** Adds `saved` unless the store has a key for `action` (create-if-absent); the key saved now. */
  async #add(action: string, saved: SavedKey): Promise<SavedKey> {
    const won =
      toSavedKey(
        // Memory is only a copy: it takes the key, and the store's answer decides.
        await this.#write(action, (store) =>
          store === this.#memory || !store.add ? store.set(action, saved) : store.add(action, saved),
        ),
      ) ?? saved;
    this.#memory.set(action, won);
    return won;
  }

  /** Writes memory, then the store; if the store throws, the action is kept in memory until it works again. */
  async #write<T>(action: string, operation: (store: KeyStore) => T | Promise<T>): Promise<T> {
    const remembered = await operation(this.#memory);
    let reached = false;
    const stored = await this.#try(async () => {
      const value = await operation(this.#store);
      reached = true;
      return value;
    }, undefined);
    this.#unsynced[reached ? 'delete' : 'add'](action);
    this.#refresh();
    return stored ?? remembered;
  }

  /**
   * Runs a store operation: if the store throws (full, disabled, offline), the call goes on with `fallback`
   * and the client warns once, until the store works again.
   */
  async #try<T, F>(operation: () => T | Promise<T>, fallback: F): Promise<T | F> {
    try {
      const value = await operation();
      this.#storeFailing = false;
      return value;
    } catch (cause) {
      if (!this.#storeFailing) {
        this.#storeFailing = true;
        this.#warn({
          code: 'key-store-failed',
          // The cause's own message stays in `cause`: a database error may name its connection string.
          message: `The key store failed (${cause instanceof Error ? cause.name : typeof cause}); action keys are kept in memory until it works again.`,
          cause,
        });
      }
      return fallback;
    }
  }
}

/** A pending action, with when its key was made (for the order of the list; not enumerable). */
type Described = PendingAction & { readonly at: number };

/** The pending action a saved key describes, or undefined when it is settled, from 0.2, or not readable. */
function describe(name: string, entry: unknown, inFlight: boolean): PendingAction | undefined {
  const saved = toSavedKey(entry);
  if (typeof saved?.operationId !== 'string' || saved.settled || saved.request === undefined)
    return undefined;
  try {
    const [method, path] = (saved.request.split('\n', 1)[0] as string).split(' ');
    const action = {
      name,
      operationId: saved.operationId,
      method: method as string,
      path: path as string,
      body: saved.body === undefined ? undefined : JSON.parse(saved.body),
      idempotencyKey: saved.key,
      firstSentAt: saved.firstSentAt ?? null,
      outcomeUnknown: saved.firstSentAt !== null,
      inFlight,
    };
    return Object.defineProperty(action, 'at', { value: saved.createdAt });
  } catch {
    // Not readable (edited by hand, or corrupt): not an action this client could resume.
    return undefined;
  }
}

/** No pending action of that name: settled, forgotten, never made, or saved in a form this client cannot send. */
export function noPending(action: string): InvalidArgumentError {
  return new InvalidArgumentError('action', `No pending action ${JSON.stringify(action)} to resume.`);
}

/** How long a result left for the calls queued for an action's lock is taken by them, at most. */
const HANDOVER_MS = 10_000;

function lockName(action: string): string {
  return `management-sdk:action:${action}`;
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
  return key.length <= MAX_IDEMPOTENCY_KEY_LENGTH && isVisibleAscii(key);
}
