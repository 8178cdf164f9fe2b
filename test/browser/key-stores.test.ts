import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SavedKey } from '../../src/index.ts';
import { chromiumPath, launchChromium, missingChromium } from '../helpers/browser.ts';
import type { KeyStoresPage } from './key-stores-page.ts';

// IndexedDBKeyStore's contract in a real browser, across two pages of one browser context (one origin, one
// IndexedDB): create-if-absent under a race, compare-and-delete, entries, watch, and persistence. The page
// (key-stores-page.ts) is bundled with the SDK's source, as examples/retry-button/build.ts bundles the example.

const found = existsSync(chromiumPath);
const skip = process.env.NODE_LINE ? 'the browser test runs once, on the project Node line' : missingChromium;
const ACTION = 'create-class:draft-42';

/**
 * Runs `fn` in `tab` with the page's `window.keyStores`. `fn` is sent as source (it sees nothing of this file's
 * scope): everything it needs comes through `arg`.
 */
function inPage<R, A = undefined>(
  tab: Page,
  fn: (stores: KeyStoresPage, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  return tab.evaluate(
    ({ source, arg }) => {
      const stores = (window as unknown as { keyStores: KeyStoresPage }).keyStores;
      return new Function(`return (${source});`)()(stores, arg);
    },
    { source: fn.toString(), arg: arg as unknown },
  ) as Promise<R>;
}

/** The key `tab` reads for `action` (undefined: none). */
const keyIn = (tab: Page, action = ACTION) =>
  inPage(tab, async (stores, name) => (await stores.store().get(name))?.key, action);

describe('IndexedDBKeyStore in Chromium', { skip }, () => {
  let browser: Browser;
  let server: Server;
  let context: BrowserContext;
  /** Two pages of one context (one origin: one IndexedDB), shared by the tests; each test has its database. */
  let a: Page;
  let b: Page;
  const errors: string[] = [];

  /** Opens the page in the context. */
  async function open(url: string): Promise<Page> {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    tab.setDefaultTimeout(5_000);
    await tab.goto(url);
    await tab.waitForFunction(() => 'keyStores' in window);
    return tab;
  }
  let url: string;

  before(async () => {
    assert.ok(found, `Chromium is required in CI: none at ${chromiumPath}`);
    const bundle = build({
      entryPoints: [fileURLToPath(new URL('./key-stores-page.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      alias: { 'management-sdk': fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
    });
    let script: string;
    [browser, script] = await Promise.all([
      launchChromium(),
      bundle.then((result) => result.outputFiles[0]?.text ?? ''),
    ]);
    server = createServer((req, res) => {
      const js = req.url === '/stores.js';
      res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
      res.end(
        js
          ? script
          : '<!doctype html><link rel="icon" href="data:,"><script type="module" src="/stores.js"></script>',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    context = await browser.newContext();
    [a, b] = await Promise.all([open(url), open(url)]);
  });
  after(async () => {
    await browser?.close();
    if (server !== undefined) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    assert.deepEqual(errors, [], 'no error in the pages');
  });

  /** Both pages use the database `name` (undefined: the default one): a test's own, empty. */
  async function use(name: string | undefined): Promise<void> {
    await Promise.all(
      [a, b].map((tab) => inPage(tab, (stores, name) => stores.use(name ?? undefined), name ?? null)),
    );
  }

  /** Polls `check` until it holds (5 s at most). */
  async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
    for (const started = Date.now(); !(await check()); await sleep(10)) {
      assert.ok(Date.now() - started < 5_000, `timed out: ${what}`);
    }
  }

  test('40 concurrent adds of one action from two pages (20 each, into a database neither opened yet): one winner, which every add returns and every page reads', async () => {
    await use(undefined); // the default database, which neither page opened yet
    // Both pages start at one moment (a shared clock): their first transactions, and their opens, race.
    const at = Date.now() + 150;
    const won = await Promise.all(
      [a, b].map((tab, index) =>
        inPage(
          tab,
          async (stores, { at, page, action }) => {
            await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
            // Half through the page's one store (one connection), half through a store each (a connection
            // each, opened concurrently), as several clients of a page would.
            return Promise.all(
              Array.from({ length: 20 }, async (_, i) => {
                const store = i % 2 === 0 ? stores.store() : stores.another();
                return (await store.add(action, stores.saved(`key-${page}-${i}`))).key;
              }),
            );
          },
          { at, page: index === 0 ? 'a' : 'b', action: ACTION },
        ),
      ),
    );
    const keys = won.flat();
    assert.equal(keys.length, 40);
    const winners = new Set(keys);
    assert.equal(winners.size, 1, `one winner: ${[...winners].join(', ')}`);
    const [winner] = winners;
    assert.match(winner ?? '', /^key-[ab]-\d+$/, 'the winner is one of the adds');
    // Every page reads it, through its store and through a fresh one; and it is the only entry.
    for (const tab of [a, b]) {
      assert.equal(await keyIn(tab), winner);
      const fresh = await inPage(
        tab,
        async (stores, action) => (await stores.another().get(action))?.key,
        ACTION,
      );
      assert.equal(fresh, winner);
      const entries = await inPage(tab, async (stores) =>
        (await stores.store().entries()).map(([name]) => name),
      );
      assert.deepEqual(entries, [ACTION]);
    }
  });

  test('a write is read by the other page as soon as it resolves (the transaction has committed)', async () => {
    await use('read-after-write');
    for (let round = 0; round < 20; round++) {
      const [writer, reader] = round % 2 === 0 ? [a, b] : [b, a];
      const key = `key-${round}`;
      await inPage(writer, (stores, { action, key }) => stores.store().set(action, stores.saved(key)), {
        action: ACTION,
        key,
      });
      assert.equal(await keyIn(reader), key, `round ${round}: set, then read by the other page`);
      await inPage(reader, (stores, { action, key }) => stores.store().delete(action, key), {
        action: ACTION,
        key,
      });
      assert.equal(await keyIn(writer), undefined, `round ${round}: deleted, then read by the other page`);
    }
  });

  test('compare-and-delete: deleting a stale key keeps the newer one another page saved; the current key, or no key, deletes', async () => {
    await use('compare-and-delete');
    const set = (tab: Page, key: string) =>
      inPage(tab, (stores, { action, key }) => stores.store().set(action, stores.saved(key)), {
        action: ACTION,
        key,
      });
    const remove = (tab: Page, key?: string) =>
      inPage(tab, (stores, { action, key }) => stores.store().delete(action, key ?? undefined), {
        action: ACTION,
        key: key ?? null,
      });

    await set(a, 'key-old');
    await set(b, 'key-new'); // page B replaced it meanwhile
    await remove(a, 'key-old'); // page A lets go of the key it had: not B's
    assert.equal(await keyIn(a), 'key-new');
    assert.equal(await keyIn(b), 'key-new');
    // An add now finds B's key and returns it.
    const added = await inPage(
      a,
      async (stores, action) => (await stores.store().add(action, stores.saved('key-late'))).key,
      ACTION,
    );
    assert.equal(added, 'key-new');

    await remove(a, 'key-new'); // the current key: deleted
    assert.equal(await keyIn(b), undefined);
    await set(b, 'key-3');
    await remove(a); // no key: deleted whatever it is
    assert.equal(await keyIn(b), undefined);
    await remove(b, 'key-absent'); // nothing saved: nothing happens, no error
    assert.equal(await keyIn(a), undefined);
  });

  test('entries() lists what the other page wrote and skips corrupt values; add replaces a corrupt value', async () => {
    await use('entries');
    await inPage(b, async (stores) => {
      await stores.store().set('create-class:one', stores.saved('key-one'));
      await stores.store().set('create-class:two', { ...stores.saved('key-two'), operationId: 'op' });
      // Written past the SDK: not saved keys.
      await stores.rawPut('corrupt:string', '{"key":"k","createdAt":1}');
      await stores.rawPut('corrupt:null', null);
      await stores.rawPut('corrupt:no-time', { key: 'key-x' });
      await stores.rawPut('corrupt:empty-key', { key: '', createdAt: 1 });
      await stores.rawPut('corrupt:bad-time', { key: 'key-y', createdAt: Number.NaN });
    });
    const entries = await inPage(a, async (stores) => stores.store().entries());
    const byName = new Map<string, SavedKey>(entries);
    assert.deepEqual([...byName.keys()].sort(), ['create-class:one', 'create-class:two']);
    assert.equal(byName.get('create-class:one')?.key, 'key-one');
    assert.equal(byName.get('create-class:two')?.key, 'key-two');
    assert.equal(byName.get('create-class:two')?.operationId, 'op', 'saved as written');
    assert.equal(byName.get('create-class:one')?.firstSentAt, null);
    assert.equal(await keyIn(a, 'corrupt:no-time'), undefined, 'get skips it too');
    // A corrupt value is no key: add saves its own over it.
    const added = await inPage(
      a,
      async (stores) => (await stores.store().add('corrupt:null', stores.saved('key-fresh'))).key,
    );
    assert.equal(added, 'key-fresh');
    assert.equal(await keyIn(b, 'corrupt:null'), 'key-fresh');
  });

  test("watch in one page hears the other page's writes (set, add, delete), and stops once unsubscribed", async (t) => {
    await use('watch');
    await inPage(a, (stores) => {
      stores.watch('stopped');
      stores.watch('kept');
    });
    const calls = (id: string) => inPage(a, (stores, id) => stores.calls(id), id);
    const write = (what: 'set' | 'add' | 'delete') =>
      inPage(
        b,
        async (stores, { what, action }) => {
          const store = stores.store();
          if (what === 'set') await store.set(action, stores.saved(`key-${what}`));
          else if (what === 'add') await store.add(action, stores.saved(`key-${what}`));
          else await store.delete(action);
        },
        { what, action: ACTION },
      );

    let heard = 0;
    for (const what of ['set', 'delete', 'add'] as const) {
      await write(what);
      await eventually(`page A hears page B's ${what}`, async () => (await calls('kept')) > heard);
      heard = await calls('kept');
    }
    await eventually('both watches heard the same writes', async () => (await calls('stopped')) === heard);
    const before = await calls('stopped');

    await inPage(a, (stores) => stores.unwatch('stopped'));
    await write('delete');
    await eventually("page A's other watch hears the next write", async () => (await calls('kept')) > heard);
    await sleep(50); // what would still be delivered to the stopped one
    assert.equal(await calls('stopped'), before, 'the unsubscribed listener is not called again');

    // For the report: whether a page's watch also hears that page's own writes (the KeyStore contract asks
    // for other tabs' changes only; hearing its own only makes a client list its actions once more).
    const own = await calls('kept');
    await inPage(a, (stores, action) => stores.store().set(action, stores.saved('key-own')), ACTION);
    await sleep(100);
    t.diagnostic(`page A's watch heard its own write: ${(await calls('kept')) > own}`);
  });

  // Last: it closes both pages.
  test('saved keys outlive both pages: a page opened after both closed reads them', async () => {
    await use('outlive');
    await inPage(a, (stores) => stores.store().set('create-class:a', stores.saved('key-a')));
    await inPage(b, (stores) => stores.store().add('create-class:b', stores.saved('key-b')));
    await Promise.all([a.close(), b.close()]);

    const c = await open(url);
    await inPage(c, (stores) => stores.use('outlive'));
    assert.equal(await keyIn(c, 'create-class:a'), 'key-a');
    assert.equal(await keyIn(c, 'create-class:b'), 'key-b');
    const names = await inPage(c, async (stores) => (await stores.store().entries()).map(([name]) => name));
    assert.deepEqual(names.sort(), ['create-class:a', 'create-class:b']);
  });
});
