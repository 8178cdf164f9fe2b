/** What of a foreign error is safe to keep and to show: a leaf, used wherever an error becomes a cause. */

/**
 * The error an attempt failed with, safe to keep: ky's wrapper (which holds the failed Request, and with it the
 * Authorization header) is dropped, and every error in the cause chain that holds objects (a Request, a socket,
 * a custom fetch's request options) is copied without them.
 */
export function sanitize(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 8) return error;
  if ('request' in error && depth === 0 && error.cause !== undefined) return sanitize(error.cause, depth + 1);
  // undefined stays undefined: sanitize returns whatever is no Error as it is.
  const cause = sanitize(error.cause, depth + 1);
  const own = Object.entries(error).filter(([name]) => name !== 'cause');
  const holdsObjects = own.some(([, value]) => value !== null && typeof value === 'object');
  if (!holdsObjects && cause === error.cause) return error;
  return copyError(
    error,
    cause,
    own.filter(([, value]) => value === null || (typeof value !== 'object' && typeof value !== 'function')),
  );
}

/** A plain Error with `error`'s message, name and stack, the given cause, and the given own fields. */
export function copyError(error: Error, cause: unknown, fields: [string, unknown][]): Error {
  const copy = new Error(error.message, cause === undefined ? undefined : { cause });
  copy.name = error.name;
  if (error.stack !== undefined) copy.stack = error.stack;
  for (const [name, value] of fields) (copy as unknown as Record<string, unknown>)[name] = value;
  return copy;
}

export function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = error; at instanceof Error && parts.length < 3; at = at.cause) {
    const code = (at as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${at.message} (${code})` : at.message);
  }
  return parts.join(': ') || String(error);
}
