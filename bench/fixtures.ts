/** What every contender sends and what the bench server (and the stub fetch) answer. */
import type { components } from '../generated/openapi.ts';

export const TOKEN = 'test-token';
export const CLASS_ID = 'cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W';

/** The body of every `POST /v1/classes`. */
export const CLASS_BODY: components['schemas']['ClassCreate'] = {
  name: 'Morning Flow',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
};

/** The Class every answer carries (201 for create, 200 for get). */
export const CLASS: components['schemas']['Class'] = {
  id: CLASS_ID,
  name: 'Morning Flow',
  description: null,
  programId: null,
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  roomId: null,
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
  recurrenceRule: null,
  status: 'scheduled',
  createdAt: '2026-03-01T09:00:00Z',
  updatedAt: '2026-03-01T09:00:00Z',
};

export const CLASS_JSON = JSON.stringify(CLASS);

/**
 * A `fetch` that never touches the network: it answers at once, 201 to a POST and 200 to anything else, so
 * what a call costs is the client's own work. It accepts both `fetch(url, init)` and `fetch(request)`.
 */
export const stubFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  return new Response(CLASS_JSON, {
    status: method === 'POST' ? 201 : 200,
    headers: { 'content-type': 'application/json' },
  });
};
