/**
 * `npm run bench:memory`: 100,000 calls do not grow the heap.
 *
 * One client, a stub `fetch` (no network), creates and gets mixed, 100 in flight, and a share of calls that
 * fail: a 503 then success, a network error then success, a 429 with `Retry-After: 0`, a 500 on every attempt
 * (given up after the retries), a 404 (never retried), an already-aborted per-call signal. Every call also
 * carries the client's own long-lived AbortSignal, so a listener left on it per call would show.
 *
 * After a warm-up (long enough to fill the client's key-reuse guard, whose size is bounded by GUARD_CAPACITY)
 * it takes the heap (after `gc()`, once steady) as the baseline, then checks it at three checkpoints: each must
 * stay within baseline + 5 MB. At the end no timer may be left, and the client's signal must have
 * no listener left. Exits 1 on any breach.
 *
 * Usage: node --expose-gc bench/memory.ts [--calls 100000]
 */
import { getEventListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { GUARD_CAPACITY } from '../src/idempotency/guard.ts';
import { ManagementClient, ManagementError } from '../src/index.ts';
import { CLASS_BODY, CLASS_ID, CLASS_JSON, TOKEN } from './fixtures.ts';

const { values: flags } = parseArgs({ options: { calls: { type: 'string', default: '100000' } } });
const CALLS = Number(flags.calls);
const IN_FLIGHT = 100;
// Half the calls are creates, each remembered by the client's key-reuse guard up to GUARD_CAPACITY keys (a
// documented bound): the baseline is taken once the guard is full.
const WARM_UP = Math.min(Math.round(CALLS / 4), 2 * GUARD_CAPACITY + 5000);
const CHECKPOINTS = [0.5, 0.75, 1].map((share) => Math.max(WARM_UP, Math.round(CALLS * share)));
const ALLOWED_GROWTH = 5 * 1024 * 1024;
const MAX_RETRIES = 2;

const gc = globalThis.gc;
if (gc === undefined) {
  console.error('Run with node --expose-gc bench/memory.ts');
  process.exit(2);
}

/** What the stub does with one call: how many attempts fail, and how. */
type Scenario = 'ok' | '503-once' | 'network-once' | '429-once' | '500-always' | '404' | 'aborted';
function scenarioOf(call: number): Scenario {
  const n = call % 100;
  if (n < 6) return '503-once';
  if (n < 9) return 'network-once';
  if (n < 11) return '429-once';
  if (n < 12) return '500-always';
  if (n < 13) return '404';
  if (n < 14) return 'aborted';
  return 'ok';
}

/** Attempts seen per call id; an entry is removed with the call's last attempt, so this map stays small. */
const attemptsOf = new Map<string, number>();
const json = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number) => JSON.stringify({ type: 'about:blank', status, title: 'stub' });

const fetchStub = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const request = input instanceof Request ? input : new Request(input, init);
  const id = request.headers.get('x-call') ?? '';
  const scenario = (request.headers.get('x-scenario') ?? 'ok') as Scenario;
  const attempt = (attemptsOf.get(id) ?? 0) + 1;
  const last =
    scenario === '500-always'
      ? attempt > MAX_RETRIES
      : scenario === 'ok' || scenario === '404' || attempt > 1;
  if (last) attemptsOf.delete(id);
  else attemptsOf.set(id, attempt);
  const success = () => json(request.method === 'POST' ? 201 : 200, CLASS_JSON);
  switch (scenario) {
    case '503-once':
      return attempt === 1 ? json(503, problem(503)) : success();
    case 'network-once':
      if (attempt === 1) {
        throw Object.assign(new TypeError('fetch failed'), {
          cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
        });
      }
      return success();
    case '429-once':
      return attempt === 1 ? json(429, problem(429), { 'retry-after': '0' }) : success();
    case '500-always':
      return json(500, problem(500));
    case '404':
      return json(404, problem(404));
    default:
      return success();
  }
};

const lifetime = new AbortController();
let retries = 0;
const client = new ManagementClient({
  baseUrl: 'https://api.studio.example',
  accessToken: TOKEN,
  fetch: fetchStub,
  signal: lifetime.signal,
  maxRetries: MAX_RETRIES,
  // Not 0: p-retry with no delay and a failing stub would never yield to the event loop.
  minRetryDelay: 1,
  maxRetryDelay: 2,
  onRetry: () => {
    retries++;
  },
});
const aborted = AbortSignal.abort();

const outcomes = new Map<string, number>();
async function call(index: number): Promise<void> {
  const scenario = scenarioOf(index);
  const headers = { 'x-call': String(index), 'x-scenario': scenario };
  const options = scenario === 'aborted' ? { headers, signal: aborted } : { headers };
  let outcome: string;
  try {
    await (index % 2 === 0
      ? client.classes.create(CLASS_BODY, options)
      : client.classes.get(CLASS_ID, options));
    outcome = 'ok';
  } catch (error) {
    if (!(error instanceof ManagementError)) throw error;
    outcome = error.name;
  }
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
}

let next = 0;
async function runUntil(end: number): Promise<void> {
  const worker = async () => {
    for (let i = next++; i < end; i = next++) await call(i);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  next = end;
}

/**
 * The heap after full collections, once it is steady: FinalizationRegistry callbacks (undici's, for request
 * signals) and WeakRef targets are only released a task or two after a collection, so one `gc()` reads high.
 */
async function heap(): Promise<NodeJS.MemoryUsage> {
  let usage = process.memoryUsage();
  for (let i = 0; i < 20; i++) {
    await sleep(5);
    gc?.();
    const now = process.memoryUsage();
    const steady = Math.abs(now.heapUsed - usage.heapUsed) < 64 * 1024;
    usage = now;
    if (steady && i >= 3) break;
  }
  return usage;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const started = performance.now();
await runUntil(WARM_UP);
const baseline = await heap();
console.log(`after ${WARM_UP} calls (baseline): heapUsed ${mb(baseline.heapUsed)}, rss ${mb(baseline.rss)}`);
const failures: string[] = [];
const checkpoints: { calls: number; heapUsed: number; growth: number; rss: number }[] = [];
for (const checkpoint of CHECKPOINTS) {
  await runUntil(checkpoint);
  const usage = await heap();
  const growth = usage.heapUsed - baseline.heapUsed;
  checkpoints.push({ calls: checkpoint, heapUsed: usage.heapUsed, growth, rss: usage.rss });
  console.log(
    `after ${checkpoint} calls: heapUsed ${mb(usage.heapUsed)} (${growth >= 0 ? '+' : ''}${mb(growth)}), rss ${mb(usage.rss)}`,
  );
  if (growth > ALLOWED_GROWTH)
    failures.push(`heap grew by ${mb(growth)} after ${checkpoint} calls (allowed: 5 MB)`);
}

const timers = process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
const listeners = getEventListeners(lifetime.signal, 'abort').length;
console.log(
  `\n${CALLS} calls in ${((performance.now() - started) / 1000).toFixed(1)} s; ${retries} retries; outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}`,
);
console.log(
  `timers left: ${timers}; listeners left on the client's signal: ${listeners}; stub state left: ${attemptsOf.size}`,
);
if (timers > 0) failures.push(`${timers} timers left after every call ended`);
if (listeners > 0) failures.push(`${listeners} abort listeners left on the client's signal`);
if (retries === 0 || (outcomes.get('ok') ?? 0) === CALLS)
  failures.push('no call failed or retried: the scenarios did not run');

if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(1);
}
console.log('OK: the heap does not grow, and no timer or listener is left behind.');
