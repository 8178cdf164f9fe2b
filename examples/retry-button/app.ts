/**
 * The retry-button pattern, in a page: a "Create class" form whose Retry button repeats the same action with
 * the same idempotency key, even after a reload, so the server replays the first result instead of creating a
 * second class. Run it: `npm run example`, then open the URL it prints.
 *
 * Query parameters: `api` (the Management API's URL), `token`, `retries` (the client's maxRetries).
 */
import {
  IdempotencyConflictError,
  ManagementClient,
  ManagementError,
  WebStorageKeyStore,
} from 'management-sdk';

// The page's settings for the demo: the mock's URL and how many automatic retries (0 shows the Retry button).
const params = new URLSearchParams(location.search);
const retries = Number.parseInt(params.get('retries') ?? '', 10);
const keyStore = new WebStorageKeyStore(() => localStorage);
const client = new ManagementClient({
  baseUrl: params.get('api') ?? 'http://127.0.0.1:4010',
  // The mock's token. A real app gets its token from its sign-in flow, never from the page's URL.
  accessToken: 'test-token',
  maxRetries: Number.isInteger(retries) && retries >= 0 ? retries : 2,
  keyStore,
});

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('form');
const nameInput = $<HTMLInputElement>('name');
const retryButton = $<HTMLButtonElement>('retry');
const startOverButton = $<HTMLButtonElement>('start-over');
const status = $<HTMLParagraphElement>('status');
const keyNote = $<HTMLElement>('key');

// The draft names the action: the same draft is the same action, across retries and reloads.
interface Draft {
  id: string;
  name: string;
}
const DRAFT = 'retry-button-example:draft';
let draft: Draft = JSON.parse(localStorage.getItem(DRAFT) ?? 'null') ?? newDraft();
nameInput.value = draft.name;

function newDraft(): Draft {
  const fresh = { id: crypto.randomUUID().slice(0, 8), name: '' };
  localStorage.setItem(DRAFT, JSON.stringify(fresh));
  return fresh;
}

const action = () => `create-class:${draft.id}`;

function show(
  state: 'idle' | 'working' | 'success' | 'failed' | 'unknown',
  text: string,
  retry = false,
  startOver = false,
) {
  status.dataset.state = state;
  status.textContent = text;
  retryButton.hidden = !retry;
  startOverButton.hidden = !startOver;
}

async function create() {
  draft = { ...draft, name: nameInput.value };
  localStorage.setItem(DRAFT, JSON.stringify(draft));
  show('working', 'Creating…');
  try {
    const { data, replayed, idempotencyKey } = await client.classes
      .create(
        {
          name: draft.name,
          instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
          locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
          capacity: 20,
          durationMinutes: 60,
          startsAt: '2026-12-01T07:00:00Z',
        },
        { action: action() },
      )
      .withResponse();
    status.dataset.replayed = String(replayed);
    show(
      'success',
      replayed
        ? `Created “${data.name}” (${data.id}), replayed: the first attempt had already created it.`
        : `Created “${data.name}” (${data.id}).`,
    );
    keyNote.textContent = `Idempotency-Key: ${idempotencyKey}`;
    draft = newDraft();
    nameInput.value = '';
  } catch (error) {
    if (error instanceof IdempotencyConflictError && error.reason === 'key-reused') {
      // The draft changed after an attempt that may have created the class: sending the old key with the new
      // request is refused. Starting over is a deliberate new action.
      show(
        'failed',
        'This draft changed after an attempt that may already have created the class. Check the class list, or start over.',
        false,
        true,
      );
    } else if (error instanceof ManagementError && error.outcomeUnknown) {
      show(
        'unknown',
        `We could not confirm the class was created (${error.name}). Retry: it will not be created twice.`,
        true,
      );
    } else if (error instanceof ManagementError && (await keyStore.get(action())) !== undefined) {
      show('failed', `Creating the class failed (${error.message}). Retry when you are back online.`, true);
    } else {
      show('failed', `Creating the class failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    keyNote.textContent = error instanceof ManagementError ? `Idempotency-Key: ${error.idempotencyKey}` : '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void create();
});
retryButton.addEventListener('click', () => void create());
startOverButton.addEventListener('click', async () => {
  await client.forgetAction(action());
  void create();
});

// After a reload: an unfinished action still has its saved key, so offer to retry it.
const pending = await keyStore.get(action());
if (pending !== undefined) {
  show(
    'unknown',
    'An earlier attempt to create this class did not finish. Retry it: it will not be created twice.',
    true,
  );
  keyNote.textContent = `Idempotency-Key: ${pending.key}`;
}
