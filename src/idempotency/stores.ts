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
  /** When the key was made (ms since the epoch); it is replaced once older than the replay window. */
  createdAt: number;
  /** What request the key was first sent with (method, path, body), to refuse it for a different one. */
  request?: string | undefined;
  /**
   * When the key's first call began sending (ms since the epoch), or `null` when nothing was ever sent with it.
   * A key saved without this field (by 0.1) is taken as sent. A sent key past the replay window is refused
   * with an `ActionExpiredError`, never silently replaced: its first request may have happened.
   */
  firstSentAt?: number | null | undefined;
}

/**
 * Where saved action keys live. Methods may return promises, so a backend can keep keys in its database.
 * The client never lets a failing store fail a call: it falls back to memory and warns through `onWarning`.
 *
 * @example
 * ```ts
 * const store: KeyStore = {
 *   get: async (action) => (await db.actionKeys.find(action)) ?? undefined,
 *   set: async (action, saved) => db.actionKeys.upsert(action, saved),
 *   delete: async (action) => db.actionKeys.remove(action),
 * };
 * ```
 *
 * @category Action keys
 */
export interface KeyStore {
  /** The key saved for `action`, or undefined. */
  get(action: string): SavedKey | undefined | Promise<SavedKey | undefined>;
  /** Saves the key of `action`. */
  set(action: string, saved: SavedKey): void | Promise<void>;
  /** Forgets the key of `action`: its action reached a definitive outcome. */
  delete(action: string): void | Promise<void>;
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

  delete(action: string): void {
    this.#keys.delete(action);
  }
}

/**
 * Keeps saved keys in Web Storage (`localStorage` or `sessionStorage`) under a prefix, so they survive page
 * reloads (`localStorage`: also closing the tab). Entries that are not ours, or not readable, are ignored.
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
    const raw = this.#storage().getItem(this.#prefix + action);
    return raw === null ? undefined : parseSavedKey(raw);
  }

  set(action: string, saved: SavedKey): void {
    this.#storage().setItem(this.#prefix + action, JSON.stringify(saved));
  }

  delete(action: string): void {
    this.#storage().removeItem(this.#prefix + action);
  }
}

/**
 * A saved key from its JSON, or undefined when the JSON is not one of ours (corrupt, foreign, old).
 *
 * @category Action keys
 */
export function parseSavedKey(raw: string): SavedKey | undefined {
  try {
    return toSavedKey(JSON.parse(raw));
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
  return {
    key,
    createdAt,
    request: typeof request === 'string' ? request : undefined,
    // Anything but an explicit null or a time reads as "may have been sent".
    firstSentAt: firstSentAt === null ? null : typeof firstSentAt === 'number' ? firstSentAt : undefined,
  };
}
