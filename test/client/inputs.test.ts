import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  InvalidArgumentError,
  ManagementClient,
  RequestAbortedError,
  TimeoutError,
} from '../../src/index.ts';
import { parseRetryAfter } from '../../src/retry/retry-after.ts';
import { clientFor, observedFetch } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { DEFAULT_TOKEN, startMock } from '../helpers/mock.ts';

describe('bad input gets a clear, typed error', () => {
  for (const id of ['.', '..', '']) {
    test(`a path parameter ${JSON.stringify(id)} is refused before sending`, async (t) => {
      const mock = await startMock(t);
      const error = await rejection(clientFor(mock).locations.rooms.delete('loc_1', id));
      assert.ok(error instanceof InvalidArgumentError);
      assert.equal(error.argument, 'roomId');
      assert.equal(mock.requests.length, 0);
    });
  }

  const badOptions: [string, object][] = [
    ['onRetry', { onRetry: 'log' }],
    ['fetch', { fetch: 42 }],
    ['onWarning', { onWarning: true }],
    ['keyStore', { keyStore: {} }],
    ['keyStore', { keyStore: null }],
    ['maxRetries', { maxRetries: -1 }],
    ['timeout', { timeout: Number.NaN }],
    ['baseUrl', { baseUrl: 'not a url' }],
    ['baseUrl', { baseUrl: 'ftp://api.studio.example' }],
    ['baseUrl', { baseUrl: 'https://api.studio.example/v1?tenant=a' }],
    ['baseUrl', { baseUrl: 'https://api.studio.example/#top' }],
    ['accessToken', { accessToken: '' }],
    ['headers', { headers: { 'bad header': 'x' } }],
    ['headers', { headers: { 'Content-Length': '10' } }],
    ['headers', { headers: { 'transfer-encoding': 'chunked' } }],
  ];
  for (const [name, options] of badOptions) {
    test(`client option ${name} is validated at construction: ${JSON.stringify(options)}`, () => {
      assert.throws(
        () => new ManagementClient({ baseUrl: 'http://127.0.0.1:1', accessToken: 't', ...options } as never),
        (error) => error instanceof InvalidArgumentError && error.argument === name,
      );
    });
  }

  test('a baseUrl with credentials is refused, and the message does not repeat them', () => {
    for (const baseUrl of ['https://admin:s3cret@api.studio.example', 'https://admin:s3cret@[broken']) {
      assert.throws(
        () => new ManagementClient({ baseUrl, accessToken: 't' }),
        (error) =>
          error instanceof InvalidArgumentError &&
          error.argument === 'baseUrl' &&
          !error.message.includes('s3cret') &&
          !JSON.stringify(error.toJSON()).includes('s3cret'),
      );
    }
  });

  test('an unknown option name is refused, naming the closest known one, at construction and per call', async (t) => {
    const mock = await startMock(t);
    const construct = (extra: Record<string, unknown>) => () =>
      new ManagementClient({ baseUrl: mock.url, accessToken: DEFAULT_TOKEN, ...extra } as never);
    assert.throws(construct({ maxRetry: 5 }), (e: unknown) => {
      assert.ok(e instanceof InvalidArgumentError);
      assert.equal(e.argument, 'maxRetry');
      assert.match(e.message, /Unknown client option `maxRetry`\. Did you mean `maxRetries`\?/);
      return true;
    });
    assert.throws(construct({ idempotencyKey: 'k' }), /`idempotencyKey` is a per-call option only/);
    const client = clientFor(mock);
    const typo = await rejection(client.classes.create(classBody(), { timout: 1 } as never));
    assert.ok(typo instanceof InvalidArgumentError);
    assert.match(typo.message, /Unknown per-call option `timout`\. Did you mean `timeout`\?/);
    const clientOnly = await rejection(client.classes.list({}, { minRetryDelay: 1 } as never));
    assert.match((clientOnly as Error).message, /`minRetryDelay` is a client option only/);
    assert.equal(mock.requests.length, 0, 'nothing was sent');
  });

  for (const base of ['/v1', '/v1/', '/api/v1']) {
    test(`a baseUrl ending in the API version (${base}) is refused, not doubled into /v1/v1/`, () => {
      assert.throws(
        () => new ManagementClient({ baseUrl: `https://api.studio.example${base}`, accessToken: 't' }),
        (e: unknown) => {
          assert.ok(e instanceof InvalidArgumentError);
          assert.equal(e.argument, 'baseUrl');
          assert.match(e.message, /every path starts with \/v1/);
          return true;
        },
      );
    });
  }

  test('a base path that only contains v1 elsewhere is kept: /v1beta and /v1/tenant are not the version', () => {
    for (const base of ['/v1beta', '/v1/tenant']) {
      assert.ok(new ManagementClient({ baseUrl: `https://api.studio.example${base}`, accessToken: 't' }));
    }
  });

  test('a lone surrogate in a path parameter is refused, not a URIError', async (t) => {
    const mock = await startMock(t);
    const error = await rejection(clientFor(mock).classes.get('cls_\uD800'));
    assert.ok(error instanceof InvalidArgumentError);
    assert.equal(error.argument, 'classId');
    assert.equal(mock.requests.length, 0);
  });

  for (const [label, query] of [
    ['an object', { cursor: { page: 2 } }],
    ['an array', { limit: [1, 2] }],
    ['null', { cursor: null }],
    ['a null-prototype object', { cursor: Object.create(null) }],
  ] as const) {
    test(`a query value that is ${label} is refused, not sent as text`, async (t) => {
      const mock = await startMock(t);
      const error = await rejection(clientFor(mock).classes.list(query as never));
      assert.ok(error instanceof InvalidArgumentError);
      assert.equal(error.argument, 'query');
      assert.equal(mock.requests.length, 0);
    });
  }

  test('a body whose toJSON gives nothing is refused, not sent without a body', async (t) => {
    const mock = await startMock(t);
    const body = { ...classBody(), toJSON: () => undefined };
    const error = await rejection(clientFor(mock).classes.create(body as never));
    assert.ok(error instanceof InvalidArgumentError);
    assert.equal(error.argument, 'body');
    assert.equal(mock.requests.length, 0);
  });

  test('a base path with a double slash stays on the base host, with the token', async (t) => {
    const mock = await startMock(t);
    const hosts: string[] = [];
    const fetch = observedFetch((request, forward) => {
      hosts.push(new URL(request.url).host);
      return forward();
    });
    const client = clientFor(mock, { baseUrl: `${mock.url}//evil.example`, fetch, maxRetries: 0 });
    await client.classes.list().catch(() => undefined);
    assert.deepEqual(hosts, [new URL(mock.url).host]);
  });

  test('a header given as undefined is left out, not sent as "undefined"', async (t) => {
    const mock = await startMock(t);
    const seen: (string | null)[] = [];
    const fetch = observedFetch((request, forward) => {
      seen.push(request.headers.get('x-tenant'));
      return forward();
    });
    await clientFor(mock, { fetch }).classes.list({}, { headers: { 'x-tenant': undefined } });
    assert.deepEqual(seen, [null]);
  });

  test('headers may be a Headers instance or entries, and are sent', async (t) => {
    const mock = await startMock(t);
    const seen: string[] = [];
    const fetch = observedFetch((request, forward) => {
      seen.push(request.headers.get('x-tenant') ?? 'none');
      return forward();
    });
    const client = clientFor(mock, { headers: new Headers({ 'x-tenant': 'client' }), fetch });
    await client.classes.list();
    await client.classes.list({}, { headers: [['X-Tenant', 'call']] });
    assert.deepEqual(seen, ['client', 'call']);
  });

  test('the token function is called once per call, so every attempt sends the same credential', async (t) => {
    const mock = await startMock(t);
    let calls = 0;
    const client = clientFor(mock, {
      accessToken: () => {
        calls++;
        return DEFAULT_TOKEN;
      },
    });
    mock.inject({ type: 'drop-after-action' });
    const result = await client.classes.create(classBody()).withResponse();
    assert.equal(result.attempts, 2);
    assert.equal(calls, 1);
  });

  test('an abort or a deadline ends a call waiting on a token function that never answers', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { accessToken: () => new Promise<string>(() => {}) });
    const aborted = await rejection(client.classes.list({}, { signal: AbortSignal.timeout(50) }));
    assert.ok(aborted instanceof RequestAbortedError);
    const late = await rejection(client.classes.list({}, { deadline: 50 }));
    assert.ok(late instanceof TimeoutError && late.kind === 'deadline');
    assert.equal(mock.requests.length, 0);
  });

  test('Retry-After: fractions of seconds are seconds; negative or garbage values are ignored', () => {
    assert.equal(parseRetryAfter('1.5'), 1500);
    assert.equal(parseRetryAfter('-1'), undefined);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 30)), 7000);
  });
});
