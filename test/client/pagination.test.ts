import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classBody, clientFor, startMock } from '../helpers.ts';

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
