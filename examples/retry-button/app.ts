/**
 * The retry-button pattern, in a plain page: a "Create class" form whose Retry button repeats the same action
 * with the same idempotency key, so the server replays the first result instead of creating a second class;
 * and, after a reload or in another tab, the list of actions that were not confirmed
 * (`client.actions.pending()`), each with Retry (`client.actions.resume`) and Discard
 * (`client.actions.forget`). Run it: `npm run example`, then open the URL it prints. react.tsx is the same
 * page in React.
 *
 * Query parameters: `api` (the Management API's URL), `retries` (the client's maxRetries), `window` (its
 * replayWindow, ms), `store` (`local`: keys in localStorage; by default in IndexedDB, see shared.ts).
 */
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

const client = pageClient();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('form');
const nameInput = $<HTMLInputElement>('name');
const retryButton = $<HTMLButtonElement>('retry');
const startOverButton = $<HTMLButtonElement>('start-over');
const status = $<HTMLParagraphElement>('status');
const keyNote = $<HTMLElement>('key');
const unfinished = $<HTMLElement>('unfinished');
const pendingList = $<HTMLUListElement>('pending');

let draft: Draft = loadDraft();
nameInput.value = draft.name;

function show(next: Status) {
  status.dataset.state = next.state;
  if (next.replayed === undefined) delete status.dataset.replayed;
  else status.dataset.replayed = String(next.replayed);
  status.textContent = next.text;
  keyNote.textContent = next.key === undefined ? '' : `Idempotency-Key: ${next.key}`;
  retryButton.hidden = !next.retry;
  startOverButton.hidden = !next.startOver;
}

// The actions this tab is sending (a double click sends one action twice): the status line shows them, the
// list does not.
const sending = new Map<string, number>();

async function whileSending<T>(action: string, work: () => Promise<T>): Promise<T> {
  sending.set(action, (sending.get(action) ?? 0) + 1);
  renderPending();
  try {
    return await work();
  } finally {
    const left = (sending.get(action) ?? 1) - 1;
    if (left > 0) sending.set(action, left);
    else sending.delete(action);
    renderPending();
  }
}

/** The draft was created: the form moves on to a new one (once, however many calls shared the request). */
function done(action: string) {
  if (actionOf(draft) !== action) return;
  draft = newDraft();
  nameInput.value = '';
}

async function create() {
  draft = saveDraft({ ...draft, name: nameInput.value });
  const action = actionOf(draft);
  show(working);
  try {
    const result = await whileSending(action, () =>
      client.classes.create(classBody(draft.name), { action }).withResponse(),
    );
    show(created(result));
    done(action);
  } catch (error) {
    show(await afterFailure(client, error, 'form', action));
  }
}

async function resume(action: string) {
  show(working);
  try {
    const result = await whileSending(action, () => client.actions.resume(action).withResponse());
    show(created(result));
    done(action);
  } catch (error) {
    show(await afterFailure(client, error, 'list', action));
  }
}

async function discard(action: string) {
  const what = client.actions.snapshot().find((entry) => entry.name === action);
  await client.actions.forget(action);
  show(discarded(what));
}

/** The unconfirmed actions, as `client.actions.snapshot()` has them: here, and as other tabs change them. */
function renderPending() {
  const shown = listed(client.actions.snapshot(), sending);
  unfinished.hidden = shown.length === 0;
  pendingList.dataset.count = String(shown.length);
  pendingList.replaceChildren(
    ...shown.map((action) => {
      const item = document.createElement('li');
      item.dataset.action = action.name;
      item.dataset.outcomeUnknown = String(action.outcomeUnknown);
      const text = document.createElement('span');
      text.textContent = `${unconfirmed(action)} `;
      item.append(text, button('resume', 'Retry'), button('discard', 'Discard'));
      return item;
    }),
  );
}

function button(does: 'resume' | 'discard', label: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.dataset.do = does;
  element.textContent = label;
  return element;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void create();
});
retryButton.addEventListener('click', () => void create());
startOverButton.addEventListener('click', async () => {
  await client.actions.forget(actionOf(draft));
  void create();
});
pendingList.addEventListener('click', (event) => {
  const target = (event.target as Element).closest<HTMLButtonElement>('button[data-do]');
  const action = target?.closest('li')?.dataset.action;
  if (target === null || action === undefined) return;
  void (target.dataset.do === 'resume' ? resume(action) : discard(action));
});

// After a reload, or when another tab changes them: the actions whose outcome is not confirmed.
client.actions.subscribe(renderPending);
renderPending();
show(idle);
