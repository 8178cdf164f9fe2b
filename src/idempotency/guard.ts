/**
 * The key-reuse guard: a key never goes out with a request other than the one it was first sent with, within
 * the replay window (the server would answer 409, or worse, replay another action's result).
 */
import { IdempotencyConflictError, type RequestContext } from '../errors.ts';

/** The request a key is for: method, path with query, and body. Two requests are the same if these are. */
export function requestIdentity(method: string, url: URL, body: string | undefined): string {
  return `${method} ${url.pathname}${url.search}\n${body ?? ''}`;
}

/**
 * The largest number of keys the reuse guard remembers (it always remembers the last half of this).
 */
export const GUARD_CAPACITY = 10_000;

/**
 * Remembers which request each key was sent with, within the replay window, and refuses to send a key with a
 * different request: the server would answer 409, or worse, replay another action's result.
 */
export class KeyGuard {
  // Two generations instead of an LRU: when the young one fills up to half the capacity, it becomes the old
  // one and the old one is dropped. Constant time per call; never more than GUARD_CAPACITY keys.
  #young = new Map<string, { request: string; at: number }>();
  #old = new Map<string, { request: string; at: number }>();
  readonly #windowMs: number;

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** Records that `key` is sent with `request`, or throws when it was sent with another. */
  claim(key: string, request: string, context: RequestContext, now = Date.now()): void {
    const previous = this.#young.get(key) ?? this.#old.get(key);
    if (
      previous !== undefined &&
      now - previous.at < this.#windowMs &&
      !sameRequest(previous.request, request)
    ) {
      throw keyReusedLocally(
        `The Idempotency-Key ${key} was already sent with ${differs(previous.request, request)}; use a new key for a new action.`,
        context,
      );
    }
    this.#young.set(key, { request, at: previous?.at ?? now });
    if (this.#young.size >= GUARD_CAPACITY / 2) {
      this.#old = this.#young;
      this.#young = new Map();
    }
  }

  /** Forgets `key`: its request ended in a way the server does not store (nothing to protect). */
  release(key: string): void {
    this.#young.delete(key);
    this.#old.delete(key);
  }
}

/** Two requests are the same when method and path match and the bodies are equal as JSON values. */
export function sameRequest(a: string, b: string): boolean {
  if (a === b) return true;
  const [headA, bodyA = ''] = splitOnce(a);
  const [headB, bodyB = ''] = splitOnce(b);
  if (headA !== headB) return false;
  try {
    return canonical(JSON.parse(bodyA || 'null')) === canonical(JSON.parse(bodyB || 'null'));
  } catch {
    return false;
  }
}

function splitOnce(request: string): [string, string] {
  const [head = '', ...body] = request.split('\n');
  return [head, body.join('\n')];
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    // Keys of one object are distinct: never equal.
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** How an earlier request differs from this one, for messages: its method and path, or only its body. */
export function differs(previous: string, current: string): string {
  const [previousHead] = splitOnce(previous);
  const [currentHead] = splitOnce(current);
  return previousHead === currentHead ? 'another body' : `another request (${previousHead})`;
}

/** A key refused by the client before anything was sent, shaped like the server's own 409 for it. */
export function keyReusedLocally(detail: string, context: RequestContext): IdempotencyConflictError {
  const problem = {
    type: 'https://api.studio.example/problems/idempotency-key-reused',
    title: 'Idempotency key reused (refused by the client)',
    status: 409,
    detail,
  };
  const body = JSON.stringify(problem);
  const response = new Response(body, {
    status: 409,
    headers: { 'content-type': 'application/problem+json' },
  });
  return new IdempotencyConflictError(
    `${context.method} ${context.url} refused before sending: ${detail}`,
    'key-reused',
    { ...context, response, body },
  );
}
