/**
 * The call's own secrets (its token, and the values of configured headers whose names say they carry
 * credentials), masked wherever an error can show them: the body text as soon as an error is made from it,
 * then message, stack, body, problem, header values and the cause chain of everything an attempt throws. A
 * server or proxy that echoes them must not put them in a log.
 */
import { ManagementError } from '../errors.ts';
import { copyError } from './causes.ts';

const MASK = '[redacted]';

// Header names that carry credentials: authorization, cookie, x-api-key, x-auth-token, x-client-secret, dpop, …
const CREDENTIAL_HEADER = /auth|cookie|key|token|secret|session|passw|credential|signature|dpop/i;

// Shorter values are no credential, and masking them would corrupt other text ("2" in a status, in a key).
const MIN_SECRET_LENGTH = 8;

/** Masks the call's secrets in a text; the identity when there is nothing to mask. */
export type Mask = (text: string) => string;

/** The mask of one call: its token and the credential-carrying configured headers. Built on first use. */
export function maskOf(token: string, headers: Readonly<Record<string, string>>): Mask {
  const secrets = [token];
  for (const [name, value] of Object.entries(headers)) {
    // The key is no secret: every error carries it.
    if (name !== 'idempotency-key' && CREDENTIAL_HEADER.test(name)) secrets.push(value);
  }
  const long = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH);
  if (long.length === 0) return (text) => text;
  let re: RegExp | undefined;
  return (text) => {
    re ??= pattern(long);
    return text.replace(re, MASK);
  };
}

/**
 * One pattern for the secrets, longest first, in every spelling a server may echo: each character as itself,
 * URL-escaped (`%2F`) or JSON-escaped (`\u002B`, `\/`, `\"`, `\\`), in any mix, hex in either case. Each
 * character's choice is atomic (a lookahead, then a backreference), so a text full of backslashes cannot make
 * the match backtrack exponentially.
 */
function pattern(secrets: readonly string[]): RegExp {
  let group = 0;
  const hex = (code: number) =>
    code
      .toString(16)
      .padStart(2, '0')
      .replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);
  const literal = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const spell = (char: string): string => {
    const code = char.charCodeAt(0);
    const escapes = code < 0x80 ? [`\\\\u00${hex(code)}`, `%${hex(code)}`] : [];
    if ('/"\\'.includes(char)) escapes.push(`\\\\${literal(char)}`);
    group++;
    return `(?=(${[...escapes, literal(char)].join('|')}))\\${group}`;
  };
  const sources = [...secrets]
    .sort((a, b) => b.length - a.length)
    .flatMap((secret) => [literal(secret), [...secret].map(spell).join('')]);
  return new RegExp(sources.join('|'), 'g');
}

/**
 * `error` with the call's secrets masked: our own errors in place (their text fields only, never the key, the
 * URL or the reason), any other error as a copy.
 */
export function conceal(error: unknown, mask: Mask): unknown {
  const seen = new WeakSet<object>();
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return mask(value);
    if (value === null || typeof value !== 'object' || seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value instanceof Headers) {
      const headers = new Headers();
      for (const [name, v] of value) headers.append(name, mask(v));
      return headers;
    }
    if (value instanceof Error) return concealError(value);
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  const concealError = (at: Error): Error => {
    const ours = at instanceof ManagementError;
    const target = ours ? at : copyError(at, at.cause, Object.entries(at));
    const fields = ours ? TEXT_FIELDS : [...Object.keys(target), 'message', 'stack', 'cause'];
    for (const name of fields) {
      const value = (target as unknown as Record<string, unknown>)[name];
      if (value === undefined) continue;
      Object.defineProperty(target, name, {
        value: walk(value),
        enumerable: Object.prototype.propertyIsEnumerable.call(target, name),
        writable: true,
        configurable: true,
      });
    }
    return target;
  };
  return walk(error);
}

// The fields of our errors that can hold echoed text. The rest (key, URL, method, reason, status) are the
// client's own values, and masking them could corrupt what a retry needs.
const TEXT_FIELDS = ['message', 'stack', 'body', 'problem', 'headers', 'cause'];
