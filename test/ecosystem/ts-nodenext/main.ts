// A TypeScript consumer under `moduleResolution: nodenext`: type-checked (with the SDK's declaration files) and
// compiled by tsc, then run on Node. The types below only compile if the package's types resolve as published.
import * as sdk from 'management-sdk';
import {
  type ClassCreate,
  type ClientOptions,
  IdempotencyConflictError,
  type IdempotencyConflictReason,
  type ManagementClient,
  type TimeoutError,
} from 'management-sdk';
import { run } from '../scenarios.mjs';

const body: ClassCreate = {
  name: 'Morning Flow',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
};
// @ts-expect-error capacity must be a number
const wrong: ClassCreate = { ...body, capacity: 'twenty' };
const options: ClientOptions = {
  baseUrl: 'http://127.0.0.1:1',
  accessToken: () => 'token',
  minRetryDelay: 5,
};
const reasons: IdempotencyConflictReason[] = ['key-reused', 'in-progress'];
type Created = Awaited<ReturnType<ManagementClient['classes']['create']>>;
const idOf = (created: Created): string => created.id;
const kindOf = (error: TimeoutError): 'attempt' | 'deadline' => error.kind;
void [wrong, options, reasons, idOf, kindOf, IdempotencyConflictError];

await run(sdk, { control: process.argv[2], runtime: `Node ${process.version} (TypeScript, nodenext)` });
