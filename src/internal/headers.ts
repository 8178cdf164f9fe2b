/**
 * Every header a request carries, in one place: the `headers` option's normalization and the names the HTTP
 * layer owns, the token, and the one precedence list.
 */
import { expected, InvalidArgumentError, ManagementError, type RequestContext } from '../errors.ts';
import { isVisibleAscii } from '../idempotency/key.ts';
import { sanitize } from './causes.ts';

// Headers the HTTP layer owns: fetch refuses some and browsers silently drop others, so they are refused here,
// before anything is sent, rather than failing as if the network had.
const FORBIDDEN_HEADERS = new Set([
  'connection',
  'content-length',
  'expect',
  'host',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Headers in any form fetch accepts, as a plain object with lower-case names; an undefined value is left out. */
export function normalizeHeaders(
  init: Record<string, string | undefined> | Headers | [string, string][],
): Record<string, string> {
  let headers: Record<string, string>;
  try {
    const entries =
      init instanceof Headers || Array.isArray(init)
        ? init
        : Object.entries(init).filter((entry): entry is [string, string] => entry[1] !== undefined);
    headers = Object.fromEntries(new Headers(entries));
  } catch (cause) {
    throw new InvalidArgumentError(
      'headers',
      `Invalid \`headers\`: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
  for (const name of Object.keys(headers)) {
    if (FORBIDDEN_HEADERS.has(name)) {
      throw new InvalidArgumentError('headers', `Invalid \`headers\`: ${name} is set by the HTTP layer.`);
    }
  }
  return headers;
}

/**
 * The call's token: the `accessToken` option, or what its function returns. Called once per call, so every
 * attempt sends the same token.
 */
export async function resolveToken(
  accessToken: string | (() => string | Promise<string>),
  context: RequestContext,
): Promise<string> {
  let token: unknown;
  try {
    token = typeof accessToken === 'function' ? await accessToken() : accessToken;
  } catch (cause) {
    // Its error may hold what it was given (a request config with headers): only a copy without objects is kept.
    throw new ManagementError('The `accessToken` function failed, so nothing was sent', {
      ...context,
      cause: sanitize(cause),
    });
  }
  if (typeof token !== 'string' || !isVisibleAscii(token)) {
    throw expected(
      'accessToken',
      'to give a non-empty token of visible ASCII characters',
      undefined,
      context,
    );
  }
  return token;
}

/** The headers of every attempt of a call. */
export function buildHeaders(
  token: string,
  request: {
    readonly body: string | undefined;
    readonly idempotencyKey: string | undefined;
    readonly options: { readonly headers: Readonly<Record<string, string>> };
  },
): Record<string, string> {
  // Lowest to highest: SDK defaults, auth, client and per-call headers, then the call's key, which nothing overrides.
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    authorization: `Bearer ${token}`,
  };
  Object.assign(headers, request.options.headers);
  if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
  else delete headers['idempotency-key'];
  return headers;
}
