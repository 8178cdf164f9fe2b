import { test } from 'node:test';
import { expectTypeOf } from 'expect-type';
import type { components } from '../../generated/openapi.ts';
import { type ApiResult, ManagementClient, type PagePromise } from '../../src/index.ts';

// Type-level tests: `npm run typecheck` fails if these stop holding. The runtime part only builds a client.
test('methods are typed from the spec', () => {
  const client = new ManagementClient({ baseUrl: 'http://127.0.0.1:1', accessToken: 't' });
  type Class = components['schemas']['Class'];

  expectTypeOf(client.classes.create).parameter(0).toEqualTypeOf<components['schemas']['ClassCreate']>();
  expectTypeOf(client.classes.create).returns.resolves.toEqualTypeOf<Class>();
  expectTypeOf(client.classes.get).parameters.toEqualTypeOf<
    [classId: string, options?: import('../../src/index.ts').RequestOptions]
  >();
  expectTypeOf(client.locations.rooms.update).parameter(0).toBeString();
  expectTypeOf(client.locations.rooms.update).parameter(1).toBeString();
  expectTypeOf(client.locations.rooms.update)
    .parameter(2)
    .toEqualTypeOf<components['schemas']['RoomUpdate']>();
  expectTypeOf(client.content.delete).returns.resolves.toBeUndefined();
  expectTypeOf(client.classes.list).returns.toEqualTypeOf<PagePromise<components['schemas']['ClassList']>>();
  expectTypeOf<ReturnType<ReturnType<typeof client.classes.create>['withResponse']>>().resolves.toEqualTypeOf<
    ApiResult<Class>
  >();

  // Wrong bodies, arguments and options are compile errors. Each line is a call that is never made.
  const never = false as boolean;
  if (never) {
    // @ts-expect-error a required field is missing
    void client.classes.create({ name: 'x' });
    // @ts-expect-error an unknown field
    void client.classes.update('cls_1', { colour: 'red' });
    // @ts-expect-error a field of the wrong type
    void client.locations.rooms.update('loc_1', 'rm_1', { capacity: '12' });
    // @ts-expect-error the room id is missing
    void client.locations.rooms.update('loc_1', { capacity: 12 });
    // @ts-expect-error GET calls take no idempotency key
    void client.classes.get('cls_1', { idempotencyKey: 'k' });
    // @ts-expect-error an unknown query parameter
    void client.classes.list({ page: 2 });
    // @ts-expect-error limit is a number
    void client.classes.list({ limit: '50' });
  }
});
