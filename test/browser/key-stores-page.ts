/**
 * The script of key-stores.test.ts's page, bundled with the SDK's source by esbuild: the stores on `window`,
 * with what the test needs around them (raw IndexedDB writes, counted `watch` listeners).
 */
import { IndexedDBKeyStore, type SavedKey } from 'management-sdk';

/** What the page puts on `window.keyStores`. */
export interface KeyStoresPage {
  readonly IndexedDBKeyStore: typeof IndexedDBKeyStore;
  /**
   * Makes `database` the one the helpers below use (a test's own); undefined: `IndexedDBKeyStore`'s default.
   */
  use(database: string | undefined): void;
  /** The database the helpers use. */
  readonly database: string;
  /** This page's store for the database in use: one, as a page's client has one. */
  store(): IndexedDBKeyStore;
  /** A new store of the database in use: another client of the page (its own connection). */
  another(): IndexedDBKeyStore;
  /** Writes `value` under `name` in the store's object store directly, bypassing the SDK (a corrupt entry). */
  rawPut(name: string, value: unknown): Promise<void>;
  /** Starts a `watch` on this page's store that counts its calls under `id`. */
  watch(id: string): void;
  /** Stops the watch `id`. */
  unwatch(id: string): void;
  /** How many times the watch `id` was called. */
  calls(id: string): number;
  /** A saved key made in this page. */
  saved(key: string): SavedKey;
}

/** IndexedDBKeyStore's default database. */
const DATABASE = 'management-sdk:action-keys';
const stores = new Map<string, IndexedDBKeyStore>();
const watches = new Map<string, { calls: number; stop: () => void }>();

const page: KeyStoresPage & { database: string } = {
  IndexedDBKeyStore,
  use(database) {
    page.database = database ?? DATABASE;
  },
  database: DATABASE,
  store() {
    const found = stores.get(page.database);
    if (found !== undefined) return found;
    const store = page.another();
    stores.set(page.database, store);
    return store;
  },
  another() {
    return new IndexedDBKeyStore(page.database === DATABASE ? {} : { database: page.database });
  },
  rawPut(name, value) {
    const { database } = page;
    return new Promise((resolve, reject) => {
      // Opened as the store opens it (made as it makes it, should this come first).
      const open = indexedDB.open(database, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('keys');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const transaction = db.transaction('keys', 'readwrite');
        transaction.objectStore('keys').put(value, name);
        transaction.oncomplete = () => {
          db.close();
          resolve();
        };
        transaction.onerror = transaction.onabort = () => reject(transaction.error);
      };
    });
  },
  watch(id) {
    const watch = { calls: 0, stop: () => {} };
    watch.stop = page.store().watch(() => {
      watch.calls++;
    });
    watches.set(id, watch);
  },
  unwatch(id) {
    watches.get(id)?.stop();
  },
  calls(id) {
    return watches.get(id)?.calls ?? 0;
  },
  saved(key) {
    return { key, createdAt: Date.now(), request: 'POST /classes\n{}', firstSentAt: null };
  },
};

(globalThis as unknown as { keyStores: KeyStoresPage }).keyStores = page;
