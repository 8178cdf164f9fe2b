// The mock server: it owns the state (studio, replay records, effects, faults, request log), listens, and
// hands each request to handle.ts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_RANDOM_FAULTS, FaultPlan } from './faults.ts';
import { handle, type ServerState } from './handle.ts';
import { Effects, ReplayRecords } from './records.ts';
import { headerValue } from './request.ts';
import type { LogEntry } from './responses.ts';
import { allScopes, buildRoutes, type PathRoute } from './spec.ts';
import { newId, Studio } from './studio.ts';
import { DEFAULT_TOKEN, type MockServer, type MockServerOptions } from './types.ts';

const DAY_MS = 86_400_000;

// Compiling the spec takes a while: do it once per process, not once per server.
let compiledRoutes: Promise<PathRoute[]> | undefined;

/**
 * Starts a mock Management API server.
 *
 * Bearer token `test-token` has every scope unless {@link MockServerOptions.tokens} is given. Every operation of
 * the spec is served from an in-memory store; requests that the spec forbids get a 400 validation problem.
 *
 * @param options - see {@link MockServerOptions}.
 * @returns the running server, once it listens.
 *
 * @example
 * ```ts
 * const server = await createMockServer({ tokens: { 'reader': ['classes:read'] } });
 * const response = await fetch(`${server.url}/v1/classes`, { headers: { authorization: 'Bearer reader' } });
 * console.log((await response.json()).data.length);
 * await server.close();
 * ```
 *
 * @category Mock server
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  compiledRoutes ??= buildRoutes();
  // A failed load (ajv missing) is not kept: the next server tries again.
  const routes = await compiledRoutes.catch((error: unknown) => {
    compiledRoutes = undefined;
    throw error;
  });
  const now = options.now ?? Date.now;
  const inProgressRetryAfter = String(options.inProgressRetryAfter ?? 1);
  const tokens = new Map<string, ReadonlySet<string>>(
    Object.entries(options.tokens ?? { [DEFAULT_TOKEN]: allScopes }).map(([token, scopes]) => [
      token,
      new Set(scopes),
    ]),
  );
  const studio = new Studio(now, options.seedData ?? true);
  const records = new ReplayRecords(now, options.replayWindowMs ?? DAY_MS);
  const effects = new Effects();
  const faults = new FaultPlan(
    options.faultRate ?? 0,
    options.seed ?? 1,
    options.randomFaults ?? DEFAULT_RANDOM_FAULTS,
    options.randomDelayMs,
  );
  const log: LogEntry[] = [];
  const closing = new AbortController();
  const closed = new Promise<void>((resolve) => {
    closing.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  const state: ServerState = {
    routes,
    tokens,
    inProgressRetryAfter,
    studio,
    records,
    effects,
    faults,
    closing: closing.signal,
    closed,
  };

  const server = createServer((req, res) => {
    const entry: LogEntry = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: req.url ?? '/',
      operationId: undefined,
      idempotencyKey: headerValue(req, 'idempotency-key'),
      traceparent: headerValue(req, 'traceparent'),
      time: now(),
      requestId: newId('req', now()),
      status: undefined,
      fault: undefined,
      replayed: false,
    };
    log.push(entry);
    const { onRequest } = options;
    if (onRequest !== undefined) {
      res.once('close', () => {
        // A listener's bug must not take the server (and the test process) down with it.
        try {
          onRequest(entry);
        } catch (error) {
          console.error('management-sdk/testing: the onRequest listener threw:', error);
        }
      });
    }
    handle(state, req, res, entry);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closePromise: Promise<void> | undefined;

  return {
    url: `http://${host}:${address.port}`,
    close() {
      closePromise ??= new Promise<void>((resolve) => {
        closing.abort();
        faults.releaseHolds();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closePromise;
    },
    inject(fault, match = {}) {
      faults.inject(fault, match);
    },
    clearFaults() {
      faults.clearPending();
    },
    hold(match = {}) {
      return faults.hold(match);
    },
    setFaultRate(rate, rateOptions = {}) {
      faults.setRate(rate, rateOptions);
    },
    effects,
    get requests() {
      return log;
    },
    reset() {
      studio.reset();
      records.reset();
      effects.reset();
      log.length = 0;
      faults.reset();
    },
  };
}
