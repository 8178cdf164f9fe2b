// This file is generated from openapi.yaml by scripts/generate.ts (schema types and resource interfaces).
// Do not edit it by hand: change openapi.yaml and run `npm run generate`.

import type { ApiPromise, PagePromise } from '../src/api-promise.ts';
import type { MutationOptions, RequestOptions } from '../src/options.ts';
import type { components, operations } from './openapi.ts';

/**
 * An amount of money in the minor unit of its currency (for example cents).
 */
export type Money = components['schemas']['Money'];

/**
 * Postal address of a location.
 */
export type Address = components['schemas']['Address'];

/**
 * A class offered by the studio. Its sessions appear in the schedule as occurrences.
 */
export type Class = components['schemas']['Class'];

/**
 * Request body for creating a class.
 */
export type ClassCreate = components['schemas']['ClassCreate'];

/**
 * Partial update of a class. Only the fields present are changed.
 */
export type ClassUpdate = components['schemas']['ClassUpdate'];

/**
 * A member's membership of the studio on a plan.
 */
export type Membership = components['schemas']['Membership'];

/**
 * Request body for inviting a new member. An invitation email is sent to `email`.
 */
export type MemberInvite = components['schemas']['MemberInvite'];

/**
 * An invitation sent to a prospective member. The linked membership has status `invited` until the invite is accepted.
 */
export type Invite = components['schemas']['Invite'];

/**
 * Partial update of a membership. Set `status` to `paused` or `active` to pause or resume; use the cancel operation to cancel.
 */
export type MembershipUpdate = components['schemas']['MembershipUpdate'];

/**
 * Optional details for cancelling a membership.
 */
export type MembershipCancel = components['schemas']['MembershipCancel'];

/**
 * One scheduled session of a class.
 */
export type Occurrence = components['schemas']['Occurrence'];

/**
 * Partial update that moves an occurrence. Only the fields present are changed; booked members are notified.
 */
export type OccurrenceReschedule = components['schemas']['OccurrenceReschedule'];

/**
 * An on-demand content item (video, article or audio).
 */
export type Content = components['schemas']['Content'];

/**
 * Partial update of a content item. Only the fields present are changed.
 */
export type ContentUpdate = components['schemas']['ContentUpdate'];

/**
 * A membership plan members subscribe to.
 */
export type Plan = components['schemas']['Plan'];

/**
 * Request body for creating a plan.
 */
export type PlanCreate = components['schemas']['PlanCreate'];

/**
 * Partial update of a plan. A price change applies to new billing periods only.
 */
export type PlanUpdate = components['schemas']['PlanUpdate'];

/**
 * An instructor who teaches classes.
 */
export type Instructor = components['schemas']['Instructor'];

/**
 * Request body for creating an instructor.
 */
export type InstructorCreate = components['schemas']['InstructorCreate'];

/**
 * Partial update of an instructor. Only the fields present are changed.
 */
export type InstructorUpdate = components['schemas']['InstructorUpdate'];

/**
 * A studio location.
 */
export type Location = components['schemas']['Location'];

/**
 * Request body for creating a location.
 */
export type LocationCreate = components['schemas']['LocationCreate'];

/**
 * Partial update of a location. `address` is replaced as a whole.
 */
export type LocationUpdate = components['schemas']['LocationUpdate'];

/**
 * A room at a location.
 */
export type Room = components['schemas']['Room'];

/**
 * Request body for creating a room at a location.
 */
export type RoomCreate = components['schemas']['RoomCreate'];

/**
 * Partial update of a room. Only the fields present are changed.
 */
export type RoomUpdate = components['schemas']['RoomUpdate'];

/**
 * A discount coupon. Exactly one of `percentOff` and `amountOff` is non-null.
 */
export type Coupon = components['schemas']['Coupon'];

/**
 * Request body for creating a coupon. Give exactly one of `percentOff` or `amountOff`.
 */
export type CouponCreate = components['schemas']['CouponCreate'];

/**
 * A multi-week program grouping classes and content.
 */
export type Program = components['schemas']['Program'];

/**
 * Request body for creating a program. New programs start as `draft`.
 */
export type ProgramCreate = components['schemas']['ProgramCreate'];

/**
 * Partial update of a program. Only the fields present are changed.
 */
export type ProgramUpdate = components['schemas']['ProgramUpdate'];

/**
 * One page of classes.
 */
export type ClassList = components['schemas']['ClassList'];

/**
 * One page of memberships.
 */
export type MembershipList = components['schemas']['MembershipList'];

/**
 * One page of schedule occurrences.
 */
export type OccurrenceList = components['schemas']['OccurrenceList'];

/**
 * One page of content items.
 */
export type ContentList = components['schemas']['ContentList'];

/**
 * One page of plans.
 */
export type PlanList = components['schemas']['PlanList'];

/**
 * One page of instructors.
 */
export type InstructorList = components['schemas']['InstructorList'];

/**
 * One page of locations.
 */
export type LocationList = components['schemas']['LocationList'];

/**
 * One page of rooms.
 */
export type RoomList = components['schemas']['RoomList'];

/**
 * One page of coupons.
 */
export type CouponList = components['schemas']['CouponList'];

/**
 * One page of programs.
 */
export type ProgramList = components['schemas']['ProgramList'];

/**
 * One invalid field in a request.
 */
export type ProblemFieldError = components['schemas']['ProblemFieldError'];

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
 */
export type Problem = components['schemas']['Problem'];

/** The `classes` resource of the Management API: `client.classes.…`. */
export interface ClassesResource {
  /**
   * List classes
   *
   * Returns the studio's classes, newest first, one page at a time.
   *
   * `GET /v1/classes` (`managementListClasses`), requires the `classes:read` scope.
   */
  list(query?: NonNullable<operations['managementListClasses']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListClasses']['responses'][200]['content']['application/json']>;
  /**
   * Create a class
   *
   * Creates a class and schedules its occurrences from `startsAt` and `recurrenceRule`.
   *
   * `POST /v1/classes` (`managementCreateClass`), requires the `classes:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  create(body: NonNullable<operations['managementCreateClass']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCreateClass']['responses'][201]['content']['application/json']>;
  /**
   * Get a class
   *
   * Returns a single class by ID.
   *
   * `GET /v1/classes/{classId}` (`managementGetClass`), requires the `classes:read` scope.
   */
  get(classId: string, options?: RequestOptions): ApiPromise<operations['managementGetClass']['responses'][200]['content']['application/json']>;
  /**
   * Cancel a class
   *
   * Cancels a class and all of its future occurrences; booked members are notified. The class is kept and returned with status `cancelled`.
   *
   * `DELETE /v1/classes/{classId}` (`managementCancelClass`), requires the `classes:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  cancel(classId: string, options?: MutationOptions): ApiPromise<operations['managementCancelClass']['responses'][200]['content']['application/json']>;
  /**
   * Update a class
   *
   * Updates the fields present in the body. Changes apply to future occurrences only.
   *
   * `PATCH /v1/classes/{classId}` (`managementUpdateClass`), requires the `classes:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(classId: string, body: NonNullable<operations['managementUpdateClass']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdateClass']['responses'][200]['content']['application/json']>;
}

/** The `members` resource of the Management API: `client.members.…`. */
export interface MembersResource {
  /**
   * List members
   *
   * Returns memberships, newest first, one page at a time. Includes invited and cancelled memberships.
   *
   * `GET /v1/members` (`managementListMembers`), requires the `members:read` scope.
   */
  list(query?: NonNullable<operations['managementListMembers']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListMembers']['responses'][200]['content']['application/json']>;
  /**
   * Invite a member
   *
   * Creates a membership with status `invited` and emails an invitation. The member becomes `active` when the invite is accepted.
   *
   * `POST /v1/members/invites` (`managementInviteMember`), requires the `members:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  invite(body: NonNullable<operations['managementInviteMember']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementInviteMember']['responses'][201]['content']['application/json']>;
  /**
   * Get a member
   *
   * Returns a single membership by ID.
   *
   * `GET /v1/members/{membershipId}` (`managementGetMember`), requires the `members:read` scope.
   */
  get(membershipId: string, options?: RequestOptions): ApiPromise<operations['managementGetMember']['responses'][200]['content']['application/json']>;
  /**
   * Update a member
   *
   * Updates the fields present in the body, for example to pause or resume a membership or change its plan.
   *
   * `PATCH /v1/members/{membershipId}` (`managementUpdateMember`), requires the `members:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(membershipId: string, body: NonNullable<operations['managementUpdateMember']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdateMember']['responses'][200]['content']['application/json']>;
  /**
   * Cancel a membership
   *
   * Cancels a membership immediately or at the end of the current billing period. The body is optional; without it the membership is cancelled immediately.
   *
   * `POST /v1/members/{membershipId}/cancel` (`managementCancelMembership`), requires the `members:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  cancel(membershipId: string, body?: NonNullable<operations['managementCancelMembership']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCancelMembership']['responses'][200]['content']['application/json']>;
}

/** The `schedule` resource of the Management API: `client.schedule.…`. */
export interface ScheduleResource {
  /**
   * List schedule occurrences
   *
   * Returns class occurrences ordered by `startsAt` ascending, optionally limited to a time window.
   *
   * `GET /v1/schedule` (`managementListOccurrences`), requires the `schedule:read` scope.
   */
  list(query?: NonNullable<operations['managementListOccurrences']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListOccurrences']['responses'][200]['content']['application/json']>;
  /**
   * Get an occurrence
   *
   * Returns a single schedule occurrence by ID.
   *
   * `GET /v1/schedule/{occurrenceId}` (`managementGetOccurrence`), requires the `schedule:read` scope.
   */
  get(occurrenceId: string, options?: RequestOptions): ApiPromise<operations['managementGetOccurrence']['responses'][200]['content']['application/json']>;
  /**
   * Reschedule an occurrence
   *
   * Moves a single occurrence to a new time, room or instructor without changing the rest of the class. Booked members are notified.
   *
   * `PATCH /v1/schedule/{occurrenceId}` (`managementRescheduleOccurrence`), requires the `schedule:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  reschedule(occurrenceId: string, body: NonNullable<operations['managementRescheduleOccurrence']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementRescheduleOccurrence']['responses'][200]['content']['application/json']>;
}

/** The `content` resource of the Management API: `client.content.…`. */
export interface ContentResource {
  /**
   * List content
   *
   * Returns on-demand content items, newest first, one page at a time.
   *
   * `GET /v1/content` (`managementListContent`), requires the `content:read` scope.
   */
  list(query?: NonNullable<operations['managementListContent']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListContent']['responses'][200]['content']['application/json']>;
  /**
   * Get a content item
   *
   * Returns a single content item by ID.
   *
   * `GET /v1/content/{contentId}` (`managementGetContent`), requires the `content:read` scope.
   */
  get(contentId: string, options?: RequestOptions): ApiPromise<operations['managementGetContent']['responses'][200]['content']['application/json']>;
  /**
   * Delete a content item
   *
   * Permanently deletes a content item and its media. This cannot be undone.
   *
   * `DELETE /v1/content/{contentId}` (`managementDeleteContent`), requires the `content:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  delete(contentId: string, options?: MutationOptions): ApiPromise<undefined>;
  /**
   * Update a content item
   *
   * Updates the fields present in the body. Setting `status` to `published` publishes the item.
   *
   * `PATCH /v1/content/{contentId}` (`managementUpdateContent`), requires the `content:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(contentId: string, body: NonNullable<operations['managementUpdateContent']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdateContent']['responses'][200]['content']['application/json']>;
}

/** The `plans` resource of the Management API: `client.plans.…`. */
export interface PlansResource {
  /**
   * List plans
   *
   * Returns membership plans, including archived ones, one page at a time.
   *
   * `GET /v1/plans` (`managementListPlans`), requires the `plans:read` scope.
   */
  list(query?: NonNullable<operations['managementListPlans']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListPlans']['responses'][200]['content']['application/json']>;
  /**
   * Create a plan
   *
   * Creates a membership plan with status `active`.
   *
   * `POST /v1/plans` (`managementCreatePlan`), requires the `plans:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  create(body: NonNullable<operations['managementCreatePlan']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCreatePlan']['responses'][201]['content']['application/json']>;
  /**
   * Get a plan
   *
   * Returns a single plan by ID.
   *
   * `GET /v1/plans/{planId}` (`managementGetPlan`), requires the `plans:read` scope.
   */
  get(planId: string, options?: RequestOptions): ApiPromise<operations['managementGetPlan']['responses'][200]['content']['application/json']>;
  /**
   * Archive a plan
   *
   * Archives a plan so no new members can join it. Existing memberships on the plan continue. The plan is returned with status `archived`.
   *
   * `DELETE /v1/plans/{planId}` (`managementArchivePlan`), requires the `plans:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  archive(planId: string, options?: MutationOptions): ApiPromise<operations['managementArchivePlan']['responses'][200]['content']['application/json']>;
  /**
   * Update a plan
   *
   * Updates the fields present in the body. Existing members keep their current price until their next billing period.
   *
   * `PATCH /v1/plans/{planId}` (`managementUpdatePlan`), requires the `plans:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(planId: string, body: NonNullable<operations['managementUpdatePlan']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdatePlan']['responses'][200]['content']['application/json']>;
}

/** The `instructors` resource of the Management API: `client.instructors.…`. */
export interface InstructorsResource {
  /**
   * List instructors
   *
   * Returns instructors, one page at a time.
   *
   * `GET /v1/instructors` (`managementListInstructors`), requires the `instructors:read` scope.
   */
  list(query?: NonNullable<operations['managementListInstructors']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListInstructors']['responses'][200]['content']['application/json']>;
  /**
   * Create an instructor
   *
   * Creates an instructor who can then be assigned to classes.
   *
   * `POST /v1/instructors` (`managementCreateInstructor`), requires the `instructors:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  create(body: NonNullable<operations['managementCreateInstructor']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCreateInstructor']['responses'][201]['content']['application/json']>;
  /**
   * Get an instructor
   *
   * Returns a single instructor by ID.
   *
   * `GET /v1/instructors/{instructorId}` (`managementGetInstructor`), requires the `instructors:read` scope.
   */
  get(instructorId: string, options?: RequestOptions): ApiPromise<operations['managementGetInstructor']['responses'][200]['content']['application/json']>;
  /**
   * Update an instructor
   *
   * Updates the fields present in the body. Set `active` to false to stop assigning the instructor to new classes.
   *
   * `PATCH /v1/instructors/{instructorId}` (`managementUpdateInstructor`), requires the `instructors:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(instructorId: string, body: NonNullable<operations['managementUpdateInstructor']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdateInstructor']['responses'][200]['content']['application/json']>;
}

/** The `locations` resource of the Management API: `client.locations.…`. */
export interface LocationsResource {
  /** The `locations.rooms` resource: `client.locations.rooms.…`. */
  readonly rooms: LocationsRoomsResource;
  /**
   * List locations
   *
   * Returns studio locations, one page at a time.
   *
   * `GET /v1/locations` (`managementListLocations`), requires the `locations:read` scope.
   */
  list(query?: NonNullable<operations['managementListLocations']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListLocations']['responses'][200]['content']['application/json']>;
  /**
   * Create a location
   *
   * Creates a studio location.
   *
   * `POST /v1/locations` (`managementCreateLocation`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  create(body: NonNullable<operations['managementCreateLocation']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCreateLocation']['responses'][201]['content']['application/json']>;
  /**
   * Get a location
   *
   * Returns a single location by ID.
   *
   * `GET /v1/locations/{locationId}` (`managementGetLocation`), requires the `locations:read` scope.
   */
  get(locationId: string, options?: RequestOptions): ApiPromise<operations['managementGetLocation']['responses'][200]['content']['application/json']>;
  /**
   * Delete a location
   *
   * Deletes a location and its rooms. Fails with 422 while the location still has scheduled classes.
   *
   * `DELETE /v1/locations/{locationId}` (`managementDeleteLocation`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  delete(locationId: string, options?: MutationOptions): ApiPromise<undefined>;
  /**
   * Update a location
   *
   * Updates the fields present in the body. A new `address` replaces the old one as a whole.
   *
   * `PATCH /v1/locations/{locationId}` (`managementUpdateLocation`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(locationId: string, body: NonNullable<operations['managementUpdateLocation']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdateLocation']['responses'][200]['content']['application/json']>;
}

/** The `locations.rooms` resource of the Management API: `client.locations.rooms.…`. */
export interface LocationsRoomsResource {
  /**
   * List rooms
   *
   * Returns the rooms of a location, one page at a time.
   *
   * `GET /v1/locations/{locationId}/rooms` (`managementListRooms`), requires the `locations:read` scope.
   */
  list(locationId: string, query?: NonNullable<operations['managementListRooms']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListRooms']['responses'][200]['content']['application/json']>;
  /**
   * Create a room
   *
   * Creates a room at a location.
   *
   * `POST /v1/locations/{locationId}/rooms` (`managementCreateRoom`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  create(locationId: string, body: NonNullable<operations['managementCreateRoom']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCreateRoom']['responses'][201]['content']['application/json']>;
  /**
   * Get a room
   *
   * Returns a single room of a location by ID.
   *
   * `GET /v1/locations/{locationId}/rooms/{roomId}` (`managementGetRoom`), requires the `locations:read` scope.
   */
  get(locationId: string, roomId: string, options?: RequestOptions): ApiPromise<operations['managementGetRoom']['responses'][200]['content']['application/json']>;
  /**
   * Delete a room
   *
   * Deletes a room. Fails with 422 while classes are still scheduled in it.
   *
   * `DELETE /v1/locations/{locationId}/rooms/{roomId}` (`managementDeleteRoom`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  delete(locationId: string, roomId: string, options?: MutationOptions): ApiPromise<undefined>;
  /**
   * Update a room
   *
   * Updates the fields present in the body. Lowering `capacity` below existing bookings fails with 422.
   *
   * `PATCH /v1/locations/{locationId}/rooms/{roomId}` (`managementUpdateRoom`), requires the `locations:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(locationId: string, roomId: string, body: NonNullable<operations['managementUpdateRoom']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdateRoom']['responses'][200]['content']['application/json']>;
}

/** The `coupons` resource of the Management API: `client.coupons.…`. */
export interface CouponsResource {
  /**
   * List coupons
   *
   * Returns coupons, including archived ones, one page at a time.
   *
   * `GET /v1/coupons` (`managementListCoupons`), requires the `coupons:read` scope.
   */
  list(query?: NonNullable<operations['managementListCoupons']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListCoupons']['responses'][200]['content']['application/json']>;
  /**
   * Create a coupon
   *
   * Creates a coupon with either a percentage or a fixed-amount discount. Codes are unique; a duplicate code fails with 422.
   *
   * `POST /v1/coupons` (`managementCreateCoupon`), requires the `coupons:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  create(body: NonNullable<operations['managementCreateCoupon']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCreateCoupon']['responses'][201]['content']['application/json']>;
  /**
   * Get a coupon
   *
   * Returns a single coupon by ID.
   *
   * `GET /v1/coupons/{couponId}` (`managementGetCoupon`), requires the `coupons:read` scope.
   */
  get(couponId: string, options?: RequestOptions): ApiPromise<operations['managementGetCoupon']['responses'][200]['content']['application/json']>;
  /**
   * Archive a coupon
   *
   * Archives a coupon so it can no longer be redeemed. The coupon is returned with status `archived`.
   *
   * `DELETE /v1/coupons/{couponId}` (`managementArchiveCoupon`), requires the `coupons:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  archive(couponId: string, options?: MutationOptions): ApiPromise<operations['managementArchiveCoupon']['responses'][200]['content']['application/json']>;
}

/** The `programs` resource of the Management API: `client.programs.…`. */
export interface ProgramsResource {
  /**
   * List programs
   *
   * Returns programs, newest first, one page at a time.
   *
   * `GET /v1/programs` (`managementListPrograms`), requires the `programs:read` scope.
   */
  list(query?: NonNullable<operations['managementListPrograms']['parameters']['query']>, options?: RequestOptions): PagePromise<operations['managementListPrograms']['responses'][200]['content']['application/json']>;
  /**
   * Create a program
   *
   * Creates a program with status `draft`.
   *
   * `POST /v1/programs` (`managementCreateProgram`), requires the `programs:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  create(body: NonNullable<operations['managementCreateProgram']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementCreateProgram']['responses'][201]['content']['application/json']>;
  /**
   * Get a program
   *
   * Returns a single program by ID.
   *
   * `GET /v1/programs/{programId}` (`managementGetProgram`), requires the `programs:read` scope.
   */
  get(programId: string, options?: RequestOptions): ApiPromise<operations['managementGetProgram']['responses'][200]['content']['application/json']>;
  /**
   * Update a program
   *
   * Updates the fields present in the body. Set `status` to `active` to publish a draft or `archived` to retire it.
   *
   * `PATCH /v1/programs/{programId}` (`managementUpdateProgram`), requires the `programs:write` scope.
   * Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.
   */
  update(programId: string, body: NonNullable<operations['managementUpdateProgram']['requestBody']>['content']['application/json'], options?: MutationOptions): ApiPromise<operations['managementUpdateProgram']['responses'][200]['content']['application/json']>;
}

/** Every top-level resource of the Management API, as properties of `ManagementClient`. */
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
