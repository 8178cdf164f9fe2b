/**
 * One process of an app that keeps its action keys in Redis, for test/redis/redis-store.test.ts: a client of
 * the mock (MOCK_URL) with a RedisKeyStore (REDIS_SOCKET, PREFIX), which runs what `process.argv[2]` says and
 * prints one JSON line per step:
 *
 * - `create`: `classes.create(classBody(NAME), { action: ACTION })` → `{ step: 'created', key, replayed, id }`
 * - `resume`: `actions.pending()` → `{ step: 'pending', pending }`, then `actions.resume(ACTION)` →
 *   `{ step: 'resumed', key, replayed, id }`, then `actions.pending()` again → `{ step: 'after', pending }`
 *
 * Every warning of the client is printed too (`{ step: 'warning', message }`): a store that failed would show.
 */
import { createClient } from 'redis';
import { ManagementClient } from '../../src/index.ts';
import { RedisKeyStore } from '../../src/redis/index.ts';
import { DEFAULT_TOKEN } from '../../src/testing/index.ts';
import { classBody } from '../helpers/fixtures.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

const warning = (message: string) => print({ step: 'warning', message });

const action = env('ACTION');
const redis = createClient({ socket: { path: env('REDIS_SOCKET'), tls: false } });
redis.on('error', (error) => print({ step: 'redis-error', message: String(error) }));
await redis.connect();
try {
  const client = new ManagementClient({
    baseUrl: env('MOCK_URL'),
    accessToken: DEFAULT_TOKEN,
    keyStore: new RedisKeyStore(redis, { prefix: env('PREFIX') }),
    minRetryDelay: 5,
    maxRetryDelay: 20,
    logger: { debug: () => {}, info: () => {}, warn: warning, error: warning },
  });
  const outcome = (
    step: string,
    result: { idempotencyKey?: string | undefined; replayed: boolean; data: unknown },
  ) =>
    print({
      step,
      key: result.idempotencyKey,
      replayed: result.replayed,
      id: (result.data as { id: string }).id,
    });

  if (process.argv[2] === 'create') {
    print({ step: 'started' });
    outcome('created', await client.classes.create(classBody(env('NAME')), { action }).withResponse());
  } else if (process.argv[2] === 'resume') {
    print({ step: 'pending', pending: await client.actions.pending() });
    outcome('resumed', await client.actions.resume(action).withResponse());
    print({ step: 'after', pending: await client.actions.pending() });
  } else {
    throw new Error(`unknown mode ${process.argv[2]}`);
  }
} finally {
  await redis.close();
}
