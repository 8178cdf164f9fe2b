import type { components } from '../../generated/openapi.ts';

/** A valid body for `classes.create` (managementCreateClass): the same one the client and mock tests send. */
export function classBody(name = 'Morning Flow'): components['schemas']['ClassCreate'] {
  return {
    name,
    instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
    locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
    capacity: 20,
    durationMinutes: 60,
    startsAt: '2026-12-01T07:00:00Z',
  };
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The prefix of the `type` of every problem the API answers. */
export const PROBLEM = 'https://api.studio.example/problems/';

/** Ids of the seed data (the spec's list examples). */
export const SEED = {
  classId: 'cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W',
  membershipId: 'mem_01HW2C4D6F8H0J2K4M6N8P0R2S',
  occurrenceId: 'occ_01HX5F9G1H3J5K7M9N1P3Q5R7S',
  contentId: 'cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R',
  planId: 'pln_01HT6A8B0C2D4E6F8G0H2J4K6M',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  roomId: 'rm_01HR4F7H9K1M3N5P7Q9R1S3T5V',
  couponId: 'cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H',
  programId: 'prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y',
} as const;

/** Resolves to the rejection of `promise`, failing when it fulfils. */
export async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
