import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, describe, type TestContext, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { ExamplePage } from '../../examples/retry-button/build.ts';
import { type ExampleSite, serveExample } from '../../examples/retry-button/serve.ts';
import { createMockServer, type MockServerOptions } from '../../src/testing/index.ts';
import { chromiumPath, launchChromium, missingChromium } from '../helpers/browser.ts';

// The retry-button example (examples/retry-button), both versions of the page (plain DOM and React, the same
// ids and data attributes), driven in Chromium against the mock server.

const root = fileURLToPath(new URL('../../', import.meta.url));
const found = existsSync(chromiumPath);
const skip = process.env.NODE_LINE ? 'the browser test runs once, on the project Node line' : missingChromium;
const CREATE = 'managementCreateClass';
/** Where the pages keep their draft (shared.ts). */
const DRAFT = 'retry-button-example:draft';

interface Draft {
  readonly id: string;
  readonly name: string;
}

/** The key a page's store holds for `action`: IndexedDB (the pages' default) or, with `store=local`, localStorage. */
function savedKey(tab: Page, action: string, store: 'indexeddb' | 'local'): Promise<string | null> {
  if (store === 'local') {
    return tab.evaluate(
      (name) => JSON.parse(localStorage.getItem(`management-sdk:action-key:${name}`) ?? 'null')?.key ?? null,
      action,
    );
  }
  return tab.evaluate(
    (name) =>
      new Promise<string | null>((resolve, reject) => {
        // The database IndexedDBKeyStore opens (made as it makes it, should this open come first).
        const open = indexedDB.open('management-sdk:action-keys', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('keys');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('keys').objectStore('keys').get(name);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { key?: string } | undefined)?.key ?? null);
          };
        };
      }),
    action,
  );
}

/** Each page, with the suffix of its screenshots (the plain page keeps the names it always had). */
const pages: [page: ExamplePage, suffix: string][] = [
  ['plain', ''],
  ['react', '-react'],
];

describe('retry-button example', { skip }, () => {
  let browser: Browser;
  let site: ExampleSite;
  before(async () => {
    assert.ok(found, `Chromium is required in CI: none at ${chromiumPath}`);
    mkdirSync(`${root}artifacts`, { recursive: true });
    [site, browser] = await Promise.all([serveExample(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /**
   * A mock server and a browser context (one localStorage, one IndexedDB, one set of Web Locks) for one test,
   * and `open`, which opens the page in a new tab of that context with the page's query (`api` is the mock's)
   * and, if given, the draft it is to edit.
   */
  async function setup(t: TestContext, page: ExamplePage, options: MockServerOptions = {}) {
    const mock = await createMockServer({ seedData: false, ...options });
    t.after(() => mock.close());
    const context = await browser.newContext();
    t.after(() => context.close());
    const errors: string[] = [];
    const open = async (query: Record<string, string> = {}, draft?: Draft): Promise<Page> => {
      const tab = await context.newPage();
      // This draft, as the page loads: the tab edits exactly that one (see {@link draftOf}).
      if (draft !== undefined) {
        await tab.addInitScript(([name, value]) => localStorage.setItem(name, value), [
          DRAFT,
          JSON.stringify(draft),
        ] as const);
      }
      tab.on('pageerror', (error) => errors.push(`${page}: ${error.message}`));
      tab.on('console', (message) => {
        if (process.env.DEBUG_BROWSER) console.log(`${page}:`, message.text());
        // A dropped connection is logged by Chromium itself (net::ERR_EMPTY_RESPONSE): that one is expected.
        if (message.type() === 'error' && !/net::ERR_/.test(message.text())) {
          errors.push(`${page} console: ${message.text()}`);
        }
      });
      tab.setDefaultTimeout(10_000);
      const search = new URLSearchParams({ api: mock.url, retries: '0', ...query });
      await tab.goto(`${site.url}${site.pages[page]}?${search}`);
      await tab.waitForSelector('#status[data-state="idle"]');
      return tab;
    };
    const posts = () => mock.requests.filter((r) => r.method === 'POST');
    return { mock, open, errors, posts };
  }

  /** Waits for `selector` (present, visible or not); on a timeout, says what the page showed. */
  async function until(tab: Page, selector: string, errors: readonly string[]): Promise<void> {
    await tab.waitForSelector(selector, { state: 'attached' }).catch(async (error: Error) => {
      const shown = async (at: string) =>
        (await tab
          .locator(at)
          .textContent()
          .catch(() => null)) ?? '?';
      throw new Error(
        `${error.message}\nstatus: ${await shown('#status')}\npending: ${await shown('#pending')}\nerrors: ${errors.join('; ')}`,
      );
    });
  }

  /** Polls `check` until it holds (10 s at most). */
  async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
    for (const started = Date.now(); !(await check()); await sleep(20)) {
      assert.ok(Date.now() - started < 10_000, `timed out: ${what}`);
    }
  }

  /** The draft a tab edits, as it saved it (its own write: what it reads back is what it uses). */
  async function draftOf(tab: Page): Promise<Draft> {
    return JSON.parse((await tab.evaluate((name) => localStorage.getItem(name), DRAFT)) ?? 'null') as Draft;
  }

  /** The action the list shows (there is one). */
  async function listedAction(tab: Page): Promise<string> {
    const action = await tab.getAttribute('#pending li', 'data-action');
    assert.match(action ?? '', /^create-class:/, 'an action is listed');
    return action as string;
  }

  for (const [page, suffix] of pages) {
    test(`${page} page: a failed create offers Retry, replayed with one class; a double click sends one request; an edited draft is refused until started over`, async (t) => {
      const { mock, open, errors, posts } = await setup(t, page);
      const tab = await open();

      // 1. The server commits the first create, then the connection drops; with no retries the page shows it.
      // Chromium itself resends a request once when a reused keep-alive connection drops before any response
      // (the same bytes, so the same key: the replay is dropped too here). Unused drops are cleared after.
      mock.inject({ type: 'drop-after-action' }, { times: 2 });
      await tab.fill('#name', 'Morning Flow');
      await tab.click('#create');
      await until(tab, '#status[data-state="unknown"]', errors);
      assert.equal(await tab.isVisible('#retry'), true);
      assert.equal(mock.effects.byOperation(CREATE), 1);
      mock.clearFaults();
      // The unconfirmed action is also listed, from client.actions.pending().
      await until(tab, '#pending[data-count="1"]', errors);
      assert.match(
        (await tab.textContent('#pending li')) ?? '',
        /Create class “Morning Flow” did not finish/,
      );

      // 2. Retry sends the same key: the server replays, and there is still one class.
      await tab.click('#retry');
      await until(tab, '#status[data-state="success"]', errors);
      assert.equal(await tab.getAttribute('#status', 'data-replayed'), 'true');
      assert.match((await tab.textContent('#status')) ?? '', /replayed/);
      assert.equal(mock.effects.byOperation(CREATE), 1);
      const keys = posts().map((r) => r.idempotencyKey);
      assert.equal(new Set(keys).size, 1, `one key for the whole action: ${keys.join(', ')}`);
      await until(tab, '#pending[data-count="0"]', errors);
      assert.equal(await tab.isVisible('#unfinished'), false);
      await tab.screenshot({ path: `${root}artifacts/retry-button${suffix}-replayed.png`, fullPage: true });

      // 3. A double click on Create (a slow server, so both clicks land while the first is in flight): one request.
      const before = posts().length;
      mock.inject({ type: 'delay', ms: 300 });
      await tab.fill('#name', 'Evening Yin');
      await tab.dblclick('#create');
      await until(tab, '#status[data-state="success"]', errors);
      assert.equal(posts().length - before, 1, 'the server saw one request');
      assert.equal(mock.effects.byOperation(CREATE), 2);
      assert.equal(await tab.inputValue('#name'), '', 'the form moved on to a new draft');
      await tab.screenshot({ path: `${root}artifacts/retry-button${suffix}.png`, fullPage: true });

      // 4. A failed create whose draft is then edited: the saved key is refused for the changed request (nothing
      //    sent), until the user deliberately starts over.
      mock.inject({ type: 'drop-after-action' }, { times: 2 });
      await tab.fill('#name', 'Lunch Pilates');
      await tab.click('#create');
      await until(tab, '#status[data-state="unknown"]', errors);
      mock.clearFaults();
      const sent = posts().length;
      await tab.fill('#name', 'Lunch Pilates (edited)');
      await tab.click('#create');
      await until(tab, '#start-over:not([hidden])', errors);
      assert.equal(posts().length, sent, 'the edited request was refused before sending');
      // The list still shows the request that may have happened, as it was sent.
      assert.match((await tab.textContent('#pending li')) ?? '', /“Lunch Pilates” did not finish/);
      await tab.click('#start-over');
      await until(tab, '#status[data-state="success"]', errors);
      assert.match((await tab.textContent('#status')) ?? '', /Lunch Pilates \(edited\)/);
      assert.equal(mock.effects.byOperation(CREATE), 4, 'the first attempt and the deliberate new class');
      await until(tab, '#pending[data-count="0"]', errors);
      assert.deepEqual(errors, []);
    });

    test(`${page} page: an unconfirmed create outlives its page: a new page lists it, and its Retry (resume) is replayed, one class`, async (t) => {
      const { mock, open, errors, posts } = await setup(t, page);
      const first = await open();
      mock.inject({ type: 'drop-after-action' }, { times: 2 }); // and Chromium's own resend, see above
      await first.fill('#name', 'Morning Flow');
      await first.click('#create');
      await until(first, '#status[data-state="unknown"]', errors);
      mock.clearFaults();
      assert.equal(mock.effects.byOperation(CREATE), 1);
      const sentKeys = new Set(posts().map((r) => r.idempotencyKey));
      assert.equal(sentKeys.size, 1);
      await first.close();

      // A new page of the same browser profile: nothing in memory, only what the key store kept.
      const second = await open();
      await until(second, '#pending[data-count="1"]', errors);
      const action = await listedAction(second);
      const item = `#pending li[data-action="${action}"]`;
      assert.match((await second.textContent(item)) ?? '', /^Create class “Morning Flow” did not finish\./);
      assert.equal(await second.getAttribute(item, 'data-outcome-unknown'), 'true');
      assert.equal(await second.isVisible(item), true);
      assert.equal(await second.isVisible('#retry'), false, 'the list offers it, not the idle form');
      // Another tab lists it too, and follows what the second one does (client.actions.subscribe).
      const other = await open();
      await until(other, item, errors);
      const before = posts().length;

      await second.click(`${item} button[data-do="resume"]`);
      await until(second, '#status[data-state="success"]', errors);
      assert.equal(await second.getAttribute('#status', 'data-replayed'), 'true');
      assert.match(
        (await second.textContent('#status')) ?? '',
        /Created “Morning Flow” \(cls_\w+\), replayed/,
      );
      const resumed = posts().slice(before);
      assert.equal(resumed.length, 1, 'resume sent one request');
      assert.equal(resumed[0]?.idempotencyKey, [...sentKeys][0], 'with the saved key');
      assert.equal(resumed[0]?.replayed, true, 'which the server replayed');
      assert.equal(mock.effects.byOperation(CREATE), 1, 'one class');
      assert.match((await second.textContent('#key')) ?? '', new RegExp([...sentKeys][0] ?? '-'));
      await until(second, '#pending[data-count="0"]', errors);
      await until(other, '#pending[data-count="0"]', errors); // no reload: the store's change reached it
      assert.equal(await second.inputValue('#name'), '', 'the resumed draft was done: the form moved on');
      await second.screenshot({ path: `${root}artifacts/retry-button${suffix}-resumed.png`, fullPage: true });

      assert.deepEqual(errors, []);
    });

    for (const store of page === 'plain' ? (['indexeddb', 'local'] as const) : (['indexeddb'] as const)) {
      const strict = store === 'indexeddb';
      const title = strict
        ? `${page} page: two tabs pressing Create for the same draft at once send one request, create one class, and both show it`
        : `${page} page, store=local: two tabs pressing Create for the same draft at once create one class with one key, and both show it`;
      test(title, async (t) => {
        const { mock, open, errors, posts } = await setup(t, page);
        const query = strict ? {} : { store: 'local' };
        const a = await open(query);
        // The same draft in both tabs: the second loads with the one the first saved (its own copy of
        // localStorage could be a moment behind the first tab's, and it would start a draft of its own).
        const draft = await draftOf(a);
        const b = await open(query, draft);
        assert.equal((await draftOf(b)).id, draft.id, 'both tabs edit the same draft');
        const action = `create-class:${draft.id}`;
        await a.fill('#name', 'Morning Flow');
        await b.fill('#name', 'Morning Flow');
        // Held on the server until the other tab is waiting for the action's Web Lock: both presses land
        // while the first request is in flight, however slow the machine.
        const held = mock.hold({ operationId: CREATE });
        await Promise.all([a.click('#create'), b.click('#create')]);
        await held.arrived;
        // Before the answer: the other tab waits for the action's Web Lock, and both tabs see the saved key.
        const waiting = async () =>
          (await a.evaluate(() => navigator.locks.query())).pending?.some(
            (request) => request.name === `management-sdk:action:${action}`,
          ) ?? false;
        await eventually('the second tab waits for the lock and sees the key', async () => {
          const [keyA, keyB] = [await savedKey(a, action, store), await savedKey(b, action, store)];
          return (await waiting()) && keyA !== null && keyA === keyB;
        });
        held.release();

        await until(a, '#status[data-state="success"]', errors);
        await until(b, '#status[data-state="success"]', errors);
        assert.equal(mock.effects.byOperation(CREATE), 1, 'one class');
        const keys = new Set(posts().map((r) => r.idempotencyKey));
        assert.equal(keys.size, 1, `one key: ${[...keys].join(', ')}`);
        const replayed = [
          await a.getAttribute('#status', 'data-replayed'),
          await b.getAttribute('#status', 'data-replayed'),
        ];
        assert.deepEqual(replayed.sort(), ['false', 'true'], 'the waiting tab shows the first one’s result');
        const ids = await Promise.all(
          [a, b].map(async (tab) => (await tab.textContent('#status'))?.match(/cls_\w+/)?.[0]),
        );
        assert.ok(ids[0] !== undefined && ids[0] === ids[1], `both show the same class: ${ids.join(', ')}`);
        const sent = posts().map((r) => `${r.status}${r.replayed ? ' replayed' : ''}`);
        t.diagnostic(`the server saw ${sent.length} create(s): ${sent.join(', ')}`);
        if (strict) {
          // IndexedDB: the first tab's settled result committed before it released the lock, so the waiting
          // tab read it and sent nothing. (localStorage may reach the waiting tab late: it can send the key
          // again, and the server replays it.)
          assert.equal(sent.length, 1, `the server saw one create: ${sent.join('; ')}`);
        }
        for (const tab of [a, b]) await until(tab, '#pending[data-count="0"]', errors);
        // Once the waiting tab had it, the settled entry is let go: nothing is left in the store.
        await eventually(
          'the settled entry is let go',
          async () => (await savedKey(a, action, store)) === null,
        );
        await b.screenshot({
          path: `${root}artifacts/retry-button${suffix}${strict ? '' : '-local'}-two-tabs.png`,
          fullPage: true,
        });
        assert.deepEqual(errors, []);
      });
    }

    test(`${page} page: an unconfirmed create whose key expired is refused with ActionExpiredError, nothing sent; after Discard, Create sends a fresh key`, async (t) => {
      const windowMs = 1500;
      const { mock, open, errors, posts } = await setup(t, page, { replayWindowMs: windowMs });
      const query = { window: String(windowMs) };
      const tab = await open(query);
      mock.inject({ type: 'drop-after-action' }, { times: 2 }); // and Chromium's own resend, see above
      await tab.fill('#name', 'Morning Flow');
      await tab.click('#create');
      await until(tab, '#status[data-state="unknown"]', errors);
      const unknownAt = Date.now();
      mock.clearFaults();
      const firstKeys = new Set(posts().map((r) => r.idempotencyKey));
      assert.equal(firstKeys.size, 1);

      // Past the replay window (of the client, and of the server, which would now perform it again).
      await sleep(Math.max(0, windowMs + 200 - (Date.now() - unknownAt)));
      await tab.reload(); // nothing in memory: only what the key store kept
      await until(tab, '#pending[data-count="1"]', errors);
      const action = await listedAction(tab);
      const item = `#pending li[data-action="${action}"]`;
      const sent = posts().length;

      await tab.click(`${item} button[data-do="resume"]`);
      await until(tab, '#status[data-state="expired"]', errors);
      const refusal = (await tab.textContent('#status')) ?? '';
      assert.match(refusal, /ActionExpiredError/);
      assert.match(refusal, /check whether it happened/i);
      assert.match((await tab.textContent('#key')) ?? '', new RegExp([...firstKeys][0] ?? '-'));
      // The form's Create of the same draft is refused alike: the action may have happened.
      await tab.click('#create');
      await until(tab, '#status[data-state="expired"]', errors);
      assert.equal(posts().length, sent, 'nothing was sent');
      assert.equal(mock.effects.byOperation(CREATE), 1);
      await until(tab, '#pending[data-count="1"]', errors); // still there until discarded
      await tab.screenshot({ path: `${root}artifacts/retry-button${suffix}-expired.png`, fullPage: true });

      // The user checked (no such class, say) and lets it go: the next Create is a new action, with a new key.
      await tab.click(`${item} button[data-do="discard"]`);
      await until(tab, '#pending[data-count="0"]', errors);
      assert.match((await tab.textContent('#status')) ?? '', /discarded/);
      await tab.click('#create');
      await until(tab, '#status[data-state="success"]', errors);
      assert.equal(await tab.getAttribute('#status', 'data-replayed'), 'false');
      const fresh = posts().slice(sent);
      assert.equal(fresh.length, 1);
      assert.ok(fresh[0]?.idempotencyKey, 'sent with a key');
      assert.ok(!firstKeys.has(fresh[0]?.idempotencyKey), 'a fresh key, not the expired one');
      assert.equal(mock.effects.byOperation(CREATE), 2);
      assert.deepEqual(errors, []);
    });
  }
});
