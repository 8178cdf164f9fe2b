/** Timers and waits that a signal can end: the one home for "a timer that an abort cancels". */

/**
 * A signal that aborts when `parent` aborts (with its reason) or when `ms` pass (with a `TimeoutError`
 * DOMException saying `message`): the call's deadline and each attempt's timeout. Without `ms` it is `parent`
 * itself, and nothing is allocated.
 */
export function linkedSignal(
  parent: AbortSignal | undefined,
  ms: number | undefined,
  message: string,
): { signal: AbortSignal | undefined; dispose: () => void } {
  if (ms === undefined) return { signal: parent, dispose: () => {} };
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => controller.abort(new DOMException(message, 'TimeoutError')), ms);
  parent?.addEventListener('abort', onAbort, { once: true });
  if (parent?.aborted) onAbort();
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

/** `promise`, or the signal's reason as soon as it aborts (for waits on the caller's own functions). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
