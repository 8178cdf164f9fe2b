/**
 * Field regression tests: the call's own secrets (the access token, and the values of configured headers whose
 * names say they carry credentials) are masked wherever an error can show them, whatever spelling a server,
 * proxy or logging wrapper echoes them back in.
 */
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { describe, type TestContext, test } from 'node:test';
import { inspect } from 'node:util';
import { type ClientOptions, ManagementClient, ManagementError, type RetryEvent } from '../../src/index.ts';
import {
  classJson,
  dropConnection,
  type RecordedRequest,
  send,
  sendJson,
  sendProblem,
  settle,
  startServer,
  type TestServer,
} from './servers.ts';

/** Visible ASCII, no whitespace, with URL-special characters: `/`, `+` and `=` all change under encoding. */
const TOKEN = 'tok.en-9f/8+Q==';
const API_KEY = 'gw-secret-123456';
const MASK = '[redacted]';

/** Every spelling of a secret that must never show: raw, URL-encoded, JSON-escaped (three encoders' styles). */
function spellings(secret: string): string[] {
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
      // PHP's json_encode escapes '/'; System.Text.Json escapes '+'.
      secret.replaceAll('/', '\\/'),
      secret.replaceAll('+', '\\u002B'),
      secret.replaceAll('+', '\\u002b'),
    ]),
  ];
}

const SECRETS: Record<string, string> = { 'access token': TOKEN, 'x-api-key': API_KEY };

const classBody = {
  name: 'Morning Flow',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
};

/** What the server saw: the Authorization and x-api-key values it echoes back. */
function echoed(request: RecordedRequest): { authorization: string; apiKey: string } {
  const authorization = request.headers.authorization ?? '';
  const apiKey = request.headers['x-api-key'];
  // The test is only meaningful if the server really received the secrets it echoes.
  if (authorization !== `Bearer ${TOKEN}` || apiKey !== API_KEY) {
    throw new Error(`the server did not receive the secrets: ${authorization} / ${String(apiKey)}`);
  }
  return { authorization, apiKey };
}

function clientOf(server: TestServer, options: Partial<ClientOptions> = {}): ManagementClient {
  return new ManagementClient({
    baseUrl: server.url,
    accessToken: TOKEN,
    headers: { 'x-api-key': API_KEY },
    minRetryDelay: 5,
    maxRetryDelay: 20,
    ...options,
  });
}

/** The error chain: the error, then its causes. */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  for (let at: unknown = error; at !== undefined && errors.length < 10; ) {
    errors.push(at);
    at = at instanceof Error ? at.cause : undefined;
  }
  return errors;
}

/** Every place an error can show a secret, as text. */
function places(error: ManagementError): [string, string][] {
  const e = error as ManagementError & {
    body?: unknown;
    problem?: unknown;
    headers?: unknown;
  };
  const out: [string, string][] = [
    ['message', e.message],
    ['stack', String(e.stack)],
  ];
  if (e.body !== undefined) out.push(['body', String(e.body)]);
  if (e.problem !== undefined) out.push(['problem', JSON.stringify(e.problem)]);
  if (e.headers instanceof Headers) {
    for (const [name, value] of e.headers) out.push([`headers.${name}`, value]);
  }
  chain(error)
    .slice(1)
    .forEach((cause, i) => {
      if (cause instanceof Error) {
        out.push([`cause[${i + 1}].message`, cause.message], [`cause[${i + 1}].stack`, String(cause.stack)]);
      } else {
        out.push([`cause[${i + 1}]`, String(cause)]);
      }
    });
  out.push(['JSON.stringify', JSON.stringify(error)]);
  out.push(['inspect', inspect(error, { depth: Number.POSITIVE_INFINITY })]);
  return out;
}

/** Asserts no spelling of any secret shows anywhere on `error`, and that inspect leaves the raw response out. */
function assertMasked(
  error: unknown,
  label = 'the error',
  secrets: Record<string, string> = SECRETS,
): asserts error is ManagementError {
  assert.ok(error instanceof ManagementError, `${label}: expected a ManagementError, got ${String(error)}`);
  const leaks: string[] = [];
  for (const [place, text] of places(error)) {
    for (const [secretName, secret] of Object.entries(secrets)) {
      for (const spelling of spellings(secret)) {
        const at = text.indexOf(spelling);
        if (at !== -1) {
          leaks.push(
            `${place} shows the ${secretName} as ${JSON.stringify(spelling)}: …${text.slice(Math.max(0, at - 40), at + spelling.length + 10)}…`,
          );
        }
      }
    }
  }
  assert.deepEqual(leaks, [], `${label} (${error.name}) leaks a secret`);
  const shown = inspect(error, { depth: Number.POSITIVE_INFINITY });
  assert.doesNotMatch(shown, /\bResponse \{|bodyUsed/, `${label}: inspect shows the raw response`);
}

/** The mask appears in at least one of the given texts, where the secret was. */
function assertMaskIn(texts: Record<string, unknown>): void {
  const found = Object.values(texts).some((text) => typeof text === 'string' && text.includes(MASK));
  assert.ok(found, `expected ${MASK} in one of ${Object.keys(texts).join(', ')}: ${JSON.stringify(texts)}`);
}

/** Runs a create against a server answering `respond`, collecting the onRetry events. */
async function createAgainst(
  t: TestContext,
  respond: (request: RecordedRequest, res: ServerResponse) => void,
  options: Partial<ClientOptions> = {},
): Promise<{ error: unknown; server: TestServer; retries: RetryEvent[] }> {
  const server = await startServer(t, respond);
  const retries: RetryEvent[] = [];
  const client = clientOf(server, { onRetry: (event) => retries.push(event), ...options });
  const outcome = await settle(client.classes.create(classBody));
  assert.equal(outcome.ok, false, 'expected the call to fail');
  return { error: (outcome as { error: unknown }).error, server, retries };
}

describe('a problem detail that echoes the secrets', () => {
  for (const status of [400, 422]) {
    test(`${status} application/problem+json: message, problem (all of it), body and the rest are masked`, async (t) => {
      const { error } = await createAgainst(t, (request, res) => {
        const { authorization, apiKey } = echoed(request);
        sendProblem(res, status, {
          type: 'https://api.studio.example/problems/validation-error',
          title: 'Invalid credentials',
          detail: `The token ${TOKEN} does not belong to the API key ${apiKey}`,
          instance: `/v1/classes?access_token=${encodeURIComponent(TOKEN)}`,
          errors: [{ pointer: '/headers/authorization', detail: `${authorization} is not accepted here` }],
          request: { headers: { authorization, 'x-api-key': apiKey } },
        });
      });
      assertMasked(error);
      const e = error as ManagementError & { status: number; problem?: { title?: string; detail?: string } };
      assert.equal(e.status, status);
      assert.equal(e.attempts, 1);
      assert.equal(e.problem?.title, 'Invalid credentials', 'the problem is kept, only its secrets masked');
      assertMaskIn({ message: e.message });
      assertMaskIn({ 'problem.detail': e.problem?.detail });
    });
  }
});

describe('a non-JSON (or plain JSON) 401 body that echoes the secrets', () => {
  const rows: [string, string, (authorization: string, apiKey: string) => string][] = [
    [
      'with a Bearer prefix',
      'text/plain',
      (authorization, apiKey) => `Authorization: ${authorization}\nX-Api-Key: ${apiKey}\n`,
    ],
    ['without a prefix', 'text/plain', (_, apiKey) => `token ${TOKEN} rejected; key ${apiKey} unknown`],
    [
      'with a lowercase bearer',
      'text/plain',
      (_, apiKey) => `authorization: bearer ${TOKEN}; x-api-key: ${apiKey}`,
    ],
    [
      'URL-encoded',
      'text/plain',
      (_, apiKey) =>
        `Sign in again: /login?access_token=${encodeURIComponent(TOKEN)}&api_key=${encodeURIComponent(apiKey)}`,
    ],
    [
      'JSON-escaped inside a JSON string',
      'application/json',
      (authorization, apiKey) =>
        `{"error":"invalid_token","echo":${JSON.stringify(authorization).replaceAll('/', '\\/')},` +
        `"token":"${TOKEN.replaceAll('+', '\\u002B')}","key":${JSON.stringify(apiKey)}}`,
    ],
  ];
  for (const [name, contentType, page] of rows) {
    test(`the token ${name}: body, message and every other place masked`, async (t) => {
      const { error } = await createAgainst(t, (request, res) => {
        const { authorization, apiKey } = echoed(request);
        send(res, 401, page(authorization, apiKey), { 'content-type': contentType });
      });
      assertMasked(error);
      const e = error as ManagementError & { status: number; body: string };
      assert.equal(e.status, 401);
      assert.equal(e.name, 'AuthenticationError');
      assertMaskIn({ body: e.body });
    });
  }
});

test('response headers that echo the secrets (x-echo, www-authenticate) are masked in error.headers', async (t) => {
  const { error } = await createAgainst(t, (request, res) => {
    const { authorization, apiKey } = echoed(request);
    sendProblem(
      res,
      401,
      { type: 'https://api.studio.example/problems/unauthorized', title: 'Unauthorized' },
      {
        'www-authenticate': `Bearer realm="studio", error="invalid_token", error_description="token ${TOKEN} expired"`,
        'x-echo': authorization,
        'x-echo-api-key': apiKey,
        'x-echo-encoded': encodeURIComponent(TOKEN),
      },
    );
  });
  assertMasked(error);
  const e = error as ManagementError & { status: number; headers: Headers };
  assert.equal(e.status, 401);
  assert.equal(e.headers.get('content-type'), 'application/problem+json', 'other headers are kept');
  assertMaskIn({ 'headers x-echo': e.headers.get('x-echo') });
});

test('an HTML 502 page that echoes the secrets, after retries: the error and every onRetry error are masked', async (t) => {
  const { error, server, retries } = await createAgainst(t, (request, res) => {
    const { authorization, apiKey } = echoed(request);
    const page =
      '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>' +
      `<pre>Authorization: ${authorization}\nX-Api-Key: ${apiKey}</pre>` +
      `<a href="/retry?access_token=${encodeURIComponent(TOKEN)}">retry</a><!-- upstream token=${TOKEN} -->` +
      '</body></html>';
    send(res, 502, page, { 'content-type': 'text/html' });
  });
  assertMasked(error);
  const e = error as ManagementError & { status: number; body: string };
  assert.equal(e.status, 502);
  assert.equal(e.attempts, 3);
  assert.equal(server.requests.length, 3);
  assertMaskIn({ body: e.body });
  assert.equal(retries.length, 2);
  for (const [i, event] of retries.entries()) assertMasked(event.error, `onRetry event ${i + 1}`);
});

describe('a 2xx whose body is not JSON and echoes the secrets (InvalidResponseError)', () => {
  const rows: [string, string][] = [
    // Short enough that JSON.parse's SyntaxError (the cause) quotes all of it.
    ['a short text body', `ok ${TOKEN}`],
    ['an HTML page', `<html><body>Signed in with ${API_KEY} as ${TOKEN}</body></html>`],
  ];
  for (const [name, page] of rows) {
    test(`${name}: body, message and the SyntaxError cause masked`, async (t) => {
      const { error } = await createAgainst(t, (request, res) => {
        echoed(request);
        send(res, 201, page, { 'content-type': 'text/html' });
      });
      assertMasked(error);
      const e = error as ManagementError & { status: number; body: string };
      assert.equal(e.name, 'InvalidResponseError');
      assert.equal(e.status, 201);
      assert.equal(e.attempts, 1);
      assertMaskIn({ body: e.body });
    });
  }
});

/** The request headers a fetch was called with, whether on a Request or in init. */
function headersOf(input: string | URL | Request, init: RequestInit | undefined): Headers {
  const headers = new Headers(input instanceof Request ? input.headers : undefined);
  for (const [name, value] of new Headers(init?.headers)) headers.set(name, value);
  return headers;
}

describe('a logging fetch wrapper whose error carries the request headers', () => {
  test('its TypeError message names Authorization and x-api-key: masked in the error and its cause chain', async (t) => {
    // Wraps the real fetch; on failure it rethrows with the request's headers in the message, as loggers do.
    const logging: typeof fetch = async (input, init) => {
      try {
        return await fetch(input, init);
      } catch (cause) {
        const headers = headersOf(input, init);
        throw new TypeError(
          `fetch failed for ${JSON.stringify(Object.fromEntries(headers))}: authorization=${headers.get('authorization')} x-api-key=${headers.get('x-api-key')}`,
          { cause },
        );
      }
    };
    const { error, server, retries } = await createAgainst(
      t,
      (request, res) => {
        echoed(request);
        dropConnection(res);
      },
      { fetch: logging },
    );
    assert.ok(server.requests.length >= 1, 'the request reached the server');
    assertMasked(error);
    for (const [i, event] of retries.entries()) assertMasked(event.error, `onRetry event ${i + 1}`);
    const messages = Object.fromEntries(
      chain(error).map((at, i) => [i === 0 ? 'message' : `cause[${i}].message`, (at as Error).message]),
    );
    assertMaskIn(messages);
  });

  test('a network TypeError whose cause names the headers is retried: every onRetry error is masked too', async (t) => {
    // The outer error looks like undici's own ('fetch failed'), so the call is retried; the wrapper's context,
    // with the headers, is one level down the cause chain.
    const logging: typeof fetch = async (input, init) => {
      try {
        return await fetch(input, init);
      } catch (cause) {
        const headers = headersOf(input, init);
        throw new TypeError('fetch failed', {
          cause: new Error(
            `connection lost sending authorization: ${headers.get('authorization')}, x-api-key: ${headers.get('x-api-key')}`,
            { cause },
          ),
        });
      }
    };
    const { error, server, retries } = await createAgainst(
      t,
      (request, res) => {
        echoed(request);
        dropConnection(res);
      },
      { fetch: logging },
    );
    assert.equal(server.requests.length, 3, 'a dropped connection is retried');
    assert.equal(retries.length, 2);
    assertMasked(error);
    for (const [i, event] of retries.entries()) assertMasked(event.error, `onRetry event ${i + 1}`);
    assert.equal(error.name, 'ConnectionError');
    const messages = Object.fromEntries(
      chain(error).map((at, i) => [i === 0 ? 'message' : `cause[${i}].message`, (at as Error).message]),
    );
    assertMaskIn(messages);
  });
});

test('secrets in other credential-named headers (cookie, x-auth-token, x-client-secret, x-session-id) are masked; others are not', async (t) => {
  const credentials: Record<string, string> = {
    cookie: 'sid=ck-77c1e0d2a9',
    'x-auth-token': 'at-5b3f91d0e8',
    'x-client-secret': 'cs-0e4a7f22b1',
    'x-session-id': 'ss-9d8c7b6a50',
    'x-db-password': 'pw-3c2b1a0f9e',
  };
  const visible = { 'x-request-id': 'req-visible-4242' };
  const server = await startServer(t, (request, res) => {
    // A debugging proxy that dumps every request header back.
    const dump = Object.entries(request.headers)
      .map(([name, value]) => `${name}: ${String(value)}`)
      .join('\n');
    send(res, 400, dump, { 'content-type': 'text/plain' });
  });
  const client = clientOf(server);
  const outcome = await settle(client.classes.create(classBody, { headers: { ...credentials, ...visible } }));
  assert.equal(outcome.ok, false);
  const error = (outcome as { error: unknown }).error;
  const secrets = { ...SECRETS };
  for (const [name, value] of Object.entries(credentials)) secrets[`${name} header`] = value;
  assertMasked(error, 'the error', secrets);
  const e = error as ManagementError & { status: number; body: string };
  assert.equal(e.status, 400);
  assert.equal(
    server.requests[0]?.headers['x-auth-token'],
    credentials['x-auth-token'],
    'the header was sent',
  );
  assert.ok(e.body.includes(visible['x-request-id']), 'a header that carries no credential is not masked');
  assertMaskIn({ body: e.body });
});

describe('masking never corrupts what the client needs, nor leaves part of a secret', () => {
  test('a short credential-named header value ("2") is not masked: the key, status and Retry-After stay whole', async (t) => {
    const server = await startServer(t, (_request, res) =>
      send(res, 502, 'upstream 2 failed', { 'retry-after': '0' }),
    );
    const client = clientOf(server, { headers: { 'x-api-key-version': '2' }, maxRetries: 1 });
    const outcome = await settle(client.classes.create(classBody));
    assert.equal(outcome.ok, false);
    const error = (outcome as { ok: false; error: ManagementError & { status: number } }).error;
    const sent = server.requests.map((r) => r.headers['idempotency-key']);
    assert.deepEqual(
      sent,
      [error.idempotencyKey, error.idempotencyKey],
      'every attempt and the error carry one key',
    );
    assert.equal(error.status, 502);
    assert.match(error.message, /failed with 502/);
    assert.equal(server.requests.length, 2, 'Retry-After: 0 was read, and one retry sent');
  });

  test('a token of backslashes echoed in a page of backslashes is masked without a backtracking blow-up', {
    timeout: 5000,
  }, async (t) => {
    const token = '\\'.repeat(40);
    const server = await startServer(t, (_request, res) => send(res, 400, `${'\\'.repeat(20_000)}${token}x`));
    const outcome = await settle(clientOf(server, { accessToken: token }).classes.create(classBody));
    const error = (outcome as { ok: false; error: ManagementError & { body: string } }).error;
    assert.match(error.body, /\[redacted\]/);
  });

  test('a token cut by the 8 KiB body limit, or quoted by the JSON parser, leaves no part of itself behind', async (t) => {
    const cutAt = 8192 - 6; // the token starts 6 characters before the cut
    const server = await startServer(t, (request, res) =>
      request.method === 'POST'
        ? send(res, 400, `${'a'.repeat(cutAt)}${TOKEN}${'b'.repeat(100)}`)
        : send(res, 200, `oops ${TOKEN} is no JSON`),
    );
    const client = clientOf(server);
    const cut = (await settle(client.classes.create(classBody))) as {
      ok: false;
      error: ManagementError & { body: string };
    };
    const parsed = (await settle(client.classes.get('cls_01HS9K1M3N5P7Q9R1S3T5V7W9X'))) as {
      ok: false;
      error: ManagementError;
    };
    for (const error of [cut.error, parsed.error]) {
      const shown = inspect(error, { depth: Number.POSITIVE_INFINITY });
      assert.ok(!shown.includes(TOKEN.slice(0, 5)), `a part of the token is in: ${shown.slice(0, 300)}`);
    }
    assert.match(cut.error.body, /^a+\[reda/, 'masked, then cut');
  });

  test('a token deep inside a problem (12 levels) is masked in problem, toJSON and inspect', async (t) => {
    let nested: Record<string, unknown> = { echo: TOKEN };
    for (let i = 0; i < 12; i++) nested = { inner: nested };
    const server = await startServer(t, (_request, res) => sendProblem(res, 422, { title: 'deep', nested }));
    const outcome = await settle(clientOf(server).classes.create(classBody));
    const error = (outcome as { ok: false; error: ManagementError }).error;
    for (const shown of [JSON.stringify(error), inspect(error, { depth: Number.POSITIVE_INFINITY })]) {
      assert.ok(!shown.includes(TOKEN), 'the token is masked at every depth');
    }
    assert.ok(JSON.stringify(error).includes('[redacted]'));
  });

  test("a failing token function's error keeps no objects: a request config with headers does not leak", async (t) => {
    const server = await startServer(t, (_request, res) => sendJson(res, 201, classJson()));
    const refresh = 'refresh-secret-0123456789';
    const client = clientOf(server, {
      accessToken: async () => {
        throw Object.assign(new Error('refresh failed'), {
          config: { headers: { authorization: `Bearer ${refresh}` } },
        });
      },
    });
    const outcome = await settle(client.classes.create(classBody));
    const error = (outcome as { ok: false; error: ManagementError }).error;
    assert.match(error.message, /accessToken. function failed/);
    assert.ok(!inspect(error, { depth: Number.POSITIVE_INFINITY }).includes(refresh));
    assert.equal(server.requests.length, 0);
  });
});
