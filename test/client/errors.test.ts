import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  IdempotencyConflictError,
  InternalServerError,
  ManagementClient,
  ManagementError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.ts';
import { clientFor, observedFetch } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

const problem = (type: string, status: number, extra: object = {}) =>
  JSON.stringify({
    type: `https://api.studio.example/problems/${type}`,
    title: type,
    status,
    detail: `${type} detail`,
    ...extra,
  });

describe('ApiError.from maps every status to its class', () => {
  const rows: [
    number,
    string,
    Record<string, string>,
    abstract new (...args: never[]) => ApiError,
    string,
  ][] = [
    [400, problem('validation-error', 400), {}, BadRequestError, 'BadRequestError'],
    [401, problem('unauthorized', 401), {}, AuthenticationError, 'AuthenticationError'],
    [
      403,
      problem('forbidden', 403, { requiredScope: 'classes:write' }),
      {},
      PermissionDeniedError,
      'PermissionDeniedError',
    ],
    [404, problem('not-found', 404), {}, NotFoundError, 'NotFoundError'],
    [409, problem('idempotency-key-reused', 409), {}, IdempotencyConflictError, 'IdempotencyConflictError'],
    [
      409,
      problem('idempotency-request-in-progress', 409),
      { 'retry-after': '1' },
      IdempotencyConflictError,
      'IdempotencyConflictError',
    ],
    [409, '', { 'retry-after': '1' }, IdempotencyConflictError, 'IdempotencyConflictError'],
    // With a key sent, every 409 is about the key: an unknown type is key-reused, and with Retry-After in progress.
    [409, problem('version-conflict', 409), {}, IdempotencyConflictError, 'IdempotencyConflictError'],
    [
      409,
      problem('version-conflict', 409),
      { 'retry-after': '1' },
      IdempotencyConflictError,
      'IdempotencyConflictError',
    ],
    [422, problem('unprocessable', 422), {}, UnprocessableEntityError, 'UnprocessableEntityError'],
    [429, problem('rate-limited', 429), { 'retry-after': '7' }, RateLimitError, 'RateLimitError'],
    [500, problem('internal-error', 500), {}, InternalServerError, 'InternalServerError'],
    [
      502,
      '<html><body>Bad Gateway</body></html>',
      { 'content-type': 'text/html' },
      InternalServerError,
      'InternalServerError',
    ],
    [503, '', {}, InternalServerError, 'InternalServerError'],
    [504, '{"truncated', {}, InternalServerError, 'InternalServerError'],
    [408, '', {}, ApiError, 'ApiError'],
    [418, 'teapot', {}, ApiError, 'ApiError'],
  ];
  for (const [status, body, headers, Class, name] of rows) {
    test(`${status} ${body.slice(0, 60) || '(empty body)'} → ${name}`, () => {
      const response = new Response(body || null, { status, headers });
      const error = ApiError.from({
        response,
        body,
        method: 'POST',
        url: 'https://api.studio.example/v1/classes',
        idempotencyKey: 'k1',
        attempts: 3,
      });
      assert.ok(error instanceof Class);
      assert.ok(error instanceof ManagementError);
      assert.equal(error.name, name);
      assert.equal(error.status, status);
      assert.equal(error.idempotencyKey, 'k1');
      assert.equal(error.attempts, 3);
      assert.match(
        error.message,
        new RegExp(`^POST https://api\\.studio\\.example/v1/classes failed with ${status}`),
      );
      assert.equal(error.problem?.status, body.startsWith('{"type') ? status : undefined);
    });
  }

  test('409 reasons: key reused vs still in progress', () => {
    const from = (body: string, headers: Record<string, string> = {}) =>
      ApiError.from({
        response: new Response(body, { status: 409, headers }),
        body,
        idempotencyKey: 'k1',
      }) as IdempotencyConflictError;
    assert.equal(from(problem('idempotency-key-reused', 409)).reason, 'key-reused');
    assert.equal(from(problem('idempotency-request-in-progress', 409)).reason, 'in-progress');
    assert.equal(from('', { 'retry-after': '2' }).reason, 'in-progress');
  });

  test('a 409 to a request that sent no key is a plain ConflictError, whatever it says', () => {
    for (const body of [problem('idempotency-request-in-progress', 409), '']) {
      const error = ApiError.from({
        response: new Response(body, { status: 409, headers: { 'retry-after': '2' } }),
        body,
        method: 'GET',
      });
      assert.equal(error.name, 'ConflictError');
      assert.ok(!(error instanceof IdempotencyConflictError));
    }
  });

  test('429 exposes Retry-After in milliseconds, from seconds or an HTTP date', () => {
    const at = (value: string) =>
      (
        ApiError.from({
          response: new Response('', { status: 429, headers: { 'retry-after': value } }),
          body: '',
        }) as RateLimitError
      ).retryAfterMs;
    assert.equal(at('7'), 7000);
    const date = at(new Date(Date.now() + 30_000).toUTCString()) ?? 0;
    assert.ok(date > 28_000 && date <= 30_000, String(date));
    assert.equal(at('soon'), undefined);
  });
});

describe('errors from the mock server', () => {
  test('400: a body the spec forbids is a BadRequestError listing the fields, not retried', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const body = { ...classBody(), capacity: 'many', colour: 'red' } as unknown as ReturnType<
      typeof classBody
    >;
    const error = await rejection(client.classes.create(body));
    assert.ok(error instanceof BadRequestError);
    assert.ok((error.problem?.errors?.length ?? 0) >= 1);
    assert.equal(mock.requests.length, 1);
  });

  test('401: an unknown token is an AuthenticationError, not retried', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { accessToken: 'wrong-token' });
    const error = await rejection(client.classes.list());
    assert.ok(error instanceof AuthenticationError);
    assert.equal(mock.requests.length, 1);
  });

  test('403: a token without the scope is a PermissionDeniedError naming the scope', async (t) => {
    const mock = await startMock(t, { tokens: { 'read-only': ['classes:read'] } });
    const client = clientFor(mock, { accessToken: 'read-only' });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof PermissionDeniedError);
    assert.equal(error.requiredScope, 'classes:write');
    assert.match(error.message, /classes:write/);
    assert.equal(mock.requests.length, 1);
  });

  test('404: an unknown id is a NotFoundError, not retried', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const error = await rejection(client.classes.get('cls_doesnotexist'));
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.method, 'GET');
    assert.equal(error.idempotencyKey, undefined);
    assert.equal(mock.requests.length, 1);
  });

  test('a 409 to a request without a key (a GET) is a ConflictError, whatever its problem type', () => {
    for (const body of [problem('version-conflict', 409), '', '<html>409</html>']) {
      const response = new Response(body || null, { status: 409 });
      const error = ApiError.from({
        response,
        body,
        method: 'GET',
        url: 'https://api.studio.example/v1/classes',
      });
      assert.equal(error.name, 'ConflictError');
      assert.ok(error instanceof ConflictError && !(error instanceof IdempotencyConflictError));
    }
  });

  test('a typed 409 of another kind to a write is about the key (key-reused): not retried, nothing done twice', async (t) => {
    const mock = await startMock(t);
    mock.inject({
      type: 'problem',
      status: 409,
      problemType: 'https://api.studio.example/problems/version-conflict',
    });
    const error = await rejection(clientFor(mock).classes.create(classBody()));
    assert.ok(error instanceof IdempotencyConflictError);
    assert.equal(error.reason, 'key-reused');
    assert.equal(mock.requests.length, 1);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 0);
  });

  test('a 409 with Retry-After to a write is a request in progress: polled with the same key', async (t) => {
    const mock = await startMock(t);
    mock.inject({
      type: 'problem',
      status: 409,
      problemType: 'https://api.studio.example/problems/version-conflict',
      retryAfter: 0,
    });
    const result = await clientFor(mock).classes.create(classBody()).withResponse();
    assert.equal(result.attempts, 2);
    assert.equal(new Set(mock.requests.map((r) => r.idempotencyKey)).size, 1);
    assert.equal(mock.effects.byOperation('managementCreateClass'), 1);
  });

  test('409: a key reused for a different request is an IdempotencyConflictError (key-reused), never retried', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const idempotencyKey = 'reused-key';
    await client.classes.create(classBody('First'), { idempotencyKey });
    // Another client (another tab or device): this one's guard would refuse the key before sending.
    const error = await rejection(clientFor(mock).classes.create(classBody('Second'), { idempotencyKey }));
    assert.ok(error instanceof IdempotencyConflictError);
    assert.equal(error.reason, 'key-reused');
    assert.equal(error.idempotencyKey, idempotencyKey);
    assert.equal(error.problem?.type, 'https://api.studio.example/problems/idempotency-key-reused');
    assert.equal(error.outcomeUnknown, false);
    assert.equal(mock.requests.length, 2);
    assert.equal(mock.effects.byKey(idempotencyKey), 1);
  });

  test('a refused connection becomes a ConnectionError after retries, with key, attempts and cause', async (t) => {
    const mock = await startMock(t);
    const url = mock.url;
    await mock.close();
    const client = new ManagementClient({
      baseUrl: url,
      accessToken: 'secret-token',
      minRetryDelay: 1,
      maxRetryDelay: 2,
    });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.attempts, 3);
    assert.ok(error.idempotencyKey);
    assert.ok(error.cause);
    assert.equal(error.outcomeUnknown, false, 'a refused connection never reached the server');
  });

  test('no message, toJSON() or inspect() output of any error contains the access token', async (t) => {
    const token = 'sk_live_super_secret_token_123';
    const mock = await startMock(t, { tokens: { [token]: ['classes:read'] } });
    const errors: unknown[] = [];
    const client = clientFor(mock, { accessToken: token, maxRetries: 1 });
    errors.push(await rejection(client.classes.create(classBody())));
    mock.inject({ type: 'drop-before-action' }, { times: 2 });
    errors.push(await rejection(clientFor(mock, { accessToken: token, maxRetries: 1 }).classes.list()));
    const closed = mock.url;
    await mock.close();
    errors.push(
      await rejection(
        new ManagementClient({ baseUrl: closed, accessToken: token, maxRetries: 0 }).classes.list(),
      ),
    );
    errors.push(
      await rejection(new ManagementClient({ baseUrl: closed, accessToken: `${token}\n` }).classes.list()),
    );
    // A proxy page that echoes the request's headers.
    const echo = observedFetch((request) => {
      const authorization = request.headers.get('authorization');
      assert.ok(authorization?.includes(token));
      return new Response(`<pre>Authorization: ${authorization}</pre>`, { status: 502 });
    });
    const listWith = (fetch: typeof globalThis.fetch) =>
      rejection(
        new ManagementClient({ baseUrl: closed, accessToken: token, maxRetries: 0, fetch }).classes.list(),
      );
    errors.push(await listWith(echo));
    // A custom fetch whose error holds the Request, deep in the cause chain.
    const holding: typeof globalThis.fetch = async (input, init) => {
      const inner = Object.assign(new Error('socket hang up'), {
        code: 'ECONNRESET',
        request: new Request(input, init),
      });
      throw Object.assign(new TypeError('fetch failed', { cause: inner }), { init });
    };
    errors.push(await listWith(holding));
    for (const error of errors) {
      assert.ok(error instanceof ManagementError);
      const outputs = [
        error.message,
        JSON.stringify(error),
        inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      ];
      for (const output of outputs)
        assert.ok(!output.includes(token), `${error.name} leaks the token: ${output.slice(0, 300)}`);
    }
  });
});

describe('messages say how the call ended', () => {
  test('an error after retries says how many attempts failed, then which request the server logged', async (t) => {
    const mock = await startMock(t);
    for (let i = 0; i < 3; i++) mock.inject({ type: 'status', status: 503 });
    const error = await rejection(clientFor(mock).classes.create(classBody()));
    assert.ok(error instanceof ManagementError);
    assert.equal(error.attempts, 3);
    const requestId = mock.requests.at(-1)?.requestId;
    assert.ok(
      error.message.endsWith(
        `failed with 503 Service unavailable: The service is temporarily unavailable. (after 3 attempts) (request id ${requestId})`,
      ),
      error.message,
    );
    assert.ok(
      error.stack?.includes(`(after 3 attempts) (request id ${requestId})`),
      'the stack shows the same message',
    );
  });

  test('an error of a single attempt does not speak of attempts', async (t) => {
    const mock = await startMock(t);
    const error = await rejection(clientFor(mock).classes.get('cls_01HS9K1M3N5P7Q9R1S3T5V7W9X'));
    assert.ok(error instanceof ManagementError);
    assert.doesNotMatch(error.message, /attempts/);
  });

  test("an aborted call's message gives the abort reason", async (t) => {
    const mock = await startMock(t);
    const controller = new AbortController();
    controller.abort(new Error('the user left the page'));
    const error = await rejection(clientFor(mock).classes.create(classBody(), { signal: controller.signal }));
    assert.equal((error as Error).name, 'RequestAbortedError');
    assert.match((error as Error).message, /was aborted \(Error: the user left the page\)/);
  });
});
