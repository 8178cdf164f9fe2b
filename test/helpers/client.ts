import { type ClientOptions, ManagementClient } from '../../src/index.ts';
import type { MockServer } from '../../src/testing/index.ts';
import { DEFAULT_TOKEN } from './mock.ts';

/** A client of `mock` with fast retries, so tests do not wait on real backoff. */
export function clientFor(mock: MockServer, options: Partial<ClientOptions> = {}): ManagementClient {
  return new ManagementClient({
    baseUrl: mock.url,
    accessToken: DEFAULT_TOKEN,
    minRetryDelay: 5,
    maxRetryDelay: 20,
    ...options,
  });
}

/**
 * A `fetch` for the client's `fetch` option that hands every call to `onRequest` as one `Request` (whether the
 * client passed a `Request`, a URL or init options), with `forward` to send that request on to the real
 * network (the mock). `onRequest` may read the request's URL and headers, answer on its own without
 * forwarding, or forward and change the response. It must not read the request's body before forwarding.
 *
 * @example
 * ```ts
 * const fetch = observedFetch((request, forward) => {
 *   seen.push(request.headers.get('x-tenant'));
 *   return forward();
 * });
 * ```
 */
export function observedFetch(
  onRequest: (request: Request, forward: () => Promise<Response>) => Response | Promise<Response>,
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return onRequest(request, () => globalThis.fetch(request));
  };
}
