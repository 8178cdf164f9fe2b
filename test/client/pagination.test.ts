import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidResponseError } from '../../src/index.ts';
import { clientFor, observedFetch } from '../helpers/client.ts';
import { classBody, rejection } from '../helpers/fixtures.ts';
import { startMock } from '../helpers/mock.ts';

test('awaiting a list gives its first page; iterating it gives every item of every page', async (t) => {
  const mock = await startMock(t, { seedData: false });
  const client = clientFor(mock);
  for (let i = 0; i < 7; i++) await client.classes.create(classBody(`Class ${i}`));
  const first = await client.classes.list({ limit: 3 });
  assert.equal(first.data.length, 3);
  assert.equal(typeof first.nextCursor, 'string');
  const names: string[] = [];
  for await (const cls of client.classes.list({ limit: 3 })) names.push(cls.name);
  assert.deepEqual([...names].sort(), Array.from({ length: 7 }, (_, i) => `Class ${i}`).sort());
  const pageRequests = mock.requests.filter((r) => r.method === 'GET').length;
  assert.equal(pageRequests, 1 + 3, 'the first page once for await, then three pages for the iteration');
});

test('nested lists iterate too: rooms of a location', async (t) => {
  const mock = await startMock(t, { seedData: false });
  const client = clientFor(mock);
  const location = await client.locations.create({
    name: 'Downtown',
    timezone: 'Europe/Berlin',
    address: { line1: 'Torstraße 1', city: 'Berlin', postalCode: '10119', country: 'DE' },
  });
  for (let i = 0; i < 3; i++)
    await client.locations.rooms.create(location.id, { name: `Room ${i}`, capacity: 10 + i });
  const rooms = [];
  for await (const room of client.locations.rooms.list(location.id, { limit: 2 })) rooms.push(room);
  assert.equal(rooms.length, 3);
  assert.ok(rooms.every((room) => room.locationId === location.id));
});

test('a page whose nextCursor is not a string ends the iteration with InvalidResponseError, not a loop', async (t) => {
  const mock = await startMock(t);
  // The mock's real pages, with the cursor turned into an object as a broken server might send it.
  const fetch = observedFetch(async (_request, forward) => {
    const response = await forward();
    const page = (await response.json()) as { data: unknown[]; nextCursor: unknown };
    const body = JSON.stringify({ ...page, nextCursor: { page: 2 } });
    return new Response(body, { status: response.status, headers: response.headers });
  });
  const iterate = async () => {
    for await (const _ of clientFor(mock, { fetch }).classes.list({ limit: 1 })) {
      // drain
    }
  };
  const error = await rejection(iterate());
  assert.ok(error instanceof InvalidResponseError);
  assert.match(error.message, /^GET .*nextCursor/);
  assert.equal(mock.requests.length, 1);
});
