/**
 * Field regression tests: API calls never follow redirects, and nothing is ever sent to an origin other than
 * baseUrl's. A 3xx ends the call with a RedirectError (an ApiError) that says the server did not act.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, ManagementClient, ManagementError, RedirectError } from '../../src/index.ts';
import {
  classJson,
  describeRequests,
  type Outcome,
  type RecordedRequest,
  sendJson,
  sendRedirect,
  settle,
  startServer,
  type TestServer,
} from './servers.ts';

const CLASS_ID = 'cls_01HS9K1M3N5P7Q9R1S3T5V7W9X';
const body = {
  name: 'Morning Flow',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
};

function clientOf(server: TestServer, headers?: Record<string, string>): ManagementClient {
  return new ManagementClient({
    baseUrl: server.url,
    accessToken: 'tok',
    minRetryDelay: 5,
    maxRetryDelay: 20,
    ...(headers === undefined ? {} : { headers }),
  });
}

/** The server sent exactly one request's worth: the redirect was not followed, and nothing was retried. */
function assertOneRequest(server: TestServer, expected: { method: string; url: string }): RecordedRequest {
  assert.equal(
    server.requests.length,
    1,
    `expected exactly one request, got ${server.requests.length}: ${describeRequests(server.requests)}`,
  );
  const [request] = server.requests as [RecordedRequest];
  assert.equal(request.method, expected.method);
  assert.equal(request.url, expected.url);
  return request;
}

/** The error is a RedirectError with everything the rule asks of it. */
function assertRedirectError(
  outcome: Outcome,
  expected: {
    status: number;
    location: string | undefined;
    method: string;
    url: string;
    idempotencyKey: string | undefined;
  },
): void {
  assert.equal(
    outcome.ok,
    false,
    `expected the call to fail with a RedirectError, but it succeeded with ${JSON.stringify(outcome.ok ? outcome.value : undefined)?.slice(0, 120)}`,
  );
  const { error } = outcome as { ok: false; error: unknown };
  assert.ok(error instanceof ManagementError, `expected a ManagementError, got ${String(error)}`);
  assert.equal(error.name, 'RedirectError', `expected a RedirectError, got ${error.name}: ${error.message}`);
  assert.ok(error instanceof ApiError, 'a RedirectError is an ApiError');
  assert.ok(error instanceof RedirectError);
  assert.equal(error.status, expected.status);
  assert.equal((error as ApiError & { location?: unknown }).location, expected.location);
  // 301, 307 and 308 ask for the same request elsewhere: nothing was done. A 302 or 303 to a write is the web's
  // "done, now look there" (Rails, Django): the action may have happened, and saying otherwise invites a double.
  const mayHaveActed = expected.idempotencyKey !== undefined && [0, 302, 303].includes(expected.status);
  assert.equal(
    error.outcomeUnknown,
    mayHaveActed,
    mayHaveActed ? 'a 302/303 to a write may follow the action' : 'the server did not act',
  );
  assert.equal(error.attempts, 1, 'a redirect is never retried');
  assert.equal(error.method, expected.method);
  assert.equal(error.url, expected.url);
  assert.equal(error.idempotencyKey, expected.idempotencyKey);
  assert.ok(error.message.includes(expected.method), `the message names the method: ${error.message}`);
  assert.ok(error.message.includes(expected.url), `the message names the URL: ${error.message}`);
  assert.ok(
    error.message.includes(String(expected.status)),
    `the message names the status: ${error.message}`,
  );
  if (expected.location !== undefined) {
    assert.ok(error.message.includes(expected.location), `the message names the Location: ${error.message}`);
  }
  if (expected.idempotencyKey !== undefined) {
    assert.match(
      error.message,
      mayHaveActed ? /may mean the server acted/ : /the server did not act/,
      `the message says what the server did: ${error.message}`,
    );
  }
  assert.match(error.message, /redirects are not followed/);
}

test('RedirectError is exported, a subclass of ApiError and ManagementError', () => {
  assert.ok(RedirectError.prototype instanceof ApiError);
  assert.ok(RedirectError.prototype instanceof ManagementError);
});

describe('a create (POST) answered with a redirect is not followed', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    test(`${status} on create: one request, a RedirectError, nothing sent to the Location`, async (t) => {
      const server = await startServer(t, (request, res) => {
        if (request.method === 'POST' && request.url === '/v1/classes') {
          sendRedirect(res, status, `${server.url}/v2/classes`);
        } else {
          // Where a followed redirect would land: a server that happily acts on it.
          sendJson(res, request.method === 'POST' ? 201 : 200, classJson());
        }
      });
      const outcome = await settle(clientOf(server).classes.create(body));
      const request = assertOneRequest(server, { method: 'POST', url: '/v1/classes' });
      assertRedirectError(outcome, {
        status,
        location: `${server.url}/v2/classes`,
        method: 'POST',
        url: `${server.url}/v1/classes`,
        idempotencyKey: request.headers['idempotency-key'] as string,
      });
    });
  }
});

test('303 on update (PATCH): one request, a RedirectError, the See Other target is not fetched', async (t) => {
  const server = await startServer(t, (request, res) => {
    if (request.method === 'PATCH') sendRedirect(res, 303, `${server.url}/v1/classes/${CLASS_ID}`);
    else sendJson(res, 200, classJson());
  });
  const outcome = await settle(clientOf(server).classes.update(CLASS_ID, { capacity: 12 }));
  const request = assertOneRequest(server, { method: 'PATCH', url: `/v1/classes/${CLASS_ID}` });
  assertRedirectError(outcome, {
    status: 303,
    location: `${server.url}/v1/classes/${CLASS_ID}`,
    method: 'PATCH',
    url: `${server.url}/v1/classes/${CLASS_ID}`,
    idempotencyKey: request.headers['idempotency-key'] as string,
  });
});

describe('a redirect to another origin sends nothing there, not even a gateway key', () => {
  for (const status of [307, 308]) {
    test(`${status} to another origin: the other server receives zero requests`, async (t) => {
      const other = await startServer(t, (_request, res) => sendJson(res, 201, classJson()));
      const server = await startServer(t, (_request, res) =>
        sendRedirect(res, status, `${other.url}/v1/classes`),
      );
      const client = clientOf(server, { 'x-api-key': 'gateway-secret' });
      const outcome = await settle(client.classes.create(body));
      assert.equal(
        other.requests.length,
        0,
        `the other origin received ${describeRequests(other.requests)}` +
          (other.requests[0]
            ? ` with x-api-key ${JSON.stringify(other.requests[0].headers['x-api-key'])}, authorization ${JSON.stringify(other.requests[0].headers.authorization)} and body ${JSON.stringify(other.requests[0].body.slice(0, 40))}`
            : ''),
      );
      const request = assertOneRequest(server, { method: 'POST', url: '/v1/classes' });
      assert.equal(request.headers['x-api-key'], 'gateway-secret', 'the configured header went to baseUrl');
      assertRedirectError(outcome, {
        status,
        location: `${other.url}/v1/classes`,
        method: 'POST',
        url: `${server.url}/v1/classes`,
        idempotencyKey: request.headers['idempotency-key'] as string,
      });
    });
  }
});

test('a redirect loop (307 to itself) gets exactly one request', async (t) => {
  const server = await startServer(t, (_request, res) => sendRedirect(res, 307, `${server.url}/v1/classes`));
  const outcome = await settle(clientOf(server).classes.create(body));
  const request = assertOneRequest(server, { method: 'POST', url: '/v1/classes' });
  assertRedirectError(outcome, {
    status: 307,
    location: `${server.url}/v1/classes`,
    method: 'POST',
    url: `${server.url}/v1/classes`,
    idempotencyKey: request.headers['idempotency-key'] as string,
  });
});

test('a GET answered 302 (to a login page) is a RedirectError too, the login page is not fetched', async (t) => {
  const location = `/login?next=%2Fv1%2Fclasses%2F${CLASS_ID}`;
  const server = await startServer(t, (request, res) => {
    if (request.url.startsWith('/login')) {
      const page = '<!doctype html><title>Sign in</title><form method="post"></form>';
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    } else {
      sendRedirect(res, 302, location);
    }
  });
  const outcome = await settle(clientOf(server).classes.get(CLASS_ID));
  assertOneRequest(server, { method: 'GET', url: `/v1/classes/${CLASS_ID}` });
  assertRedirectError(outcome, {
    status: 302,
    location,
    method: 'GET',
    url: `${server.url}/v1/classes/${CLASS_ID}`,
    idempotencyKey: undefined,
  });
});

describe('a 3xx without a Location is a RedirectError with location undefined', () => {
  for (const status of [300, 302]) {
    test(`${status} without Location on create: one request, location undefined`, async (t) => {
      const server = await startServer(t, (_request, res) => sendRedirect(res, status, undefined));
      const outcome = await settle(clientOf(server).classes.create(body));
      const request = assertOneRequest(server, { method: 'POST', url: '/v1/classes' });
      assertRedirectError(outcome, {
        status,
        location: undefined,
        method: 'POST',
        url: `${server.url}/v1/classes`,
        idempotencyKey: request.headers['idempotency-key'] as string,
      });
    });
  }
});

// A browser answers redirect: 'manual' with an opaque response (type 'opaqueredirect', status 0, no headers),
// which no other runtime can construct: this fetch hands the client one, after the real request was sent.
test('a browser opaque redirect (status 0) to a write is a RedirectError, not retried, outcome unknown', async (t) => {
  const server = await startServer(t, (_request, res) => sendRedirect(res, 307, '/v2/classes'));
  const client = new ManagementClient({
    baseUrl: server.url,
    accessToken: 'tok',
    minRetryDelay: 5,
    maxRetryDelay: 20,
    fetch: async (input, init) => {
      const sent = await fetch(input, init);
      await sent.arrayBuffer();
      assert.equal(sent.status, 307, 'the client asked fetch not to follow');
      const headers = new Headers();
      const opaque = {
        type: 'opaqueredirect',
        status: 0,
        statusText: '',
        ok: false,
        redirected: false,
        url: '',
        headers,
        body: null,
      };
      return { ...opaque, text: async () => '', clone: () => opaque } as unknown as Response;
    },
  });
  const error = await client.classes.create(body).then(
    () => assert.fail('the opaque redirect was taken for a success'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof RedirectError);
  assert.equal(error.status, 0);
  assert.equal(error.location, undefined);
  // The browser hides which redirect it was: a 303 after the write cannot be ruled out.
  assert.equal(error.outcomeUnknown, true);
  assert.equal(error.attempts, 1);
  assert.match(error.message, /opaque redirect/);
  assert.equal(server.requests.length, 1);
});

test('a custom fetch that follows a redirect anyway: its answer is refused, and the outcome is unknown', async (t) => {
  const target = await startServer(t, (_request, res) => sendJson(res, 201, classJson()));
  const server = await startServer(t, (_request, res) => sendRedirect(res, 307, `${target.url}/v1/classes`));
  const client = new ManagementClient({
    baseUrl: server.url,
    accessToken: 'tok',
    maxRetries: 0,
    // A wrapper that drops the client's redirect: 'manual' (a framework fetch, a polyfill).
    fetch: (input, init) =>
      fetch(new Request(input as Request, { redirect: 'follow' }), { ...init, redirect: 'follow' }),
  });
  const error = await client.classes.create(body).then(
    () => assert.fail('the followed redirect was taken for the answer'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ManagementError);
  assert.equal(error.name, 'InvalidResponseError');
  assert.equal(error.outcomeUnknown, true);
  assert.match(error.message, /redirect/);
});
