import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InvalidArgumentError, ManagementError } from '../../src/index.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody, rejection, UUID_V4 } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

describe('idempotency keys', () => {
  test('every mutating call sends a fresh UUID v4 key, and returns it', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const a = await client.classes.create(classBody('A')).withResponse();
    const b = await client.classes.create(classBody('B')).withResponse();
    const sent = mock.requests.map((r) => r.idempotencyKey);
    assert.match(a.idempotencyKey ?? '', UUID_V4);
    assert.match(b.idempotencyKey ?? '', UUID_V4);
    assert.notEqual(a.idempotencyKey, b.idempotencyKey);
    assert.deepEqual(sent, [a.idempotencyKey, b.idempotencyKey]);
  });

  test('GET calls never send a key', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const created = await client.classes.create(classBody());
    const got = await client.classes.get(created.id).withResponse();
    await client.classes.list();
    assert.equal(got.idempotencyKey, undefined);
    assert.deepEqual(
      mock.requests.filter((r) => r.method === 'GET').map((r) => r.idempotencyKey),
      [undefined, undefined],
    );
  });

  test('every attempt of a call sends the same key', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    mock.inject({ type: 'drop-before-action' }, { times: 2 });
    const result = await client.classes.create(classBody()).withResponse();
    assert.equal(result.attempts, 3);
    assert.deepEqual(
      mock.requests.map((r) => r.idempotencyKey),
      [result.idempotencyKey, result.idempotencyKey, result.idempotencyKey],
    );
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test("a caller's key is sent as given, and the same action again is replayed, not repeated", async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const idempotencyKey = 'create-class:draft-42';
    const first = await client.classes.create(classBody(), { idempotencyKey }).withResponse();
    const again = await client.classes.create(classBody(), { idempotencyKey }).withResponse();
    assert.equal(first.idempotencyKey, idempotencyKey);
    assert.equal(first.replayed, false);
    assert.equal(again.replayed, true);
    assert.deepEqual(again.data, first.data);
    assert.equal(mock.effects.byKey(idempotencyKey), 1);
  });

  const invalidKeys: [string, unknown][] = [
    ['an empty key', ''],
    ['a key of 256 characters', 'k'.repeat(256)],
    ['a key with a space', 'two words'],
    ['a key with a newline', 'key\nX-Injected: 1'],
    ['a key with a tab', 'key\t1'],
    ['a key with a control character', 'key\u0000'],
    ['a key with non-ASCII characters', 'clé'],
    ['a key that is not a string', 42],
  ];
  for (const [what, key] of invalidKeys) {
    test(`${what} is refused with InvalidArgumentError before anything is sent`, async (t) => {
      const mock = await startMock(t);
      const client = clientFor(mock);
      const error = await rejection(client.classes.create(classBody(), { idempotencyKey: key as string }));
      assert.ok(error instanceof InvalidArgumentError, String(error));
      assert.equal(error.argument, 'idempotencyKey');
      assert.match(error.message, /idempotencyKey/);
      assert.equal(mock.requests.length, 0);
    });
  }

  test('a key of exactly 255 characters is accepted', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const idempotencyKey = 'k'.repeat(255);
    const result = await client.classes.create(classBody(), { idempotencyKey }).withResponse();
    assert.equal(result.idempotencyKey, idempotencyKey);
  });

  test('an error from a mutating call carries its key, so the action can be retried with it', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { maxRetries: 0 });
    mock.inject({ type: 'drop-after-action' });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof ManagementError);
    assert.match(error.idempotencyKey ?? '', UUID_V4);
    assert.equal(error.outcomeUnknown, true);
    const retried = await client.classes
      .create(classBody(), { idempotencyKey: error.idempotencyKey as string })
      .withResponse();
    assert.equal(retried.replayed, true);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('100,000 generated keys are all distinct UUID v4s', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    // Build requests without sending them: an aborted signal stops each call before its first attempt.
    const signal = AbortSignal.abort();
    const keys = new Set<string>();
    await Promise.all(
      Array.from({ length: 100_000 }, async () => {
        const error = (await rejection(client.classes.create(classBody(), { signal }))) as ManagementError;
        assert.match(error.idempotencyKey ?? '', UUID_V4);
        keys.add(error.idempotencyKey as string);
      }),
    );
    assert.equal(keys.size, 100_000);
    assert.equal(mock.requests.length, 0);
  });
});
