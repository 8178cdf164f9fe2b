/**
 * The call's own secrets (its token, and the values of configured headers whose names say they carry
 * credentials), masked wherever an error can show them: message, stack, body, problem, header values and the
 * cause chain. A server or proxy that echoes them, in any spelling, must not put them in a log.
 */
import { ManagementError } from '../errors.ts';

const MASK = '[redacted]';

// Header names that carry credentials: authorization, cookie, x-api-key, x-auth-token, x-client-secret, …
const CREDENTIAL_HEADER = /auth|cookie|key|token|secret|session|passw|credential|signature/i;

/** The values to mask for one call: the token and the credential-carrying configured headers. */
export function secretsOf(token: string, headers: Readonly<Record<string, string>>): string[] {
  const secrets = [token];
  for (const [name, value] of Object.entries(headers)) {
    // The key is no secret (every error carries it), and an empty value masks nothing.
    if (name !== 'idempotency-key' && value.length > 0 && CREDENTIAL_HEADER.test(name)) secrets.push(value);
  }
  return secrets;
}

/**
 * One pattern for all secrets, in every spelling a server may echo: each character as itself, or as a URL
 * escape (`%2F`) or a JSON escape (`\u002f`, `\/`, `\"`, `\\`). Longest first, so that no secret is masked
 * only in part.
 */
function pattern(secrets: readonly string[]): RegExp {
  const spell = (char: string): string => {
    const hex = char.charCodeAt(0).toString(16).padStart(2, '0');
    const literal = char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    return `(?:${literal}|%${hex}|\\\\u00${hex}${'/"\\'.includes(char) ? `|\\\\${literal}` : ''})`;
  };
  const sources = [...secrets].sort((a, b) => b.length - a.length).map((s) => [...s].map(spell).join(''));
  return new RegExp(sources.join('|'), 'gi');
}

/** `error` with every secret masked, in place for our own errors and as a copy for others. */
export function conceal(error: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return error;
  const re = pattern(secrets);
  const mask = (text: string): string => text.replace(re, MASK);
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return mask(value);
    if (depth > 8 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
    if (value instanceof Headers) {
      const headers = new Headers();
      for (const [name, v] of value) headers.append(name, mask(v));
      return headers;
    }
    if (value instanceof Error) return concealError(value, depth);
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, depth + 1)]));
  };
  const concealError = (at: Error, depth: number): Error => {
    // Ours are fresh objects of this call: masked in place. Others (a fetch's TypeError) are copied.
    const target = at instanceof ManagementError ? at : copy(at);
    for (const name of [...Object.keys(target), 'message', 'stack', 'cause']) {
      const value = (target as unknown as Record<string, unknown>)[name];
      if (value === undefined) continue;
      Object.defineProperty(target, name, {
        value: walk(value, depth + 1),
        enumerable: Object.prototype.propertyIsEnumerable.call(target, name),
        writable: true,
        configurable: true,
      });
    }
    return target;
  };
  return walk(error, 0);
}

function copy(error: Error): Error {
  const clone = new Error(error.message, error.cause === undefined ? undefined : { cause: error.cause });
  clone.name = error.name;
  if (error.stack !== undefined) clone.stack = error.stack;
  for (const [name, value] of Object.entries(error))
    (clone as unknown as Record<string, unknown>)[name] = value;
  return clone;
}
