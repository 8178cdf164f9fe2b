import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManagementError } from '../../src/index.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

const CALLS = 2000;
const IN_FLIGHT = 50;

/** Runs `task` for 0…count-1 with at most `limit` running at once. */
async function pool<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

test(`chaos: ${CALLS} creates with 30% of requests faulted never duplicate, and every failure can be finished with its key`, async (t) => {
  const mock = await startMock(t, { faultRate: 0.3, seed: 20261123, seedData: false });
  const client = clientFor(mock, { minRetryDelay: 1, maxRetryDelay: 10, timeout: 5000 });
  const started = performance.now();
  const outcomes = await pool(CALLS, IN_FLIGHT, async (i) => {
    try {
      const result = await client.classes.create(classBody(`Chaos ${i}`)).withResponse();
      return {
        ok: true as const,
        key: result.idempotencyKey as string,
        attempts: result.attempts,
        replayed: result.replayed,
      };
    } catch (error) {
      assert.ok(error instanceof ManagementError, `call ${i} rejected with ${String(error)}`);
      assert.ok(error.idempotencyKey, `the error of call ${i} has no key`);
      return {
        ok: false as const,
        key: error.idempotencyKey,
        attempts: error.attempts,
        replayed: false,
        error,
      };
    }
  });
  const elapsed = performance.now() - started;
  const requestsBeforeRetry = mock.requests.length;
  const faulted = mock.requests.filter((r) => r.fault !== undefined).length;
  const keys = outcomes.map((o) => o.key);
  assert.equal(new Set(keys).size, CALLS, 'every call had its own key');
  for (const key of keys) assert.ok(mock.effects.byKey(key) <= 1, `key ${key} was performed twice`);

  // The app's "retry with the same key" for every failure, with the faults gone.
  mock.setFaultRate(0);
  const failed = outcomes.filter((o) => !o.ok);
  for (const { key } of failed) {
    await client.classes.create(classBody(`Chaos ${keys.indexOf(key)}`), { idempotencyKey: key });
  }
  for (const key of keys) assert.equal(mock.effects.byKey(key), 1, `key ${key}`);
  assert.equal(mock.effects.byOperation('managementCreateClass'), CALLS);

  const attempts = outcomes.reduce((sum, o) => sum + o.attempts, 0);
  const figures = {
    calls: CALLS,
    requests: requestsBeforeRetry,
    faultedRequests: faulted,
    faultShare: Number((faulted / (attempts || 1)).toFixed(3)),
    succeeded: outcomes.filter((o) => o.ok).length,
    replayed: outcomes.filter((o) => o.replayed).length,
    failedThenFinishedWithKey: failed.length,
    failedWithOutcomeUnknown: failed.filter((o) => o.error?.outcomeUnknown).length,
    duplicates: keys.filter((k) => mock.effects.byKey(k) > 1).length,
    seconds: Number((elapsed / 1000).toFixed(2)),
  };
  t.diagnostic(`chaos figures: ${JSON.stringify(figures)}`);
  assert.ok(faulted / attempts > 0.2, 'the fault rate was applied');
});
