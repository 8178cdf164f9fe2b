/**
 * Durable actions (issue 14): `client.actions.pending/resume/forget/subscribe/snapshot`, and the store contract
 * that makes an action's key once wherever its store is shared (add = create-if-absent, delete(action, key) =
 * compare-and-delete, the Web Lock around a call of the action). Against the mock on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ActionExpiredError,
  InvalidArgumentError,
  type KeyStore,
  ManagementError,
  MemoryKeyStore,
  type SavedKey,
  WebStorageKeyStore,
} from '../../src/index.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { DEFAULT_TOKEN, startMock } from '../helpers/mock.ts';
import { TestStorage } from '../helpers/storage.ts';

const ACTION = 'create-class:draft-7';

/** Waits until `condition` holds (for work the client does after a call returns), failing after 2 s. */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 2000) assert.fail(`not within 2 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs `make` where `navigator.locks` is absent, as in a runtime without Web Locks (or another process). */
function withoutWebLocks<T>(make: () => T): T {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
  try {
    return make();
  } finally {
    if (descriptor) Object.defineProperty(globalThis, 'navigator', descriptor);
  }
}
const LOCATION = 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T';
const posts = (mock: { requests: readonly { method: string }[] }) =>
  mock.requests.filter((r) => r.method !== 'GET').length;

describe('client.actions.pending and resume', () => {
  test('a create whose answer was lost is listed after a "reload", and resume replays it: one class', async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    const before = clientFor(mock, { maxRetries: 0, keyStore: new WebStorageKeyStore(storage) });
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    const lost = await rejection(before.classes.create(classBody('Morning Flow'), { action: ACTION }));
    assert.ok(lost instanceof ManagementError && lost.outcomeUnknown);

    // A new page: a new client over the same storage, knowing nothing but the store.
    const after = clientFor(mock, { keyStore: new WebStorageKeyStore(storage) });
    const pending = await after.actions.pending();
    assert.equal(pending.length, 1);
    const [action] = pending;
    assert.ok(action !== undefined);
    assert.equal(action.name, ACTION);
    assert.equal(action.operationId, 'managementCreateClass');
    assert.equal(action.method, 'POST');
    assert.equal(action.path, '/v1/classes');
    assert.deepEqual(action.body, classBody('Morning Flow'));
    assert.equal(action.idempotencyKey, lost.idempotencyKey);
    assert.equal(action.outcomeUnknown, true);
    assert.ok(typeof action.firstSentAt === 'number' && action.firstSentAt <= Date.now());
    // Never the token.
    assert.ok(![...storage.items.values()].some((value) => value.includes(DEFAULT_TOKEN)));

    const resumed = await after.actions.resume(ACTION).withResponse();
    assert.equal(resumed.replayed, true);
    assert.equal(resumed.idempotencyKey, lost.idempotencyKey);
    assert.equal((resumed.data as { name: string }).name, 'Morning Flow');
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    const sent = mock.requests.filter((r) => r.method === 'POST');
    assert.equal(sent.length, 2);
    assert.equal(new Set(sent.map((r) => r.idempotencyKey)).size, 1);
    assert.deepEqual(await after.actions.pending(), [], 'settled: no longer pending');
    await eventually(() => storage.items.size === 0, 'the settled entry is let go');
  });

  test('resume sends exactly the saved request: path parameters, body and key of a PATCH', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const client = clientFor(mock, { maxRetries: 0, keyStore: store });
    const room = await client.locations.rooms.create(LOCATION, { name: 'Studio A', capacity: 20 });
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementUpdateRoom' });
    const name = `rename-room:${room.id}`;
    const lost = await rejection(
      client.locations.rooms.update(LOCATION, room.id, { capacity: 12 }, { action: name }),
    );
    assert.ok(lost instanceof ManagementError && lost.outcomeUnknown);
    const [action] = await clientFor(mock, { keyStore: store }).actions.pending();
    assert.equal(action?.method, 'PATCH');
    assert.equal(action?.path, `/v1/locations/${LOCATION}/rooms/${room.id}`);
    const resumed = await clientFor(mock, { keyStore: store }).actions.resume(name).withResponse();
    assert.equal(resumed.replayed, true);
    assert.equal((resumed.data as { capacity: number }).capacity, 12);
    const patches = mock.requests.filter((r) => r.method === 'PATCH');
    assert.deepEqual(
      patches.map((r) => r.path),
      [`/v1/locations/${LOCATION}/rooms/${room.id}`, `/v1/locations/${LOCATION}/rooms/${room.id}`],
    );
    assert.equal(patches[1]?.idempotencyKey, lost.idempotencyKey);
  });

  test('an action whose key was saved but never sent is listed as not sent, and resume performs it', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const failing = clientFor(mock, {
      keyStore: store,
      accessToken: () => {
        throw new Error('signed out');
      },
    });
    await rejection(failing.classes.create(classBody(), { action: ACTION }));
    const client = clientFor(mock, { keyStore: store });
    const [action] = await client.actions.pending();
    assert.equal(action?.outcomeUnknown, false);
    assert.equal(action?.firstSentAt, null);
    const resumed = await client.actions.resume(ACTION).withResponse();
    assert.equal(resumed.replayed, false);
    assert.equal(resumed.idempotencyKey, action?.idempotencyKey);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('resume of an action that is not pending is a typed error, and sends nothing', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const client = clientFor(mock, { keyStore: store });
    const missing = await rejection(client.actions.resume('nothing-here'));
    assert.ok(missing instanceof InvalidArgumentError);
    assert.equal(missing.argument, 'action');
    assert.match(missing.message, /No pending action "nothing-here"/);
    // Saved by 0.2 (no operation) or corrupt: listed nowhere, refused by resume.
    store.set('old', { key: crypto.randomUUID(), createdAt: Date.now(), request: 'POST /v1/classes\n{}' });
    store.set('corrupt', {
      key: crypto.randomUUID(),
      createdAt: Date.now(),
      request: 'POST /v1/classes\n{}',
      operationId: 'managementNoSuchOperation',
      body: '{',
    } as SavedKey);
    assert.deepEqual(await client.actions.pending(), []);
    assert.ok((await rejection(client.actions.resume('old'))) instanceof InvalidArgumentError);
    assert.ok((await rejection(client.actions.resume('corrupt'))) instanceof InvalidArgumentError);
    assert.equal(mock.requests.length, 0);
  });

  test('an expired unconfirmed action is listed; resume refuses it; after forget a call gets a fresh key', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const client = clientFor(mock, { keyStore: store, replayWindow: 150, maxRetries: 0 });
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    const lost = await rejection(client.classes.create(classBody(), { action: ACTION }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await client.actions.pending()).length, 1);
    const sent = mock.requests.length;
    const refused = await rejection(client.actions.resume(ACTION));
    assert.ok(refused instanceof ActionExpiredError);
    assert.equal(refused.idempotencyKey, (lost as ManagementError).idempotencyKey);
    assert.equal(mock.requests.length, sent, 'nothing sent');
    await client.actions.forget(ACTION);
    assert.deepEqual(await client.actions.pending(), []);
    const again = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.notEqual(again.idempotencyKey, (lost as ManagementError).idempotencyKey);
  });

  test('per-call options of resume win; action and idempotencyKey cannot be passed', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    await rejection(
      clientFor(mock, { keyStore: store, maxRetries: 0 }).classes.create(classBody(), { action: ACTION }),
    );
    const client = clientFor(mock, { keyStore: store });
    const withKey = await rejection(
      client.actions.resume(ACTION, { idempotencyKey: crypto.randomUUID() } as never),
    );
    assert.ok(withKey instanceof InvalidArgumentError);
    const resumed = await client.actions.resume(ACTION, { headers: { 'x-studio': 'berlin' } }).withResponse();
    assert.equal(resumed.replayed, true);
  });
});

describe('client.actions.subscribe and snapshot', () => {
  test('the snapshot is the same array until the pending actions change; listeners hear each change', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { maxRetries: 0, keyStore: new WebStorageKeyStore(new TestStorage()) });
    const first = client.actions.snapshot();
    assert.deepEqual(first, []);
    assert.equal(client.actions.snapshot(), first, 'stable between changes');
    let heard = 0;
    const stop = client.actions.subscribe(() => heard++);
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    await rejection(client.classes.create(classBody(), { action: ACTION }));
    await client.actions.pending();
    const listed = client.actions.snapshot();
    assert.equal(listed.length, 1);
    assert.equal(listed[0]?.name, ACTION);
    assert.ok(heard >= 1);
    assert.equal(client.actions.snapshot(), listed);
    await client.actions.resume(ACTION);
    await client.actions.pending();
    assert.deepEqual(client.actions.snapshot(), []);
    const heardBeforeStop = heard;
    stop();
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    await rejection(client.classes.create(classBody(), { action: 'another' }));
    await client.actions.pending();
    assert.equal(heard, heardBeforeStop, 'no calls after unsubscribe');
  });

  test("a store's watch (another tab's change) refreshes the snapshot", async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    let notify: () => void = () => {};
    const store = new WebStorageKeyStore(storage);
    store.watch = (listener) => {
      notify = listener;
      return () => {
        notify = () => {};
      };
    };
    const page = clientFor(mock, { keyStore: store });
    const changed = new Promise<void>((resolve) => page.actions.subscribe(resolve));
    // The other tab writes to the shared storage; this page learns of it through watch.
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    const other = clientFor(mock, { maxRetries: 0, keyStore: new WebStorageKeyStore(storage) });
    await rejection(other.classes.create(classBody(), { action: ACTION }));
    notify();
    await changed;
    await page.actions.pending();
    assert.equal(page.actions.snapshot()[0]?.name, ACTION);
  });
});

describe('one key per action wherever the store is shared', () => {
  test('two clients racing on one store without a lock: add hands the second the first key, one class', async (t) => {
    const mock = await startMock(t);
    // Both read "no key" before either writes: only an atomic create-if-absent keeps one key.
    const shared = new MemoryKeyStore();
    let reads = 0;
    let release: () => void = () => {};
    const bothRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    const racing: KeyStore = {
      get: async (action) => {
        const found = shared.get(action);
        if (++reads === 2) release();
        await bothRead;
        return found;
      },
      set: (action, saved) => shared.set(action, saved),
      add: (action, saved) => shared.add(action, saved),
      delete: (action, key) => shared.delete(action, key),
      entries: () => shared.entries(),
    };
    // Two processes: no lock is shared between them (this process's Web Locks are hidden from the clients).
    const [first, second] = withoutWebLocks(() => [
      clientFor(mock, { keyStore: racing }),
      clientFor(mock, { keyStore: racing }),
    ]);
    const [a, b] = await Promise.all([
      first.classes.create(classBody(), { action: ACTION }).withResponse(),
      second.classes.create(classBody(), { action: ACTION }).withResponse(),
    ]);
    assert.equal(a.idempotencyKey, b.idempotencyKey);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    assert.deepEqual(a.data, b.data);
  });

  test('compare-and-delete: a client letting its key go never removes the key another client made', () => {
    for (const store of [new MemoryKeyStore(), new WebStorageKeyStore(new TestStorage())]) {
      const mine: SavedKey = { key: crypto.randomUUID(), createdAt: Date.now() };
      const theirs: SavedKey = { key: crypto.randomUUID(), createdAt: Date.now() };
      assert.equal(store.add(ACTION, mine).key, mine.key);
      assert.equal(store.add(ACTION, theirs).key, mine.key, 'add keeps the first');
      store.set(ACTION, theirs);
      store.delete(ACTION, mine.key);
      assert.equal(store.get(ACTION)?.key, theirs.key, 'a stale delete is ignored');
      store.delete(ACTION, theirs.key);
      assert.equal(store.get(ACTION), undefined);
      assert.deepEqual([...store.entries()], []);
    }
  });

  test('two "tabs" (clients over one Web Storage, Web Locks): the second waits and takes the result, one request', {
    skip:
      (globalThis.navigator as { locks?: unknown } | undefined)?.locks === undefined && 'no Web Locks here',
  }, async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    const tab = () => clientFor(mock, { keyStore: new WebStorageKeyStore(storage) });
    mock.inject({ type: 'delay', ms: 150 }, { operationId: 'managementCreateClass' });
    const [a, b] = await Promise.all([
      tab().classes.create(classBody(), { action: ACTION }).withResponse(),
      tab().classes.create(classBody(), { action: ACTION }).withResponse(),
    ]);
    assert.equal(posts(mock), 1, 'the server saw one request');
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    assert.deepEqual(a.data, b.data);
    assert.equal(a.idempotencyKey, b.idempotencyKey);
    assert.deepEqual(
      [a.replayed, b.replayed].sort(),
      [false, true],
      'the waiting tab reports the result as a replay',
    );
    await eventually(() => storage.items.size === 0, 'settled, and the hand-over entry let go');
    // Settled before this call began: a new call of the action is a new action, with a new key.
    const later = await tab().classes.create(classBody(), { action: ACTION }).withResponse();
    assert.notEqual(later.idempotencyKey, a.idempotencyKey);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 2);
  });

  test('a tab whose call begins while the first is settling (a slow store) takes its result: one request', {
    skip:
      (globalThis.navigator as { locks?: unknown } | undefined)?.locks === undefined && 'no Web Locks here',
  }, async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    // Every write takes 150 ms, as a remote store's might: the first call still holds the lock meanwhile.
    const slowStore = () => {
      const store = new WebStorageKeyStore(storage);
      const set = store.set.bind(store);
      store.set = async (action, saved) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        set(action, saved);
      };
      return store;
    };
    const first = clientFor(mock, { keyStore: slowStore() })
      .classes.create(classBody(), { action: ACTION })
      .withResponse();
    await eventually(() => posts(mock) === 1, 'the first call sent');
    // The answer is back; the first call is now writing its outcome, still holding the lock.
    await new Promise((resolve) => setTimeout(resolve, 60));
    const second = await clientFor(mock, { keyStore: slowStore() })
      .classes.create(classBody(), { action: ACTION })
      .withResponse();
    const a = await first;
    assert.equal(posts(mock), 1, 'the server saw one request');
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    assert.deepEqual(second.data, a.data);
    assert.equal(second.replayed, true);
  });

  test('a handed-over result is never listed as pending', async (t) => {
    const mock = await startMock(t);
    const store = new WebStorageKeyStore(new TestStorage());
    const at = Date.now();
    store.set(ACTION, {
      key: crypto.randomUUID(),
      createdAt: at,
      request: 'POST /v1/classes\n{}',
      firstSentAt: at,
      operationId: 'managementCreateClass',
      body: '{}',
      settled: { at, status: 201, body: '{"id":"cls_1"}' },
    });
    assert.deepEqual(await clientFor(mock, { keyStore: store }).actions.pending(), []);
  });

  test("a key that is put back: another client let it go while this call's outcome is unknown", async (t) => {
    const mock = await startMock(t);
    const shared = new MemoryKeyStore();
    const store: KeyStore = {
      get: (action) => shared.get(action),
      set: (action, saved) => shared.set(action, saved),
      add: (action, saved) => shared.add(action, saved),
      delete: (action, key) => shared.delete(action, key),
    };
    // Another process: no lock shared with it.
    const client = withoutWebLocks(() => clientFor(mock, { keyStore: store, maxRetries: 0, timeout: 150 }));
    const held = mock.hold({ operationId: 'managementCreateClass' });
    const call = rejection(client.classes.create(classBody(), { action: ACTION }));
    await held.arrived;
    const key = shared.get(ACTION)?.key as string;
    // That process's call of the action succeeded (with this key) and let the key go.
    shared.delete(ACTION, key);
    const lost = await call;
    assert.ok(lost instanceof ManagementError && lost.outcomeUnknown);
    assert.equal(shared.get(ACTION)?.key, key, 'put back: the outcome of this call is unknown');
    held.release();
    const retry = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.equal(retry.idempotencyKey, key);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('a saved key first sent by a later call is saved as sent: refused once expired, never replaced', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const failing = clientFor(mock, {
      keyStore: store,
      accessToken: () => {
        throw new Error('offline');
      },
    });
    await rejection(failing.classes.create(classBody(), { action: ACTION }));
    assert.equal(store.get(ACTION)?.firstSentAt, null, 'never sent');
    const client = clientFor(mock, { keyStore: store, maxRetries: 0, replayWindow: 300 });
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    const lost = await rejection(client.classes.create(classBody(), { action: ACTION }));
    assert.ok(lost instanceof ManagementError && lost.outcomeUnknown);
    assert.equal(typeof store.get(ACTION)?.firstSentAt, 'number', 'saved as sent');
    const [listed] = await client.actions.pending();
    assert.equal(listed?.outcomeUnknown, true);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const refused = await rejection(client.classes.create(classBody(), { action: ACTION }));
    assert.ok(refused instanceof ActionExpiredError, `got ${String(refused)}`);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('pending after a delete that did not reach the store lists nothing, and does not throw', async (t) => {
    const mock = await startMock(t);
    const shared = new MemoryKeyStore();
    const store: KeyStore = {
      get: (action) => shared.get(action),
      set: (action, saved) => shared.set(action, saved),
      delete: () => {
        throw new Error('offline');
      },
      entries: () => shared.entries(),
    };
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    const client = clientFor(mock, {
      keyStore: store,
      maxRetries: 0,
      logLevel: 'off',
    });
    await rejection(client.classes.create(classBody(), { action: ACTION }));
    await client.actions.forget(ACTION);
    assert.deepEqual(await client.actions.pending(), []);
  });

  test('pending marks an action whose call is running as in flight', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { keyStore: new WebStorageKeyStore(new TestStorage()) });
    const held = mock.hold({ operationId: 'managementCreateClass' });
    const call = client.classes.create(classBody(), { action: ACTION });
    await held.arrived;
    const [running] = await client.actions.pending();
    assert.equal(running?.inFlight, true);
    assert.equal(running?.outcomeUnknown, true);
    held.release();
    await call;
    assert.deepEqual(await client.actions.pending(), []);
  });

  test('a store without add still works (read, then write), as 0.2 stores did', async (t) => {
    const mock = await startMock(t);
    const shared = new MemoryKeyStore();
    const plain: KeyStore = {
      get: (action) => shared.get(action),
      set: (action, saved) => shared.set(action, saved),
      delete: (action) => shared.delete(action),
    };
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    const client = clientFor(mock, { keyStore: plain, maxRetries: 0 });
    await rejection(client.classes.create(classBody(), { action: ACTION }));
    // Without entries, pending lists this client's own actions.
    assert.equal((await client.actions.pending()).length, 1);
    assert.equal((await client.actions.resume(ACTION).withResponse()).replayed, true);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });
});
