#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createMockServer } from './server.ts';
import { allScopes } from './spec.ts';
import { DEFAULT_TOKEN, type FaultKind, type ReceivedRequest } from './types.ts';

const USAGE = `Usage: management-sdk-mock [options]

Runs the mock Management API (every operation of openapi.yaml, in memory) for local development.

Options:
  --port <n>           port to listen on (default 4010; 0 picks a free one)
  --host <host>        interface to listen on (default 127.0.0.1)
  --token <token>      accepted bearer token with every scope; may repeat (default: test-token)
  --fault-rate <0-1>   share of mutating requests that get a random fault (default 0)
  --seed <n>           seed of the random faults (default 1)
  --faults <kinds>     comma-separated fault kinds for --fault-rate
                       (default drop-before-action,drop-after-action,status,rate-limit)
  --no-seed-data       start with empty collections
  --quiet              log nothing per request (by default: method, path, status, fault)
  -h, --help           show this help`;

/** A usage error: the message and the usage text, exit code 2. */
function fail(message: string): never {
  process.stderr.write(`management-sdk-mock: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** An error while running (a port in use): one line, exit code 1. */
function crash(error: unknown): never {
  process.stderr.write(`management-sdk-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

function number(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed))
    fail(`--${name} expects a number, got ${JSON.stringify(value)}`);
  return parsed;
}

let values: ReturnType<typeof parse>['values'];
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string', multiple: true },
      'fault-rate': { type: 'string' },
      seed: { type: 'string' },
      faults: { type: 'string' },
      'seed-data': { type: 'boolean', default: true },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowNegative: true,
    strict: true,
  });
}
try {
  values = parse().values;
} catch (error) {
  fail((error as Error).message);
}

if (values.help === true) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const port = number('port', values.port, 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail('--port expects 0–65535');
const faultRate = number('fault-rate', values['fault-rate'], 0);
if (faultRate < 0 || faultRate > 1) fail('--fault-rate expects a number from 0 to 1');
const tokenList = values.token ?? [DEFAULT_TOKEN];

try {
  const server = await createMockServer({
    port,
    host: values.host ?? '127.0.0.1',
    tokens: Object.fromEntries(tokenList.map((token) => [token, allScopes])),
    faultRate,
    seed: number('seed', values.seed, 1),
    seedData: values['seed-data'] !== false,
    ...(values.faults === undefined ? {} : { randomFaults: values.faults.split(',') as FaultKind[] }),
    ...(values.quiet === true
      ? {}
      : {
          onRequest: (r: ReceivedRequest) =>
            process.stdout.write(
              `${r.method} ${r.path} ${r.status ?? 'no answer'}${r.fault ? ` fault=${r.fault}` : ''}${r.replayed ? ' replayed' : ''}\n`,
            ),
        }),
  });
  // Before printing: whoever waits for the URL may signal right away.
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(
    `Mock Management API listening on ${server.url}\n` +
      `Send: Authorization: Bearer ${tokenList[0]}${tokenList.length > 1 ? ` (or ${tokenList.slice(1).join(', ')})` : ''}\n` +
      (faultRate > 0 ? `Random faults on ${Math.round(faultRate * 100)}% of mutating requests\n` : '') +
      'Press Ctrl+C to stop.\n',
  );
} catch (error) {
  crash(error);
}
