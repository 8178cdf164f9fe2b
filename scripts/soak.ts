/**
 * The soak run of the reliability issue (not part of `npm test`: it takes a few minutes).
 *
 * 1. 10,000 creates at 50 in flight against the mock with 30% mixed faults (resets before and after the
 *    commit, 5xx, 429, slow commits longer than the client's timeout), 5% of them submitted twice at once
 *    with the same key (a double click). Counts duplicates, lost actions, and failures whose action was
 *    committed but that did not say `outcomeUnknown` (all three must be 0), retries per create, latency.
 * 2. A 100% outage for N seconds (default 60) at 50 in flight, with and without the retry budget:
 *    requests sent per call.
 *
 * Usage: npm run soak [-- --creates 10000 --outage-seconds 60 --seed 1]
 * Writes bench/results/soak.json. Exits 1 if a correctness count is not 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ManagementClient, ManagementError } from '../src/index.ts';
import { createMockServer } from '../src/testing/index.ts';

const { values } = parseArgs({
  options: {
    creates: { type: 'string', default: '10000' },
    'outage-seconds': { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
  },
});
const CREATES = Number(values.creates);
const OUTAGE_MS = Number(values['outage-seconds']) * 1000;
const SEED = Number(values.seed);
const IN_FLIGHT = 50;

const body = (i: number) => ({
  name: `Soak ${i}`,
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
});

async function pool(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function chaos(budget: boolean) {
  const mock = await createMockServer({
    faultRate: 0.3,
    seed: SEED,
    seedData: false,
    randomDelayMs: 1000,
    randomFaults: ['drop-before-action', 'drop-after-action', 'status', 'rate-limit', 'delay', 'cut-body'],
  });
  // Random delays are 0–999 ms: with a 500 ms timeout about half the slow commits outlive the attempt.
  const client = new ManagementClient({
    baseUrl: mock.url,
    accessToken: 'test-token',
    timeout: 500,
    minRetryDelay: 5,
    maxRetryDelay: 50,
    ...(budget ? {} : { retryBudget: false as const }),
  });
  const latencies: number[] = [];
  const calls: { key: string; ok: boolean; outcomeUnknown: boolean; attempts: number; error?: string }[] = [];
  let rng = SEED;
  const random = () => {
    rng = (rng * 1103515245 + 12345) % 2 ** 31;
    return rng / 2 ** 31;
  };
  const started = performance.now();
  await pool(CREATES, IN_FLIGHT, async (i) => {
    const idempotencyKey = `soak-${SEED}-${i}`;
    const double = random() < 0.05;
    const submit = async () => {
      const t0 = performance.now();
      try {
        const result = await client.classes.create(body(i), { idempotencyKey }).withResponse();
        calls.push({ key: idempotencyKey, ok: true, outcomeUnknown: false, attempts: result.attempts });
      } catch (error) {
        if (!(error instanceof ManagementError)) throw error;
        calls.push({
          key: idempotencyKey,
          ok: false,
          outcomeUnknown: error.outcomeUnknown,
          attempts: error.attempts,
          error: error.name,
        });
      }
      latencies.push(performance.now() - t0);
    };
    await Promise.all(double ? [submit(), submit()] : [submit()]);
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 300)); // let slow commits whose client gave up finish
  latencies.sort((a, b) => a - b);
  const keys = [...new Set(calls.map((c) => c.key))];
  const callsOf = groupBy(calls, (c) => c.key);
  // Per action (key): what the app was told, over the one or two submits of it.
  const toldFailed = (key: string) => callsOf.get(key)?.every((c) => !c.ok && !c.outcomeUnknown) === true;
  const result = {
    retryBudget: budget,
    creates: CREATES,
    submits: calls.length,
    doubleSubmits: calls.length - CREATES,
    requests: mock.requests.length,
    faultedRequests: mock.requests.filter((r) => r.fault !== undefined).length,
    succeeded: calls.filter((c) => c.ok).length,
    failed: calls.filter((c) => !c.ok).length,
    duplicates: keys.filter((k) => mock.effects.byKey(k) > 1).length,
    lostActions: calls.filter((c) => c.ok && mock.effects.byKey(c.key) === 0).length,
    committedButReportedFailedWithoutOutcomeUnknown: keys.filter(
      (k) => toldFailed(k) && mock.effects.byKey(k) > 0,
    ).length,
    failuresByError: Object.fromEntries(
      [
        ...groupBy(
          calls.filter((c) => !c.ok),
          (c) => c.error ?? '',
        ),
      ].map(([k, v]) => [k, v.length]),
    ),
    retriesPerCreate: Number((calls.reduce((s, c) => s + c.attempts - 1, 0) / calls.length).toFixed(3)),
    p50ms: Number(percentile(latencies, 0.5).toFixed(1)),
    p99ms: Number(percentile(latencies, 0.99).toFixed(1)),
    seconds: Number(seconds.toFixed(1)),
  };
  await mock.close();
  return result;
}

async function outage(budget: boolean) {
  const mock = await createMockServer({
    faultRate: 1,
    seed: SEED,
    seedData: false,
    randomFaults: ['status'],
  });
  const client = new ManagementClient({
    baseUrl: mock.url,
    accessToken: 'test-token',
    minRetryDelay: 100,
    maxRetryDelay: 1000,
    ...(budget ? {} : { retryBudget: false as const }),
  });
  let calls = 0;
  const until = Date.now() + OUTAGE_MS;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (Date.now() < until) {
        calls++;
        await client.classes.create(body(calls)).catch(() => undefined);
      }
    }),
  );
  const requests = mock.requests.length;
  await mock.close();
  return {
    budget,
    seconds: OUTAGE_MS / 1000,
    calls,
    requests,
    requestsPerCall: Number((requests / calls).toFixed(3)),
  };
}

const soak = await chaos(true);
console.log('chaos', soak);
const soakWithoutBudget = await chaos(false);
console.log('chaos', soakWithoutBudget);
const withBudget = await outage(true);
console.log('outage', withBudget);
const withoutBudget = await outage(false);
console.log('outage', withoutBudget);
mkdirSync(new URL('../bench/results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../bench/results/soak.json', import.meta.url),
  `${JSON.stringify({ seed: SEED, chaos: [soak, soakWithoutBudget], outage: [withBudget, withoutBudget] }, null, 2)}\n`,
);
const bad = [soak, soakWithoutBudget].reduce(
  (sum, r) => sum + r.duplicates + r.lostActions + r.committedButReportedFailedWithoutOutcomeUnknown,
  0,
);
process.exit(bad === 0 ? 0 : 1);
