/**
 * `npm run bench`: what a call costs with our client, next to raw fetch, bare ky, the openai client and
 * openapi-fetch, doing the same work (`classes.create` and `classes.get`).
 *
 * - network mode: one loopback keep-alive server in a child process (bench/server.ts), so the CPU time measured
 *   here is the clients' alone; sequential and 50 in flight.
 * - stub mode: a `fetch` that answers at once (bench/fixtures.ts), passed through each client's `fetch` option,
 *   to isolate each client's own CPU cost per call.
 *
 * Rounds are interleaved (each round runs every contender, the order rotated by one each round) and the
 * medians over the rounds are reported. Results go to bench/results/latest.json.
 *
 * Usage: node --expose-gc bench/run.ts [--rounds 5] [--requests 2000] [--stub-requests 10000]
 *          [--mode all|network|stub] [--contenders fetch,ky,openai,openapi-fetch,ours] [--no-write]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ky from 'ky';
import OpenAI from 'openai';
import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/openapi.ts';
import { ManagementClient } from '../src/index.ts';
import { CLASS_BODY, CLASS_ID, stubFetch, TOKEN } from './fixtures.ts';

type Class = components['schemas']['Class'];
type Fetch = typeof stubFetch;

/** One client under test: both operations, each resolving to the Class. */
interface Contender {
  create(): Promise<Class>;
  get(): Promise<Class>;
}

/** The openai client sends no Idempotency-Key unless its subclass names the header; ours always does. */
class OpenAIWithKeys extends OpenAI {
  protected override idempotencyHeader = 'Idempotency-Key';
}

const FACTORIES: Record<string, (baseUrl: string, stub: Fetch | undefined) => Contender> = {
  fetch: (baseUrl, stub) => {
    const send = stub ?? globalThis.fetch;
    const createUrl = `${baseUrl}/v1/classes`;
    const getUrl = `${baseUrl}/v1/classes/${CLASS_ID}`;
    const expect = async (response: Response, status: number): Promise<Class> => {
      if (response.status !== status) throw new Error(`fetch: unexpected status ${response.status}`);
      return (await response.json()) as Class;
    };
    return {
      create: async () =>
        expect(
          await send(createUrl, {
            method: 'POST',
            headers: {
              accept: 'application/json',
              'content-type': 'application/json',
              authorization: `Bearer ${TOKEN}`,
            },
            body: JSON.stringify(CLASS_BODY),
          }),
          201,
        ),
      get: async () =>
        expect(
          await send(getUrl, { headers: { accept: 'application/json', authorization: `Bearer ${TOKEN}` } }),
          200,
        ),
    };
  },
  ky: (baseUrl, stub) => {
    const api = ky.create({
      baseUrl,
      retry: 0,
      headers: { authorization: `Bearer ${TOKEN}` },
      ...(stub === undefined ? {} : { fetch: stub }),
    });
    return {
      create: () => api.post('/v1/classes', { json: CLASS_BODY }).json<Class>(),
      get: () => api.get(`/v1/classes/${CLASS_ID}`).json<Class>(),
    };
  },
  openai: (baseUrl, stub) => {
    const client = new OpenAIWithKeys({
      apiKey: TOKEN,
      baseURL: baseUrl,
      maxRetries: 2,
      ...(stub === undefined ? {} : { fetch: stub }),
    });
    return {
      create: () => client.post<Class>('/v1/classes', { body: CLASS_BODY }),
      get: () => client.get<Class>(`/v1/classes/${CLASS_ID}`),
    };
  },
  'openapi-fetch': (baseUrl, stub) => {
    const client = createClient<paths>({
      baseUrl,
      headers: { authorization: `Bearer ${TOKEN}` },
      ...(stub === undefined ? {} : { fetch: stub }),
    });
    return {
      create: async () => {
        const { data, error } = await client.POST('/v1/classes', { body: CLASS_BODY });
        if (data === undefined) throw new Error(`openapi-fetch: ${JSON.stringify(error)}`);
        return data;
      },
      get: async () => {
        const { data, error } = await client.GET('/v1/classes/{classId}', {
          params: { path: { classId: CLASS_ID } },
        });
        if (data === undefined) throw new Error(`openapi-fetch: ${JSON.stringify(error)}`);
        return data;
      },
    };
  },
  ours: (baseUrl, stub) => {
    const client = new ManagementClient({
      baseUrl,
      accessToken: TOKEN,
      ...(stub === undefined ? {} : { fetch: stub }),
    });
    return {
      create: () => client.classes.create(CLASS_BODY),
      get: () => client.classes.get(CLASS_ID),
    };
  },
};

interface Workload {
  readonly name: string;
  readonly op: 'create' | 'get';
  readonly concurrency: number;
}

const NETWORK_WORKLOADS: Workload[] = [
  { name: 'create, sequential', op: 'create', concurrency: 1 },
  { name: 'get, sequential', op: 'get', concurrency: 1 },
  { name: 'create, 50 in flight', op: 'create', concurrency: 50 },
  { name: 'get, 50 in flight', op: 'get', concurrency: 50 },
];
// Without a network, concurrency changes nothing but the order of microtasks: one of each is enough.
const STUB_WORKLOADS: Workload[] = [
  { name: 'create, sequential', op: 'create', concurrency: 1 },
  { name: 'get, sequential', op: 'get', concurrency: 1 },
];

/** One run of one contender on one workload. */
interface Sample {
  rps: number;
  p50: number;
  p99: number;
  cpuUs: number;
}

/** The medians over the rounds, with the ratios to raw fetch. */
interface Row extends Sample {
  mode: 'network' | 'stub';
  workload: string;
  contender: string;
  /** rps / fetch's rps: above 1 is faster than raw fetch. */
  rpsVsFetch: number | null;
  /** CPU µs per request / fetch's: above 1 costs more than raw fetch. */
  cpuVsFetch: number | null;
  rounds: Sample[];
}

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '2000' },
    'stub-requests': { type: 'string', default: '10000' },
    mode: { type: 'string', default: 'all' },
    contenders: { type: 'string', default: Object.keys(FACTORIES).join(',') },
    'no-write': { type: 'boolean', default: false },
  },
});

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive whole number, got ${value}`);
  return n;
}

const rounds = positive('rounds', flags.rounds);
const requests = positive('requests', flags.requests);
const stubRequests = positive('stub-requests', flags['stub-requests']);
const mode = flags.mode;
if (mode !== 'all' && mode !== 'network' && mode !== 'stub')
  throw new Error('--mode must be all, network or stub');
const names = flags.contenders.split(',').map((name) => name.trim());
for (const name of names) {
  if (!(name in FACTORIES)) throw new Error(`unknown contender ${name}; known: ${Object.keys(FACTORIES)}`);
}
if (rounds < 3 && !flags['no-write']) console.warn('Fewer than 3 rounds: the medians are not worth much.');

async function measure(contender: Contender, workload: Workload, n: number): Promise<Sample> {
  const latencies = new Float64Array(n);
  const call = workload.op === 'create' ? () => contender.create() : () => contender.get();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < n; i = next++) {
      const start = performance.now();
      const result = await call();
      latencies[i] = performance.now() - start;
      if (result.id !== CLASS_ID) throw new Error(`unexpected result ${JSON.stringify(result)}`);
    }
  };
  globalThis.gc?.();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(workload.concurrency, n) }, worker));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort();
  return {
    rps: n / (wallMs / 1000),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    cpuUs: (cpu.user + cpu.system) / n,
  };
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./server.ts', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function runMode(
  modeName: 'network' | 'stub',
  baseUrl: string,
  workloads: Workload[],
  n: number,
): Promise<Row[]> {
  const stub = modeName === 'stub' ? stubFetch : undefined;
  const contenders = names.map((name) => ({
    name,
    client: (FACTORIES[name] as (typeof FACTORIES)['x'])(baseUrl, stub),
  }));
  // Warm-up: let the JIT and the connection pools settle before anything counts.
  for (const { client } of contenders) {
    for (const workload of workloads) await measure(client, workload, Math.min(n, 500));
  }
  const samples = new Map<string, Sample[]>();
  for (let round = 0; round < rounds; round++) {
    const order = contenders.map(
      (_, i) => contenders[(i + round) % contenders.length] as (typeof contenders)[0],
    );
    for (const workload of workloads) {
      for (const { name, client } of order) {
        const sample = await measure(client, workload, n);
        const key = `${workload.name}\0${name}`;
        samples.set(key, [...(samples.get(key) ?? []), sample]);
      }
    }
    process.stderr.write(`  ${modeName}: round ${round + 1}/${rounds} done\n`);
  }
  const rows: Row[] = [];
  for (const workload of workloads) {
    const fetchSamples = samples.get(`${workload.name}\0fetch`);
    const base = fetchSamples && {
      rps: median(fetchSamples.map((s) => s.rps)),
      cpuUs: median(fetchSamples.map((s) => s.cpuUs)),
    };
    for (const { name } of contenders) {
      const list = samples.get(`${workload.name}\0${name}`) ?? [];
      const rps = median(list.map((s) => s.rps));
      const cpuUs = median(list.map((s) => s.cpuUs));
      rows.push({
        mode: modeName,
        workload: workload.name,
        contender: name,
        rps,
        p50: median(list.map((s) => s.p50)),
        p99: median(list.map((s) => s.p99)),
        cpuUs,
        rpsVsFetch: base ? rps / base.rps : null,
        cpuVsFetch: base ? cpuUs / base.cpuUs : null,
        rounds: list,
      });
    }
  }
  return rows;
}

function table(rows: Row[]): string {
  const header = [
    'mode',
    'workload',
    'contender',
    'req/s',
    '× fetch',
    'p50 ms',
    'p99 ms',
    'CPU µs/req',
    '× fetch',
  ];
  const body = rows.map((r) => [
    r.mode,
    r.workload,
    r.contender,
    r.rps.toFixed(0),
    r.rpsVsFetch === null ? '–' : r.rpsVsFetch.toFixed(2),
    r.p50.toFixed(3),
    r.p99.toFixed(3),
    r.cpuUs.toFixed(1),
    r.cpuVsFetch === null ? '–' : r.cpuVsFetch.toFixed(2),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => (cells[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function version(pkg: string): string {
  const url = new URL(`../node_modules/${pkg}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

const started = Date.now();
if (globalThis.gc === undefined)
  console.warn('Run with --expose-gc for steadier figures (a GC before each run).');
console.log(
  `bench: ${rounds} rounds; network ${requests} and stub ${stubRequests} requests per contender, workload and round`,
);
const rows: Row[] = [];
if (mode !== 'stub') {
  const server = await startServer();
  try {
    rows.push(...(await runMode('network', server.url, NETWORK_WORKLOADS, requests)));
  } finally {
    server.child.stdin?.end();
    server.child.kill();
  }
}
if (mode !== 'network')
  rows.push(...(await runMode('stub', 'http://127.0.0.1:9', STUB_WORKLOADS, stubRequests)));

console.log(`\nMedians of ${rounds} rounds (× fetch: req/s and CPU relative to raw fetch)\n`);
console.log(table(rows));
const seconds = (Date.now() - started) / 1000;
console.log(`\n${seconds.toFixed(0)} s`);

if (!flags['no-write']) {
  const out = new URL('./results/latest.json', import.meta.url);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    versions: Object.fromEntries(
      ['ky', 'openai', 'openapi-fetch', 'p-retry', 'uuid'].map((p) => [p, version(p)]),
    ),
    settings: { rounds, requests, stubRequests, contenders: names, seconds },
    notes: [
      'network: one keep-alive loopback node:http server in a child process; CPU is the bench process only (the clients).',
      'stub: a fetch that answers at once, passed through each client fetch option; CPU is the client alone.',
      'openai: new OpenAI({ maxRetries: 2 }) with idempotencyHeader set to Idempotency-Key, generic post/get.',
      'ky: ky.create({ baseUrl, retry: 0 }) (its default 10 s timeout on).',
    ],
    rows,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote ${fileURLToPath(out)}`);
}
