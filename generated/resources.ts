// This file is generated from openapi.yaml by scripts/generate.ts (schema types and resource interfaces).
// Do not edit it by hand: change openapi.yaml and run `npm run generate`.

import type { ApiPromise, PagePromise } from '../src/api-promise.ts';
import type { MutationOptions, RequestOptions } from '../src/options.ts';
import type { components, operations } from './openapi.ts';

/** A schema of openapi.yaml, as openapi-typescript types it. */
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * An amount of money in the minor unit of its currency (for example cents).
 *
 * @example
 * ```ts
 * const value: Money = {
 *   "amount": 8900,
 *   "currency": "EUR"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Money extends Schema<'Money'> {}

/**
 * Postal address of a location.
 *
 * @example
 * ```ts
 * const value: Address = {
 *   "line1": "Torstraße 125",
 *   "line2": "2nd floor",
 *   "city": "Berlin",
 *   "region": null,
 *   "postalCode": "10119",
 *   "country": "DE"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Address extends Schema<'Address'> {}

/**
 * A class offered by the studio. Its sessions appear in the schedule as occurrences.
 *
 * @example
 * ```ts
 * const value: Class = {
 *   "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
 *   "name": "Morning Vinyasa Flow",
 *   "description": "An all-levels 60-minute vinyasa class.",
 *   "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
 *   "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *   "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *   "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *   "capacity": 20,
 *   "durationMinutes": 60,
 *   "startsAt": "2025-04-07T07:00:00Z",
 *   "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
 *   "status": "scheduled",
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Class extends Schema<'Class'> {}

/**
 * Request body for creating a class.
 *
 * @example
 * ```ts
 * const value: ClassCreate = {
 *   "name": "Morning Vinyasa Flow",
 *   "description": "An all-levels 60-minute vinyasa class.",
 *   "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
 *   "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *   "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *   "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *   "capacity": 20,
 *   "durationMinutes": 60,
 *   "startsAt": "2025-04-07T07:00:00Z",
 *   "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ClassCreate extends Schema<'ClassCreate'> {}

/**
 * Partial update of a class. Only the fields present are changed.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: ClassUpdate = {
 *   "capacity": 24,
 *   "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ClassUpdate extends Schema<'ClassUpdate'> {}

/**
 * A member's membership of the studio on a plan.
 *
 * @example
 * ```ts
 * const value: Membership = {
 *   "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
 *   "email": "dana.lee@example.org",
 *   "firstName": "Dana",
 *   "lastName": "Lee",
 *   "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
 *   "status": "active",
 *   "startedAt": "2025-03-02T10:00:00Z",
 *   "currentPeriodEnd": "2025-04-02T10:00:00Z",
 *   "cancelAt": null,
 *   "cancellationReason": null,
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Membership extends Schema<'Membership'> {}

/**
 * Request body for inviting a new member. An invitation email is sent to `email`.
 *
 * @example
 * ```ts
 * const value: MemberInvite = {
 *   "email": "sam.ortiz@example.org",
 *   "firstName": "Sam",
 *   "lastName": "Ortiz",
 *   "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
 *   "message": "Welcome to the studio! Your first class is on us."
 * };
 * ```
 *
 * @category Schemas
 */
export interface MemberInvite extends Schema<'MemberInvite'> {}

/**
 * An invitation sent to a prospective member. The linked membership has status `invited` until the invite is accepted.
 *
 * @example
 * ```ts
 * const value: Invite = {
 *   "id": "inv_01HW2B7Y5W3V1T9S7R5Q3P1N9M",
 *   "membershipId": "mem_01HW2C9X8W7V6T5S4R3Q2P1N0M",
 *   "email": "sam.ortiz@example.org",
 *   "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
 *   "status": "pending",
 *   "expiresAt": "2025-03-21T16:30:00Z",
 *   "createdAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Invite extends Schema<'Invite'> {}

/**
 * Partial update of a membership. Set `status` to `paused` or `active` to pause or resume; use the cancel operation to cancel.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: MembershipUpdate = {
 *   "status": "paused"
 * };
 * ```
 *
 * @category Schemas
 */
export interface MembershipUpdate extends Schema<'MembershipUpdate'> {}

/**
 * Optional details for cancelling a membership.
 *
 * @example
 * ```ts
 * const value: MembershipCancel = {
 *   "reason": "Moving to another city.",
 *   "effective": "end_of_period"
 * };
 * ```
 *
 * @category Schemas
 */
export interface MembershipCancel extends Schema<'MembershipCancel'> {}

/**
 * One scheduled session of a class.
 *
 * @example
 * ```ts
 * const value: Occurrence = {
 *   "id": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S",
 *   "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
 *   "startsAt": "2025-04-07T07:00:00Z",
 *   "endsAt": "2025-04-07T08:00:00Z",
 *   "originalStartsAt": null,
 *   "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *   "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *   "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *   "capacity": 20,
 *   "bookedCount": 14,
 *   "status": "scheduled",
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-01T09:00:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Occurrence extends Schema<'Occurrence'> {}

/**
 * Partial update that moves an occurrence. Only the fields present are changed; booked members are notified.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: OccurrenceReschedule = {
 *   "startsAt": "2025-04-07T08:00:00Z",
 *   "endsAt": "2025-04-07T09:00:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface OccurrenceReschedule extends Schema<'OccurrenceReschedule'> {}

/**
 * An on-demand content item (video, article or audio).
 *
 * @example
 * ```ts
 * const value: Content = {
 *   "id": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R",
 *   "title": "Breathing Basics",
 *   "description": "A short guided breathing session for beginners.",
 *   "kind": "video",
 *   "status": "published",
 *   "url": "https://cdn.studio.example/content/breathing-basics.mp4",
 *   "durationSeconds": 540,
 *   "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
 *   "publishedAt": "2025-03-05T12:00:00Z",
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Content extends Schema<'Content'> {}

/**
 * Partial update of a content item. Only the fields present are changed.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: ContentUpdate = {
 *   "title": "Breathing Basics (Updated)",
 *   "status": "published"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ContentUpdate extends Schema<'ContentUpdate'> {}

/**
 * A membership plan members subscribe to.
 *
 * @example
 * ```ts
 * const value: Plan = {
 *   "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
 *   "name": "Unlimited Monthly",
 *   "description": "Unlimited classes at every location.",
 *   "price": {
 *     "amount": 8900,
 *     "currency": "EUR"
 *   },
 *   "interval": "month",
 *   "intervalCount": 1,
 *   "classCredits": null,
 *   "status": "active",
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Plan extends Schema<'Plan'> {}

/**
 * Request body for creating a plan.
 *
 * @example
 * ```ts
 * const value: PlanCreate = {
 *   "name": "Unlimited Monthly",
 *   "description": "Unlimited classes at every location.",
 *   "price": {
 *     "amount": 8900,
 *     "currency": "EUR"
 *   },
 *   "interval": "month",
 *   "intervalCount": 1,
 *   "classCredits": null
 * };
 * ```
 *
 * @category Schemas
 */
export interface PlanCreate extends Schema<'PlanCreate'> {}

/**
 * Partial update of a plan. A price change applies to new billing periods only.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: PlanUpdate = {
 *   "price": {
 *     "amount": 9400,
 *     "currency": "EUR"
 *   }
 * };
 * ```
 *
 * @category Schemas
 */
export interface PlanUpdate extends Schema<'PlanUpdate'> {}

/**
 * An instructor who teaches classes.
 *
 * @example
 * ```ts
 * const value: Instructor = {
 *   "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *   "firstName": "Maya",
 *   "lastName": "Fischer",
 *   "email": "maya.fischer@studio.example",
 *   "bio": "E-RYT 500 yoga teacher with ten years of experience.",
 *   "specialties": [
 *     "vinyasa",
 *     "yin"
 *   ],
 *   "locationIds": [
 *     "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
 *   ],
 *   "active": true,
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Instructor extends Schema<'Instructor'> {}

/**
 * Request body for creating an instructor.
 *
 * @example
 * ```ts
 * const value: InstructorCreate = {
 *   "firstName": "Maya",
 *   "lastName": "Fischer",
 *   "email": "maya.fischer@studio.example",
 *   "bio": "E-RYT 500 yoga teacher with ten years of experience.",
 *   "specialties": [
 *     "vinyasa",
 *     "yin"
 *   ],
 *   "locationIds": [
 *     "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
 *   ]
 * };
 * ```
 *
 * @category Schemas
 */
export interface InstructorCreate extends Schema<'InstructorCreate'> {}

/**
 * Partial update of an instructor. Only the fields present are changed.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: InstructorUpdate = {
 *   "specialties": [
 *     "vinyasa",
 *     "yin",
 *     "restorative"
 *   ]
 * };
 * ```
 *
 * @category Schemas
 */
export interface InstructorUpdate extends Schema<'InstructorUpdate'> {}

/**
 * A studio location.
 *
 * @example
 * ```ts
 * const value: Location = {
 *   "id": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *   "name": "Berlin Mitte",
 *   "address": {
 *     "line1": "Torstraße 125",
 *     "line2": "2nd floor",
 *     "city": "Berlin",
 *     "region": null,
 *     "postalCode": "10119",
 *     "country": "DE"
 *   },
 *   "timezone": "Europe/Berlin",
 *   "phone": "+49 30 1234567",
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Location extends Schema<'Location'> {}

/**
 * Request body for creating a location.
 *
 * @example
 * ```ts
 * const value: LocationCreate = {
 *   "name": "Berlin Mitte",
 *   "address": {
 *     "line1": "Torstraße 125",
 *     "line2": "2nd floor",
 *     "city": "Berlin",
 *     "postalCode": "10119",
 *     "country": "DE"
 *   },
 *   "timezone": "Europe/Berlin",
 *   "phone": "+49 30 1234567"
 * };
 * ```
 *
 * @category Schemas
 */
export interface LocationCreate extends Schema<'LocationCreate'> {}

/**
 * Partial update of a location. `address` is replaced as a whole.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: LocationUpdate = {
 *   "phone": "+49 30 7654321"
 * };
 * ```
 *
 * @category Schemas
 */
export interface LocationUpdate extends Schema<'LocationUpdate'> {}

/**
 * A room at a location.
 *
 * @example
 * ```ts
 * const value: Room = {
 *   "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *   "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *   "name": "Studio A",
 *   "capacity": 24,
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Room extends Schema<'Room'> {}

/**
 * Request body for creating a room at a location.
 *
 * @example
 * ```ts
 * const value: RoomCreate = {
 *   "name": "Studio A",
 *   "capacity": 24
 * };
 * ```
 *
 * @category Schemas
 */
export interface RoomCreate extends Schema<'RoomCreate'> {}

/**
 * Partial update of a room. Only the fields present are changed.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: RoomUpdate = {
 *   "capacity": 26
 * };
 * ```
 *
 * @category Schemas
 */
export interface RoomUpdate extends Schema<'RoomUpdate'> {}

/**
 * A discount coupon. Exactly one of `percentOff` and `amountOff` is non-null.
 *
 * @example
 * ```ts
 * const value: Coupon = {
 *   "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
 *   "code": "SPRING-25",
 *   "description": "25% off the first month.",
 *   "percentOff": 25,
 *   "amountOff": null,
 *   "maxRedemptions": 200,
 *   "redemptionCount": 37,
 *   "expiresAt": "2025-05-31T23:59:59Z",
 *   "status": "active",
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Coupon extends Schema<'Coupon'> {}

/**
 * Request body for creating a coupon. Give exactly one of `percentOff` or `amountOff`.
 *
 * @example
 * ```ts
 * const value: CouponCreate = {
 *   "code": "SPRING-25",
 *   "description": "25% off the first month.",
 *   "percentOff": 25,
 *   "maxRedemptions": 200,
 *   "expiresAt": "2025-05-31T23:59:59Z"
 * };
 * ```
 *
 * @category Schemas
 */
export type CouponCreate = components['schemas']['CouponCreate'];

/**
 * A multi-week program grouping classes and content.
 *
 * @example
 * ```ts
 * const value: Program = {
 *   "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
 *   "name": "30-Day Yoga Foundations",
 *   "description": "A progressive introduction to yoga for new members.",
 *   "level": "beginner",
 *   "durationWeeks": 4,
 *   "status": "active",
 *   "createdAt": "2025-03-01T09:00:00Z",
 *   "updatedAt": "2025-03-14T16:30:00Z"
 * };
 * ```
 *
 * @category Schemas
 */
export interface Program extends Schema<'Program'> {}

/**
 * Request body for creating a program. New programs start as `draft`.
 *
 * @example
 * ```ts
 * const value: ProgramCreate = {
 *   "name": "30-Day Yoga Foundations",
 *   "description": "A progressive introduction to yoga for new members.",
 *   "level": "beginner",
 *   "durationWeeks": 4
 * };
 * ```
 *
 * @category Schemas
 */
export interface ProgramCreate extends Schema<'ProgramCreate'> {}

/**
 * Partial update of a program. Only the fields present are changed.
 *
 * Constraints: at least one field.
 *
 * @example
 * ```ts
 * const value: ProgramUpdate = {
 *   "status": "active"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ProgramUpdate extends Schema<'ProgramUpdate'> {}

/**
 * One page of classes.
 *
 * @example
 * ```ts
 * const value: ClassList = {
 *   "data": [
 *     {
 *       "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
 *       "name": "Morning Vinyasa Flow",
 *       "description": "An all-levels 60-minute vinyasa class.",
 *       "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
 *       "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *       "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *       "capacity": 20,
 *       "durationMinutes": 60,
 *       "startsAt": "2025-04-07T07:00:00Z",
 *       "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
 *       "status": "scheduled",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "cls_01HV8Z7A1B2C3D4E5F6G7H8J9K",
 *       "name": "Lunchtime HIIT",
 *       "description": null,
 *       "programId": null,
 *       "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
 *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *       "roomId": "rm_01HR4F8J0K2M4N6P8Q0R2S4T6V",
 *       "capacity": 12,
 *       "durationMinutes": 45,
 *       "startsAt": "2025-04-08T12:15:00Z",
 *       "recurrenceRule": null,
 *       "status": "scheduled",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-01T09:00:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ClassList extends Schema<'ClassList'> {}

/**
 * One page of memberships.
 *
 * @example
 * ```ts
 * const value: MembershipList = {
 *   "data": [
 *     {
 *       "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
 *       "email": "dana.lee@example.org",
 *       "firstName": "Dana",
 *       "lastName": "Lee",
 *       "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
 *       "status": "active",
 *       "startedAt": "2025-03-02T10:00:00Z",
 *       "currentPeriodEnd": "2025-04-02T10:00:00Z",
 *       "cancelAt": null,
 *       "cancellationReason": null,
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "mem_01HW2C9X8W7V6T5S4R3Q2P1N0M",
 *       "email": "sam.ortiz@example.org",
 *       "firstName": "Sam",
 *       "lastName": "Ortiz",
 *       "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
 *       "status": "invited",
 *       "startedAt": null,
 *       "currentPeriodEnd": null,
 *       "cancelAt": null,
 *       "cancellationReason": null,
 *       "createdAt": "2025-03-14T16:30:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface MembershipList extends Schema<'MembershipList'> {}

/**
 * One page of schedule occurrences.
 *
 * @example
 * ```ts
 * const value: OccurrenceList = {
 *   "data": [
 *     {
 *       "id": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S",
 *       "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
 *       "startsAt": "2025-04-07T07:00:00Z",
 *       "endsAt": "2025-04-07T08:00:00Z",
 *       "originalStartsAt": null,
 *       "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *       "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *       "capacity": 20,
 *       "bookedCount": 14,
 *       "status": "scheduled",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-01T09:00:00Z"
 *     },
 *     {
 *       "id": "occ_01HX5FA2B4C6D8E0F2G4H6J8K0",
 *       "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
 *       "startsAt": "2025-04-09T08:00:00Z",
 *       "endsAt": "2025-04-09T09:00:00Z",
 *       "originalStartsAt": "2025-04-09T07:00:00Z",
 *       "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *       "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *       "capacity": 20,
 *       "bookedCount": 9,
 *       "status": "rescheduled",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface OccurrenceList extends Schema<'OccurrenceList'> {}

/**
 * One page of content items.
 *
 * @example
 * ```ts
 * const value: ContentList = {
 *   "data": [
 *     {
 *       "id": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R",
 *       "title": "Breathing Basics",
 *       "description": "A short guided breathing session for beginners.",
 *       "kind": "video",
 *       "status": "published",
 *       "url": "https://cdn.studio.example/content/breathing-basics.mp4",
 *       "durationSeconds": 540,
 *       "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
 *       "publishedAt": "2025-03-05T12:00:00Z",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "cnt_01HY3D6G8H0J2K4M6N8P0Q2R4S",
 *       "title": "Recovery After HIIT",
 *       "description": null,
 *       "kind": "article",
 *       "status": "draft",
 *       "url": null,
 *       "durationSeconds": null,
 *       "programId": null,
 *       "publishedAt": null,
 *       "createdAt": "2025-03-14T16:30:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ContentList extends Schema<'ContentList'> {}

/**
 * One page of plans.
 *
 * @example
 * ```ts
 * const value: PlanList = {
 *   "data": [
 *     {
 *       "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
 *       "name": "Unlimited Monthly",
 *       "description": "Unlimited classes at every location.",
 *       "price": {
 *         "amount": 8900,
 *         "currency": "EUR"
 *       },
 *       "interval": "month",
 *       "intervalCount": 1,
 *       "classCredits": null,
 *       "status": "active",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
 *       "name": "10 Classes per Month",
 *       "description": null,
 *       "price": {
 *         "amount": 5900,
 *         "currency": "EUR"
 *       },
 *       "interval": "month",
 *       "intervalCount": 1,
 *       "classCredits": 10,
 *       "status": "active",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-01T09:00:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface PlanList extends Schema<'PlanList'> {}

/**
 * One page of instructors.
 *
 * @example
 * ```ts
 * const value: InstructorList = {
 *   "data": [
 *     {
 *       "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
 *       "firstName": "Maya",
 *       "lastName": "Fischer",
 *       "email": "maya.fischer@studio.example",
 *       "bio": "E-RYT 500 yoga teacher with ten years of experience.",
 *       "specialties": [
 *         "vinyasa",
 *         "yin"
 *       ],
 *       "locationIds": [
 *         "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
 *       ],
 *       "active": true,
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
 *       "firstName": "Jonas",
 *       "lastName": "Weber",
 *       "email": "jonas.weber@studio.example",
 *       "bio": null,
 *       "specialties": [
 *         "hiit"
 *       ],
 *       "locationIds": [
 *         "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
 *       ],
 *       "active": true,
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-01T09:00:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface InstructorList extends Schema<'InstructorList'> {}

/**
 * One page of locations.
 *
 * @example
 * ```ts
 * const value: LocationList = {
 *   "data": [
 *     {
 *       "id": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *       "name": "Berlin Mitte",
 *       "address": {
 *         "line1": "Torstraße 125",
 *         "line2": "2nd floor",
 *         "city": "Berlin",
 *         "region": null,
 *         "postalCode": "10119",
 *         "country": "DE"
 *       },
 *       "timezone": "Europe/Berlin",
 *       "phone": "+49 30 1234567",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     }
 *   ],
 *   "nextCursor": null
 * };
 * ```
 *
 * @category Schemas
 */
export interface LocationList extends Schema<'LocationList'> {}

/**
 * One page of rooms.
 *
 * @example
 * ```ts
 * const value: RoomList = {
 *   "data": [
 *     {
 *       "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
 *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *       "name": "Studio A",
 *       "capacity": 24,
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "rm_01HR4F8J0K2M4N6P8Q0R2S4T6V",
 *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
 *       "name": "Studio B",
 *       "capacity": 12,
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-01T09:00:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface RoomList extends Schema<'RoomList'> {}

/**
 * One page of coupons.
 *
 * @example
 * ```ts
 * const value: CouponList = {
 *   "data": [
 *     {
 *       "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
 *       "code": "SPRING-25",
 *       "description": "25% off the first month.",
 *       "percentOff": 25,
 *       "amountOff": null,
 *       "maxRedemptions": 200,
 *       "redemptionCount": 37,
 *       "expiresAt": "2025-05-31T23:59:59Z",
 *       "status": "active",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "cpn_01HQ2W5Z7A9B1C3D5E7F9G1H3J",
 *       "code": "WELCOME10",
 *       "description": null,
 *       "percentOff": null,
 *       "amountOff": {
 *         "amount": 1000,
 *         "currency": "EUR"
 *       },
 *       "maxRedemptions": null,
 *       "redemptionCount": 412,
 *       "expiresAt": null,
 *       "status": "active",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-01T09:00:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface CouponList extends Schema<'CouponList'> {}

/**
 * One page of programs.
 *
 * @example
 * ```ts
 * const value: ProgramList = {
 *   "data": [
 *     {
 *       "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
 *       "name": "30-Day Yoga Foundations",
 *       "description": "A progressive introduction to yoga for new members.",
 *       "level": "beginner",
 *       "durationWeeks": 4,
 *       "status": "active",
 *       "createdAt": "2025-03-01T09:00:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     },
 *     {
 *       "id": "prg_01HP7MA2B4C6D8E0F2G4H6J8K0",
 *       "name": "Strength Block",
 *       "description": null,
 *       "level": "intermediate",
 *       "durationWeeks": 8,
 *       "status": "draft",
 *       "createdAt": "2025-03-14T16:30:00Z",
 *       "updatedAt": "2025-03-14T16:30:00Z"
 *     }
 *   ],
 *   "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ProgramList extends Schema<'ProgramList'> {}

/**
 * One invalid field in a request.
 *
 * @example
 * ```ts
 * const value: ProblemFieldError = {
 *   "pointer": "/capacity",
 *   "detail": "must be less than or equal to 1000"
 * };
 * ```
 *
 * @category Schemas
 */
export interface ProblemFieldError extends Schema<'ProblemFieldError'> {}

/**
 * RFC 9457 problem details, served as `application/problem+json`. Clients must branch on `type`, not on `title` or `detail`.
 * Problem types used by this API:
 *
 * - `https://api.studio.example/problems/validation-error` (400): the request is malformed or fails schema validation; see `errors`.
 * - `https://api.studio.example/problems/invalid-idempotency-key` (400): the Idempotency-Key header is blank or longer than 255 characters.
 * - `https://api.studio.example/problems/unauthorized` (401): the access token is missing, invalid or expired.
 * - `https://api.studio.example/problems/forbidden` (403): the token lacks the scope the operation needs; see `requiredScope`.
 * - `https://api.studio.example/problems/not-found` (404): the resource does not exist.
 * - `https://api.studio.example/problems/idempotency-key-reused` (409): the Idempotency-Key was already used for a different request (method, path or body). This is a client bug: never retry, generate a new key for the new action.
 * - `https://api.studio.example/problems/idempotency-request-in-progress` (409): a request with this Idempotency-Key is still being processed. Retry later with the SAME key, after the `Retry-After` delay.
 * - `https://api.studio.example/problems/unprocessable` (422): the request is well-formed but violates a business rule.
 * - `https://api.studio.example/problems/rate-limited` (429): too many requests; wait for `Retry-After`.
 * - `https://api.studio.example/problems/internal-error` (500): an unexpected server error.
 * - `https://api.studio.example/problems/service-unavailable` (503): the service is temporarily unavailable; wait for `Retry-After`.
 *
 * Additional members may be present and must be ignored by clients that do not understand them.
 *
 * @example
 * ```ts
 * const value: Problem = {
 *   "type": "https://api.studio.example/problems/validation-error",
 *   "title": "Validation failed",
 *   "status": 400,
 *   "detail": "The request body is invalid.",
 *   "instance": "/v1/classes",
 *   "errors": [
 *     {
 *       "pointer": "/capacity",
 *       "detail": "must be less than or equal to 1000"
 *     }
 *   ]
 * };
 * ```
 *
 * @category Schemas
 */
export interface Problem extends Schema<'Problem'> {}

/**
 * The `classes` resource of the Management API: `client.classes.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.classes.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface ClassesResource {
  /**
   * List classes
   *
   * Returns the studio's classes, newest first, one page at a time.
   *
   * `GET /v1/classes` (`managementListClasses`), requires the `classes:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.classes.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListClasses']['parameters']['query']>, options?: RequestOptions): PagePromise<ClassList>;
  /**
   * Create a class
   *
   * Creates a class and schedules its occurrences from `startsAt` and `recurrenceRule`.
   *
   * `POST /v1/classes` (`managementCreateClass`), requires the `classes:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.classes.create({
   *   "name": "Morning Vinyasa Flow",
   *   "description": "An all-levels 60-minute vinyasa class.",
   *   "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
   *   "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
   *   "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
   *   "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
   *   "capacity": 20,
   *   "durationMinutes": 60,
   *   "startsAt": "2025-04-07T07:00:00Z",
   *   "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR"
   * });
   * ```
   */
  create(body: ClassCreate, options?: MutationOptions): ApiPromise<Class>;
  /**
   * Get a class
   *
   * Returns a single class by ID.
   *
   * `GET /v1/classes/{classId}` (`managementGetClass`), requires the `classes:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.classes.get('cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W');
   * ```
   */
  get(classId: string, options?: RequestOptions): ApiPromise<Class>;
  /**
   * Cancel a class
   *
   * Cancels a class and all of its future occurrences; booked members are notified. The class is kept and returned with status `cancelled`.
   *
   * `DELETE /v1/classes/{classId}` (`managementCancelClass`), requires the `classes:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.classes.cancel('cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W');
   * ```
   */
  cancel(classId: string, options?: MutationOptions): ApiPromise<Class>;
  /**
   * Update a class
   *
   * Updates the fields present in the body. Changes apply to future occurrences only.
   *
   * `PATCH /v1/classes/{classId}` (`managementUpdateClass`), requires the `classes:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.classes.update('cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W', {
   *   "capacity": 24,
   *   "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y"
   * });
   * ```
   */
  update(classId: string, body: ClassUpdate, options?: MutationOptions): ApiPromise<Class>;
}

/**
 * The `members` resource of the Management API: `client.members.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.members.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface MembersResource {
  /**
   * List members
   *
   * Returns memberships, newest first, one page at a time. Includes invited and cancelled memberships.
   *
   * `GET /v1/members` (`managementListMembers`), requires the `members:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.members.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListMembers']['parameters']['query']>, options?: RequestOptions): PagePromise<MembershipList>;
  /**
   * Invite a member
   *
   * Creates a membership with status `invited` and emails an invitation. The member becomes `active` when the invite is accepted.
   *
   * `POST /v1/members/invites` (`managementInviteMember`), requires the `members:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.members.invite({
   *   "email": "sam.ortiz@example.org",
   *   "firstName": "Sam",
   *   "lastName": "Ortiz",
   *   "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
   *   "message": "Welcome to the studio! Your first class is on us."
   * });
   * ```
   */
  invite(body: MemberInvite, options?: MutationOptions): ApiPromise<Invite>;
  /**
   * Get a member
   *
   * Returns a single membership by ID.
   *
   * `GET /v1/members/{membershipId}` (`managementGetMember`), requires the `members:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.members.get('mem_01HW2C4D6F8H0J2K4M6N8P0R2S');
   * ```
   */
  get(membershipId: string, options?: RequestOptions): ApiPromise<Membership>;
  /**
   * Update a member
   *
   * Updates the fields present in the body, for example to pause or resume a membership or change its plan.
   *
   * `PATCH /v1/members/{membershipId}` (`managementUpdateMember`), requires the `members:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.members.update('mem_01HW2C4D6F8H0J2K4M6N8P0R2S', {
   *   "status": "paused"
   * });
   * ```
   */
  update(membershipId: string, body: MembershipUpdate, options?: MutationOptions): ApiPromise<Membership>;
  /**
   * Cancel a membership
   *
   * Cancels a membership immediately or at the end of the current billing period. The body is optional; without it the membership is cancelled immediately.
   *
   * `POST /v1/members/{membershipId}/cancel` (`managementCancelMembership`), requires the `members:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.members.cancel('mem_01HW2C4D6F8H0J2K4M6N8P0R2S', {
   *   "reason": "Moving to another city.",
   *   "effective": "end_of_period"
   * });
   * ```
   */
  cancel(membershipId: string, body?: MembershipCancel, options?: MutationOptions): ApiPromise<Membership>;
}

/**
 * The `schedule` resource of the Management API: `client.schedule.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.schedule.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface ScheduleResource {
  /**
   * List schedule occurrences
   *
   * Returns class occurrences ordered by `startsAt` ascending, optionally limited to a time window.
   *
   * `GET /v1/schedule` (`managementListOccurrences`), requires the `schedule:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.schedule.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListOccurrences']['parameters']['query']>, options?: RequestOptions): PagePromise<OccurrenceList>;
  /**
   * Get an occurrence
   *
   * Returns a single schedule occurrence by ID.
   *
   * `GET /v1/schedule/{occurrenceId}` (`managementGetOccurrence`), requires the `schedule:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.schedule.get('occ_01HX5F9G1H3J5K7M9N1P3Q5R7S');
   * ```
   */
  get(occurrenceId: string, options?: RequestOptions): ApiPromise<Occurrence>;
  /**
   * Reschedule an occurrence
   *
   * Moves a single occurrence to a new time, room or instructor without changing the rest of the class. Booked members are notified.
   *
   * `PATCH /v1/schedule/{occurrenceId}` (`managementRescheduleOccurrence`), requires the `schedule:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.schedule.reschedule('occ_01HX5F9G1H3J5K7M9N1P3Q5R7S', {
   *   "startsAt": "2025-04-07T08:00:00Z",
   *   "endsAt": "2025-04-07T09:00:00Z"
   * });
   * ```
   */
  reschedule(occurrenceId: string, body: OccurrenceReschedule, options?: MutationOptions): ApiPromise<Occurrence>;
}

/**
 * The `content` resource of the Management API: `client.content.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.content.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface ContentResource {
  /**
   * List content
   *
   * Returns on-demand content items, newest first, one page at a time.
   *
   * `GET /v1/content` (`managementListContent`), requires the `content:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.content.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListContent']['parameters']['query']>, options?: RequestOptions): PagePromise<ContentList>;
  /**
   * Get a content item
   *
   * Returns a single content item by ID.
   *
   * `GET /v1/content/{contentId}` (`managementGetContent`), requires the `content:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.content.get('cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R');
   * ```
   */
  get(contentId: string, options?: RequestOptions): ApiPromise<Content>;
  /**
   * Delete a content item
   *
   * Permanently deletes a content item and its media. This cannot be undone.
   *
   * `DELETE /v1/content/{contentId}` (`managementDeleteContent`), requires the `content:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * await client.content.delete('cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R');
   * ```
   */
  delete(contentId: string, options?: MutationOptions): ApiPromise<undefined>;
  /**
   * Update a content item
   *
   * Updates the fields present in the body. Setting `status` to `published` publishes the item.
   *
   * `PATCH /v1/content/{contentId}` (`managementUpdateContent`), requires the `content:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.content.update('cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R', {
   *   "title": "Breathing Basics (Updated)",
   *   "status": "published"
   * });
   * ```
   */
  update(contentId: string, body: ContentUpdate, options?: MutationOptions): ApiPromise<Content>;
}

/**
 * The `plans` resource of the Management API: `client.plans.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.plans.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface PlansResource {
  /**
   * List plans
   *
   * Returns membership plans, including archived ones, one page at a time.
   *
   * `GET /v1/plans` (`managementListPlans`), requires the `plans:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.plans.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListPlans']['parameters']['query']>, options?: RequestOptions): PagePromise<PlanList>;
  /**
   * Create a plan
   *
   * Creates a membership plan with status `active`.
   *
   * `POST /v1/plans` (`managementCreatePlan`), requires the `plans:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.plans.create({
   *   "name": "Unlimited Monthly",
   *   "description": "Unlimited classes at every location.",
   *   "price": {
   *     "amount": 8900,
   *     "currency": "EUR"
   *   },
   *   "interval": "month",
   *   "intervalCount": 1,
   *   "classCredits": null
   * });
   * ```
   */
  create(body: PlanCreate, options?: MutationOptions): ApiPromise<Plan>;
  /**
   * Get a plan
   *
   * Returns a single plan by ID.
   *
   * `GET /v1/plans/{planId}` (`managementGetPlan`), requires the `plans:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.plans.get('pln_01HT6A8B0C2D4E6F8G0H2J4K6M');
   * ```
   */
  get(planId: string, options?: RequestOptions): ApiPromise<Plan>;
  /**
   * Archive a plan
   *
   * Archives a plan so no new members can join it. Existing memberships on the plan continue. The plan is returned with status `archived`.
   *
   * `DELETE /v1/plans/{planId}` (`managementArchivePlan`), requires the `plans:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.plans.archive('pln_01HT6A8B0C2D4E6F8G0H2J4K6M');
   * ```
   */
  archive(planId: string, options?: MutationOptions): ApiPromise<Plan>;
  /**
   * Update a plan
   *
   * Updates the fields present in the body. Existing members keep their current price until their next billing period.
   *
   * `PATCH /v1/plans/{planId}` (`managementUpdatePlan`), requires the `plans:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.plans.update('pln_01HT6A8B0C2D4E6F8G0H2J4K6M', {
   *   "price": {
   *     "amount": 9400,
   *     "currency": "EUR"
   *   }
   * });
   * ```
   */
  update(planId: string, body: PlanUpdate, options?: MutationOptions): ApiPromise<Plan>;
}

/**
 * The `instructors` resource of the Management API: `client.instructors.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.instructors.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface InstructorsResource {
  /**
   * List instructors
   *
   * Returns instructors, one page at a time.
   *
   * `GET /v1/instructors` (`managementListInstructors`), requires the `instructors:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.instructors.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListInstructors']['parameters']['query']>, options?: RequestOptions): PagePromise<InstructorList>;
  /**
   * Create an instructor
   *
   * Creates an instructor who can then be assigned to classes.
   *
   * `POST /v1/instructors` (`managementCreateInstructor`), requires the `instructors:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.instructors.create({
   *   "firstName": "Maya",
   *   "lastName": "Fischer",
   *   "email": "maya.fischer@studio.example",
   *   "bio": "E-RYT 500 yoga teacher with ten years of experience.",
   *   "specialties": [
   *     "vinyasa",
   *     "yin"
   *   ],
   *   "locationIds": [
   *     "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
   *   ]
   * });
   * ```
   */
  create(body: InstructorCreate, options?: MutationOptions): ApiPromise<Instructor>;
  /**
   * Get an instructor
   *
   * Returns a single instructor by ID.
   *
   * `GET /v1/instructors/{instructorId}` (`managementGetInstructor`), requires the `instructors:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.instructors.get('ins_01HS9K1M3N5P7Q9R1S3T5V7W9X');
   * ```
   */
  get(instructorId: string, options?: RequestOptions): ApiPromise<Instructor>;
  /**
   * Update an instructor
   *
   * Updates the fields present in the body. Set `active` to false to stop assigning the instructor to new classes.
   *
   * `PATCH /v1/instructors/{instructorId}` (`managementUpdateInstructor`), requires the `instructors:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.instructors.update('ins_01HS9K1M3N5P7Q9R1S3T5V7W9X', {
   *   "specialties": [
   *     "vinyasa",
   *     "yin",
   *     "restorative"
   *   ]
   * });
   * ```
   */
  update(instructorId: string, body: InstructorUpdate, options?: MutationOptions): ApiPromise<Instructor>;
}

/**
 * The `locations` resource of the Management API: `client.locations.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.locations.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface LocationsResource {
  /** The `locations.rooms` resource: `client.locations.rooms.…`. */
  readonly rooms: LocationsRoomsResource;
  /**
   * List locations
   *
   * Returns studio locations, one page at a time.
   *
   * `GET /v1/locations` (`managementListLocations`), requires the `locations:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.locations.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListLocations']['parameters']['query']>, options?: RequestOptions): PagePromise<LocationList>;
  /**
   * Create a location
   *
   * Creates a studio location.
   *
   * `POST /v1/locations` (`managementCreateLocation`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.locations.create({
   *   "name": "Berlin Mitte",
   *   "address": {
   *     "line1": "Torstraße 125",
   *     "line2": "2nd floor",
   *     "city": "Berlin",
   *     "postalCode": "10119",
   *     "country": "DE"
   *   },
   *   "timezone": "Europe/Berlin",
   *   "phone": "+49 30 1234567"
   * });
   * ```
   */
  create(body: LocationCreate, options?: MutationOptions): ApiPromise<Location>;
  /**
   * Get a location
   *
   * Returns a single location by ID.
   *
   * `GET /v1/locations/{locationId}` (`managementGetLocation`), requires the `locations:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.locations.get('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T');
   * ```
   */
  get(locationId: string, options?: RequestOptions): ApiPromise<Location>;
  /**
   * Delete a location
   *
   * Deletes a location and its rooms. Fails with 422 while the location still has scheduled classes.
   *
   * `DELETE /v1/locations/{locationId}` (`managementDeleteLocation`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * await client.locations.delete('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T');
   * ```
   */
  delete(locationId: string, options?: MutationOptions): ApiPromise<undefined>;
  /**
   * Update a location
   *
   * Updates the fields present in the body. A new `address` replaces the old one as a whole.
   *
   * `PATCH /v1/locations/{locationId}` (`managementUpdateLocation`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.locations.update('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T', {
   *   "phone": "+49 30 7654321"
   * });
   * ```
   */
  update(locationId: string, body: LocationUpdate, options?: MutationOptions): ApiPromise<Location>;
}

/**
 * The `locations.rooms` resource of the Management API: `client.locations.rooms.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.locations.rooms.list('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T', { limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface LocationsRoomsResource {
  /**
   * List rooms
   *
   * Returns the rooms of a location, one page at a time.
   *
   * `GET /v1/locations/{locationId}/rooms` (`managementListRooms`), requires the `locations:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.locations.rooms.list('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T', { limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(locationId: string, query?: NonNullable<operations['managementListRooms']['parameters']['query']>, options?: RequestOptions): PagePromise<RoomList>;
  /**
   * Create a room
   *
   * Creates a room at a location.
   *
   * `POST /v1/locations/{locationId}/rooms` (`managementCreateRoom`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.locations.rooms.create('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T', {
   *   "name": "Studio A",
   *   "capacity": 24
   * });
   * ```
   */
  create(locationId: string, body: RoomCreate, options?: MutationOptions): ApiPromise<Room>;
  /**
   * Get a room
   *
   * Returns a single room of a location by ID.
   *
   * `GET /v1/locations/{locationId}/rooms/{roomId}` (`managementGetRoom`), requires the `locations:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.locations.rooms.get('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T', 'rm_01HR4F7H9K1M3N5P7Q9R1S3T5V');
   * ```
   */
  get(locationId: string, roomId: string, options?: RequestOptions): ApiPromise<Room>;
  /**
   * Delete a room
   *
   * Deletes a room. Fails with 422 while classes are still scheduled in it.
   *
   * `DELETE /v1/locations/{locationId}/rooms/{roomId}` (`managementDeleteRoom`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * await client.locations.rooms.delete('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T', 'rm_01HR4F7H9K1M3N5P7Q9R1S3T5V');
   * ```
   */
  delete(locationId: string, roomId: string, options?: MutationOptions): ApiPromise<undefined>;
  /**
   * Update a room
   *
   * Updates the fields present in the body. Lowering `capacity` below existing bookings fails with 422.
   *
   * `PATCH /v1/locations/{locationId}/rooms/{roomId}` (`managementUpdateRoom`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.locations.rooms.update('loc_01HR4E6G8J0K2M4N6P8Q0R2S4T', 'rm_01HR4F7H9K1M3N5P7Q9R1S3T5V', {
   *   "capacity": 26
   * });
   * ```
   */
  update(locationId: string, roomId: string, body: RoomUpdate, options?: MutationOptions): ApiPromise<Room>;
}

/**
 * The `coupons` resource of the Management API: `client.coupons.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.coupons.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface CouponsResource {
  /**
   * List coupons
   *
   * Returns coupons, including archived ones, one page at a time.
   *
   * `GET /v1/coupons` (`managementListCoupons`), requires the `coupons:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.coupons.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListCoupons']['parameters']['query']>, options?: RequestOptions): PagePromise<CouponList>;
  /**
   * Create a coupon
   *
   * Creates a coupon with either a percentage or a fixed-amount discount. Codes are unique; a duplicate code fails with 422.
   *
   * `POST /v1/coupons` (`managementCreateCoupon`), requires the `coupons:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.coupons.create({
   *   "code": "SPRING-25",
   *   "description": "25% off the first month.",
   *   "percentOff": 25,
   *   "maxRedemptions": 200,
   *   "expiresAt": "2025-05-31T23:59:59Z"
   * });
   * ```
   */
  create(body: CouponCreate, options?: MutationOptions): ApiPromise<Coupon>;
  /**
   * Get a coupon
   *
   * Returns a single coupon by ID.
   *
   * `GET /v1/coupons/{couponId}` (`managementGetCoupon`), requires the `coupons:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.coupons.get('cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H');
   * ```
   */
  get(couponId: string, options?: RequestOptions): ApiPromise<Coupon>;
  /**
   * Archive a coupon
   *
   * Archives a coupon so it can no longer be redeemed. The coupon is returned with status `archived`.
   *
   * `DELETE /v1/coupons/{couponId}` (`managementArchiveCoupon`), requires the `coupons:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.coupons.archive('cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H');
   * ```
   */
  archive(couponId: string, options?: MutationOptions): ApiPromise<Coupon>;
}

/**
 * The `programs` resource of the Management API: `client.programs.…`.
 *
 * @example
 * ```ts
 * for await (const item of client.programs.list({ limit: 50 })) {
 *   console.log(item.id);
 * }
 * ```
 *
 * @category Resources
 */
export interface ProgramsResource {
  /**
   * List programs
   *
   * Returns programs, newest first, one page at a time.
   *
   * `GET /v1/programs` (`managementListPrograms`), requires the `programs:read` scope.
   *
   * @example
   * ```ts
   * for await (const item of client.programs.list({ limit: 50 })) {
   *   console.log(item.id);
   * }
   * ```
   */
  list(query?: NonNullable<operations['managementListPrograms']['parameters']['query']>, options?: RequestOptions): PagePromise<ProgramList>;
  /**
   * Create a program
   *
   * Creates a program with status `draft`.
   *
   * `POST /v1/programs` (`managementCreateProgram`), requires the `programs:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.programs.create({
   *   "name": "30-Day Yoga Foundations",
   *   "description": "A progressive introduction to yoga for new members.",
   *   "level": "beginner",
   *   "durationWeeks": 4
   * });
   * ```
   */
  create(body: ProgramCreate, options?: MutationOptions): ApiPromise<Program>;
  /**
   * Get a program
   *
   * Returns a single program by ID.
   *
   * `GET /v1/programs/{programId}` (`managementGetProgram`), requires the `programs:read` scope.
   *
   * @example
   * ```ts
   * const result = await client.programs.get('prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y');
   * ```
   */
  get(programId: string, options?: RequestOptions): ApiPromise<Program>;
  /**
   * Update a program
   *
   * Updates the fields present in the body. Set `status` to `active` to publish a draft or `archived` to retire it.
   *
   * `PATCH /v1/programs/{programId}` (`managementUpdateProgram`), requires the `programs:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   *
   * @example
   * ```ts
   * const result = await client.programs.update('prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y', {
   *   "status": "active"
   * });
   * ```
   */
  update(programId: string, body: ProgramUpdate, options?: MutationOptions): ApiPromise<Program>;
}

/**
 * Every top-level resource of the Management API, as properties of `ManagementClient`.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({ baseUrl, accessToken });
 * const { data } = await client.classes.list();
 * ```
 *
 * @category Resources
 */
export interface ManagementResources {
  /** The `classes` resource. */
  readonly classes: ClassesResource;
  /** The `members` resource. */
  readonly members: MembersResource;
  /** The `schedule` resource. */
  readonly schedule: ScheduleResource;
  /** The `content` resource. */
  readonly content: ContentResource;
  /** The `plans` resource. */
  readonly plans: PlansResource;
  /** The `instructors` resource. */
  readonly instructors: InstructorsResource;
  /** The `locations` resource. */
  readonly locations: LocationsResource;
  /** The `coupons` resource. */
  readonly coupons: CouponsResource;
  /** The `programs` resource. */
  readonly programs: ProgramsResource;
}
