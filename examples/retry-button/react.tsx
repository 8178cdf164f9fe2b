/**
 * The retry-button page of app.ts, in React 19: the same form, the same list of unconfirmed actions, the same
 * element ids and data attributes (test/browser drives both). The list is bound to the client with
 * `useSyncExternalStore(client.actions.subscribe, client.actions.snapshot)`: it changes when this tab's calls
 * or another tab's change the pending actions. Served at /react.html by `npm run example`.
 *
 * Query parameters: `api`, `retries`, `window`, `store`, as for app.ts.
 */
import { StrictMode, useRef, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import {
  actionOf,
  afterFailure,
  classBody,
  created,
  type Draft,
  discarded,
  idle,
  listed,
  loadDraft,
  newDraft,
  pageClient,
  type Status,
  saveDraft,
  unconfirmed,
  working,
} from './shared.ts';

// One client for the page, made outside React: its saved keys and single flight outlive any component.
const client = pageClient();

function CreateClass() {
  const pending = useSyncExternalStore(client.actions.subscribe, client.actions.snapshot);
  // The draft's id is never shown: a ref, read by handlers that finish after other renders.
  const [saved] = useState(loadDraft);
  const draft = useRef<Draft>(saved);
  const [name, setName] = useState(saved.name);
  const [status, setStatus] = useState<Status>(idle);
  // The actions this tab is sending (a double click sends one action twice): the status shows them, the list not.
  const [sending, setSending] = useState<ReadonlyMap<string, number>>(new Map());

  const count = (action: string, delta: 1 | -1) =>
    setSending((before) => {
      const next = new Map(before);
      const now = (next.get(action) ?? 0) + delta;
      if (now > 0) next.set(action, now);
      else next.delete(action);
      return next;
    });

  async function whileSending<T>(action: string, work: () => Promise<T>): Promise<T> {
    count(action, 1);
    try {
      return await work();
    } finally {
      count(action, -1);
    }
  }

  /** The draft was created: the form moves on to a new one (once, however many calls shared the request). */
  function done(action: string) {
    if (actionOf(draft.current) !== action) return;
    draft.current = newDraft();
    setName('');
  }

  async function create() {
    draft.current = saveDraft({ ...draft.current, name });
    const action = actionOf(draft.current);
    setStatus(working);
    try {
      const result = await whileSending(action, () =>
        client.classes.create(classBody(name), { action }).withResponse(),
      );
      setStatus(created(result));
      done(action);
    } catch (error) {
      setStatus(await afterFailure(client, error, 'form', action));
    }
  }

  async function resume(action: string) {
    setStatus(working);
    try {
      const result = await whileSending(action, () => client.actions.resume(action).withResponse());
      setStatus(created(result));
      done(action);
    } catch (error) {
      setStatus(await afterFailure(client, error, 'list', action));
    }
  }

  async function discard(action: string) {
    const what = pending.find((entry) => entry.name === action);
    await client.actions.forget(action);
    setStatus(discarded(what));
  }

  async function startOver() {
    await client.actions.forget(actionOf(draft.current));
    await create();
  }

  const shown = listed(pending, sending);
  return (
    <>
      <h1>Create a class</h1>
      <form
        id="form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label htmlFor="name">Class name</label>
        <input
          id="name"
          name="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button id="create" type="submit">
          Create class
        </button>
        <button id="retry" type="button" hidden={!status.retry} onClick={() => void create()}>
          Retry
        </button>
        <button id="start-over" type="button" hidden={!status.startOver} onClick={() => void startOver()}>
          Start over as a new class
        </button>
      </form>
      <p id="status" data-state={status.state} data-replayed={status.replayed}>
        {status.text}
      </p>
      <small id="key">{status.key === undefined ? '' : `Idempotency-Key: ${status.key}`}</small>
      <section id="unfinished" hidden={shown.length === 0}>
        <h2>Not confirmed</h2>
        <ul id="pending" data-count={shown.length}>
          {shown.map((action) => (
            <li key={action.name} data-action={action.name} data-outcome-unknown={action.outcomeUnknown}>
              <span>{unconfirmed(action)} </span>
              <button type="button" data-do="resume" onClick={() => void resume(action.name)}>
                Retry
              </button>
              <button type="button" data-do="discard" onClick={() => void discard(action.name)}>
                Discard
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <CreateClass />
  </StrictMode>,
);
