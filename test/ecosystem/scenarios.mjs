/**
 * The ecosystem scenarios: one list, in plain JavaScript that every runtime runs (Node, Bun, Deno, workerd,
 * the Edge runtime, a browser). Nothing here imports anything: the host of each runtime passes the SDK it
 * imported from the packed tarball, and the URL of the harness's control endpoint.
 *
 * The harness (matrix.ts, in the Node test process) owns the mock server. Before each scenario the scenario
 * list tells it which step comes next (`step`), and it injects that step's faults; after each it hands the
 * harness what the client saw (`result`), and the harness adds what the server saw. The control endpoint
 * speaks `POST /<verb>` with a text/plain JSON body (a simple request: no CORS preflight in a browser).
 */

/** The scenarios, in order: their ids and the sentences the harness names its tests with. */
export const SCENARIOS = [
  { id: 'create-get', title: 'creates a class and gets it back' },
  { id: 'drop-before', title: 'a connection dropped before the action is retried and acts once' },
  {
    id: 'drop-after',
    title:
      'a connection dropped after the commit is retried with the same key and replayed, one class on the server',
  },
  {
    id: 'refused',
    title:
      'a refused connection ends in ConnectionError with the outcome known, the key carried, every attempt made',
  },
  { id: 'cut-body', title: 'a body cut off mid-way is retried with the same key and replayed, acting once' },
  { id: 'retry-after', title: 'a 503 with Retry-After is waited for, then succeeds' },
  {
    id: 'key-reused',
    title: 'a key reused with another body is refused with IdempotencyConflictError, nothing re-sent',
  },
  { id: 'abort', title: 'an aborted call ends in RequestAbortedError' },
  { id: 'timeout', title: 'an attempt that outlives its timeout ends in TimeoutError of kind attempt' },
];

/** Raw fetch (no SDK) against each network failure: the shapes of what the platform's fetch rejects with. */
export const PROBES = [
  { id: 'refused', title: 'connection refused (a closed port)' },
  { id: 'drop', title: 'connection closed before a response (the server destroys the socket, FIN)' },
  { id: 'reset', title: 'connection reset before a response (the server sends RST)' },
  { id: 'cut-body', title: 'body cut mid-way (headers and half the body, then the socket closes)' },
];

const BODY = {
  name: 'Morning Flow',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
};

/**
 * Runs every scenario, then every probe, telling the harness each result as it goes.
 * `env.control`: the control endpoint's URL; `env.runtime`: what this runtime calls itself.
 */
export async function run(sdk, env) {
  const control = connect(env.control);
  const config = await control('env', { runtime: env.runtime });
  for (const { id } of SCENARIOS) {
    await control('step', { scenario: id });
    let result;
    try {
      result = await STEPS[id](sdk, config, control);
    } catch (error) {
      result = { crashed: shape(error) };
    }
    await control('result', { scenario: id, result });
  }
  const probes = {};
  for (const { id } of PROBES) {
    await control('step', { scenario: `probe-${id}` });
    try {
      probes[id] = await probe(id, config);
    } catch (error) {
      probes[id] = { phase: 'probe crashed', error: shape(error) };
    }
  }
  await control('done', { probes });
}

function connect(base) {
  return async (verb, message) => {
    const response = await fetch(`${base}/${verb}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(message ?? {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`control ${verb}: ${response.status} ${text}`);
    return JSON.parse(text);
  };
}

/** A client with fast retries, recording every retry it makes. */
function client(sdk, config, retries, options = {}) {
  return new sdk.ManagementClient({
    baseUrl: config.baseUrl,
    accessToken: config.token,
    maxRetries: 2,
    minRetryDelay: 5,
    maxRetryDelay: 20,
    timeout: 5000,
    onRetry: ({ attempt, delayMs, reason, error }) =>
      retries.push({ attempt, delayMs, reason, error: error.name, message: error.message }),
    onWarning: () => {},
    ...options,
  });
}

/** What a call gave: its result, or its error as the SDK describes it. */
async function settle(sdk, promise) {
  try {
    const result = await promise;
    return {
      ok: true,
      attempts: result.attempts,
      replayed: result.replayed,
      key: result.idempotencyKey,
      id: result.data?.id,
      name: result.data?.name,
    };
  } catch (error) {
    return { ok: false, error: sdkError(sdk, error) };
  }
}

function sdkError(sdk, error) {
  const classes = Object.entries(sdk)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
    .filter(([, value]) => error instanceof value)
    .map(([name]) => name);
  return {
    name: error?.name,
    message: error?.message,
    instanceOf: classes,
    outcomeUnknown: error?.outcomeUnknown,
    attempts: error?.attempts,
    key: error?.idempotencyKey,
    kind: error?.kind,
    reason: error?.reason,
    status: error?.status,
    cause: error?.cause === undefined ? undefined : shape(error.cause),
  };
}

/** Where an engine says an error was made (Bun): noise for a classification rule. */
const POSITION = new Set(['line', 'column', 'originalLine', 'originalColumn', 'sourceURL']);

/**
 * An error and its cause chain as plain data: what a classification rule can look at. `fields` holds every own
 * property with a primitive value (code, errno, syscall, a DOMException's code, workerd's `retryable`…).
 */
export function shape(error, depth = 0) {
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    return { value: String(error) };
  }
  const out = { name: error.name, class: error.constructor?.name, message: error.message };
  const fields = {};
  for (const field of ['code', 'errno', 'syscall', ...Object.getOwnPropertyNames(error)]) {
    if (['stack', 'message', 'cause', 'name'].includes(field) || POSITION.has(field)) continue;
    let value;
    try {
      value = error[field];
    } catch {
      value = '(throws)';
    }
    if (value === undefined) continue;
    fields[field] = value === null || typeof value !== 'object' ? value : `(${typeof value})`;
  }
  if (Object.keys(fields).length > 0) out.fields = fields;
  if (error.cause !== undefined && depth < 6) out.cause = shape(error.cause, depth + 1);
  return out;
}

function newKey(label) {
  return `eco-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const STEPS = {
  async 'create-get'(sdk, config) {
    const retries = [];
    const c = client(sdk, config, retries);
    const created = await settle(sdk, c.classes.create(BODY).withResponse());
    let fetched;
    if (created.ok) {
      try {
        const got = await c.classes.get(created.id);
        fetched = { ok: true, sameId: got.id === created.id, name: got.name };
      } catch (error) {
        fetched = { ok: false, error: sdkError(sdk, error) };
      }
    }
    return { ...created, fetched, retries };
  },

  async 'drop-before'(sdk, config) {
    const retries = [];
    return {
      ...(await settle(sdk, client(sdk, config, retries).classes.create(BODY).withResponse())),
      retries,
    };
  },

  async 'drop-after'(sdk, config, control) {
    const retries = [];
    const retried = await settle(sdk, client(sdk, config, retries).classes.create(BODY).withResponse());
    // Without retries the answer stays lost while the class exists: the outcome must be unknown.
    await control('fault', { fault: 'drop-after' });
    const c = client(sdk, config, retries, { maxRetries: 0 });
    const unretried = await settle(sdk, c.classes.create(BODY).withResponse());
    return { ...retried, retries, unretried };
  },

  async refused(sdk, config) {
    const retries = [];
    const c = client(sdk, config, retries, { baseUrl: config.refusedUrl });
    return { ...(await settle(sdk, c.classes.create(BODY).withResponse())), retries, maxRetries: 2 };
  },

  async 'cut-body'(sdk, config) {
    const retries = [];
    return {
      ...(await settle(sdk, client(sdk, config, retries).classes.create(BODY).withResponse())),
      retries,
    };
  },

  async 'retry-after'(sdk, config) {
    const retries = [];
    const started = Date.now();
    const result = await settle(sdk, client(sdk, config, retries).classes.create(BODY).withResponse());
    return { ...result, elapsedMs: Date.now() - started, retries };
  },

  async 'key-reused'(sdk, config, control) {
    const key = newKey('reused');
    const retries = [];
    const c = client(sdk, config, retries);
    const first = await settle(sdk, c.classes.create(BODY, { idempotencyKey: key }).withResponse());
    const other = { ...BODY, name: 'Evening Flow' };
    // The same client remembers the key's request: its guard refuses before sending.
    const guard = await settle(sdk, c.classes.create(other, { idempotencyKey: key }).withResponse());
    const afterGuard = await control('count', { key });
    // A client that never sent the key (another process, a reload without the guard's memory): the server's 409.
    const fresh = client(sdk, config, retries);
    const server = await settle(sdk, fresh.classes.create(other, { idempotencyKey: key }).withResponse());
    return { key, first, guard, sentAfterGuard: afterGuard.requests, server, retries };
  },

  async abort(sdk, config, control) {
    const retries = [];
    const controller = new AbortController();
    const call = settle(
      sdk,
      client(sdk, config, retries).classes.create(BODY, { signal: controller.signal }).withResponse(),
    );
    // The harness holds the request on the server and answers once it has arrived: the abort hits it in flight.
    const arrived = await control('arrived');
    controller.abort();
    return { ...(await call), arrived: arrived.arrived, retries };
  },

  async timeout(sdk, config, control) {
    const retries = [];
    const c = client(sdk, config, retries, { timeout: 150, maxRetries: 0 });
    const result = await settle(sdk, c.classes.create(BODY).withResponse());
    const arrived = await control('arrived');
    return { ...result, arrived: arrived.arrived, retries, timeoutMs: 150 };
  },
};

/** One raw fetch of a create, and what it failed with: while fetching, or while reading the body. */
async function probe(id, config) {
  const base = id === 'refused' ? config.refusedUrl : id === 'reset' ? config.resetUrl : config.baseUrl;
  let response;
  try {
    response = await fetch(`${base}/v1/classes`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${config.token}`,
        'content-type': 'application/json',
        'idempotency-key': newKey(`probe-${id}`),
      },
      body: JSON.stringify(BODY),
    });
  } catch (error) {
    return { phase: 'fetch', error: shape(error) };
  }
  try {
    const reader = response.body.getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { phase: 'none: it succeeded', status: response.status, bytes };
      bytes += value.byteLength;
    }
  } catch (error) {
    return { phase: 'body', status: response.status, error: shape(error) };
  }
}
