/**
 * Preparation, once per call and before any attempt: the options merged, the key chosen, the URL built and the
 * body serialized, so that every attempt sends the same request.
 */
import { v4 as uuidv4 } from 'uuid';
import { InvalidArgumentError, type RequestContext } from '../errors.ts';
import { requestIdentity } from '../idempotency/guard.ts';
import { validateIdempotencyKey } from '../idempotency/key.ts';
import type { OperationSpec } from '../operation.ts';
import { type MutationOptions, type ResolvedOptions, resolveCallOptions } from '../options.ts';

/** A method call's arguments, split by the operation's shape. */
export interface CallInput {
  readonly pathArgs: readonly unknown[];
  readonly body: unknown;
  readonly query: Record<string, unknown> | undefined;
  readonly callOptions: MutationOptions | undefined;
}

/** One request, fully described before the first attempt. */
export interface PreparedRequest {
  readonly operation: OperationSpec;
  readonly url: URL;
  /** The JSON body, serialized once so that every attempt sends the same bytes. */
  readonly body: string | undefined;
  /** Method, path and body: what the key-reuse guard compares. */
  readonly identity: string;
  /** The key every attempt sends; for a named action, filled in once the action's saved key is read. */
  readonly idempotencyKey: string | undefined;
  /** The named action of a write (the `action` option); its key comes from the key store. */
  readonly action: string | undefined;
  readonly options: ResolvedOptions;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Splits a method's positional arguments: path parameters, then the body or the query, then per-call options. */
export function readArgs(operation: OperationSpec, args: readonly unknown[]): CallInput {
  const pathArgs = args.slice(0, operation.pathParams.length);
  let next = operation.pathParams.length;
  const body = operation.body === 'none' ? undefined : args[next++];
  const query =
    operation.query === 'none' ? undefined : (args[next++] as Record<string, unknown> | undefined);
  return { pathArgs, body, query, callOptions: args[next] as MutationOptions | undefined };
}

/** Resolves options, builds the URL, serializes the body and makes the key: once, before any attempt. */
export function prepare(
  client: ResolvedOptions,
  operation: OperationSpec,
  input: CallInput,
): PreparedRequest {
  const { callOptions } = input;
  const options = resolveCallOptions(client, callOptions);
  const url = buildUrl(options.baseUrl, operation, input.pathArgs, input.query);
  const action = chooseAction(callOptions);
  const mutating = !SAFE_METHODS.has(operation.method);
  // A named action's key is its saved one, read when the call starts.
  const idempotencyKey =
    !mutating || action !== undefined
      ? undefined
      : callOptions?.idempotencyKey === undefined
        ? uuidv4()
        : validateIdempotencyKey(callOptions.idempotencyKey);
  const body = serializeBody(operation, input.body);
  const identity = requestIdentity(operation.method, url, body);
  return { operation, url, body, identity, idempotencyKey, action: mutating ? action : undefined, options };
}

/** What an error says about the request: never a credential. */
export function requestContext(
  request: PreparedRequest,
  state: {
    readonly attempts: number;
    readonly outcomeUnknown?: boolean;
    readonly requestId?: string | undefined;
  },
): RequestContext {
  return {
    method: request.operation.method,
    url: request.url.href,
    operationId: request.operation.operationId,
    idempotencyKey: request.idempotencyKey,
    attempts: state.attempts,
    // Only a write can have happened behind our back; a read's outcome does not matter.
    outcomeUnknown: request.idempotencyKey !== undefined && state.outcomeUnknown === true,
    requestId: state.requestId,
  };
}

function chooseAction(callOptions: MutationOptions | undefined): string | undefined {
  const action = callOptions?.action;
  if (action === undefined) return undefined;
  if (typeof action !== 'string' || action === '') {
    throw new InvalidArgumentError('action', 'Expected `action` to be a non-empty string naming the action.');
  }
  if (callOptions?.idempotencyKey !== undefined) {
    throw new InvalidArgumentError(
      'action',
      'Pass `action` or `idempotencyKey`, not both: an action brings its own key.',
    );
  }
  return action;
}

function buildUrl(
  baseUrl: URL,
  operation: OperationSpec,
  pathArgs: readonly unknown[],
  query: Record<string, unknown> | undefined,
): URL {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const index = operation.pathParams.indexOf(name);
    const value = pathArgs[index];
    // '.' and '..' survive encoding and are resolved by the URL parser: they would address another resource.
    if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
      throw refused(
        operation,
        name,
        `expected \`${name}\` (argument ${index + 1}) to be a non-empty string other than '.' and '..', got ${typeof value === 'string' ? JSON.stringify(value) : describeValue(value)}.`,
      );
    }
    try {
      return encodeURIComponent(value);
    } catch (cause) {
      // A lone UTF-16 surrogate has no UTF-8 encoding.
      throw refused(
        operation,
        name,
        `\`${name}\` (argument ${index + 1}) is not well-formed Unicode.`,
        cause,
      );
    }
  });
  // Joined as text after the origin, not resolved against the base: a base path like `//host` stays a path.
  const url = new URL(`${baseUrl.origin}${baseUrl.pathname.replace(/\/+$/, '')}${path}`);
  if (query !== undefined) {
    if (query === null || typeof query !== 'object' || Array.isArray(query)) {
      throw refused(operation, 'query', `expected the query to be an object, got ${describeValue(query)}.`);
    }
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw refused(
          operation,
          'query',
          `expected query parameter \`${name}\` to be a string, number or boolean, got ${describeValue(value)}.`,
        );
      }
      url.searchParams.set(name, String(value));
    }
  }
  return url;
}

function serializeBody(operation: OperationSpec, body: unknown): string | undefined {
  if (body === undefined) {
    if (operation.body === 'required') {
      throw refused(operation, 'body', `a request body is required.`);
    }
    return undefined;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw refused(operation, 'body', `expected the body to be an object, got ${describeValue(body)}.`);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(body);
  } catch (cause) {
    throw refused(operation, 'body', `the body cannot be serialized as JSON.`, cause);
  }
  // A toJSON() that returns undefined would send no body at all.
  if (json === undefined || !json.startsWith('{')) {
    throw refused(
      operation,
      'body',
      `the body must serialize to a JSON object, got ${json === undefined ? 'nothing' : json.slice(0, 20)}.`,
    );
  }
  return json;
}

/** A value's kind, for messages that must not repeat the value. */
export function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Bad input to a method, refused before anything is sent: the message names the method. */
function refused(
  operation: OperationSpec,
  argument: string,
  text: string,
  cause?: unknown,
): InvalidArgumentError {
  return new InvalidArgumentError(argument, `${operation.resource}.${operation.name}: ${text}`, { cause });
}
