/**
 * Saved action keys in IndexedDB: the browser store that tabs of one origin see consistently. A transaction
 * that has completed is visible to every later transaction of every tab, and read-write transactions on one
 * object store never overlap, so `add` is an atomic create-if-absent across tabs on its own. (Web Storage
 * gives neither: Chromium copies `localStorage` between tabs asynchronously, and a tab can read a value
 * another tab replaced before it released the action's lock.)
 *
 * @module
 */
import { type KeyStore, type SavedKey, toSavedKey } from './stores.ts';

/**
 * Options of an {@link IndexedDBKeyStore}.
 *
 * @example
 * ```ts
 * const options: IndexedDBKeyStoreOptions = { database: 'studio-admin:action-keys' };
 * ```
 *
 * @category Action keys
 */
export interface IndexedDBKeyStoreOptions {
  /**
   * The database's name (one object store, `keys`, in it). Also names the `BroadcastChannel` that tells other
   * tabs of a change.
   *
   * @default 'management-sdk:action-keys'
   */
  database?: string | undefined;
  /**
   * The IndexedDB to use, read lazily (a private window may have none, and the client then falls back to
   * memory).
   *
   * @default () => globalThis.indexedDB
   */
  indexedDB?: (() => IndexedDBFactory) | undefined;
}

/**
 * What {@link IndexedDBKeyStore} needs of `indexedDB` (the browser's `IDBFactory`), typed here so that the
 * package's types do not require the DOM library.
 *
 * @example
 * ```ts
 * const factory: IndexedDBFactory = indexedDB;
 * ```
 *
 * @category Action keys
 */
export interface IndexedDBFactory {
  /** Opens (and creates or upgrades) a database: `IDBFactory.open`. */
  open(name: string, version?: number): unknown;
}

/**
 * Keeps saved keys in IndexedDB, so they survive reloads and closed tabs and every tab of the origin sees one
 * key per action: the store to use when several tabs may run the same action. Writes resolve once their
 * transaction has committed; `watch` hears other tabs' writes through a `BroadcastChannel`.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({ baseUrl, accessToken, keyStore: new IndexedDBKeyStore() });
 * const pending = await client.actions.pending(); // what any tab left unconfirmed
 * ```
 *
 * @category Action keys
 */
export class IndexedDBKeyStore implements KeyStore {
  readonly #name: string;
  readonly #factory: () => IndexedDBFactory;
  #db: Promise<IDBDatabase> | undefined;

  constructor(options: IndexedDBKeyStoreOptions = {}) {
    this.#name = options.database ?? 'management-sdk:action-keys';
    this.#factory = options.indexedDB ?? (() => globalThis.indexedDB);
  }

  get(action: string): Promise<SavedKey | undefined> {
    return this.#run('readonly', (keys, done) => {
      keys.get(action).onsuccess = (event) => done(toSavedKey(result(event)));
    });
  }

  set(action: string, saved: SavedKey): Promise<void> {
    return this.#run('readwrite', (keys, done) => {
      keys.put(saved, action);
      done(undefined);
    });
  }

  add(action: string, saved: SavedKey): Promise<SavedKey> {
    // One read-write transaction: no other tab's write to the store can come between the read and the put.
    return this.#run('readwrite', (keys, done) => {
      keys.get(action).onsuccess = (event) => {
        const found = toSavedKey(result(event));
        if (found === undefined) keys.put(saved, action);
        done(found ?? saved);
      };
    });
  }

  delete(action: string, key?: string): Promise<void> {
    return this.#run('readwrite', (keys, done) => {
      keys.get(action).onsuccess = (event) => {
        if (key === undefined || toSavedKey(result(event))?.key === key) keys.delete(action);
        done(undefined);
      };
    });
  }

  entries(): Promise<[string, SavedKey][]> {
    return this.#run('readonly', (keys, done) => {
      const found: [string, SavedKey][] = [];
      keys.openCursor().onsuccess = (event) => {
        const cursor = result(event) as IDBCursorWithValue | null;
        if (cursor === null) return done(found);
        const saved = toSavedKey(cursor.value);
        if (saved !== undefined) found.push([String(cursor.key), saved]);
        cursor.continue();
      };
    });
  }

  watch(listener: () => void): () => void {
    const channel = new BroadcastChannel(this.#name);
    channel.onmessage = listener;
    return () => channel.close();
  }

  /**
   * Runs one transaction on the `keys` object store; resolves with what `body` handed to `done` once the
   * transaction has committed (only then can another tab read it), and tells other tabs of a write.
   */
  async #run<T>(
    mode: IDBTransactionMode,
    body: (keys: IDBObjectStore, done: (value: T) => void) => void,
  ): Promise<T> {
    const db = await this.#open();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction('keys', mode);
      let value: T;
      transaction.oncomplete = () => {
        if (mode === 'readwrite') {
          const channel = new BroadcastChannel(this.#name);
          channel.postMessage('changed');
          channel.close();
        }
        resolve(value);
      };
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
      body(transaction.objectStore('keys'), (done) => {
        value = done;
      });
    });
  }

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = this.#factory().open(this.#name, 1) as IDBOpenDBRequest;
      request.onupgradeneeded = () => request.result.createObjectStore('keys');
      request.onsuccess = () => {
        // Another tab upgrading the database later: let it, and open again on the next use.
        request.result.onversionchange = () => {
          request.result.close();
          this.#db = undefined;
        };
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () =>
        reject(new Error(`The IndexedDB database ${this.#name} is blocked by another tab.`));
    }).catch((error: unknown) => {
      // Not opened (no IndexedDB, private mode, blocked): the next use tries again.
      this.#db = undefined;
      throw error;
    });
    return this.#db;
  }
}

function result(event: Event): unknown {
  return (event.target as IDBRequest).result;
}
