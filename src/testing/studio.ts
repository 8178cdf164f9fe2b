import { getRandomValues } from 'node:crypto';
import type { OperationSpec } from '../operation.ts';
import { type FieldError, listExamples } from './spec.ts';

type Item = Record<string, unknown>;

/** What an action answers: a status and a JSON body (none for 204). */
export interface ActionResult {
  status: number;
  body?: unknown;
}

/** An action refused: the server turns it into a problem. */
export class ActionError extends Error {
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  constructor(status: 404 | 400, detail: string, errors?: FieldError[]) {
    super(detail);
    this.status = status;
    this.errors = errors;
  }
}

export interface ActionInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Item | undefined;
}

interface Entry {
  seq: number;
  item: Item;
}

interface Resource {
  collection: string;
  idParam: string;
  prefix: string;
  noun: string;
}

const RESOURCES: Record<string, Resource> = {
  classes: { collection: 'classes', idParam: 'classId', prefix: 'cls', noun: 'class' },
  members: { collection: 'members', idParam: 'membershipId', prefix: 'mem', noun: 'membership' },
  schedule: { collection: 'schedule', idParam: 'occurrenceId', prefix: 'occ', noun: 'occurrence' },
  content: { collection: 'content', idParam: 'contentId', prefix: 'cnt', noun: 'content item' },
  plans: { collection: 'plans', idParam: 'planId', prefix: 'pln', noun: 'plan' },
  instructors: { collection: 'instructors', idParam: 'instructorId', prefix: 'ins', noun: 'instructor' },
  locations: { collection: 'locations', idParam: 'locationId', prefix: 'loc', noun: 'location' },
  'locations.rooms': { collection: 'rooms', idParam: 'roomId', prefix: 'rm', noun: 'room' },
  coupons: { collection: 'coupons', idParam: 'couponId', prefix: 'cpn', noun: 'coupon' },
  programs: { collection: 'programs', idParam: 'programId', prefix: 'prg', noun: 'program' },
};

const LIST_COLLECTIONS: Record<string, string> = {
  managementListClasses: 'classes',
  managementListMembers: 'members',
  managementListOccurrences: 'schedule',
  managementListContent: 'content',
  managementListPlans: 'plans',
  managementListInstructors: 'instructors',
  managementListLocations: 'locations',
  managementListRooms: 'rooms',
  managementListCoupons: 'coupons',
  managementListPrograms: 'programs',
};

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DAY_MS = 86_400_000;

/** The in-memory studio: one map per collection, every item with a creation sequence number for ordering. */
export class Studio {
  readonly #now: () => number;
  readonly #seedData: boolean;
  #collections = new Map<string, Map<string, Entry>>();
  #seq = 0;

  constructor(now: () => number, seedData: boolean) {
    this.#now = now;
    this.#seedData = seedData;
    this.reset();
  }

  reset(): void {
    this.#collections = new Map();
    this.#seq = 0;
    if (!this.#seedData) return;
    for (const [operationId, items] of listExamples()) {
      const collection = LIST_COLLECTIONS[operationId];
      if (collection === undefined) continue;
      // The example lists newest first: the first item gets the highest sequence number.
      for (const item of items.toReversed()) this.#put(collection, item);
    }
  }

  perform(operation: OperationSpec, input: ActionInput): ActionResult {
    const resource = RESOURCES[operation.resource];
    if (resource === undefined) throw new Error(`No resource ${operation.resource}`);
    if (resource.collection === 'rooms') this.#get(RESOURCES.locations as Resource, input.params);
    switch (`${operation.resource}.${operation.name}`) {
      case 'schedule.list':
        return { status: 200, body: this.#listSchedule(input.query) };
      case 'classes.create':
        return { status: 201, body: this.#createClass(input.body ?? {}) };
      case 'classes.cancel':
        return { status: 200, body: this.#cancelClass(resource, input.params) };
      case 'members.invite':
        return { status: 201, body: this.#invite(input.body ?? {}) };
      case 'members.cancel':
        return { status: 200, body: this.#cancelMembership(resource, input.params, input.body ?? {}) };
      case 'schedule.reschedule':
        return { status: 200, body: this.#reschedule(resource, input.params, input.body ?? {}) };
      case 'content.update':
        return { status: 200, body: this.#updateContent(resource, input.params, input.body ?? {}) };
      case 'locations.delete':
        this.#get(resource, input.params);
        for (const [id, entry] of this.#collection('rooms')) {
          if (entry.item.locationId === input.params.locationId) this.#collection('rooms').delete(id);
        }
        this.#collection('locations').delete(input.params.locationId ?? '');
        return { status: 204 };
    }
    switch (operation.name) {
      case 'list':
        return { status: 200, body: this.#list(resource, input.params, input.query) };
      case 'get':
        return { status: 200, body: this.#get(resource, input.params) };
      case 'create':
        return { status: 201, body: this.#create(resource, input.params, input.body ?? {}) };
      case 'update':
        return { status: 200, body: this.#update(this.#get(resource, input.params), input.body ?? {}) };
      case 'archive':
        return { status: 200, body: this.#update(this.#get(resource, input.params), { status: 'archived' }) };
      case 'delete':
        this.#get(resource, input.params);
        this.#collection(resource.collection).delete(input.params[resource.idParam] ?? '');
        return { status: 204 };
    }
    throw new Error(`No action for ${operation.operationId}`);
  }

  #collection(name: string): Map<string, Entry> {
    let collection = this.#collections.get(name);
    if (collection === undefined) {
      collection = new Map();
      this.#collections.set(name, collection);
    }
    return collection;
  }

  #put(collection: string, item: Item): Item {
    this.#seq += 1;
    this.#collection(collection).set(String(item.id), { seq: this.#seq, item });
    return item;
  }

  #get(resource: Resource, params: Record<string, string>): Item {
    const id = params[resource.idParam] ?? '';
    const item = this.#collection(resource.collection).get(id)?.item;
    // A room of another location is as unknown as a missing one.
    if (item === undefined || (resource.collection === 'rooms' && item.locationId !== params.locationId)) {
      const where = resource.collection === 'rooms' ? ` at location ${params.locationId}` : '';
      throw new ActionError(404, `No ${resource.noun} with ID ${id}${where}.`);
    }
    return item;
  }

  #timestamp(): string {
    return new Date(this.#now()).toISOString();
  }

  #id(prefix: string): string {
    return newId(prefix, this.#now());
  }

  #update(item: Item, changes: Item): Item {
    Object.assign(item, changes, { updatedAt: this.#timestamp() });
    return item;
  }

  #create(resource: Resource, params: Record<string, string>, body: Item): Item {
    const now = this.#timestamp();
    const base = { id: this.#id(resource.prefix) };
    const stamps = { createdAt: now, updatedAt: now };
    const optional = (name: string) => body[name] ?? null;
    let item: Item;
    switch (resource.collection) {
      case 'plans':
        item = {
          ...base,
          name: body.name,
          description: optional('description'),
          price: body.price,
          interval: body.interval,
          intervalCount: body.intervalCount ?? 1,
          classCredits: optional('classCredits'),
          status: 'active',
          ...stamps,
        };
        break;
      case 'instructors':
        item = {
          ...base,
          firstName: body.firstName,
          lastName: body.lastName,
          email: body.email,
          bio: optional('bio'),
          specialties: body.specialties ?? [],
          locationIds: body.locationIds ?? [],
          active: true,
          ...stamps,
        };
        break;
      case 'locations':
        item = {
          ...base,
          name: body.name,
          address: body.address,
          timezone: body.timezone,
          phone: optional('phone'),
          ...stamps,
        };
        break;
      case 'rooms':
        item = {
          ...base,
          locationId: params.locationId,
          name: body.name,
          capacity: body.capacity,
          ...stamps,
        };
        break;
      case 'coupons':
        item = {
          ...base,
          code: body.code,
          description: optional('description'),
          percentOff: optional('percentOff'),
          amountOff: optional('amountOff'),
          maxRedemptions: optional('maxRedemptions'),
          redemptionCount: 0,
          expiresAt: optional('expiresAt'),
          status: 'active',
          ...stamps,
        };
        break;
      case 'programs':
        item = {
          ...base,
          name: body.name,
          description: optional('description'),
          level: body.level ?? 'all_levels',
          durationWeeks: optional('durationWeeks'),
          status: 'draft',
          ...stamps,
        };
        break;
      default:
        throw new Error(`No create for ${resource.collection}`);
    }
    return this.#put(resource.collection, item);
  }

  #createClass(body: Item): Item {
    const now = this.#timestamp();
    const item = this.#put('classes', {
      id: this.#id('cls'),
      name: body.name,
      description: body.description ?? null,
      programId: body.programId ?? null,
      instructorId: body.instructorId,
      locationId: body.locationId,
      roomId: body.roomId ?? null,
      capacity: body.capacity,
      durationMinutes: body.durationMinutes,
      startsAt: body.startsAt,
      recurrenceRule: body.recurrenceRule ?? null,
      status: 'scheduled',
      createdAt: now,
      updatedAt: now,
    });
    // The class's first session, so the schedule reflects what was created.
    const startsAt = Date.parse(String(body.startsAt));
    this.#put('schedule', {
      id: this.#id('occ'),
      classId: item.id,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + Number(body.durationMinutes) * 60_000).toISOString(),
      originalStartsAt: null,
      instructorId: item.instructorId,
      locationId: item.locationId,
      roomId: item.roomId,
      capacity: item.capacity,
      bookedCount: 0,
      status: 'scheduled',
      createdAt: now,
      updatedAt: now,
    });
    return item;
  }

  #cancelClass(resource: Resource, params: Record<string, string>): Item {
    const item = this.#update(this.#get(resource, params), { status: 'cancelled' });
    for (const { item: occurrence } of this.#collection('schedule').values()) {
      if (occurrence.classId === item.id && occurrence.status !== 'cancelled') {
        this.#update(occurrence, { status: 'cancelled' });
      }
    }
    return item;
  }

  #invite(body: Item): Item {
    const now = this.#timestamp();
    const membership = this.#put('members', {
      id: this.#id('mem'),
      email: body.email,
      firstName: body.firstName ?? null,
      lastName: body.lastName ?? null,
      planId: body.planId,
      status: 'invited',
      startedAt: null,
      currentPeriodEnd: null,
      cancelAt: null,
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
    });
    return this.#put('invites', {
      id: this.#id('inv'),
      membershipId: membership.id,
      email: body.email,
      planId: body.planId,
      status: 'pending',
      expiresAt: new Date(this.#now() + 7 * DAY_MS).toISOString(),
      createdAt: now,
    });
  }

  #cancelMembership(resource: Resource, params: Record<string, string>, body: Item): Item {
    const item = this.#get(resource, params);
    const reason = body.reason ?? null;
    const periodEnd = item.currentPeriodEnd;
    if (body.effective === 'end_of_period' && typeof periodEnd === 'string') {
      return this.#update(item, { cancelAt: periodEnd, cancellationReason: reason });
    }
    return this.#update(item, {
      status: 'cancelled',
      cancelAt: this.#timestamp(),
      cancellationReason: reason,
    });
  }

  #reschedule(resource: Resource, params: Record<string, string>, body: Item): Item {
    const item = this.#get(resource, params);
    const changes: Item = {
      ...body,
      status: 'rescheduled',
      originalStartsAt: item.originalStartsAt ?? item.startsAt,
    };
    if (typeof body.startsAt === 'string' && body.endsAt === undefined) {
      const length = Date.parse(String(item.endsAt)) - Date.parse(String(item.startsAt));
      changes.endsAt = new Date(Date.parse(body.startsAt) + length).toISOString();
    }
    return this.#update(item, changes);
  }

  #updateContent(resource: Resource, params: Record<string, string>, body: Item): Item {
    const item = this.#get(resource, params);
    const publishing = body.status === 'published' && item.publishedAt === null;
    return this.#update(item, publishing ? { ...body, publishedAt: this.#timestamp() } : body);
  }

  #list(resource: Resource, params: Record<string, string>, query: Record<string, unknown>) {
    const scope = resource.collection === 'rooms' ? `rooms:${params.locationId}` : resource.collection;
    const after = decodeCursor(query.cursor, scope);
    let entries = [...this.#collection(resource.collection).values()];
    if (resource.collection === 'rooms')
      entries = entries.filter((entry) => entry.item.locationId === params.locationId);
    // Newest first; the cursor is the sequence number of the last item sent, so new items never shift a page.
    entries.sort((a, b) => b.seq - a.seq);
    if (after !== undefined) entries = entries.filter((entry) => entry.seq < (after[0] ?? 0));
    return page(entries, query, (entry) => encodeCursor(scope, [entry.seq]));
  }

  #listSchedule(query: Record<string, unknown>) {
    const after = decodeCursor(query.cursor, 'schedule');
    const from = typeof query.from === 'string' ? Date.parse(query.from) : Number.NEGATIVE_INFINITY;
    const to = typeof query.to === 'string' ? Date.parse(query.to) : Number.POSITIVE_INFINITY;
    const keyed = [...this.#collection('schedule').values()]
      .map((entry) => ({ entry, key: [Date.parse(String(entry.item.startsAt)), entry.seq] as const }))
      .filter(({ key }) => key[0] >= from && key[0] < to)
      .filter(({ key }) => after === undefined || compareKeys(key, after) > 0)
      .sort((a, b) => compareKeys(a.key, b.key));
    return page(
      keyed,
      query,
      ({ key }) => encodeCursor('schedule', key),
      ({ entry }) => entry.item,
    );
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  return (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0);
}

function page<T>(
  sorted: T[],
  query: Record<string, unknown>,
  cursorOf: (value: T) => string,
  itemOf: (value: T) => Item = (value) => (value as Entry).item,
): { data: Item[]; nextCursor: string | null } {
  const limit = typeof query.limit === 'number' ? query.limit : 20;
  const chosen = sorted.slice(0, limit);
  const last = chosen.at(-1);
  return {
    data: chosen.map(itemOf),
    nextCursor: sorted.length > limit && last !== undefined ? cursorOf(last) : null,
  };
}

function encodeCursor(scope: string, key: readonly number[]): string {
  return Buffer.from(JSON.stringify({ l: scope, k: key })).toString('base64url');
}

function decodeCursor(cursor: unknown, scope: string): number[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as {
      l?: unknown;
      k?: unknown;
    };
    if (value.l === scope && Array.isArray(value.k) && value.k.every(Number.isFinite))
      return value.k as number[];
  } catch {
    // Not ours: answered below like any other foreign cursor.
  }
  throw new ActionError(400, 'The cursor is not one this list returned.', [
    { pointer: '/cursor', detail: 'query parameter cursor is not a cursor of this list' },
  ]);
}

/**
 * A new id in the spec's style, `cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W`: the prefix, then a ULID (the time, then
 * random), so ids sort by creation. Resources and request ids (`req_…`) alike.
 */
export function newId(prefix: string, now: number): string {
  let time = now;
  let id = '';
  for (let index = 0; index < 10; index++) {
    id = CROCKFORD.charAt(time % 32) + id;
    time = Math.floor(time / 32);
  }
  for (const byte of getRandomValues(new Uint8Array(16))) id += CROCKFORD.charAt(byte % 32);
  return `${prefix}_${id}`;
}
