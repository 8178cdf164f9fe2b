/**
 * 409s in the dialects servers speak in the field. The rule: on a request that carried an Idempotency-Key,
 * every 409 is an IdempotencyConflictError. Its reason comes from the problem type's name (the last path
 * segment), whatever the host; an untyped, `about:blank` or non-JSON 409, or any 409 with Retry-After, is a
 * request still in progress (polled with the same key, ending with the outcome unknown); any other typed 409
 * is a key reused (never retried, and it never clears an outcome an earlier attempt left unknown). A 409 to a
 * request without a key stays a ConflictError.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { describe, type TestContext, test } from 'node:test';
import { getSharedIdempotencyService, idempotency } from 'express-idempotency';
import { ConflictError, IdempotencyConflictError } from '../../src/index.ts';
import {
  classBody,
  createdClass,
  delay,
  fieldClient,
  keysOf,
  problem,
  rejection,
  send,
  serve,
  startServer,
} from './dialects.ts';

const FOREIGN = 'https://errors.example.test';
const API = 'https://api.studio.example/problems';

const HTML_409 =
  '<!DOCTYPE html>\n<html><head><title>409 Conflict</title></head><body><h1>Conflict</h1><p>Try again later.</p></body></html>\n';

/** How a server says 409. */
interface Dialect {
  name: string;
  answer: (res: ServerResponse) => void;
}

const typed =
  (type: string, headers: Record<string, string> = {}) =>
  (res: ServerResponse) =>
    send(res, 409, problem(type), { 'content-type': 'application/problem+json', ...headers });

/**
 * Polling cases use an inProgressTimeout of 1500 ms, not less: a 409 without Retry-After is polled every
 * second (README), so a bound under 1 s would leave no room for a single poll and "polled" could not be told
 * from "given up at once". With 1500 ms these tests still end in about a second.
 */
const IN_PROGRESS_TIMEOUT = 1500;

const inProgress: Dialect[] = [
  {
    name: `${FOREIGN}/idempotency-request-in-progress`,
    answer: typed(`${FOREIGN}/idempotency-request-in-progress`),
  },
  {
    name: `${FOREIGN}/problems/v2/idempotency-request-in-progress`,
    answer: typed(`${FOREIGN}/problems/v2/idempotency-request-in-progress`),
  },
  {
    name: 'a bare 409: no body, no Retry-After',
    answer: (res) => {
      res.writeHead(409, { 'content-length': '0' });
      res.end();
    },
  },
  {
    name: 'an HTML 409 page',
    answer: (res) => send(res, 409, HTML_409, { 'content-type': 'text/html; charset=utf-8' }),
  },
  {
    name: 'an about:blank problem',
    answer: (res) =>
      send(
        res,
        409,
        { type: 'about:blank', title: 'Conflict', status: 409 },
        {
          'content-type': 'application/problem+json',
        },
      ),
  },
  {
    name: 'a problem without a type',
    answer: (res) =>
      send(res, 409, { title: 'Conflict', status: 409 }, { 'content-type': 'application/problem+json' }),
  },
  {
    name: `an unknown type (${FOREIGN}/problems/version-conflict) with Retry-After: 1`,
    answer: typed(`${FOREIGN}/problems/version-conflict`, { 'retry-after': '1' }),
  },
  // The API's own dialect, as a control.
  {
    name: `${API}/idempotency-request-in-progress with Retry-After: 1`,
    answer: typed(`${API}/idempotency-request-in-progress`, { 'retry-after': '1' }),
  },
];

const keyReused: Dialect[] = [
  { name: `${FOREIGN}/idempotency-key-reused`, answer: typed(`${FOREIGN}/idempotency-key-reused`) },
  {
    name: `${FOREIGN}/problems/idempotency-key-reused`,
    answer: typed(`${FOREIGN}/problems/idempotency-key-reused`),
  },
  {
    name: `an unknown type (${FOREIGN}/problems/version-conflict) without Retry-After`,
    answer: typed(`${FOREIGN}/problems/version-conflict`),
  },
  // The API's own dialect, as a control.
  { name: `${API}/idempotency-key-reused`, answer: typed(`${API}/idempotency-key-reused`) },
];

describe('a 409 to a request that carried an Idempotency-Key', () => {
  for (const dialect of inProgress) {
    test(`${dialect.name} is a request in progress: polled with the same key, then outcome unknown`, async (t) => {
      const server = await startServer(t, (_req, res) => dialect.answer(res));
      const client = fieldClient(server.url, { inProgressTimeout: IN_PROGRESS_TIMEOUT });
      const started = Date.now();
      const error = await rejection(client.classes.create(classBody()));
      assert.ok(error instanceof IdempotencyConflictError, `got ${String(error)}`);
      assert.equal(error.reason, 'in-progress');
      assert.equal(error.outcomeUnknown, true);
      assert.ok(error.attempts > 1, `${error.attempts} attempt(s): the request in progress was not polled`);
      assert.equal(error.attempts, server.requests.length);
      assert.ok(error.idempotencyKey);
      assert.deepEqual(
        keysOf(server.requests),
        server.requests.map(() => error.idempotencyKey),
      );
      assert.ok(server.requests.every((r) => r.method === 'POST' && r.url === '/v1/classes'));
      // Polled within the bound: no attempt was sent after inProgressTimeout ran out.
      const last = server.requests.at(-1)?.at ?? 0;
      assert.ok(
        last - started <= IN_PROGRESS_TIMEOUT + 250,
        `last poll ${last - started} ms after the start`,
      );
    });
  }

  for (const dialect of keyReused) {
    test(`${dialect.name} is a key reused: never retried`, async (t) => {
      const server = await startServer(t, (_req, res) => dialect.answer(res));
      const client = fieldClient(server.url, { inProgressTimeout: IN_PROGRESS_TIMEOUT });
      const error = await rejection(client.classes.create(classBody()));
      assert.ok(error instanceof IdempotencyConflictError, `got ${String(error)}`);
      assert.equal(error.reason, 'key-reused');
      assert.equal(error.attempts, 1);
      assert.equal(server.requests.length, 1);
      assert.equal(error.outcomeUnknown, false);
      assert.equal(error.idempotencyKey, server.requests[0]?.headers['idempotency-key']);
    });
  }

  const thenCreated: Dialect[] = [
    {
      name: `${FOREIGN}/idempotency-request-in-progress with Retry-After: 0`,
      answer: typed(`${FOREIGN}/idempotency-request-in-progress`, { 'retry-after': '0' }),
    },
    {
      name: 'an HTML 409 page without Retry-After',
      answer: (res) => send(res, 409, HTML_409, { 'content-type': 'text/html; charset=utf-8' }),
    },
    {
      name: `${API}/idempotency-request-in-progress with Retry-After: 0`,
      answer: typed(`${API}/idempotency-request-in-progress`, { 'retry-after': '0' }),
    },
  ];
  for (const dialect of thenCreated) {
    test(`a server that answers ${dialect.name} twice, then 201, gives the created class`, async (t) => {
      const created = createdClass();
      const server = await startServer(t, (_req, res, _recorded, index) => {
        if (index < 2) dialect.answer(res);
        else send(res, 201, created);
      });
      const client = fieldClient(server.url, { inProgressTimeout: 5000 });
      const result = await client.classes.create(classBody()).withResponse();
      assert.deepEqual(result.data, created);
      assert.equal(result.attempts, 3);
      assert.equal(server.requests.length, 3);
      assert.deepEqual(keysOf(server.requests), [
        result.idempotencyKey,
        result.idempotencyKey,
        result.idempotencyKey,
      ]);
    });
  }

  test('a typed unknown 409 after a connection dropped once the server acted leaves the outcome unknown', async (t) => {
    const server = await startServer(t, (_req, res, _recorded, index) => {
      // Attempt 1: the server has read the request (and, for all the client knows, acted); the answer is lost.
      if (index === 0) res.socket?.destroy();
      else typed(`${FOREIGN}/problems/version-conflict`)(res);
    });
    const client = fieldClient(server.url, { inProgressTimeout: IN_PROGRESS_TIMEOUT });
    const error = await rejection(client.classes.create(classBody()));
    assert.ok(error instanceof IdempotencyConflictError, `got ${String(error)}`);
    assert.equal(error.reason, 'key-reused');
    assert.equal(error.outcomeUnknown, true, 'the 409 says nothing about what attempt 1 did');
    assert.equal(error.attempts, 2);
    assert.equal(server.requests.length, 2);
    assert.equal(keysOf(server.requests)[0], keysOf(server.requests)[1]);
  });
});

describe('a 409 to a request without an Idempotency-Key', () => {
  const rows: Dialect[] = [
    {
      name: `${API}/idempotency-request-in-progress with Retry-After: 0`,
      answer: typed(`${API}/idempotency-request-in-progress`, { 'retry-after': '0' }),
    },
    { name: `${FOREIGN}/idempotency-key-reused`, answer: typed(`${FOREIGN}/idempotency-key-reused`) },
    {
      name: 'a bare 409',
      answer: (res) => {
        res.writeHead(409, { 'content-length': '0' });
        res.end();
      },
    },
    {
      name: 'an HTML 409 page',
      answer: (res) => send(res, 409, HTML_409, { 'content-type': 'text/html; charset=utf-8' }),
    },
  ];
  for (const dialect of rows) {
    test(`${dialect.name} on a GET is a ConflictError, not an IdempotencyConflictError`, async (t) => {
      const server = await startServer(t, (_req, res) => dialect.answer(res));
      const client = fieldClient(server.url, { inProgressTimeout: IN_PROGRESS_TIMEOUT });
      const error = await rejection(client.classes.get('cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W'));
      assert.ok(error instanceof ConflictError, `got ${String(error)}`);
      assert.ok(!(error instanceof IdempotencyConflictError));
      assert.equal(error.name, 'ConflictError');
      assert.equal(error.attempts, 1);
      assert.equal(server.requests.length, 1);
      assert.equal(server.requests[0]?.method, 'GET');
      assert.equal(server.requests[0]?.headers['idempotency-key'], undefined);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// A third-party idempotency layer: express 5 with express-idempotency 1.0.6 (in-memory adapter, defaults).
//
// Its dialect, read from node_modules/express-idempotency/dist/services/idempotencyService.js:
// - The first request with a key stores {request} with no response, then runs the handler; `res.send` is hooked,
//   and a 2xx sent through it is stored (status, content-type, body); a non-2xx deletes the key.
// - A key whose response is stored: the stored status, content-type and body are sent again, with NO replay
//   header (it sets `x-hit` on the *request* only, and echoes `idempotency-key` on the response); then it calls
//   `next()`, so the handler must check `isHit(req)` and do nothing.
// - A key still in progress: `res.status(409); next(new Error(...))`, i.e. express's default error page: a
//   409 text/html page, no problem JSON, no Retry-After.
// - A key sent with another method, URL, query or body: 417 Expectation Failed (HTML), not 409.

type Next = (error?: unknown) => void;
type Middleware = (req: any, res: any, next: Next) => unknown;
interface ExpressApp extends RequestListener {
  use(...handlers: Middleware[]): void;
  post(path: string, ...handlers: Middleware[]): void;
}
interface Express {
  (): ExpressApp;
  json(): Middleware;
}
const express = createRequire(import.meta.url)('express') as Express;

interface Studio {
  url: string;
  /** Classes the handler created: the effects. */
  effects: number;
  /** The Idempotency-Key of every request that reached express, in order. */
  keys: (string | undefined)[];
  /** Resolves when the handler has started its first effect. */
  acting: Promise<void>;
}

/**
 * POST /v1/classes behind express-idempotency: each request that reaches the handler creates a class (an effect)
 * after `workMs`. `dropFirst`: the first response is lost after the handler committed and sent it (the socket is
 * destroyed instead of writing it), as when a connection drops at the worst moment.
 */
async function startStudio(
  t: TestContext,
  { workMs, dropFirst = false }: { workMs: number; dropFirst?: boolean },
): Promise<Studio> {
  let startActing: () => void = () => {};
  const studio: Studio = {
    url: '',
    effects: 0,
    keys: [],
    acting: new Promise<void>((resolve) => {
      startActing = resolve;
    }),
  };
  let responses = 0;
  const app = express();
  app.use((req: IncomingMessage, _res: ServerResponse, next: Next) => {
    studio.keys.push(req.headers['idempotency-key'] as string | undefined);
    next();
  });
  app.use(express.json());
  app.use(idempotency());
  app.use((_req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (dropFirst && responses++ === 0) {
      // Runs after express-idempotency's send hook has seen the body: the response is stored, then lost.
      res.end = (() => {
        res.socket?.destroy();
        return res;
      }) as ServerResponse['end'];
    }
    next();
  });
  app.post('/v1/classes', async (req: any, res: any) => {
    if (getSharedIdempotencyService().isHit(req)) return; // the stored response was sent
    startActing();
    await delay(workMs);
    studio.effects++;
    res
      .status(201)
      .json(createdClass(`cls_01HV8Z6Q3K2M4N5P6R7S8T9V${String(studio.effects).padStart(2, '0')}`));
  });
  studio.url = await serve(t, app);
  return studio;
}

describe('behind express-idempotency', () => {
  test('a connection dropped after the handler committed: the retry gets the stored answer, one effect', async (t) => {
    const studio = await startStudio(t, { workMs: 50, dropFirst: true });
    const client = fieldClient(studio.url, { inProgressTimeout: 2000 });
    const result = await client.classes.create(classBody()).withResponse();
    assert.equal(studio.effects, 1);
    assert.equal(result.data.id, 'cls_01HV8Z6Q3K2M4N5P6R7S8T9V01');
    assert.equal(result.attempts, 2);
    assert.deepEqual(studio.keys, [result.idempotencyKey, result.idempotencyKey]);
  });

  test('two concurrent calls with one key: one effect, and the second never hears a known outcome early', async (t) => {
    const studio = await startStudio(t, { workMs: 300 });
    const client = fieldClient(studio.url, { inProgressTimeout: 2000 });
    const idempotencyKey = 'field-concurrent-0001';
    const first = client.classes.create(classBody(), { idempotencyKey }).withResponse();
    await studio.acting;
    const second = client.classes
      .create(classBody(), { idempotencyKey })
      .withResponse()
      .then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
    const [a, b] = await Promise.all([first, second]);
    assert.equal(studio.effects, 1);
    assert.equal(a.data.id, 'cls_01HV8Z6Q3K2M4N5P6R7S8T9V01');
    if ('result' in b) {
      assert.deepEqual(b.result.data, a.data, 'the second call got the stored answer');
    } else {
      // express-idempotency's 409 while the first runs is an HTML page without Retry-After.
      const { error } = b;
      assert.ok(error instanceof IdempotencyConflictError, `got ${String(error)}`);
      assert.equal(error.reason, 'in-progress');
      assert.equal(error.outcomeUnknown, true);
    }
    assert.ok(studio.keys.length >= 2);
    assert.ok(studio.keys.every((key) => key === idempotencyKey));
  });
});
