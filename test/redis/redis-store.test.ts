/**
 * `RedisKeyStore` (management-sdk/redis) against a real `redis-server`, started for this file on a unix socket
 * in a temporary folder (no TCP port, no persistence) and stopped after it. Where redis-server is not installed
 * the file is skipped, saying so; in CI (`CI` set) it fails instead (.ci/run installs Debian's redis-server).
 *
 * First the KeyStore contract, then the acceptance test of durable actions across processes: a process killed
 * after the server committed its create and before the answer came back, and the next process that lists the
 * action and resumes it (test/redis/process.ts is that process).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, type TestContext, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { InvalidArgumentError, type Logger, type PendingAction, type SavedKey } from '../../src/index.ts';
import { type RedisClient, RedisKeyStore } from '../../src/redis/index.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

const CREATE = 'managementCreateClass';
const PROCESS = fileURLToPath(new URL('./process.ts', import.meta.url));

/** `redis-server --version`, or undefined when there is none on the PATH. */
function redisServerVersion(): string | undefined {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  return found.error === undefined && found.status === 0 ? found.stdout.trim() : undefined;
}
const version = redisServerVersion();
const skip =
  version === undefined && !process.env.CI
    ? 'redis-server is not installed (apt-get install redis-server); in CI this fails instead'
    : false;

interface RedisServer {
  readonly socket: string;
  stop(): Promise<void>;
}

/** A redis-server of our own, on a unix socket in a fresh temporary folder, with nothing saved to disk. */
async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'management-sdk-redis-'));
  const socket = path.join(dir, 'redis.sock');
  const server = spawn(
    'redis-server',
    ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--save', '', '--appendonly', 'no'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      server.kill('SIGKILL'); // else it outlives the test file, which then never ends
      reject(new Error(`redis-server did not start in 10 s:\n${output}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      // 7.0: "The server is now ready to accept connections at …"; 7.2 and later: "Ready to accept connections".
      if (/ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    socket,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGTERM');
        await once(server, 'exit');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let redis: RedisServer;

/** A connected node-redis client of the test's server, closed after the test. */
async function connect(t: TestContext) {
  const client = createClient({ socket: { path: redis.socket, tls: false } });
  client.on('error', () => {}); // a test that closes the server or the client checks what it needs
  await client.connect();
  t.after(() => (client.isOpen ? client.close() : undefined));
  return client;
}

let prefixes = 0;
/** A prefix of its own for each test, so that tests share the server and nothing else. */
const nextPrefix = () => `test-${process.pid}-${++prefixes}:`;

/** A saved key as the client makes one (every field `toSavedKey` sets is set, so it reads back equal). */
function savedKey(key: string = randomUUID()): SavedKey {
  return { key, createdAt: Date.now(), request: 'POST /classes\n{}', firstSentAt: null };
}

/** Polls `check` every 10 ms until it holds; fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out after ${ms} ms waiting until ${what}`);
    await sleep(10);
  }
}

/** How many connections the server has, by CLIENT LIST. */
async function connections(client: RedisClient): Promise<number> {
  const list = String(await client.sendCommand(['CLIENT', 'LIST']));
  return list.split('\n').filter((line) => line.trim() !== '').length;
}

/** How many connections subscribe to `channel`, by PUBSUB NUMSUB. */
async function subscribers(client: RedisClient, channel: string): Promise<number> {
  const reply = (await client.sendCommand(['PUBSUB', 'NUMSUB', channel])) as [string, number];
  return Number(reply[1]);
}

/** One run of test/redis/process.ts: its JSON lines as they come, and how it exited. */
interface AppProcess {
  readonly child: ChildProcess;
  readonly lines: Record<string, unknown>[];
  /** Resolves to the first line of `step`. */
  line(step: string): Promise<Record<string, unknown>>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function runProcess(t: TestContext, mode: 'create' | 'resume', env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [PROCESS, mode], {
    env: { ...process.env, REDIS_SOCKET: redis.socket, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const lines: Record<string, unknown>[] = [];
  const waiting: { step: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    for (const wait of waiting.filter((w) => w.step === line.step)) wait.resolve(line);
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.once('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    child,
    lines,
    exited,
    line: (step) => {
      const seen = lines.find((line) => line.step === step);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiting.push({ step, resolve });
        exited.then(({ code, signal }) =>
          reject(new Error(`the ${mode} process exited (${code ?? signal}) before '${step}':\n${stderr}`)),
        );
      });
    },
  };
}

describe('RedisKeyStore against a real redis-server', { skip }, () => {
  before(async () => {
    if (version === undefined) {
      throw new Error('redis-server is not installed: CI must install it (.ci/run does, with apt-get).');
    }
    redis = await startRedis();
  });
  after(() => redis?.stop());

  describe('the KeyStore contract', () => {
    test('saves, reads and forgets an action key, as JSON in one string entry under the prefix', async (t) => {
      const client = await connect(t);
      const prefix = nextPrefix();
      const store = new RedisKeyStore(client, { prefix });
      const saved = savedKey();
      assert.equal(await store.get('create-class:draft-1'), undefined);
      await store.set('create-class:draft-1', saved);
      assert.deepEqual(await store.get('create-class:draft-1'), saved);
      assert.deepEqual(JSON.parse((await client.get(`${prefix}create-class:draft-1`)) ?? 'null'), saved);
      assert.equal(await client.pTTL(`${prefix}create-class:draft-1`), -1, 'no expiry by default');
      await store.delete('create-class:draft-1');
      assert.equal(await store.get('create-class:draft-1'), undefined);
      assert.equal(await client.exists(`${prefix}create-class:draft-1`), 0);
    });

    test('delete with a key removes only that key: one replaced meanwhile is kept', async (t) => {
      const store = new RedisKeyStore(await connect(t), { prefix: nextPrefix() });
      const first = savedKey();
      const replaced = savedKey();
      await store.set('a', first);
      await store.set('a', replaced); // another process replaced it
      await store.delete('a', first.key);
      assert.deepEqual(await store.get('a'), replaced, 'compare-and-delete kept the new key');
      await store.delete('a', replaced.key);
      assert.equal(await store.get('a'), undefined);
      await store.delete('a', replaced.key); // nothing there: nothing happens
    });

    test('add saves a key only when none is saved, and returns the one saved now', async (t) => {
      const client = await connect(t);
      const prefix = nextPrefix();
      const store = new RedisKeyStore(client, { prefix });
      const first = savedKey();
      assert.deepEqual(await store.add('a', first), first);
      assert.deepEqual(await store.add('a', savedKey()), first, 'the key already there wins');
      assert.deepEqual(await store.get('a'), first);
      // What is not a saved key (corrupt, foreign, another type) counts as none, as in the other stores.
      await client.set(`${prefix}corrupt`, '{not json');
      await client.hSet(`${prefix}hash`, 'key', 'value');
      const fresh = savedKey();
      assert.deepEqual(await store.add('corrupt', fresh), fresh);
      assert.deepEqual(await store.add('hash', fresh), fresh);
      assert.deepEqual(await store.get('hash'), fresh);
    });

    test('20 concurrent adds from two connections make exactly one winner, which every one of them gets', async (t) => {
      const prefix = nextPrefix();
      const stores = [
        new RedisKeyStore(await connect(t), { prefix }),
        new RedisKeyStore(await connect(t), { prefix }),
      ];
      const candidates = Array.from({ length: 20 }, () => savedKey());
      const results = await Promise.all(
        candidates.map((candidate, i) =>
          (stores[i % 2] as RedisKeyStore).add('create-class:draft-9', candidate),
        ),
      );
      const winners = new Set(results.map((result) => result.key));
      assert.equal(winners.size, 1, `one winner, not ${winners.size}`);
      const [winner] = winners;
      assert.ok(candidates.some((candidate) => candidate.key === winner));
      for (const store of stores) assert.equal((await store.get('create-class:draft-9'))?.key, winner);
    });

    test('entries lists only the keys under the prefix, page after page, and skips what is not a saved key', async (t) => {
      const client = await connect(t);
      // Glob characters in the prefix are literal: `app[1]*:` must not match `app1-other:`.
      const prefix = `${nextPrefix()}app[1]*:`;
      const store = new RedisKeyStore(client, { prefix });
      const expected = new Map<string, SavedKey>();
      for (let i = 0; i < 450; i++) {
        const saved = savedKey();
        expected.set(`action-${i}`, saved);
        await store.set(`action-${i}`, saved);
      }
      await client.set(`${prefix}corrupt`, '{not json');
      await client.set(`${prefix}foreign`, JSON.stringify({ hello: 'world' }));
      await client.hSet(`${prefix}hash`, 'key', 'value');
      await client.set(`${prefix.replace('app[1]*:', 'app1-other:')}action-0`, JSON.stringify(savedKey()));
      await client.set(`other:${prefix}action-0`, JSON.stringify(savedKey()));
      const listed = await store.entries();
      assert.equal(listed.length, 450);
      assert.deepEqual(new Map(listed), expected);
    });

    test('watch tells of another connection’s write, and stops (closing its connection) once unsubscribed', async (t) => {
      const client = await connect(t);
      const prefix = nextPrefix();
      const watching = new RedisKeyStore(client, { prefix });
      const writer = new RedisKeyStore(await connect(t), { prefix });
      const baseline = await connections(client);
      let calls = 0;
      const stop = watching.watch(() => calls++);
      await until(async () => (await subscribers(client, prefix)) === 1, 'the duplicate subscribes');
      await until(() => calls === 1, 'the call once subscribed');
      assert.equal(await connections(client), baseline + 1, 'one duplicate connection');

      await writer.set('a', savedKey());
      await until(() => calls === 2, 'the set is told');
      await writer.add('b', savedKey());
      await until(() => calls === 3, 'the add is told');
      await writer.delete('b');
      await until(() => calls === 4, 'the delete is told');
      await writer.add('a', savedKey()); // changes nothing: a key is there
      await writer.delete('a', 'not-its-key'); // changes nothing
      await writer.delete('missing'); // changes nothing

      stop();
      stop(); // a second call does nothing
      await until(async () => (await subscribers(client, prefix)) === 0, 'the subscription ends');
      await until(async () => (await connections(client)) === baseline, 'the duplicate is closed');
      await writer.set('a', savedKey());
      await sleep(100);
      assert.equal(calls, 4, 'nothing told of the writes that changed nothing, nor after unsubscribing');
    });

    test('watch shares one connection among its listeners and closes it with the last; one stopped at once leaves none', async (t) => {
      const client = await connect(t);
      const prefix = nextPrefix();
      const store = new RedisKeyStore(client, { prefix });
      const baseline = await connections(client);
      const stopAtOnce = store.watch(() => {});
      stopAtOnce(); // before the duplicate even connected
      await sleep(100);
      await until(async () => (await connections(client)) === baseline, 'no connection left');

      let first = 0;
      let second = 0;
      const stopFirst = store.watch(() => first++);
      const stopSecond = store.watch(() => second++);
      await until(() => first === 1 && second === 1, 'both are called once subscribed');
      assert.equal(await connections(client), baseline + 1, 'one connection for both');
      await new RedisKeyStore(client, { prefix }).set('a', savedKey());
      await until(() => first === 2 && second === 2, 'both are told');
      stopFirst();
      await new RedisKeyStore(client, { prefix }).set('a', savedKey());
      await until(() => second === 3, 'the second is still told');
      assert.equal(first, 2);
      stopSecond();
      await until(async () => (await connections(client)) === baseline, 'the last one closes it');
    });

    test('ttl expires entries that long after their last write; without it they stay', async (t) => {
      const client = await connect(t);
      const prefix = nextPrefix();
      const store = new RedisKeyStore(client, { prefix, ttl: 1_000 });
      await store.set('a', savedKey());
      await store.add('b', savedKey());
      for (const name of ['a', 'b']) {
        const left = await client.pTTL(`${prefix}${name}`);
        assert.ok(left > 0 && left <= 1_000, `${name}: ${left} ms left`);
      }
      await until(
        async () => (await store.get('a')) === undefined && (await store.get('b')) === undefined,
        'both expired',
        3_000,
      );
      assert.deepEqual(await store.entries(), []);
    });

    test('options and the client are checked when the store is made', async (t) => {
      const client = await connect(t);
      const refused = (make: () => unknown, argument: string) =>
        assert.throws(
          make,
          (error: unknown) => error instanceof InvalidArgumentError && error.argument === argument,
        );
      refused(() => new RedisKeyStore({} as RedisClient), 'client');
      refused(() => new RedisKeyStore(undefined as unknown as RedisClient), 'client');
      refused(() => new RedisKeyStore(client, { prefix: '' }), 'prefix');
      for (const ttl of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        refused(() => new RedisKeyStore(client, { ttl }), 'ttl');
      }
      for (const timeout of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
        refused(() => new RedisKeyStore(client, { timeout }), 'timeout');
      }
      assert.ok(new RedisKeyStore(client, { prefix: 'p:', ttl: 1 }) instanceof RedisKeyStore);
    });

    test('with its Redis stopped, every method throws at once, and the client carries on in memory and warns', async (t) => {
      const mock = await startMock(t);
      const own = await startRedis(); // a server of its own, to stop
      t.after(() => own.stop());
      const client = createClient({ socket: { path: own.socket, tls: false, reconnectStrategy: () => 50 } });
      client.on('error', () => {});
      await client.connect();
      t.after(() => client.destroy());
      const store = new RedisKeyStore(client, { prefix: nextPrefix(), timeout: 5_000 });
      const stopWatching = store.watch(() => {});
      await own.stop();
      await until(() => !client.isReady, 'the client sees Redis gone');
      stopWatching(); // its duplicate, reconnecting meanwhile, is closed: nothing keeps the test file running

      const began = Date.now();
      for (const method of [
        () => store.get('a'),
        () => store.set('a', savedKey()),
        () => store.add('a', savedKey()),
        () => store.delete('a', 'k'),
        () => store.entries(),
      ]) {
        await assert.rejects(method(), /not connected/);
      }
      assert.ok(Date.now() - began < 1_000, 'at once: neither queued until Redis is back nor timed out');

      const warnings: string[] = [];
      const logger: Logger = { debug() {}, info() {}, warn: (line) => warnings.push(line), error() {} };
      const api = clientFor(mock, { keyStore: store, logger });
      const created = await api.classes
        .create(classBody(), { action: 'create-class:draft-3' })
        .withResponse();
      assert.equal(created.replayed, false);
      assert.equal(mock.effects.byOperation(CREATE), 1);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0] ?? '', /key store failed/);
    });

    test('a Redis that does not answer makes the method throw after `timeout`', async (t) => {
      const client = await connect(t);
      const store = new RedisKeyStore(client, { prefix: nextPrefix(), timeout: 100 });
      const other = await connect(t);
      await other.sendCommand(['CLIENT', 'PAUSE', '1000', 'ALL']); // every client waits, connected
      const began = Date.now();
      await assert.rejects(store.get('a'), /Redis did not answer MGET in 100 ms/);
      const waited = Date.now() - began;
      assert.ok(waited >= 95 && waited < 900, `threw after ${waited} ms, not when Redis answered`);
      const answers = () =>
        store.get('a').then(
          (saved) => saved === undefined,
          () => false,
        );
      await until(answers, 'Redis answers again', 3_000);
    });
  });

  describe('durable actions across processes', () => {
    test('one client subscribed to the actions sees the action another client (its own connection) started', async (t) => {
      const mock = await startMock(t);
      const prefix = nextPrefix();
      const starter = clientFor(mock, { keyStore: new RedisKeyStore(await connect(t), { prefix }) });
      const watcher = clientFor(mock, { keyStore: new RedisKeyStore(await connect(t), { prefix }) });
      let changes = 0;
      const unsubscribe = watcher.actions.subscribe(() => changes++);
      t.after(unsubscribe);
      await sleep(100); // subscribed (and its first listing done)
      const held = mock.hold({ operationId: CREATE });
      const call = starter.classes.create(classBody('Draft 5'), { action: 'create-class:draft-5' });
      await held.arrived;
      await until(() => watcher.actions.snapshot().length === 1, "the watcher's snapshot lists the action");
      assert.ok(changes >= 1);
      const [pending] = watcher.actions.snapshot() as PendingAction[];
      assert.equal(pending?.name, 'create-class:draft-5');
      assert.equal(pending?.idempotencyKey, mock.requests.at(-1)?.idempotencyKey);
      held.release();
      await call;
      await until(() => watcher.actions.snapshot().length === 0, 'the settled action leaves the snapshot');
    });

    test('a process killed after the server committed its create: the next process lists the action and resumes it to the replay, with one effect', {
      timeout: 60_000,
    }, async (t) => {
      const mock = await startMock(t);
      const prefix = nextPrefix();
      const action = 'create-class:draft-1';
      const store = new RedisKeyStore(await connect(t), { prefix });
      const env = { MOCK_URL: mock.url, PREFIX: prefix, ACTION: action, NAME: 'Draft 1' };

      // 1. The first process sends the create; the server holds it in progress.
      const held = mock.hold({ operationId: CREATE });
      const first = runProcess(t, 'create', env);
      await held.arrived;
      const creates = () => mock.requests.filter((r) => r.operationId === CREATE);
      const sentKey = creates()[0]?.idempotencyKey;
      const saved = await store.get(action);
      assert.equal(saved?.key, sentKey, 'the key was in Redis before it was sent');
      assert.equal(typeof saved?.firstSentAt, 'number');

      // 2. It dies before the answer; the server commits the create all the same.
      first.child.kill('SIGKILL');
      const died = await first.exited;
      assert.equal(died.signal, 'SIGKILL');
      assert.deepEqual(
        first.lines.map((line) => line.step),
        ['started'],
        'it never got an answer',
      );
      held.release();
      await until(() => mock.effects.byOperation(CREATE) === 1, 'the server commits the create');
      assert.equal(creates()[0]?.status, undefined, 'the answer went nowhere');

      // 3. The next process finds the action, resumes it and gets the stored result.
      const second = runProcess(t, 'resume', env);
      const ended = await second.exited;
      assert.equal(ended.code, 0, ended.stderr);
      const lines = Object.fromEntries(second.lines.map((line) => [line.step, line]));
      assert.equal(lines.warning, undefined, 'the store worked: no warning');
      const pending = lines.pending?.pending as PendingAction[];
      assert.equal(pending.length, 1, JSON.stringify(pending));
      const [listed] = pending;
      assert.equal(listed?.name, action);
      assert.equal(listed?.operationId, CREATE);
      assert.equal(listed?.method, 'POST');
      assert.equal(listed?.outcomeUnknown, true);
      assert.equal(listed?.idempotencyKey, sentKey);
      assert.equal(listed?.firstSentAt, saved?.firstSentAt);
      assert.deepEqual(listed?.body, classBody('Draft 1'));
      assert.equal(lines.resumed?.replayed, true);
      assert.equal(lines.resumed?.key, sentKey);
      assert.deepEqual(lines.after?.pending, [], 'settled: nothing pending any more');

      // 4. One class, the one the first process asked for; the key is let go.
      assert.equal(mock.effects.byOperation(CREATE), 1);
      assert.deepEqual(
        creates().map((r) => [r.idempotencyKey, r.replayed]),
        [
          [sentKey, false],
          [sentKey, true],
        ],
      );
      const classes = await clientFor(mock).classes.list({ limit: 100 });
      const drafts = classes.data.filter((c) => c.name === 'Draft 1');
      assert.deepEqual(
        drafts.map((c) => c.id),
        [lines.resumed?.id],
      );
      assert.equal(await store.get(action), undefined);
    });

    test('two processes running the same action at once send one key, and the server performs it once', {
      timeout: 60_000,
    }, async (t) => {
      const mock = await startMock(t);
      const prefix = nextPrefix();
      const action = 'create-class:draft-2';
      const env = { MOCK_URL: mock.url, PREFIX: prefix, ACTION: action, NAME: 'Draft 2' };
      const creates = () => mock.requests.filter((r) => r.operationId === CREATE);

      // The first create to arrive is held in progress until the other process's has arrived too.
      const held = mock.hold({ operationId: CREATE });
      const processes = [runProcess(t, 'create', env), runProcess(t, 'create', env)];
      await held.arrived;
      await until(() => creates().length >= 2, "the other process's create arrives", 20_000);
      assert.equal(creates()[1]?.status, 409, 'the second is told the key is in progress');
      held.release();

      const ends = await Promise.all(processes.map((p) => p.exited));
      for (const end of ends) assert.equal(end.code, 0, end.stderr);
      const created = await Promise.all(processes.map((p) => p.line('created')));
      const keys = new Set(creates().map((r) => r.idempotencyKey));
      assert.equal(keys.size, 1, 'one key');
      assert.deepEqual(new Set(created.map((line) => line.key)), keys);
      assert.equal(new Set(created.map((line) => line.id)).size, 1, 'the same class');
      assert.deepEqual(created.map((line) => line.replayed).sort(), [false, true]);
      assert.equal(mock.effects.byOperation(CREATE), 1);
      for (const p of processes)
        assert.deepEqual(
          p.lines.filter((line) => line.step === 'warning'),
          [],
        );
      assert.equal(await new RedisKeyStore(await connect(t), { prefix }).get(action), undefined);
    });
  });
});
