/**
 * Parses a `Retry-After` value, delay-seconds or an HTTP date, into milliseconds from `now`.
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  // Seconds (fractions tolerated); a negative delay is no delay the server could mean.
  if (/^[+-]?\d/.test(trimmed)) {
    const seconds = /^\+?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    return Number.isNaN(seconds) ? undefined : Math.round(seconds * 1000);
  }
  // An HTTP date starts with a day name ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse alone would also take "1.5".
  const date = /^[A-Za-z]/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
