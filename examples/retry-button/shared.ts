/**
 * What both versions of the page share (app.ts, plain DOM; react.tsx, React): the client made from the page's
 * query, the draft the form edits, the class it creates, and what the page says about each outcome.
 */
import {
  ActionExpiredError,
  type ApiResult,
  type ClassCreate,
  IdempotencyConflictError,
  IndexedDBKeyStore,
  InvalidArgumentError,
  type KeyStore,
  ManagementClient,
  ManagementError,
  type PendingAction,
  WebStorageKeyStore,
} from 'management-sdk';

const params = new URLSearchParams(location.search);

/** An integer query parameter of at least `min`, or undefined when absent or not one. */
function integer(name: string, min: number): number | undefined {
  const value = Number.parseInt(params.get(name) ?? '', 10);
  return Number.isInteger(value) && value >= min ? value : undefined;
}

/**
 * Where the page keeps its action keys: both survive a reload and a closed tab, and are shared by the origin's
 * tabs.
 *
 * IndexedDB is the default, and the store to use when several tabs may run one action: a write resolves once
 * its transaction has committed, so the next tab to take the action's Web Lock reads it (the saved key, or the
 * result the first tab settled with, which it then shows without sending). `?store=local` uses
 * `localStorage` instead (`WebStorageKeyStore`): still one key and one class, but Chromium copies
 * `localStorage` to other tabs asynchronously, so a tab that waited for the lock can read a stale entry and
 * send the request again (the server replays it).
 */
function pageStore(): KeyStore {
  return params.get('store') === 'local'
    ? new WebStorageKeyStore(() => localStorage)
    : new IndexedDBKeyStore();
}

/**
 * The page's client. Query parameters for the demo: `api` (the Management API's URL), `retries` (its
 * `maxRetries`; 0 shows the Retry button at the first failure), `window` (its `replayWindow` in ms: a short
 * one shows what happens to an action whose key expired before anyone learned whether it happened) and
 * `store` (`local`: keys in `localStorage`; otherwise IndexedDB, see {@link pageStore}).
 */
export function pageClient(): ManagementClient {
  return new ManagementClient({
    baseUrl: params.get('api') ?? 'http://127.0.0.1:4010',
    // The mock's token. A real app gets its token from its sign-in flow, never from the page's URL.
    accessToken: 'test-token',
    maxRetries: integer('retries', 0) ?? 2,
    replayWindow: integer('window', 1),
    keyStore: pageStore(),
  });
}

/** The class being written. The draft names the action: the same draft is the same action, across retries and reloads. */
export interface Draft {
  readonly id: string;
  readonly name: string;
}

const DRAFT = 'retry-button-example:draft';

/**
 * The draft this tab (or an earlier one) left, or a new one. The draft is the page's own state, not a key: it
 * stays in `localStorage` whichever store keeps the keys (a tab opened right after another may not see its
 * draft yet, and then starts a draft of its own: another action, not the same one made twice).
 */
export function loadDraft(): Draft {
  try {
    const saved = JSON.parse(localStorage.getItem(DRAFT) ?? 'null') as Draft | null;
    if (typeof saved?.id === 'string' && typeof saved.name === 'string') return saved;
  } catch {
    // Not ours, or corrupt: start a new draft.
  }
  return newDraft();
}

export function saveDraft(draft: Draft): Draft {
  localStorage.setItem(DRAFT, JSON.stringify(draft));
  return draft;
}

export function newDraft(): Draft {
  return saveDraft({ id: crypto.randomUUID().slice(0, 8), name: '' });
}

/** The action that creates the draft's class. */
export const actionOf = (draft: Draft): string => `create-class:${draft.id}`;

/** The class the form creates: only the name comes from the form in this demo. */
export function classBody(name: string): ClassCreate {
  return {
    name,
    instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
    locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
    capacity: 20,
    durationMinutes: 60,
    startsAt: '2026-12-01T07:00:00Z',
  };
}

/** What the status line shows, and which of the form's buttons are offered. */
export interface Status {
  readonly state: 'idle' | 'working' | 'success' | 'failed' | 'unknown' | 'expired';
  readonly text: string;
  /** After a success: whether the server replayed an earlier attempt's result (`data-replayed`). */
  readonly replayed?: boolean;
  /** The Idempotency-Key the outcome is about. */
  readonly key?: string | undefined;
  /** Offer the form's Retry button (the same draft, so the same action and key). */
  readonly retry?: boolean;
  /** Offer "Start over as a new class" (the action is forgotten, then created with a fresh key). */
  readonly startOver?: boolean;
}

export const idle: Status = { state: 'idle', text: 'Fill in a name and create the class.' };
export const working: Status = { state: 'working', text: 'Creating…' };

export function discarded(action: PendingAction | undefined): Status {
  const what = action === undefined ? 'The action' : `“${describe(action)}”`;
  return {
    state: 'idle',
    text: `${what} was discarded: creating the class again sends it afresh, with a new key.`,
  };
}

/** A create, or a resumed one, that succeeded. */
export function created(result: Pick<ApiResult<unknown>, 'data' | 'replayed' | 'idempotencyKey'>): Status {
  const { id, name } = result.data as { id: string; name: string };
  return {
    state: 'success',
    text: result.replayed
      ? `Created “${name}” (${id}), replayed: the first attempt had already created it.`
      : `Created “${name}” (${id}).`,
    replayed: result.replayed,
    key: result.idempotencyKey,
  };
}

/** What the page says after `action` failed: whether it is still pending decides whether Retry may work. */
export async function afterFailure(
  client: ManagementClient,
  error: unknown,
  from: 'form' | 'list',
  action: string,
): Promise<Status> {
  const pending = await client.actions.pending();
  return failed(
    error,
    from,
    pending.some((entry) => entry.name === action),
  );
}

/**
 * A create (`from: 'form'`) or a resume (`from: 'list'`) that failed. `stillPending`: whether the action is
 * still listed by `client.actions.pending()` (its key was kept: a retry may still work).
 */
export function failed(error: unknown, from: 'form' | 'list', stillPending: boolean): Status {
  const key = error instanceof ManagementError ? error.idempotencyKey : undefined;
  // First: an expired key is also an unknown outcome, but retrying it can never work.
  if (error instanceof ActionExpiredError) {
    return {
      state: 'expired',
      text: `We cannot tell whether this class was created, and its key has expired (${error.name}): a retry could create it twice, so nothing was sent. Check whether it happened in the class list, then Discard it to create it afresh.`,
      key,
    };
  }
  if (error instanceof IdempotencyConflictError && error.reason === 'key-reused') {
    // The draft changed after an attempt that may have created the class: sending the old key with the new
    // request is refused. Starting over is a deliberate new action.
    return {
      state: 'failed',
      text: 'This draft changed after an attempt that may already have created the class. Check the class list, or start over.',
      key,
      startOver: from === 'form',
    };
  }
  if (error instanceof ManagementError && error.outcomeUnknown) {
    return {
      state: 'unknown',
      text: `We could not confirm the class was created (${error.name}). Retry: it will not be created twice.`,
      key,
      retry: from === 'form',
    };
  }
  if (error instanceof InvalidArgumentError && from === 'list') {
    return { state: 'failed', text: 'Nothing to retry: it finished or was discarded, maybe in another tab.' };
  }
  if (error instanceof ManagementError && stillPending) {
    return {
      state: 'failed',
      text: `Creating the class failed (${error.message}). Retry when you are back online.`,
      key,
      retry: from === 'form',
    };
  }
  return {
    state: 'failed',
    text: `Creating the class failed: ${error instanceof Error ? error.message : String(error)}`,
    key,
  };
}

/** "Create class “Morning Flow”", or the method and path of another operation. */
export function describe(action: PendingAction): string {
  const name = (action.body as { name?: unknown } | undefined)?.name;
  return action.operationId === 'managementCreateClass' && typeof name === 'string'
    ? `Create class “${name}”`
    : `${action.method} ${action.path}`;
}

/** The line of an unconfirmed action: "Create class “Morning Flow” did not finish". */
export function unconfirmed(action: PendingAction): string {
  return `${describe(action)} ${action.outcomeUnknown ? 'did not finish' : 'was not sent'}.`;
}

/** The pending actions to list: those this tab is not sending right now (its status line shows those). */
export function listed(
  pending: readonly PendingAction[],
  sending: ReadonlyMap<string, number>,
): readonly PendingAction[] {
  return pending.filter((action) => !sending.has(action.name));
}
