/**
 * Saved action keys: the idempotency key of a named user action ("create-class:draft-42"), kept across page
 * reloads so that a Retry button repeats the same action with the same key, and the server replays the stored
 * result instead of acting twice.
 *
 * @module
 */

/**
 * A saved key, as a {@link KeyStore} holds it.
 *
 * @example
 * ```ts
 * const saved: SavedKey = { key: crypto.randomUUID(), createdAt: Date.now() };
 * await store.set('create-class:draft-42', saved);
 * ```
 *
 * @category Action keys
 */
export interface SavedKey {
  /** The `Idempotency-Key`. */
  key: string;
  /**
   * When the key was made (ms since the epoch). Past the replay window it is replaced if it was never sent,
   * and refused (`ActionExpiredError`) if it may have been.
   */
  createdAt: number;
  /** What request the key was first sent with (method, path, body), to refuse it for a different one. */
  request?: string | undefined;
  /**
   * When the key's first call began sending (ms since the epoch), or `null` when nothing was ever sent with it.
   * A key saved without this field (by 0.1) is taken as sent. A sent key past the replay window is refused
   * with an `ActionExpiredError`, never silently replaced: its first request may have happened.
   */
  firstSentAt?: number | null | undefined;
  /** The operation the action calls (its `operationId`), for `client.actions.resume`. */
  operationId?: string | undefined;
  /** The path parameters, in the path's order, for `client.actions.resume`. */
  pathParams?: string[] | undefined;
  /** The query parameters as sent, for `client.actions.resume`. */
  query?: Record<string, string> | undefined;
  /** The body as sent (JSON text), for `client.actions.resume`. Never a credential: tokens are not saved. */
  body?: string | undefined;
  /**
   * Set when the action succeeded in a store others share: a call of it that began meanwhile (another tab
   * waiting for its lock, another process) takes this result instead of sending again. Let go once those calls
   * had it; ignored after 10 s (a tab that closed before letting it go leaves it behind).
   */
  settled?: SettledResult | undefined;
}

/**
 * The result a settled action leaves in a shared store for the calls that began beside it.
 *
 * @example
 * ```ts
 * const settled: SettledResult = { at: Date.now(), status: 201, body: '{"id":"cls_1"}' };
 * ```
 *
 * @category Action keys
 */
export interface SettledResult {
  /** When it settled (ms since the epoch). */
  at: number;
  /** The HTTP status of the answer. */
  status: number;
  /** The answer's data as JSON text (empty for no content). */
  body: string;
  /** The answer's `X-Request-Id`. */
  requestId?: string | undefined;
}

/**
 * Where saved action keys live. Methods may return promises, so a backend can keep keys in its database.
 * The client never lets a failing store fail a call: it falls back to memory and warns through `logger`.
 *
 * A store shared by several tabs or processes should also implement `add` (atomic create-if-absent) and the
 * `key` argument of `delete` (compare-and-delete): then an action's key is made once wherever the store is
 * shared, and a process that replaces or forgets a key can never remove one another process just made.
 * Without them the client reads, then writes, and two processes that race can each make a key.
 * {@link MemoryKeyStore}, {@link IndexedDBKeyStore} and `RedisKeyStore` (`management-sdk/redis`) do both
 * atomically; {@link WebStorageKeyStore} with a read and a write, atomic under the action's Web Lock.
 *
 * @example
 * ```ts
 * const store: KeyStore = {
 *   get: async (action) => (await db.actionKeys.find(action)) ?? undefined,
 *   set: async (action, saved) => db.actionKeys.upsert(action, saved),
 *   // INSERT … ON CONFLICT DO NOTHING, then read back the row that won.
 *   add: async (action, saved) => db.actionKeys.insertIfAbsent(action, saved),
 *   delete: async (action, key) => db.actionKeys.remove(action, key === undefined ? {} : { key }),
 *   entries: async () => (await db.actionKeys.all()).map((row) => [row.action, row.saved] as const),
 * };
 * ```
 *
 * @category Action keys
 */
export interface KeyStore {
  /** The key saved for `action`, or undefined. */
  get(action: string): SavedKey | undefined | Promise<SavedKey | undefined>;
  /** Saves the key of `action`, replacing any. */
  set(action: string, saved: SavedKey): void | Promise<void>;
  /**
   * Forgets the key of `action`. When `key` is given, only if the saved key is still that one
   * (compare-and-delete): another tab or process may have replaced it meanwhile.
   */
  delete(action: string, key?: string): void | Promise<void>;
  /**
   * Saves `saved` for `action` unless a key is saved already, atomically where the store is shared
   * (create-if-absent), and returns the key saved now: `saved`, or the one that was there.
   */
  add?(action: string, saved: SavedKey): SavedKey | Promise<SavedKey>;
  /** Every saved action with its key, for `client.actions.pending()`. Without it only this client's are listed. */
  entries?(): Iterable<readonly [string, SavedKey]> | Promise<Iterable<readonly [string, SavedKey]>>;
  /**
   * Calls `listener` when another tab or process changes the store (for `client.actions.subscribe`), and
   * returns a function that stops it.
   */
  watch?(listener: () => void): () => void;
}

/**
 * Keeps saved keys in memory: they survive retries, not page reloads. The default store.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({ baseUrl, accessToken, keyStore: new MemoryKeyStore() });
 * ```
 *
 * @category Action keys
 */
export class MemoryKeyStore implements KeyStore {
  readonly #keys = new Map<string, SavedKey>();

  get(action: string): SavedKey | undefined {
    return this.#keys.get(action);
  }

  set(action: string, saved: SavedKey): void {
    this.#keys.set(action, saved);
  }

  add(action: string, saved: SavedKey): SavedKey {
    return addIfAbsent(this, action, saved) as SavedKey;
  }

  delete(action: string, key?: string): void {
    if (key === undefined || this.#keys.get(action)?.key === key) this.#keys.delete(action);
  }

  entries(): Iterable<[string, SavedKey]> {
    return this.#keys.entries();
  }
}

/**
 * Keeps saved keys in Web Storage (`localStorage` or `sessionStorage`) under a prefix, so they survive page
 * reloads (`localStorage`: also closing the tab) and are shared by the tabs of one origin. Entries that are
 * not ours, or not readable, are ignored. Storage has no atomic create-if-absent: across tabs the client makes
 * `add` atomic by holding the action's Web Lock around it.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({
 *   baseUrl,
 *   accessToken,
 *   keyStore: new WebStorageKeyStore(() => localStorage), // read lazily: no throw where storage is disabled
 * });
 * ```
 *
 * @category Action keys
 */
export class WebStorageKeyStore implements KeyStore {
  readonly #storage: () => Storage;
  readonly #prefix: string;

  /**
   * @param storage - the storage, or a function that returns it (read lazily: `localStorage` itself throws
   *   where storage is disabled, and the client then falls back to memory).
   * @param prefix - what every entry's name starts with.
   */
  constructor(storage: Storage | (() => Storage), prefix = 'management-sdk:action-key:') {
    this.#storage = typeof storage === 'function' ? storage : () => storage;
    this.#prefix = prefix;
  }

  get(action: string): SavedKey | undefined {
    return parseSavedKey(this.#storage().getItem(this.#prefix + action));
  }

  set(action: string, saved: SavedKey): void {
    this.#storage().setItem(this.#prefix + action, JSON.stringify(saved));
  }

  add(action: string, saved: SavedKey): SavedKey {
    return addIfAbsent(this, action, saved) as SavedKey;
  }

  delete(action: string, key?: string): void {
    if (key === undefined || this.get(action)?.key === key) this.#storage().removeItem(this.#prefix + action);
  }

  entries(): [string, SavedKey][] {
    const storage = this.#storage();
    const found: [string, SavedKey][] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      const saved = name?.startsWith(this.#prefix) ? parseSavedKey(storage.getItem(name)) : undefined;
      if (saved) found.push([(name as string).slice(this.#prefix.length), saved]);
    }
    return found;
  }

  /** Other tabs' changes, through the window's `storage` event (where there is a window). */
  watch(listener: () => void): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(this.#prefix)) listener();
    };
    globalThis.addEventListener?.('storage', onStorage);
    return () => globalThis.removeEventListener?.('storage', onStorage);
  }
}

/** Create-if-absent from get and set, for stores a single thread owns (the client holds the action's lock). */
function addIfAbsent(store: KeyStore, action: string, saved: SavedKey): SavedKey | Promise<SavedKey> {
  const found = store.get(action) as SavedKey | undefined;
  if (found) return found;
  store.set(action, saved);
  return saved;
}

/**
 * A saved key from its JSON, or undefined when the JSON is not one of ours (corrupt, foreign, old).
 *
 * @category Action keys
 */
export function parseSavedKey(raw: string | null): SavedKey | undefined {
  try {
    return toSavedKey(JSON.parse(raw as string));
  } catch {
    return undefined;
  }
}

/** `value` as a saved key, or undefined when it is not a well-formed one. */
export function toSavedKey(value: unknown): SavedKey | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { key, createdAt, request, firstSentAt } = value as Record<string, unknown>;
  if (typeof key !== 'string' || key === '' || typeof createdAt !== 'number' || !Number.isFinite(createdAt)) {
    return undefined;
  }
  // The fields `client.actions.resume` needs are checked when it sends them (a corrupt one is a typed error).
  return {
    ...(value as SavedKey),
    request: typeof request === 'string' ? request : undefined,
    // Anything but an explicit null or a time reads as "may have been sent".
    firstSentAt: firstSentAt === null ? null : typeof firstSentAt === 'number' ? firstSentAt : undefined,
  };
}
