import { InvalidArgumentError } from '../errors.ts';

/**
 * The longest `Idempotency-Key` the Management API accepts.
 *
 * @example
 * ```ts
 * const key = userInput.slice(0, MAX_IDEMPOTENCY_KEY_LENGTH);
 * ```
 *
 * @category Action keys
 */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/**
 * Checks a caller's idempotency key before anything is sent: 1–255 characters, none of them whitespace or
 * control characters (they would be altered or refused on the way to the server, breaking the replay).
 *
 * @returns the key, unchanged.
 * @throws {InvalidArgumentError} when the key is not a string, is blank, too long, or has such characters.
 *
 * @example
 * ```ts
 * validateIdempotencyKey('create-class:42'); // 'create-class:42'
 * validateIdempotencyKey('two words'); // throws InvalidArgumentError
 * ```
 *
 * @category Action keys
 */
export function validateIdempotencyKey(key: unknown): string {
  const fail = (why: string): never => {
    throw new InvalidArgumentError('idempotencyKey', `Invalid \`idempotencyKey\`: ${why}.`);
  };
  if (typeof key !== 'string') return fail(`expected a string, got ${key === null ? 'null' : typeof key}`);
  if (key.length === 0) return fail('it is empty');
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
    return fail(`it has ${key.length} characters, at most ${MAX_IDEMPOTENCY_KEY_LENGTH} are allowed`);
  const bad = /[^\x21-\x7e]/.exec(key);
  if (bad)
    return fail(
      `it contains ${JSON.stringify(bad[0])} at position ${bad.index}; use 1–255 visible ASCII characters without whitespace`,
    );
  return key;
}

/**
 * Whether `value` is 1 or more visible ASCII characters: HTTP header values cannot carry the rest unchanged,
 * and whitespace or control characters would let a value smuggle extra header lines.
 *
 * @category Action keys
 */
export function isVisibleAscii(value: string): boolean {
  return /^[\x21-\x7e]+$/.test(value);
}
