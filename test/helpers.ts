import type { TestContext } from 'node:test';
import type { components } from '../generated/openapi.ts';
import { type ClientOptions, ManagementClient } from '../src/index.ts';
import { createMockServer, type MockServer, type MockServerOptions } from '../src/testing/index.ts';

export const TOKEN = 'test-token';

/** Starts a mock server on port 0 for one test and closes it after the test. */
export async function startMock(t: TestContext, options: MockServerOptions = {}): Promise<MockServer> {
  const mock = await createMockServer(options);
  t.after(() => mock.close());
  return mock;
}

/** A client of `mock` with fast retries, so tests do not wait on real backoff. */
export function clientFor(mock: MockServer, options: Partial<ClientOptions> = {}): ManagementClient {
  return new ManagementClient({
    baseUrl: mock.url,
    accessToken: TOKEN,
    minRetryDelay: 5,
    maxRetryDelay: 20,
    ...options,
  });
}

/** A valid body for `classes.create`. */
export function classBody(name = 'Morning Flow'): components['schemas']['ClassCreate'] {
  return {
    name,
    instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
    locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
    capacity: 20,
    durationMinutes: 60,
    startsAt: '2026-12-01T07:00:00Z',
  };
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Resolves to the rejection of `promise`, failing when it fulfils. */
export async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
