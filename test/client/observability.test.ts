/**
 * Seeing what the client did: request ids on results and errors, the trace of every call, the log lines of each
 * level, and OpenTelemetry spans per call and per attempt. Against the mock server (and, for echoed
 * credentials, a plain server that echoes them), never a mocked transport.
 */
import assert from 'node:assert/strict';
import { describe, type TestContext, test } from 'node:test';
import { inspect } from 'node:util';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_HEADER,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
} from '@opentelemetry/semantic-conventions';
import {
  ApiError,
  type AttemptTrace,
  ConnectionError,
  type Instrumentation,
  InvalidArgumentError,
  InvalidResponseError,
  type Logger,
  type LogLevel,
  ManagementClient,
  ManagementError,
  type ManagementWarning,
  NotFoundError,
  RateLimitError,
  RetryBudget,
} from '../../src/index.ts';
import { openTelemetry, SdkAttribute } from '../../src/otel/index.ts';
import { classJson, send, sendJson, sendProblem, startServer } from '../field/servers.ts';
import { clientFor } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { DEFAULT_TOKEN, startMock } from '../helpers/mock.ts';

const REQUEST_ID = /^req_[0-9A-Z]{26}$/;

/** A logger that keeps every line with its level. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The entries of a trace without their timings, which no test can predict. */
function untimed(entries: readonly AttemptTrace[]): Omit<AttemptTrace, 'startedAt' | 'durationMs'>[] {
  return entries.map(({ startedAt: _s, durationMs: _d, ...rest }) => rest);
}

describe('request ids', () => {
  test('a result carries the X-Request-Id of its response, and a replay gets a fresh one', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock);
    const first = await client.classes.create(classBody()).withResponse();
    const again = await client.classes
      .create(classBody(), { idempotencyKey: first.idempotencyKey })
      .withResponse();
    assert.match(first.requestId ?? '', REQUEST_ID);
    assert.equal(first.requestId, mock.requests[0]?.requestId);
    assert.equal(again.replayed, true);
    assert.equal(again.requestId, mock.requests[1]?.requestId);
    assert.notEqual(again.requestId, first.requestId);
    assert.equal((await client.classes.list().withResponse()).requestId, mock.requests[2]?.requestId);
  });

  test('an error made of a response carries its request id, and its message ends with it', async (t) => {
    const mock = await startMock(t);
    const client = clientFor(mock, { maxRetries: 0 });
    const notFound = await rejection(client.classes.get('cls_01HS9K1M3N5P7Q9R1S3T5V7W9X'));
    assert.ok(notFound instanceof NotFoundError);
    assert.equal(notFound.requestId, mock.requests[0]?.requestId);
    assert.ok(notFound.message.endsWith(` (request id ${notFound.requestId})`), notFound.message);
    assert.equal(notFound.toJSON().requestId, notFound.requestId);

    mock.inject({ type: 'invalid-json' });
    const invalid = await rejection(client.classes.create(classBody()));
    assert.ok(invalid instanceof InvalidResponseError);
    assert.equal(invalid.requestId, mock.requests[1]?.requestId);
    assert.ok(invalid.message.endsWith(`(request id ${invalid.requestId})`), invalid.message);

    // The headers came, the body broke off: the server still said which request it was.
    mock.inject({ type: 'cut-body' });
    const cut = await rejection(client.classes.create(classBody()));
    assert.ok(cut instanceof ConnectionError);
    assert.equal(cut.requestId, mock.requests[2]?.requestId);
  });

  test('an error without a response has no request id', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'drop-before-action' });
    const error = await rejection(clientFor(mock, { maxRetries: 0 }).classes.create(classBody()));
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.requestId, undefined);
    assert.doesNotMatch(error.message, /request id/);
  });
});

describe('the trace of a call', () => {
  test('every attempt in order: what came back, its request id, and the wait after it', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'drop-after-action' });
    mock.inject({ type: 'status', status: 503, retryAfter: 0 });
    const before = Date.now();
    const result = await clientFor(mock).classes.create(classBody()).withResponse();
    const ids = mock.requests.map((r) => r.requestId);
    assert.equal(result.replayed, true);
    assert.deepEqual(untimed(result.trace), [
      { attempt: 1, error: 'ConnectionError', waitMs: result.trace[0]?.waitMs, waitReason: 'backoff' },
      {
        attempt: 2,
        status: 503,
        error: 'InternalServerError',
        requestId: ids[1],
        waitMs: 0,
        waitReason: 'retry-after',
      },
      { attempt: 3, status: 201, requestId: ids[2], replayed: true },
    ]);
    assert.ok(
      (result.trace[0]?.waitMs ?? 0) >= 5 && (result.trace[0]?.waitMs ?? 0) <= 20,
      'a backoff of 5–20 ms',
    );
    let previousEnd = before;
    for (const entry of result.trace) {
      // (Timers may fire a millisecond early by Date.now.)
      assert.ok(
        entry.startedAt >= previousEnd - 1,
        'attempts start in order, after the one before and its wait',
      );
      assert.ok(entry.durationMs >= 0);
      previousEnd = entry.startedAt + entry.durationMs + (entry.waitMs ?? 0);
    }
    assert.ok(previousEnd <= Date.now());
    assert.equal(result.requestId, ids[2]);
  });

  test('an error carries the trace too; a call refused before sending has an empty one', async (t) => {
    const mock = await startMock(t);
    for (let i = 0; i < 3; i++) mock.inject({ type: 'status', status: 502 });
    const error = await rejection(clientFor(mock).classes.create(classBody()));
    assert.ok(error instanceof ApiError);
    assert.deepEqual(
      error.trace.map((a) => [a.attempt, a.status, a.error, a.waitReason]),
      [
        [1, 502, 'InternalServerError', 'backoff'],
        [2, 502, 'InternalServerError', 'backoff'],
        [3, 502, 'InternalServerError', undefined],
      ],
    );
    assert.deepEqual(error.toJSON().trace, error.trace);
    const refused = await rejection(clientFor(mock).classes.get(''));
    assert.ok(refused instanceof InvalidArgumentError);
    assert.deepEqual(refused.trace, []);
  });

  test('waiting for a request in progress is in the trace as in-progress', async (t) => {
    const mock = await startMock(t, { inProgressRetryAfter: 0 });
    const client = clientFor(mock);
    const held = mock.hold({ operationId: 'managementCreateClass' });
    const first = client.classes.create(classBody()).withResponse();
    await held.arrived;
    const idempotencyKey = mock.requests[0]?.idempotencyKey ?? '';
    const second = client.classes.create(classBody(), { idempotencyKey }).withResponse();
    setTimeout(() => held.release(), 300);
    const [, polled] = await Promise.all([first, second]);
    assert.ok(polled.trace.length >= 2);
    assert.equal(polled.trace[0]?.status, 409);
    assert.equal(polled.trace[0]?.waitReason, 'in-progress');
    assert.equal(polled.trace[0]?.waitMs, 250, 'the first poll waits the floor, 250 ms');
    assert.equal(polled.trace.at(-1)?.replayed, true);
  });

  test('a retry the budget cannot pay is in the trace as budget-exhausted', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'status', status: 503 });
    const retryBudget = new RetryBudget({ capacity: 4 });
    const error = await rejection(clientFor(mock, { retryBudget }).classes.create(classBody()));
    assert.ok(error instanceof ApiError);
    assert.equal(error.attempts, 1);
    assert.deepEqual(untimed(error.trace), [
      {
        attempt: 1,
        status: 503,
        error: 'InternalServerError',
        requestId: mock.requests[0]?.requestId,
        waitMs: 0,
        waitReason: 'budget-exhausted',
      },
    ]);
  });

  test('a Retry-After past the deadline is not waited for: the trace says deadline, retryAt says when', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'status', status: 503, retryAfter: 30 });
    const before = Date.now();
    const error = await rejection(clientFor(mock).classes.create(classBody(), { deadline: 2000 }));
    assert.ok(error instanceof ApiError && error.status === 503);
    assert.ok(Date.now() - before < 1000, 'it did not sleep');
    assert.equal(error.trace[0]?.waitReason, 'deadline');
    assert.equal(error.trace[0]?.waitMs, 0);
    assert.ok(error.retryAt instanceof Date);
    const wait = (error.retryAt?.getTime() ?? 0) - before;
    assert.ok(wait >= 30_000 && wait < 31_000, `retryAt is 30 s ahead, got ${wait} ms`);
    assert.equal(error.toJSON().retryAt, error.retryAt);
  });

  test('a Retry-After beyond maxRetryAfter ends the call at once, with retryAt', async (t) => {
    const mock = await startMock(t);
    mock.inject({ type: 'rate-limit', retryAfter: 120 });
    const before = Date.now();
    const error = await rejection(clientFor(mock).classes.create(classBody()));
    assert.ok(error instanceof RateLimitError);
    const wait = (error.retryAt?.getTime() ?? 0) - before;
    assert.ok(wait >= 120_000 && wait < 121_000, `retryAt is 120 s ahead, got ${wait} ms`);
    assert.equal(error.trace.length, 1);
    assert.equal(error.trace[0]?.waitReason, undefined);
  });

  test('an error without Retry-After has no retryAt', async (t) => {
    const mock = await startMock(t);
    const error = await rejection(clientFor(mock).classes.get('cls_01HS9K1M3N5P7Q9R1S3T5V7W9X'));
    assert.ok(error instanceof ApiError);
    assert.equal(error.retryAt, undefined);
  });
});

describe('logs', () => {
  test('debug logs every attempt and wait; info only the retries; warn and below nothing for them', async (t) => {
    const mock = await startMock(t);
    const run = async (logLevel: LogLevel) => {
      mock.reset();
      mock.inject({ type: 'drop-after-action' });
      mock.inject({ type: 'status', status: 503, retryAfter: 0 });
      const logger = recordingLogger();
      const result = await clientFor(mock, { logger, logLevel }).classes.create(classBody()).withResponse();
      return { lines: logger.lines, result, ids: mock.requests.map((r) => r.requestId) };
    };
    const { lines, result, ids } = await run('debug');
    const where = `POST ${mock.url}/v1/classes`;
    const [a1, a2, a3] = result.trace;
    const key = result.idempotencyKey;
    assert.deepEqual(lines, [
      `debug: [management-sdk] ${where} attempt 1: ConnectionError in ${a1?.durationMs} ms, key ${key}`,
      `info: [management-sdk] ${where} attempt 2 in ${a1?.waitMs} ms (backoff)`,
      `debug: [management-sdk] ${where} attempt 2: 503 InternalServerError in ${a2?.durationMs} ms, key ${key}, request id ${ids[1]}`,
      `info: [management-sdk] ${where} attempt 3 in 0 ms (retry-after)`,
      `debug: [management-sdk] ${where} attempt 3: 201 in ${a3?.durationMs} ms, key ${key}, request id ${ids[2]}`,
    ]);
    const info = await run('info');
    assert.deepEqual(
      info.lines.map((line) => line.replace(/in \d+ ms/, 'in N ms')),
      [
        `info: [management-sdk] ${where} attempt 2 in N ms (backoff)`,
        `info: [management-sdk] ${where} attempt 3 in N ms (retry-after)`,
      ],
    );
    for (const level of ['warn', 'error', 'off'] as const)
      assert.deepEqual((await run(level)).lines, [], level);
  });

  test('a retry refused for the budget or the deadline is logged at info', async (t) => {
    const mock = await startMock(t);
    const logger = recordingLogger();
    mock.inject({ type: 'status', status: 503, retryAfter: 30 });
    await rejection(
      clientFor(mock, { logger, logLevel: 'info' }).classes.create(classBody(), { deadline: 2000 }),
    );
    mock.inject({ type: 'status', status: 503 });
    const retryBudget = new RetryBudget({ capacity: 4 });
    await rejection(clientFor(mock, { logger, logLevel: 'info', retryBudget }).classes.create(classBody()));
    assert.deepEqual(logger.lines, [
      `info: [management-sdk] POST ${mock.url}/v1/classes not retried (deadline)`,
      `info: [management-sdk] POST ${mock.url}/v1/classes not retried (budget-exhausted)`,
    ]);
  });

  test('a GET line has no key', async (t) => {
    const mock = await startMock(t);
    const logger = recordingLogger();
    const { requestId } = await clientFor(mock, { logger, logLevel: 'debug' }).classes.list().withResponse();
    assert.equal(logger.lines.length, 1);
    assert.match(
      logger.lines[0] ?? '',
      new RegExp(
        `^debug: \\[management-sdk\\] GET ${mock.url}/v1/classes attempt 1: 200 in \\d+ ms, request id ${requestId}$`,
      ),
    );
  });

  test('MANAGEMENT_SDK_LOG sets the level when logLevel is not given; logLevel wins; another value is ignored', async (t) => {
    const mock = await startMock(t);
    const saved = process.env.MANAGEMENT_SDK_LOG;
    t.after(() => {
      if (saved === undefined) delete process.env.MANAGEMENT_SDK_LOG;
      else process.env.MANAGEMENT_SDK_LOG = saved;
    });
    const linesWith = async (env: string | undefined, logLevel?: LogLevel) => {
      if (env === undefined) delete process.env.MANAGEMENT_SDK_LOG;
      else process.env.MANAGEMENT_SDK_LOG = env;
      const logger = recordingLogger();
      await clientFor(mock, { logger, ...(logLevel ? { logLevel } : {}) }).classes.list();
      return logger.lines.length;
    };
    assert.equal(await linesWith('debug'), 1);
    assert.equal(await linesWith('debug', 'warn'), 0);
    assert.equal(await linesWith(undefined), 0);
    assert.equal(await linesWith('verbose'), 0);
    assert.equal(await linesWith('off', 'debug'), 1);
  });

  test('the logger goes to console by default: a failing key store warns through console.warn', async (t) => {
    const mock = await startMock(t);
    const failing = {
      get: () => Promise.reject(new Error('quota exceeded')),
      set: () => Promise.reject(new Error('quota exceeded')),
      delete: () => Promise.reject(new Error('quota exceeded')),
    };
    const warned: unknown[] = [];
    t.mock.method(console, 'warn', (message: unknown) => void warned.push(message));
    await clientFor(mock, { keyStore: failing }).classes.create(classBody(), { action: 'create-class:1' });
    assert.deepEqual(warned, [
      '[management-sdk] The key store failed (Error); action keys are kept in memory until it works again.',
    ]);
    // A logger of your own gets it, at warn; logLevel 'error' is quieter.
    const logger = recordingLogger();
    await clientFor(mock, { keyStore: failing, logger }).classes.create(classBody(), {
      action: 'create-class:2',
    });
    assert.equal(logger.lines.length, 1);
    assert.match(logger.lines[0] ?? '', /^warn: \[management-sdk\] The key store failed/);
    const quiet = recordingLogger();
    await clientFor(mock, { keyStore: failing, logger: quiet, logLevel: 'error' }).classes.create(
      classBody(),
      {
        action: 'create-class:3',
      },
    );
    assert.deepEqual(quiet.lines, []);
    // The deprecated onWarning still gets the warning itself, instead of the logger.
    const warnings: ManagementWarning[] = [];
    const both = recordingLogger();
    await clientFor(mock, {
      keyStore: failing,
      logger: both,
      onWarning: (w) => warnings.push(w),
    }).classes.create(classBody(), { action: 'create-class:4' });
    assert.deepEqual(
      warnings.map((w) => w.code),
      ['key-store-failed'],
    );
    assert.deepEqual(both.lines, []);
    assert.equal(warned.length, 1, 'console was used only by the client without a logger');
  });

  test('logLevel, logger and instrumentation are checked at construction', async () => {
    const make = (options: object) => () =>
      new ManagementClient({ baseUrl: 'http://127.0.0.1:1', accessToken: 't', ...options } as never);
    const refused = (name: string) => (error: unknown) =>
      error instanceof InvalidArgumentError && error.argument === name;
    assert.throws(make({ logLevel: 'verbose' }), refused('logLevel'));
    assert.throws(make({ logLevel: 'DEBUG' }), refused('logLevel'));
    assert.throws(make({ logger: { info: () => {} } }), refused('logger'));
    assert.throws(make({ logger: null }), refused('logger'));
    assert.throws(make({ instrumentation: {} }), refused('instrumentation'));
    assert.throws(make({ onWarning: 'console' }), refused('onWarning'));
    await assert.rejects(
      clientFor({ url: 'http://127.0.0.1:1' } as never).classes.list({}, { logLevel: 'debug' } as never),
      refused('logLevel'),
      'a client option only',
    );
  });
});

describe('credentials never reach a log line, a trace or the instrumentation', () => {
  const TOKEN = 'tok.en-9f/8+Q==';
  const API_KEY = 'gw-secret-123456';

  /** A server that echoes the token and the key everywhere it can: the body, a header, the request id. */
  async function echoingServer(t: TestContext) {
    return startServer(t, (request, res, index) => {
      const authorization = request.headers.authorization ?? '';
      const apiKey = String(request.headers['x-api-key']);
      assert.equal(authorization, `Bearer ${TOKEN}`, 'the server got the token');
      assert.equal(apiKey, API_KEY, 'the server got the key');
      const echo = {
        'x-echo': `${authorization} ${apiKey}`,
        'x-request-id': index % 2 ? TOKEN : `req_${apiKey}`,
      };
      if (request.method === 'GET') {
        return sendProblem(
          res,
          401,
          { title: 'Unauthorized', detail: `bad ${authorization}, ${apiKey}` },
          echo,
        );
      }
      if (index % 3 === 0)
        return sendProblem(
          res,
          503,
          { title: 'Unavailable', detail: `got ${authorization} ${apiKey}` },
          echo,
        );
      if (index % 3 === 1)
        return send(res, 500, `<html>${authorization} ${encodeURIComponent(apiKey)}</html>`, echo);
      return sendJson(res, 201, { ...classJson(), description: `${authorization} ${apiKey}` }, echo);
    });
  }

  for (const logLevel of ['debug', 'info', 'warn', 'error', 'off'] as const) {
    test(`logLevel ${logLevel}: nothing the client logs, traces or reports holds the token or the secret header`, async (t) => {
      const server = await echoingServer(t);
      const logger = recordingLogger();
      const seen: unknown[] = [];
      const instrumentation: Instrumentation = {
        startCall: (call) => {
          seen.push(call);
          return {
            startAttempt: (entries) => {
              seen.push(entries);
              return { end: (entry, error) => void seen.push(entry, String(error), inspect(error)) };
            },
            end: (entries, error) => void seen.push(entries, String(error)),
          };
        },
      };
      const client = new ManagementClient({
        baseUrl: server.url,
        accessToken: TOKEN,
        headers: { 'x-api-key': API_KEY },
        minRetryDelay: 1,
        maxRetryDelay: 2,
        logger,
        logLevel,
        instrumentation,
        onRetry: (event) => void seen.push(event.error.message),
      });
      const created = await client.classes.create(classBody()).withResponse();
      const failed = await rejection(client.classes.get('cls_01HS9K1M3N5P7Q9R1S3T5V7W9X'));
      assert.ok(failed instanceof ManagementError);
      const output = [
        ...logger.lines,
        JSON.stringify(created.trace),
        String(created.requestId),
        JSON.stringify(failed.toJSON()),
        failed.message,
        String(failed.stack),
        JSON.stringify(failed.trace),
        inspect(failed),
        JSON.stringify(seen),
      ].join('\n');
      if (logLevel === 'debug') assert.ok(logger.lines.length >= 4, 'debug logged the attempts');
      if (logLevel === 'info') assert.equal(logger.lines.length, 2, 'info logged the retries');
      assert.equal(server.requests.length, 4);
      for (const secret of [TOKEN, API_KEY, encodeURIComponent(TOKEN), encodeURIComponent(API_KEY)]) {
        assert.ok(!output.includes(secret), `${secret} leaked:\n${output}`);
      }
      assert.ok(output.includes('[redacted]'), 'the echoed request ids were masked, not dropped');
    });
  }
});

describe('the instrumentation seam', () => {
  test("hooks are told every call and attempt in order; the headers they add are sent, never over the call's", async (t) => {
    const server = await startServer(t, (_request, res, index) =>
      index === 0 ? sendProblem(res, 503, { title: 'Unavailable' }) : sendJson(res, 201, classJson()),
    );
    const events: string[] = [];
    const instrumentation: Instrumentation = {
      startCall: (call) => {
        events.push(`call ${call.resource}.${call.name} ${call.operationId} ${call.method} ${call.path}`);
        return {
          startAttempt: (entries, headers) => {
            const entry = entries.at(-1);
            events.push(`attempt ${entry?.attempt} after ${entries.at(-2)?.waitReason ?? 'nothing'}`);
            headers['x-attempt'] = String(entry?.attempt);
            headers.Authorization = 'Bearer stolen';
            headers['Idempotency-Key'] = 'another';
            return {
              end: (done, error) => void events.push(`end ${done.attempt} ${done.status} ${String(error)}`),
            };
          },
          end: (entries, error) => void events.push(`end call ${entries.length} ${String(error)}`),
        };
      },
    };
    const client = new ManagementClient({
      baseUrl: server.url,
      accessToken: DEFAULT_TOKEN,
      minRetryDelay: 1,
      maxRetryDelay: 2,
      instrumentation,
    });
    const { idempotencyKey } = await client.classes.create(classBody()).withResponse();
    assert.deepEqual(
      server.requests.map((r) => [
        r.headers['x-attempt'],
        r.headers.authorization,
        r.headers['idempotency-key'],
      ]),
      [
        ['1', `Bearer ${DEFAULT_TOKEN}`, idempotencyKey],
        ['2', `Bearer ${DEFAULT_TOKEN}`, idempotencyKey],
      ],
    );
    assert.equal(events.length, 6);
    assert.deepEqual(events.slice(0, 2), [
      'call classes.create managementCreateClass POST /v1/classes',
      'attempt 1 after nothing',
    ]);
    assert.match(events[2] ?? '', /^end 1 503 InternalServerError: POST .* failed with 503/);
    assert.deepEqual(events.slice(3), [
      'attempt 2 after backoff',
      'end 2 201 undefined',
      'end call 2 undefined',
    ]);
  });

  test('a hook that throws ends the call with its exception', async (t) => {
    const mock = await startMock(t);
    const broken = new Error('the tracer is broken');
    const client = clientFor(mock, {
      instrumentation: {
        startCall: () => {
          throw broken;
        },
      },
    });
    assert.equal(await rejection(client.classes.list()), broken);
    assert.equal(mock.requests.length, 0);
  });
});

describe('OpenTelemetry', () => {
  function tracing() {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    return { exporter, tracer: provider.getTracer('observability-test') };
  }

  test('a call with two failed attempts and a replay: one call span, three CLIENT spans, traceparent on each', async (t) => {
    const contextManager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(contextManager);
    t.after(() => {
      context.disable();
    });
    const mock = await startMock(t);
    const { exporter, tracer } = tracing();
    const client = clientFor(mock, {
      instrumentation: openTelemetry({ tracer, propagator: new W3CTraceContextPropagator() }),
    });
    mock.inject({ type: 'drop-after-action' });
    mock.inject({ type: 'status', status: 503, retryAfter: 0 });
    const parent = tracer.startSpan('checkout');
    const result = await context.with(trace.setSpan(context.active(), parent), () =>
      client.classes.create(classBody()).withResponse(),
    );
    parent.end();

    const spans = exporter.getFinishedSpans();
    const byName = (name: string) => spans.filter((span) => span.name === name);
    const [call] = byName('classes.create');
    const attempts = byName('POST /v1/classes');
    assert.ok(call, `a span for the call among ${spans.map((s) => s.name)}`);
    assert.equal(spans.length, 5);
    assert.equal(attempts.length, 3);

    // The tree: checkout → classes.create → three attempts, all in one trace.
    const traceId = parent.spanContext().traceId;
    assert.equal(call.kind, SpanKind.INTERNAL);
    assert.equal(call.parentSpanContext?.spanId, parent.spanContext().spanId);
    for (const span of attempts) {
      assert.equal(span.kind, SpanKind.CLIENT);
      assert.equal(span.spanContext().traceId, traceId);
      assert.equal(span.parentSpanContext?.spanId, call.spanContext().spanId);
    }

    // The server saw each attempt's own traceparent.
    assert.deepEqual(
      mock.requests.map((r) => r.traceparent),
      attempts.map((span) => `00-${traceId}-${span.spanContext().spanId}-01`),
    );

    const url = new URL(mock.url);
    const http = (span: ReadableSpan) => ({
      method: span.attributes[ATTR_HTTP_REQUEST_METHOD],
      url: span.attributes[ATTR_URL_FULL],
      address: span.attributes[ATTR_SERVER_ADDRESS],
      port: span.attributes[ATTR_SERVER_PORT],
      template: span.attributes['url.template'],
    });
    for (const span of attempts) {
      assert.deepEqual(http(span), {
        method: 'POST',
        url: `${mock.url}/v1/classes`,
        address: url.hostname,
        port: Number(url.port),
        template: '/v1/classes',
      });
      assert.equal(span.attributes[SdkAttribute.operationId], 'managementCreateClass');
      assert.equal(span.attributes[SdkAttribute.idempotencyKey], result.idempotencyKey);
    }
    const [first, second, third] = attempts as [ReadableSpan, ReadableSpan, ReadableSpan];
    const ids = mock.requests.map((r) => r.requestId);
    const [a1] = result.trace;
    assert.deepEqual(pick(first), {
      [ATTR_ERROR_TYPE]: 'ConnectionError',
      status: SpanStatusCode.ERROR,
    });
    assert.deepEqual(pick(second), {
      [ATTR_HTTP_REQUEST_RESEND_COUNT]: 1,
      [SdkAttribute.retryReason]: 'backoff',
      [SdkAttribute.retryWaitMs]: a1?.waitMs,
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 503,
      [ATTR_HTTP_RESPONSE_HEADER('x-request-id')]: [ids[1]],
      [SdkAttribute.replayed]: false,
      [ATTR_ERROR_TYPE]: '503',
      status: SpanStatusCode.ERROR,
    });
    assert.deepEqual(pick(third), {
      [ATTR_HTTP_REQUEST_RESEND_COUNT]: 2,
      [SdkAttribute.retryReason]: 'retry-after',
      [SdkAttribute.retryWaitMs]: 0,
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 201,
      [ATTR_HTTP_RESPONSE_HEADER('x-request-id')]: [ids[2]],
      [SdkAttribute.replayed]: true,
      status: SpanStatusCode.UNSET,
    });
    assert.deepEqual(call.attributes, {
      [SdkAttribute.operationId]: 'managementCreateClass',
      [SdkAttribute.idempotencyKey]: result.idempotencyKey,
      [SdkAttribute.attempts]: 3,
      [SdkAttribute.replayed]: true,
    });
    assert.equal(call.status.code, SpanStatusCode.UNSET);
    // The call's span covers its attempts (the SDK's clocks of two spans may differ by a fraction of a ms).
    const time = (hr: [number, number]) => hr[0] * 1e3 + hr[1] / 1e6;
    assert.ok(time(call.startTime) <= time(first.startTime) + 1, 'the call span starts before its attempts');
    assert.ok(time(call.endTime) + 1 >= time(third.endTime), 'and ends after them');
  });

  test('a failed call: the call span has the error; an abort is no error; no propagator, no traceparent', async (t) => {
    const mock = await startMock(t);
    const { exporter, tracer } = tracing();
    // The global propagator is a no-op until one is registered: nothing is sent.
    const client = clientFor(mock, { instrumentation: openTelemetry({ tracer }), maxRetries: 0 });
    await rejection(client.classes.get('cls_01HS9K1M3N5P7Q9R1S3T5V7W9X'));
    const controller = new AbortController();
    const held = mock.hold({ operationId: 'managementCreateClass' });
    const aborted = client.classes.create(classBody(), { signal: controller.signal });
    await held.arrived;
    controller.abort();
    await rejection(aborted);
    held.release();

    const [getAttempt, get, createAttempt, create] = exporter.getFinishedSpans();
    assert.equal(get?.name, 'classes.get');
    assert.equal(get?.parentSpanContext, undefined, 'no active span: the call span is a root');
    assert.equal(get?.attributes[ATTR_ERROR_TYPE], 'NotFoundError');
    assert.equal(get?.status.code, SpanStatusCode.ERROR);
    assert.match(get?.status.message ?? '', /failed with 404 .*\(request id req_/);
    assert.equal(getAttempt?.name, 'GET /v1/classes/{classId}');
    assert.equal(getAttempt?.attributes[ATTR_ERROR_TYPE], '404');
    assert.equal(getAttempt?.status.message, undefined, 'the status code says why');
    assert.equal(create?.name, 'classes.create');
    assert.equal(create?.attributes[ATTR_ERROR_TYPE], undefined);
    assert.equal(create?.status.code, SpanStatusCode.UNSET);
    assert.equal(createAttempt?.status.code, SpanStatusCode.UNSET);
    assert.deepEqual(
      mock.requests.map((r) => r.traceparent),
      [undefined, undefined],
    );
  });

  test('a retry refused for the deadline is on the call span', async (t) => {
    const mock = await startMock(t);
    const { exporter, tracer } = tracing();
    mock.inject({ type: 'status', status: 503, retryAfter: 30 });
    const client = clientFor(mock, { instrumentation: openTelemetry({ tracer }) });
    await rejection(client.classes.create(classBody(), { deadline: 2000 }));
    const call = exporter.getFinishedSpans().find((span) => span.name === 'classes.create');
    assert.equal(call?.attributes[SdkAttribute.retryReason], 'deadline');
    assert.equal(call?.attributes[SdkAttribute.attempts], 1);
    assert.equal(call?.attributes[ATTR_ERROR_TYPE], 'InternalServerError');
  });

  test('openTelemetry() refuses what is not a tracer or a propagator', () => {
    assert.throws(() => openTelemetry({ tracer: {} as never }), InvalidArgumentError);
    assert.throws(() => openTelemetry({ propagator: 'w3c' as never }), InvalidArgumentError);
    assert.equal(typeof openTelemetry().startCall, 'function', 'the global tracer by default');
  });
});

/** An attempt span's attributes beyond those every attempt has, and its status. */
function pick(span: ReadableSpan): Record<string, unknown> {
  const common = new Set([
    ATTR_HTTP_REQUEST_METHOD,
    ATTR_URL_FULL,
    ATTR_SERVER_ADDRESS,
    ATTR_SERVER_PORT,
    'url.template',
    SdkAttribute.operationId,
    SdkAttribute.idempotencyKey,
  ]);
  const rest = Object.entries(span.attributes).filter(([name]) => !common.has(name));
  return { ...Object.fromEntries(rest), status: span.status.code };
}
