import { expected } from '../errors.ts';

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
  const refuse = (
    got: string,
    what = `to be 1–${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters`,
  ): never => {
    throw expected('idempotencyKey', what, got);
  };
  if (typeof key !== 'string') return refuse(key === null ? 'null' : typeof key, 'to be a string');
  if (key.length === 0) return refuse('an empty string');
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) return refuse(`${key.length} characters`);
  const bad = /[^\x21-\x7e]/.exec(key);
  if (bad) return refuse(`${JSON.stringify(bad[0])} at position ${bad.index}`);
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
