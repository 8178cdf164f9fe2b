import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operationTable } from '../../generated/operations.ts';
import { classBody, PROBLEM, SEED } from '../helpers/fixtures.ts';
import { call } from '../helpers/http.ts';
import { startMock } from '../helpers/mock.ts';
import { responseSchemaPointer, schemaErrors } from '../helpers/schema.ts';

const locationBody = {
  name: 'Kreuzberg',
  address: { line1: 'Oranienstraße 1', city: 'Berlin', postalCode: '10999', country: 'DE' },
  timezone: 'Europe/Berlin',
};

test('every operation answers a valid request with its success status and a body valid against its schema', async (t) => {
  const server = await startMock(t);
  const created = async (path: string, body: unknown) => (await call(server, 'POST', path, { body })).json.id;
  const locationId = await created('/v1/locations', locationBody);
  const roomId = await created(`/v1/locations/${SEED.locationId}/rooms`, { name: 'Studio B', capacity: 12 });
  const loc = `/v1/locations/${SEED.locationId}`;
  const requests: Record<string, [string, unknown?]> = {
    managementListClasses: ['/v1/classes'],
    managementCreateClass: ['/v1/classes', classBody()],
    managementGetClass: [`/v1/classes/${SEED.classId}`],
    managementUpdateClass: [`/v1/classes/${SEED.classId}`, { capacity: 24, description: null }],
    managementCancelClass: [`/v1/classes/${SEED.classId}`],
    managementListMembers: ['/v1/members'],
    managementInviteMember: ['/v1/members/invites', { email: 'sam@example.org', planId: SEED.planId }],
    managementGetMember: [`/v1/members/${SEED.membershipId}`],
    managementUpdateMember: [`/v1/members/${SEED.membershipId}`, { status: 'paused' }],
    managementCancelMembership: [`/v1/members/${SEED.membershipId}/cancel`, { reason: 'Moving away.' }],
    managementListOccurrences: ['/v1/schedule?from=2025-01-01T00:00:00Z'],
    managementGetOccurrence: [`/v1/schedule/${SEED.occurrenceId}`],
    managementRescheduleOccurrence: [
      `/v1/schedule/${SEED.occurrenceId}`,
      { startsAt: '2025-04-07T09:00:00Z' },
    ],
    managementListContent: ['/v1/content'],
    managementGetContent: [`/v1/content/${SEED.contentId}`],
    managementUpdateContent: [`/v1/content/${SEED.contentId}`, { title: 'Breathing 101' }],
    managementDeleteContent: ['/v1/content/cnt_01HY3D6G8H0J2K4M6N8P0Q2R4S'],
    managementListPlans: ['/v1/plans?limit=1'],
    managementCreatePlan: [
      '/v1/plans',
      { name: 'Ten Pack', price: { amount: 9900, currency: 'EUR' }, interval: 'month' },
    ],
    managementGetPlan: [`/v1/plans/${SEED.planId}`],
    managementUpdatePlan: [`/v1/plans/${SEED.planId}`, { classCredits: 10 }],
    managementArchivePlan: [`/v1/plans/${SEED.planId}`],
    managementListInstructors: ['/v1/instructors'],
    managementCreateInstructor: [
      '/v1/instructors',
      { firstName: 'Ana', lastName: 'Ruiz', email: 'ana@studio.example' },
    ],
    managementGetInstructor: [`/v1/instructors/${SEED.instructorId}`],
    managementUpdateInstructor: [`/v1/instructors/${SEED.instructorId}`, { active: false }],
    managementListLocations: ['/v1/locations'],
    managementCreateLocation: ['/v1/locations', locationBody],
    managementGetLocation: [loc],
    managementUpdateLocation: [loc, { phone: null }],
    managementListRooms: [`${loc}/rooms`],
    managementCreateRoom: [`${loc}/rooms`, { name: 'Studio C', capacity: 8 }],
    managementGetRoom: [`${loc}/rooms/${SEED.roomId}`],
    managementUpdateRoom: [`${loc}/rooms/${SEED.roomId}`, { capacity: 30 }],
    managementDeleteRoom: [`${loc}/rooms/${roomId}`],
    managementDeleteLocation: [`/v1/locations/${locationId}`],
    managementListCoupons: ['/v1/coupons'],
    managementCreateCoupon: ['/v1/coupons', { code: 'SUMMER-10', percentOff: 10 }],
    managementGetCoupon: [`/v1/coupons/${SEED.couponId}`],
    managementArchiveCoupon: [`/v1/coupons/${SEED.couponId}`],
    managementListPrograms: ['/v1/programs'],
    managementCreateProgram: ['/v1/programs', { name: 'Core Month', durationWeeks: 4 }],
    managementGetProgram: [`/v1/programs/${SEED.programId}`],
    managementUpdateProgram: [`/v1/programs/${SEED.programId}`, { status: 'active' }],
  };
  for (const operation of operationTable) {
    const request = requests[operation.operationId];
    assert.ok(request, `no request for ${operation.operationId}`);
    const [path, body] = request;
    const response = await call(server, operation.method, path, body === undefined ? {} : { body });
    assert.equal(response.status, operation.successStatus, `${operation.operationId}: ${response.text}`);
    if (operation.successStatus === 204) {
      assert.equal(response.text, '');
      continue;
    }
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const pointer = responseSchemaPointer(operation.path, operation.method, operation.successStatus);
    assert.deepEqual(schemaErrors(pointer, response.json), [], operation.operationId);
  }
});

test('creates assign ids with the prefix of the spec and answer 201 with the resource', async (t) => {
  const server = await startMock(t);
  const creates: [string, unknown, RegExp][] = [
    ['/v1/classes', classBody(), /^cls_[0-9A-Za-z]+$/],
    [
      '/v1/plans',
      { name: 'P', price: { amount: 100, currency: 'EUR' }, interval: 'week' },
      /^pln_[0-9A-Za-z]+$/,
    ],
    ['/v1/instructors', { firstName: 'A', lastName: 'B', email: 'a@b.example' }, /^ins_[0-9A-Za-z]+$/],
    ['/v1/locations', locationBody, /^loc_[0-9A-Za-z]+$/],
    [`/v1/locations/${SEED.locationId}/rooms`, { name: 'R', capacity: 3 }, /^rm_[0-9A-Za-z]+$/],
    ['/v1/coupons', { code: 'ABC', amountOff: { amount: 500, currency: 'EUR' } }, /^cpn_[0-9A-Za-z]+$/],
    ['/v1/programs', { name: 'Prog' }, /^prg_[0-9A-Za-z]+$/],
  ];
  for (const [path, body, pattern] of creates) {
    const response = await call(server, 'POST', path, { body });
    assert.equal(response.status, 201);
    assert.match(response.json.id, pattern);
    const again = await call(server, 'GET', `${path}/${response.json.id}`);
    assert.deepEqual(again.json, response.json);
  }
});

test('an update merges the partial body into the resource and keeps the other fields', async (t) => {
  const server = await startMock(t, { now: () => Date.parse('2030-01-01T00:00:00Z') });
  const response = await call(server, 'PATCH', `/v1/classes/${SEED.classId}`, { body: { capacity: 30 } });
  assert.equal(response.status, 200);
  assert.equal(response.json.capacity, 30);
  assert.equal(response.json.name, 'Morning Vinyasa Flow');
  assert.equal(response.json.updatedAt, '2030-01-01T00:00:00.000Z');
  assert.equal((await call(server, 'GET', `/v1/classes/${SEED.classId}`)).json.capacity, 30);
});

test('cancelling a class keeps it with status cancelled, and cancels its occurrences', async (t) => {
  const server = await startMock(t);
  const response = await call(server, 'DELETE', `/v1/classes/${SEED.classId}`);
  assert.equal(response.status, 200);
  assert.equal(response.json.status, 'cancelled');
  assert.equal((await call(server, 'GET', `/v1/classes/${SEED.classId}`)).json.status, 'cancelled');
  const occurrence = await call(server, 'GET', `/v1/schedule/${SEED.occurrenceId}`);
  assert.equal(occurrence.json.status, 'cancelled');
});

test('archiving a plan or a coupon keeps it with status archived', async (t) => {
  const server = await startMock(t);
  for (const path of [`/v1/plans/${SEED.planId}`, `/v1/coupons/${SEED.couponId}`]) {
    const response = await call(server, 'DELETE', path);
    assert.equal(response.status, 200);
    assert.equal(response.json.status, 'archived');
    assert.equal((await call(server, 'GET', path)).json.status, 'archived');
  }
});

test('inviting a member answers 201 with an invite and adds a membership with status invited', async (t) => {
  const server = await startMock(t);
  const body = { email: 'new@example.org', firstName: 'New', planId: SEED.planId };
  const invite = await call(server, 'POST', '/v1/members/invites', { body });
  assert.equal(invite.status, 201);
  assert.match(invite.json.id, /^inv_/);
  assert.equal(invite.json.status, 'pending');
  const membership = await call(server, 'GET', `/v1/members/${invite.json.membershipId}`);
  assert.equal(membership.json.status, 'invited');
  assert.equal(membership.json.email, 'new@example.org');
  assert.equal(membership.json.lastName, null);
});

test('cancelling a membership sets status cancelled, or only cancelAt at the end of the period', async (t) => {
  const server = await startMock(t);
  const later = await call(server, 'POST', `/v1/members/${SEED.membershipId}/cancel`, {
    body: { effective: 'end_of_period', reason: 'Moving' },
  });
  assert.equal(later.json.status, 'active');
  assert.equal(later.json.cancelAt, later.json.currentPeriodEnd);
  const now = await call(server, 'POST', `/v1/members/${SEED.membershipId}/cancel`);
  assert.equal(now.status, 200);
  assert.equal(now.json.status, 'cancelled');
});

test('rescheduling an occurrence sets status rescheduled, keeps its length and remembers the original start', async (t) => {
  const server = await startMock(t);
  const before = (await call(server, 'GET', `/v1/schedule/${SEED.occurrenceId}`)).json;
  const response = await call(server, 'PATCH', `/v1/schedule/${SEED.occurrenceId}`, {
    body: { startsAt: '2025-04-07T10:00:00Z' },
  });
  assert.equal(response.status, 200);
  assert.equal(response.json.status, 'rescheduled');
  assert.equal(response.json.originalStartsAt, before.startsAt);
  const length = Date.parse(before.endsAt) - Date.parse(before.startsAt);
  assert.equal(Date.parse(response.json.endsAt) - Date.parse('2025-04-07T10:00:00Z'), length);
});

test('deleting content, a room or a location answers 204 and the item is gone', async (t) => {
  const server = await startMock(t);
  const room = `/v1/locations/${SEED.locationId}/rooms/${SEED.roomId}`;
  for (const path of [`/v1/content/${SEED.contentId}`, room, `/v1/locations/${SEED.locationId}`]) {
    const response = await call(server, 'DELETE', path);
    assert.equal(response.status, 204);
    assert.equal(response.text, '');
    assert.equal((await call(server, 'GET', path)).status, 404);
  }
});

test('getting an unknown id answers a 404 problem naming the id', async (t) => {
  const server = await startMock(t);
  const response = await call(server, 'GET', '/v1/plans/pln_unknown');
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.equal(response.json.type, `${PROBLEM}not-found`);
  assert.match(response.json.detail, /pln_unknown/);
  assert.deepEqual(schemaErrors('/components/schemas/Problem', response.json), []);
});

test('rooms are nested: an unknown location or a room of another location answers 404', async (t) => {
  const server = await startMock(t);
  assert.equal((await call(server, 'GET', '/v1/locations/loc_nope/rooms')).status, 404);
  const create = await call(server, 'POST', '/v1/locations/loc_nope/rooms', {
    body: { name: 'R', capacity: 2 },
  });
  assert.equal(create.status, 404);
  const other = (await call(server, 'POST', '/v1/locations', { body: locationBody })).json.id;
  assert.equal((await call(server, 'GET', `/v1/locations/${other}/rooms/${SEED.roomId}`)).status, 404);
  assert.deepEqual((await call(server, 'GET', `/v1/locations/${other}/rooms`)).json.data, []);
});

test('lists paginate newest first with opaque cursors over several pages', async (t) => {
  const server = await startMock(t, { seedData: false });
  for (let index = 0; index < 45; index++) {
    await call(server, 'POST', '/v1/programs', { body: { name: `Program ${index}` } });
  }
  const names: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page = await call(server, 'GET', `/v1/programs?limit=20${query}`);
    assert.equal(page.status, 200);
    names.push(...page.json.data.map((item: { name: string }) => item.name));
    cursor = page.json.nextCursor;
    pages += 1;
  } while (cursor !== null);
  assert.equal(pages, 3);
  assert.equal(names.length, 45);
  assert.equal(names[0], 'Program 44');
  assert.equal(names[44], 'Program 0');
  const defaultPage = await call(server, 'GET', '/v1/programs');
  assert.equal(defaultPage.json.data.length, 20);
});

test('a cursor stays valid when items are created between pages', async (t) => {
  const server = await startMock(t, { seedData: false });
  for (let index = 0; index < 4; index++)
    await call(server, 'POST', '/v1/programs', { body: { name: `P${index}` } });
  const first = await call(server, 'GET', '/v1/programs?limit=2');
  await call(server, 'POST', '/v1/programs', { body: { name: 'Newer' } });
  const second = await call(server, 'GET', `/v1/programs?limit=2&cursor=${first.json.nextCursor}`);
  assert.deepEqual(
    second.json.data.map((item: { name: string }) => item.name),
    ['P1', 'P0'],
  );
  assert.equal(second.json.nextCursor, null);
});

test('the schedule lists occurrences by start time and filters by from and to', async (t) => {
  const server = await startMock(t, { seedData: false });
  for (const day of ['03', '01', '02']) {
    await call(server, 'POST', '/v1/classes', {
      body: { ...classBody(), startsAt: `2026-06-${day}T07:00:00Z` },
    });
  }
  const all = await call(server, 'GET', '/v1/schedule');
  assert.deepEqual(
    all.json.data.map((item: { startsAt: string }) => item.startsAt.slice(0, 10)),
    ['2026-06-01', '2026-06-02', '2026-06-03'],
  );
  const window = await call(server, 'GET', '/v1/schedule?from=2026-06-02T07:00:00Z&to=2026-06-03T07:00:00Z');
  assert.deepEqual(
    window.json.data.map((item: { startsAt: string }) => item.startsAt.slice(0, 10)),
    ['2026-06-02'],
  );
  const first = await call(server, 'GET', '/v1/schedule?limit=2');
  const rest = await call(server, 'GET', `/v1/schedule?limit=2&cursor=${first.json.nextCursor}`);
  assert.equal(rest.json.data[0].startsAt.slice(0, 10), '2026-06-03');
});

test('each collection starts with the items of its list example, or empty with seedData false', async (t) => {
  const seeded = await startMock(t);
  assert.equal((await call(seeded, 'GET', '/v1/content')).json.data[0].id, SEED.contentId);
  const empty = await startMock(t, { seedData: false });
  assert.deepEqual((await call(empty, 'GET', '/v1/content')).json, { data: [], nextCursor: null });
});
