import assert from 'node:assert/strict';
import { describe, type TestContext, test } from 'node:test';
import {
  ActionExpiredError,
  ConnectionError,
  IdempotencyConflictError,
  InvalidArgumentError,
  type KeyStore,
  ManagementError,
  type ManagementWarning,
  MemoryKeyStore,
  RequestAbortedError,
  type SavedKey,
  TimeoutError,
  WebStorageKeyStore,
} from '../../src/index.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody, rejection, UUID_V4 } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';
import { TestStorage } from '../helpers/storage.ts';

/** The unhandled rejections seen while the test runs (an empty list is what the tests expect). */
function unhandledRejections(t: TestContext): unknown[] {
  const seen: unknown[] = [];
  const onUnhandled = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onUnhandled);
  t.after(() => process.off('unhandledRejection', onUnhandled));
  return seen;
}

const ACTION = 'create-class:draft-42';
const PREFIX = 'management-sdk:action-key:';

describe('saved action keys', () => {
  test('a retry of a failed action, after a "reload", sends the same key and gets the replay', async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    mock.inject({ type: 'drop-after-action' });
    const before = clientFor(mock, { maxRetries: 0, keyStore: new WebStorageKeyStore(storage) });
    const error = await rejection(before.classes.create(classBody(), { action: ACTION }));
    assert.ok(error instanceof ConnectionError);
    const saved = JSON.parse(storage.getItem(PREFIX + ACTION) ?? 'null') as SavedKey;
    assert.match(saved.key, UUID_V4);
    assert.equal((error as { idempotencyKey: string }).idempotencyKey, saved.key);

    // A new client on the same storage is a reloaded page.
    const after = clientFor(mock, { maxRetries: 0, keyStore: new WebStorageKeyStore(storage) });
    const result = await after.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.equal(result.idempotencyKey, saved.key);
    assert.equal(result.replayed, true);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    assert.equal(storage.getItem(PREFIX + ACTION), null, 'released after success');
  });

  test('an error that retrying cannot fix releases the key; one a retry may fix keeps it', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const client = clientFor(mock, { maxRetries: 0, keyStore: store });
    mock.inject({ type: 'status', status: 503 });
    await rejection(client.classes.create(classBody(), { action: 'a' }));
    assert.ok(store.get('a'), 'kept after a 503');
    await rejection(client.classes.update('cls_unknown0', { capacity: 3 }, { action: 'b' }));
    assert.equal(store.get('b'), undefined, 'released after a 404');
  });

  test('a saved key older than the replay window that was never sent is replaced by a fresh one', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    store.set(ACTION, { key: 'old-key', createdAt: Date.now() - 2000, firstSentAt: null });
    const client = clientFor(mock, { keyStore: store, replayWindow: 1000 });
    const result = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.notEqual(result.idempotencyKey, 'old-key');
    assert.match(result.idempotencyKey ?? '', UUID_V4);
  });

  test('corrupt and foreign storage entries are ignored, never a crash', async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    storage.setItem(PREFIX + ACTION, '{not json');
    storage.setItem(`${PREFIX}other`, JSON.stringify({ key: 42 }));
    storage.setItem('someone-else:key', 'x');
    const client = clientFor(mock, { keyStore: new WebStorageKeyStore(storage) });
    const a = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    const b = await client.classes.create(classBody('B'), { action: 'other' }).withResponse();
    assert.match(a.idempotencyKey ?? '', UUID_V4);
    assert.match(b.idempotencyKey ?? '', UUID_V4);
    assert.equal(storage.getItem('someone-else:key'), 'x');
  });

  test('a full storage degrades to memory with one warning, and the call still succeeds', async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    storage.failOnSet = true;
    const warnings: ManagementWarning[] = [];
    const client = clientFor(mock, {
      keyStore: new WebStorageKeyStore(storage),
      onWarning: (w) => warnings.push(w),
    });
    mock.inject({ type: 'status', status: 503 });
    await rejection(client.classes.create(classBody(), { action: ACTION, maxRetries: 0 }));
    const retried = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.equal(retried.attempts, 1);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]?.code, 'key-store-failed');
    assert.equal(mock.requests[0]?.idempotencyKey, mock.requests[1]?.idempotencyKey, 'memory kept the key');
  });

  test('an unavailable storage (access throws) degrades to memory too', async (t) => {
    const mock = await startMock(t);
    const warnings: ManagementWarning[] = [];
    const disabled = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const client = clientFor(mock, {
      keyStore: new WebStorageKeyStore(disabled),
      onWarning: (w) => warnings.push(w),
    });
    await client.classes.create(classBody(), { action: ACTION });
    assert.equal(warnings.length, 1);
  });

  test('a store that fails once is used again afterwards, and memory bridges the failure', async (t) => {
    const mock = await startMock(t);
    const rows = new Map<string, SavedKey>();
    let failNext = false;
    const store: KeyStore = {
      get: async (action) => {
        if (failNext) {
          failNext = false;
          throw new Error('database timeout');
        }
        return rows.get(action);
      },
      set: async (action, saved) => void rows.set(action, saved),
      delete: async (action) => void rows.delete(action),
    };
    const warnings: ManagementWarning[] = [];
    const client = clientFor(mock, { keyStore: store, maxRetries: 0, onWarning: (w) => warnings.push(w) });
    mock.inject({ type: 'status', status: 503 });
    await rejection(client.classes.create(classBody(), { action: ACTION }));
    const saved = rows.get(ACTION)?.key;
    failNext = true;
    const result = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.equal(result.idempotencyKey, saved, 'memory had the key while the store failed');
    assert.equal(warnings.length, 1);
    assert.equal(rows.get(ACTION), undefined, 'the store is used again: released there after success');
  });

  test('an async store, as a backend database would be', async (t) => {
    const mock = await startMock(t);
    const rows = new Map<string, SavedKey>();
    const store: KeyStore = {
      get: async (action) => rows.get(action),
      set: async (action, saved) => void rows.set(action, saved),
      delete: async (action) => void rows.delete(action),
    };
    const client = clientFor(mock, { keyStore: store, maxRetries: 0 });
    mock.inject({ type: 'drop-after-action' });
    await rejection(client.classes.create(classBody(), { action: ACTION }));
    const key = rows.get(ACTION)?.key;
    const result = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.equal(result.idempotencyKey, key);
    assert.equal(result.replayed, true);
  });

  test('a reused key survives a 401 or a bad token after an uncertain call: the next retry replays, one class', async (t) => {
    const mock = await startMock(t);
    const storage = new TestStorage();
    const keyStore = new WebStorageKeyStore(storage);
    mock.inject({ type: 'drop-after-action' });
    const first = await rejection(
      clientFor(mock, { maxRetries: 0, keyStore }).classes.create(classBody(), { action: ACTION }),
    );
    assert.equal((first as ConnectionError).outcomeUnknown, true);
    // The token expired meanwhile, then the token function failed: neither says anything about the first call.
    const expired = clientFor(mock, { maxRetries: 0, keyStore, accessToken: 'expired-token' });
    assert.equal(
      ((await rejection(expired.classes.create(classBody(), { action: ACTION }))) as Error).name,
      'AuthenticationError',
    );
    const broken = clientFor(mock, { maxRetries: 0, keyStore, accessToken: () => undefined as never });
    assert.ok(
      (await rejection(broken.classes.create(classBody(), { action: ACTION }))) instanceof
        InvalidArgumentError,
    );
    const retry = await clientFor(mock, { keyStore })
      .classes.create(classBody(), { action: ACTION })
      .withResponse();
    assert.equal(retry.replayed, true);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test("a key lookup a caller stopped waiting for cannot save its key over a later call's", async (t) => {
    const mock = await startMock(t);
    const rows = new Map<string, SavedKey>();
    let slowGets = 1;
    const store: KeyStore = {
      // A read that answers late with what it read when asked, like a cold database.
      get: async (action) => {
        const row = rows.get(action);
        if (slowGets-- > 0) await new Promise((resolve) => setTimeout(resolve, 80));
        return row;
      },
      set: async (action, saved) => void rows.set(action, saved),
      delete: async (action) => void rows.delete(action),
    };
    const client = clientFor(mock, { keyStore: store, maxRetries: 0 });
    // The first caller gives up while its lookup is slow; the second call's create is committed but lost.
    const abandoned = rejection(
      client.classes.create(classBody(), { action: ACTION, signal: AbortSignal.timeout(20) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    mock.inject({ type: 'drop-after-action' });
    const lost = (await rejection(client.classes.create(classBody(), { action: ACTION }))) as ConnectionError;
    assert.ok((await abandoned) instanceof RequestAbortedError);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the abandoned lookup has ended by now
    const retry = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.equal(retry.idempotencyKey, lost.idempotencyKey);
    assert.equal(retry.replayed, true);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('a deadline bounds a call whose key store never answers', async (t) => {
    const mock = await startMock(t);
    const never = () => new Promise<never>(() => {});
    const store: KeyStore = { get: never, set: never, delete: never };
    const client = clientFor(mock, { keyStore: store });
    const error = await rejection(client.classes.create(classBody(), { action: ACTION, deadline: 50 }));
    assert.ok(error instanceof TimeoutError && error.kind === 'deadline');
    assert.equal(error.outcomeUnknown, false, 'no key was read: nothing was sent');
    assert.equal(mock.requests.length, 0);
  });

  test('action and idempotencyKey together are refused', async (t) => {
    const mock = await startMock(t);
    const error = await rejection(
      clientFor(mock).classes.create(classBody(), { action: 'a', idempotencyKey: 'k' }),
    );
    assert.ok(error instanceof InvalidArgumentError);
    assert.equal(mock.requests.length, 0);
  });
});

describe('key-reuse guard', () => {
  test('an explicit key reused for a different request is refused before anything is sent', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    await client.classes.create(classBody('First'), { idempotencyKey: 'guarded' });
    const error = await rejection(client.classes.create(classBody('Second'), { idempotencyKey: 'guarded' }));
    assert.ok(error instanceof IdempotencyConflictError);
    assert.equal(error.reason, 'key-reused');
    assert.equal(error.attempts, 0);
    assert.match(error.message, /refused before sending/);
    assert.equal(mock.requests.length, 1);
  });

  test('the same request with its body keys in another order is the same request', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const body = classBody();
    const reordered = Object.fromEntries(Object.entries(body).reverse()) as typeof body;
    await client.classes.create(body, { idempotencyKey: 'same' });
    const again = await client.classes.create(reordered, { idempotencyKey: 'same' }).withResponse();
    assert.equal(again.replayed, true);
  });

  test('a fresh key taken from a result and reused for another path is refused', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const { idempotencyKey, data } = await client.classes.create(classBody()).withResponse();
    const error = await rejection(
      client.classes.update(data.id, { capacity: 5 }, { idempotencyKey: idempotencyKey as string }),
    );
    assert.ok(error instanceof IdempotencyConflictError);
    assert.equal(mock.requests.length, 1);
  });

  test('a saved action key is refused for a changed request, and kept until actions.forget', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const client = clientFor(mock, { keyStore: store, maxRetries: 0 });
    mock.inject({ type: 'drop-after-action' });
    await rejection(client.classes.create(classBody('Draft'), { action: ACTION }));
    for (let i = 0; i < 2; i++) {
      const error = await rejection(client.classes.create(classBody('Edited draft'), { action: ACTION }));
      assert.ok(error instanceof IdempotencyConflictError);
      assert.equal(error.reason, 'key-reused');
      assert.equal(error.idempotencyKey, store.get(ACTION)?.key);
    }
    assert.equal(
      mock.requests.length,
      1,
      'refused twice, sent never: no second class behind the user’s back',
    );
    await client.actions.forget(ACTION);
    const edited = await client.classes.create(classBody('Edited draft'), { action: ACTION }).withResponse();
    assert.equal(edited.replayed, false);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 2, 'performed again, as asked');
  });
});

describe('single flight', () => {
  test("one caller's abort rejects that caller only; the shared request goes on for the others", async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'delay', ms: 150 });
    const client = clientFor(mock);
    const controller = new AbortController();
    const first = client.classes.create(classBody(), { action: ACTION, signal: controller.signal });
    const second = client.classes.create(classBody(), { action: ACTION }).withResponse();
    setTimeout(() => controller.abort(), 30);
    const error = await rejection(first);
    assert.ok(error instanceof RequestAbortedError);
    assert.equal(error.outcomeUnknown, true);
    const result = await second;
    assert.equal(result.attempts, 1);
    assert.equal(error.idempotencyKey, result.idempotencyKey);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('an action called with an already-aborted signal sends nothing, makes no key and leaves nothing unhandled', async (t) => {
    const mock = await startMock(t);
    const unhandled = unhandledRejections(t);
    const storage = new TestStorage();
    const client = clientFor(mock, { keyStore: new WebStorageKeyStore(storage) });
    const error = await rejection(
      client.classes.create(classBody(), { action: ACTION, signal: AbortSignal.abort() }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(error instanceof RequestAbortedError);
    assert.equal(error.outcomeUnknown, false);
    assert.equal(error.idempotencyKey, undefined);
    assert.equal(mock.requests.length, 0);
    assert.equal(storage.length, 0);
    assert.deepEqual(unhandled, []);
  });

  test("the only caller's abort stops the shared request, and its rejection is handled", async (t) => {
    const mock = await startMock(t);
    const unhandled = unhandledRejections(t);
    mock.inject({ type: 'delay', ms: 200 });
    const client = clientFor(mock);
    const controller = new AbortController();
    const call = client.classes.create(classBody(), { action: ACTION, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await rejection(call);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(error instanceof RequestAbortedError);
    assert.equal(error.outcomeUnknown, true);
    assert.deepEqual(unhandled, []);
  });

  test('a call right after another caller aborted gets its own request, not the abort (React StrictMode)', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const controller = new AbortController();
    const unmounted = rejection(
      client.classes.create(classBody(), { action: ACTION, signal: controller.signal }),
    );
    controller.abort();
    const remounted = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.ok((await unmounted) instanceof RequestAbortedError);
    assert.equal(remounted.response.status, 201);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test("each caller's deadline is its own: a joiner's deadline ends the joiner, not the others", async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'delay', ms: 150 });
    const client = clientFor(mock);
    const patient = client.classes.create(classBody(), { action: ACTION }).withResponse();
    const hurried = rejection(client.classes.create(classBody(), { action: ACTION, deadline: 40 }));
    const error = await hurried;
    assert.ok(error instanceof TimeoutError && error.kind === 'deadline');
    assert.equal(error.outcomeUnknown, true);
    assert.equal((await patient).response.status, 201);
    assert.equal(mock.requests.length, 1);
  });

  test("the first caller's deadline does not end a joiner without one", async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'delay', ms: 150 });
    const client = clientFor(mock);
    const hurried = rejection(client.classes.create(classBody(), { action: ACTION, deadline: 40 }));
    const patient = client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.ok((await hurried) instanceof TimeoutError);
    assert.equal((await patient).response.status, 201);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('a call of an action in flight with another body is refused, naming the key in use', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'delay', ms: 100 });
    const client = clientFor(mock);
    const first = client.classes.create(classBody('A'), { action: ACTION }).withResponse();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const error = await rejection(client.classes.create(classBody('B'), { action: ACTION }));
    const { idempotencyKey } = await first;
    assert.ok(error instanceof IdempotencyConflictError);
    assert.equal(error.idempotencyKey, idempotencyKey);
  });

  test('two calls of the same action at once share one request and both get its result', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'delay', ms: 100 });
    const client = clientFor(mock);
    const [a, b] = await Promise.all([
      client.classes.create(classBody(), { action: ACTION }).withResponse(),
      client.classes.create(classBody(), { action: ACTION }).withResponse(),
    ]);
    assert.equal(mock.requests.length, 1);
    assert.deepEqual(a.data, b.data);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });
});

describe('an expired key whose outcome is unknown is refused, never silently replaced', () => {
  test('a create whose answer was lost, tried again after the replay window: refused, nothing sent, one class', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const client = clientFor(mock, { keyStore: store, replayWindow: 200, maxRetries: 0 });
    mock.inject({ type: 'drop-after-action' }, { operationId: 'managementCreateClass' });
    const lost = await rejection(client.classes.create(classBody(), { action: ACTION }));
    assert.ok(lost instanceof ManagementError && lost.outcomeUnknown);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const sent = mock.requests.length;
    const error = await rejection(client.classes.create(classBody(), { action: ACTION }));
    assert.ok(error instanceof ActionExpiredError, `got ${String(error)}`);
    assert.ok(error instanceof ManagementError);
    assert.equal(error.action, ACTION);
    assert.equal(error.idempotencyKey, lost.idempotencyKey);
    assert.equal(error.outcomeUnknown, true);
    assert.ok(error.firstSentAt instanceof Date);
    assert.match(error.request ?? '', /^POST \/v1\/classes\n/);
    assert.match(error.message, /may have happened.*client\.actions\.forget/);
    assert.equal(mock.requests.length, sent, 'nothing was sent');
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1, 'the class was not created twice');
    // The app checked, and starts again on purpose: a fresh key.
    await client.actions.forget(ACTION);
    const again = await client.classes.create(classBody(), { action: ACTION }).withResponse();
    assert.notEqual(again.idempotencyKey, lost.idempotencyKey);
  });

  test('a key saved without firstSentAt (by 0.1) is taken as sent: refused once expired', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    store.set(ACTION, { key: 'legacy-key', createdAt: Date.now() - 2000 });
    const error = await rejection(
      clientFor(mock, { keyStore: store, replayWindow: 1000 }).classes.create(classBody(), {
        action: ACTION,
      }),
    );
    assert.ok(error instanceof ActionExpiredError);
    assert.equal(error.idempotencyKey, 'legacy-key');
    assert.equal(mock.requests.length, 0);
  });

  test('a fresh key that no attempt carried (the token function failed) is saved as never sent', async (t) => {
    const mock = await startMock(t);
    const store = new MemoryKeyStore();
    const failing = clientFor(mock, {
      keyStore: store,
      accessToken: () => {
        throw new Error('no session');
      },
    });
    await rejection(failing.classes.create(classBody(), { action: ACTION }));
    assert.equal(store.get(ACTION)?.firstSentAt, null);
    assert.equal(mock.requests.length, 0);
  });
});
