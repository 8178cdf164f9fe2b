/**
 * `management-sdk/redis`: a {@link RedisKeyStore} keeps the saved keys of named actions (the `action` option)
 * in Redis, so that every process of a backend shares them: an action one process started, and died in, is
 * listed by `client.actions.pending()` in the next one, and resumed there with the same `Idempotency-Key`.
 * Its own entry point, so that only an app that imports it bundles it. It takes the client you already have
 * (node-redis, the `redis` package, 4.6 or later: an optional peer dependency) and imports nothing of it.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * import { ManagementClient } from 'management-sdk';
 * import { RedisKeyStore } from 'management-sdk/redis';
 *
 * const redis = await createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' }).connect();
 * const client = new ManagementClient({ baseUrl, accessToken, keyStore: new RedisKeyStore(redis) });
 * for (const action of await client.actions.pending()) await client.actions.resume(action.name);
 * ```
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.ts';
import { type KeyStore, parseSavedKey, type SavedKey } from '../idempotency/stores.ts';

/**
 * What {@link RedisKeyStore} needs of a Redis client: the methods of node-redis's `createClient()` (the
 * `redis` package, 4.6 to 6) it calls, so that any of those versions fits without this package importing
 * one. Commands go through `sendCommand`, raw: the same in every version, and untouched by a client's
 * `keyPrefix` (set the store's `prefix` instead). Cluster clients (`createCluster`) do not fit.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 *
 * const url = process.env.REDIS_URL ?? 'redis://localhost:6379';
 * const redis: RedisClient = await createClient({ url }).connect(); // node-redis 4.6 to 6 fit
 * ```
 *
 * @category Action keys
 */
export interface RedisClient {
  /** Sends one command (`['GET', key]`) and resolves to its raw reply. */
  sendCommand(args: string[]): Promise<unknown>;
  /**
   * Whether the client is connected and ready. While it is not, the store throws at once instead of leaving its
   * commands in node-redis's offline queue (where they would wait for Redis to come back).
   */
  readonly isReady?: boolean;
  /** A new client with the same options, not connected yet: the store subscribes with one for `watch`. */
  duplicate(): RedisClient;
  /** Connects a duplicate. */
  connect(): Promise<unknown>;
  /** Subscribes to a channel (a duplicate only: it then is in subscriber mode). */
  subscribe(channel: string, listener: (message: string, channel: string) => unknown): Promise<unknown>;
  /** Listens to the client's events: `error` (a failed connection, retried by the client) and `ready`. */
  on(event: 'error' | 'ready', listener: () => void): unknown;
  /** Closes the connection at once (node-redis 5 and later). */
  destroy?(): void;
  /** Closes the connection at once (node-redis 4). */
  disconnect?(): Promise<unknown>;
}

/**
 * Options of {@link RedisKeyStore}. All are optional.
 *
 * @example
 * ```ts
 * const options: RedisKeyStoreOptions = { prefix: 'studio-app:action-key:', ttl: 30 * 24 * 60 * 60 * 1000 };
 * const store = new RedisKeyStore(redis, options);
 * ```
 *
 * @category Action keys
 */
export interface RedisKeyStoreOptions {
  /**
   * What the name of every entry starts with (the entry of an action is the prefix followed by the action's
   * name); also the name of the channel changes are published on. Stores with the same prefix on the same
   * Redis database share their keys: give each app its own.
   *
   * @default 'management-sdk:action-key:'
   * @example
   * ```ts
   * const store = new RedisKeyStore(redis, { prefix: 'studio-app:action-key:' });
   * ```
   */
  prefix?: string | undefined;
  /**
   * How long an entry lives after its last write, in milliseconds (Redis `PX`); by default it lives until the
   * client lets it go. Not the server's replay window: an entry that outlives the window is still needed, since
   * an action whose outcome is unknown must then be refused with an `ActionExpiredError` (it may have happened,
   * and a fresh key could perform it again). An entry Redis expired instead is simply gone, and the action's
   * next call makes a fresh key. Set it well beyond `replayWindow`, to clear out what nobody will come back
   * for.
   *
   * @default undefined: entries do not expire
   * @example
   * ```ts
   * const store = new RedisKeyStore(redis, { ttl: 30 * 24 * 60 * 60 * 1000 }); // 30 days
   * ```
   */
  ttl?: number | undefined;
  /**
   * How long the store waits for Redis to answer one command, in milliseconds; then the method throws, and the
   * client carries on with the key in memory. A command that timed out may still reach Redis later.
   *
   * @default 2000
   * @example
   * ```ts
   * const store = new RedisKeyStore(redis, { timeout: 500 }); // a Redis on the same host
   * ```
   */
  timeout?: number | undefined;
}

// The scripts below run atomically in Redis. Each gets the entry as KEYS[1] and, as ARGV, the channel, the
// action's name, then its own arguments; each publishes the action's name on the channel when it changed the
// entry. Read from Lua, a stored value is a saved key when it is JSON with a non-empty string `key` and a
// finite number `createdAt` (what `toSavedKey` checks); a value of another type than string is not one.
const SAVED = `
local function saved(raw)
  if type(raw) ~= 'string' then return nil end
  local ok, value = pcall(cjson.decode, raw)
  if not ok or type(value) ~= 'table' then return nil end
  local key, at = value.key, value.createdAt
  if type(key) ~= 'string' or key == '' or type(at) ~= 'number' then return nil end
  if at ~= at or at == math.huge or at == -math.huge then return nil end
  return value
end
local function write(raw, ttl)
  if ttl == '' then redis.call('SET', KEYS[1], raw) else redis.call('SET', KEYS[1], raw, 'PX', ttl) end
  redis.call('PUBLISH', ARGV[1], ARGV[2])
end
`;

/** ARGV[3]: the value; ARGV[4]: the ttl in ms, or ''. */
const SET = `${SAVED}
write(ARGV[3], ARGV[4])`;

/**
 * Create-if-absent. ARGV[3]: the value; ARGV[4]: the ttl, or ''. Returns the saved key that was there, or nil
 * when ARGV[3] was saved. What is not a saved key (corrupt, foreign) counts as absent, as in the other stores.
 */
const ADD = `${SAVED}
local found = redis.pcall('GET', KEYS[1])
if saved(found) then return found end
write(ARGV[3], ARGV[4])
return false`;

/** Delete; with ARGV[3], only if the saved key is still that one (compare-and-delete). Returns 1 if deleted. */
const DELETE = `${SAVED}
if ARGV[3] ~= nil then
  local found = saved(redis.pcall('GET', KEYS[1]))
  if not found or found.key ~= ARGV[3] then return 0 end
end
local deleted = redis.call('DEL', KEYS[1])
if deleted == 1 then redis.call('PUBLISH', ARGV[1], ARGV[2]) end
return deleted`;

/** How many entries one SCAN asks for (a hint to Redis). */
const SCAN_COUNT = '200';

/**
 * Keeps saved action keys in Redis, shared by every process that uses the same Redis database and prefix: a
 * key store for servers, queue workers and scripts (`management-sdk/redis`). Each action is one string entry,
 * the prefix and its name, holding the {@link SavedKey} as JSON; entries that are not readable are ignored.
 * Every write is one atomic Lua script: `add` is create-if-absent and `delete` with a key is compare-and-delete,
 * so two processes that race on one action send one key; and each write publishes the action's name on the
 * channel named like the prefix, which `watch` (and so `client.actions.subscribe`) listens to.
 *
 * If Redis fails (down, unreachable, read-only, or silent for `timeout`), the method throws, and the client
 * carries on with its keys in memory and warns once (`key-store-failed`), as with any store. While the client
 * is not connected the store throws at once: its commands do not wait in node-redis's offline queue. It needs a
 * connected client (it neither connects nor closes it) and a Redis with Lua scripting (EVAL, with its `cjson`),
 * SCAN, MGET and PUBLISH: any Redis since 2.8, or Valkey (tested with Redis 7). `entries` scans the whole
 * database (SCAN filters by the prefix as it goes), so keep the keys of a busy cache in another database.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * import { ManagementClient } from 'management-sdk';
 * import { RedisKeyStore } from 'management-sdk/redis';
 *
 * const redis = await createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' }).connect();
 * const client = new ManagementClient({ baseUrl, accessToken, keyStore: new RedisKeyStore(redis) });
 *
 * // In a worker: if the process dies mid-request, the next one finds the action and resumes it.
 * await client.classes.create(body, { action: `create-class:${draft.id}` });
 * ```
 *
 * @category Action keys
 */
export class RedisKeyStore implements KeyStore {
  readonly #client: RedisClient;
  readonly #prefix: string;
  readonly #ttl: string;
  readonly #timeout: number;
  readonly #watchers = new Set<{ readonly listener: () => void }>();
  #unsubscribe: (() => void) | undefined;

  /**
   * @param client - a connected node-redis client (`await createClient(…).connect()`), or anything with the
   *   methods of {@link RedisClient}.
   * @param options - the prefix of the entries, their time to live, and how long to wait for Redis.
   * @throws {InvalidArgumentError} when `client` is not a Redis client, `prefix` is empty, `ttl` is not a
   *   positive integer or `timeout` not a positive number.
   */
  constructor(client: RedisClient, options: RedisKeyStoreOptions = {}) {
    const candidate = client as Partial<RedisClient> | null | undefined;
    if (typeof candidate?.sendCommand !== 'function' || typeof candidate.duplicate !== 'function') {
      throw new InvalidArgumentError(
        'client',
        'Expected `client` to be a node-redis client (createClient() of the `redis` package), with `sendCommand` and `duplicate`.',
      );
    }
    const { prefix = 'management-sdk:action-key:', ttl, timeout = 2_000 } = options;
    if (typeof prefix !== 'string' || prefix === '') {
      throw new InvalidArgumentError('prefix', 'Expected `prefix` to be a non-empty string.');
    }
    if (ttl !== undefined && !(Number.isSafeInteger(ttl) && ttl > 0)) {
      throw new InvalidArgumentError('ttl', 'Expected `ttl` to be a positive integer (milliseconds).');
    }
    if (!(Number.isFinite(timeout) && timeout > 0)) {
      throw new InvalidArgumentError('timeout', 'Expected `timeout` to be a positive number (milliseconds).');
    }
    this.#client = client;
    this.#prefix = prefix;
    this.#ttl = ttl === undefined ? '' : String(ttl);
    this.#timeout = timeout;
  }

  /** The saved key of `action` (`MGET`, which reads an entry of another type as none), or undefined. */
  async get(action: string): Promise<SavedKey | undefined> {
    const [raw] = asArray(await this.#send(['MGET', this.#prefix + action]));
    return parseSavedKey(text(raw));
  }

  /** Saves the key of `action`, replacing any (`SET`, with `PX` when `ttl` is set, then `PUBLISH`). */
  async set(action: string, saved: SavedKey): Promise<void> {
    await this.#eval(SET, action, JSON.stringify(saved), this.#ttl);
  }

  /**
   * Saves `saved` unless a saved key is there, atomically across processes, and returns the one saved now:
   * `saved`, or the one that was there.
   */
  async add(action: string, saved: SavedKey): Promise<SavedKey> {
    const found = text(await this.#eval(ADD, action, JSON.stringify(saved), this.#ttl));
    if (found === null) return saved;
    const winner = parseSavedKey(found);
    // The script took it for a saved key, so this cannot happen unless Lua's JSON and JavaScript's disagree.
    if (winner === undefined) throw new Error(`The saved key of ${JSON.stringify(action)} is not readable.`);
    return winner;
  }

  /** Forgets the key of `action`; with `key`, only if the saved key is still that one (compare-and-delete). */
  async delete(action: string, key?: string): Promise<void> {
    await this.#eval(DELETE, action, ...(key === undefined ? [] : [key]));
  }

  /** Every readable entry under the prefix: `SCAN … MATCH prefix*` page by page, each page read with `MGET`. */
  async entries(): Promise<[string, SavedKey][]> {
    const pattern = `${this.#prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    const found = new Map<string, SavedKey>(); // SCAN may return a name twice
    let cursor = '0';
    do {
      const [next, names] = asArray(
        await this.#send(['SCAN', cursor, 'MATCH', pattern, 'COUNT', SCAN_COUNT]),
      );
      cursor = text(next) ?? '0';
      const keys = asArray(names)
        .map(text)
        .filter((name): name is string => name !== null);
      if (keys.length === 0) continue;
      const values = asArray(await this.#send(['MGET', ...keys]));
      keys.forEach((name, i) => {
        const saved = parseSavedKey(text(values[i]));
        if (saved !== undefined && name.startsWith(this.#prefix))
          found.set(name.slice(this.#prefix.length), saved);
      });
    } while (cursor !== '0');
    return [...found];
  }

  /**
   * Calls `listener` when the store changes, here or in another process (`SUBSCRIBE` to the prefix's channel,
   * on a duplicate of the client made for the first listener and closed when the last one stops). Also called
   * once subscribed, and after each reconnection: what was published meanwhile is not delivered.
   */
  watch(listener: () => void): () => void {
    const watcher = { listener };
    this.#watchers.add(watcher);
    this.#unsubscribe ??= this.#subscribe();
    return () => {
      if (!this.#watchers.delete(watcher) || this.#watchers.size > 0) return;
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
    };
  }

  /** Subscribes a duplicate of the client to the channel; returns the function that closes it. */
  #subscribe(): () => void {
    const subscriber = this.#client.duplicate();
    let connecting = true;
    let subscribed = false;
    let stopped = false;
    const notify = () => {
      if (stopped) return;
      for (const { listener } of [...this.#watchers]) {
        try {
          listener();
        } catch (error) {
          // Not into node-redis's message handling: thrown where it is seen.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    };
    // node-redis emits every failed (re)connection as `error`, and an emitter with no `error` listener throws
    // it: the duplicate reconnects by itself, and the store's own commands report Redis's failures.
    subscriber.on('error', () => {
      // Stopped while it keeps failing to connect: between two attempts it can be closed for good.
      if (stopped && connecting) close(subscriber);
    });
    subscriber.on('ready', () => {
      if (subscribed) notify(); // reconnected: what was published meanwhile was not delivered
    });
    subscriber
      .connect()
      .then(() => (stopped ? undefined : subscriber.subscribe(this.#prefix, notify)))
      .then(() => {
        subscribed = true;
        notify(); // a change made before the subscription took effect
      })
      .catch(() => {
        // Redis is down, or it stopped meanwhile: the client still reads the store on every listing.
      })
      .finally(() => {
        connecting = false;
        // node-redis cannot be closed while it connects (4 and 6 would finish connecting): closed once it has.
        if (stopped) close(subscriber);
      });
    return () => {
      stopped = true;
      if (!connecting) close(subscriber);
    };
  }

  #eval(script: string, action: string, ...args: string[]): Promise<unknown> {
    return this.#send(['EVAL', script, '1', this.#prefix + action, this.#prefix, action, ...args]);
  }

  /** One command: refused at once while the client is not connected, and given up after `timeout`. */
  async #send(args: string[]): Promise<unknown> {
    // node-redis would queue it until Redis is back, and every call of an action would wait for that.
    if (this.#client.isReady === false) throw new Error('The Redis client is not connected.');
    const reply = this.#client.sendCommand(args);
    reply.catch(() => {}); // once timed out, nobody waits for it
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer ${args[0]} in ${this.#timeout} ms (timeout).`)),
        this.#timeout,
      );
    });
    try {
      return await Promise.race([reply, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Closes a duplicate at once, whether it is connected, still connecting, or closed already. */
function close(subscriber: RedisClient): void {
  try {
    const closing = subscriber.destroy ? subscriber.destroy() : subscriber.disconnect?.();
    Promise.resolve(closing).catch(() => {});
  } catch {
    // Closed already.
  }
}

/** A reply as an array: an array reply, or none. */
function asArray(reply: unknown): unknown[] {
  return Array.isArray(reply) ? reply : [];
}

/** A string reply as a string (a client whose type mapping gives buffers gives bytes), or null. */
function text(reply: unknown): string | null {
  if (typeof reply === 'string') return reply;
  if (ArrayBuffer.isView(reply)) return new TextDecoder().decode(reply);
  return null;
}
