import type { TestContext } from 'node:test';
import { createMockServer, type MockServer, type MockServerOptions } from '../../src/testing/index.ts';

export { DEFAULT_TOKEN } from '../../src/testing/index.ts';

/** Starts a mock server on a free port for one test and closes it after the test. */
export async function startMock(t: TestContext, options: MockServerOptions = {}): Promise<MockServer> {
  const mock = await createMockServer(options);
  t.after(() => mock.close());
  return mock;
}
