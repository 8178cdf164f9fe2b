// This file is generated from openapi.yaml by scripts/generate.ts (types, by openapi-typescript).
// Do not edit it by hand: change openapi.yaml and run `npm run generate`.

export interface paths {
    "/v1/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List classes
         * @description Returns the studio's classes, newest first, one page at a time.
         */
        get: operations["managementListClasses"];
        put?: never;
        /**
         * Create a class
         * @description Creates a class and schedules its occurrences from `startsAt` and `recurrenceRule`.
         */
        post: operations["managementCreateClass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/classes/{classId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a class
         * @description Returns a single class by ID.
         */
        get: operations["managementGetClass"];
        put?: never;
        post?: never;
        /**
         * Cancel a class
         * @description Cancels a class and all of its future occurrences; booked members are notified. The class is kept and returned with status `cancelled`.
         */
        delete: operations["managementCancelClass"];
        options?: never;
        head?: never;
        /**
         * Update a class
         * @description Updates the fields present in the body. Changes apply to future occurrences only.
         */
        patch: operations["managementUpdateClass"];
        trace?: never;
    };
    "/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description Returns memberships, newest first, one page at a time. Includes invited and cancelled memberships.
         */
        get: operations["managementListMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a member
         * @description Creates a membership with status `invited` and emails an invitation. The member becomes `active` when the invite is accepted.
         */
        post: operations["managementInviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a member
         * @description Returns a single membership by ID.
         */
        get: operations["managementGetMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a member
         * @description Updates the fields present in the body, for example to pause or resume a membership or change its plan.
         */
        patch: operations["managementUpdateMember"];
        trace?: never;
    };
    "/v1/members/{membershipId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a membership
         * @description Cancels a membership immediately or at the end of the current billing period. The body is optional; without it the membership is cancelled immediately.
         */
        post: operations["managementCancelMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List schedule occurrences
         * @description Returns class occurrences ordered by `startsAt` ascending, optionally limited to a time window.
         */
        get: operations["managementListOccurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schedule/{occurrenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an occurrence
         * @description Returns a single schedule occurrence by ID.
         */
        get: operations["managementGetOccurrence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Reschedule an occurrence
         * @description Moves a single occurrence to a new time, room or instructor without changing the rest of the class. Booked members are notified.
         */
        patch: operations["managementRescheduleOccurrence"];
        trace?: never;
    };
    "/v1/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List content
         * @description Returns on-demand content items, newest first, one page at a time.
         */
        get: operations["managementListContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/content/{contentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a content item
         * @description Returns a single content item by ID.
         */
        get: operations["managementGetContent"];
        put?: never;
        post?: never;
        /**
         * Delete a content item
         * @description Permanently deletes a content item and its media. This cannot be undone.
         */
        delete: operations["managementDeleteContent"];
        options?: never;
        head?: never;
        /**
         * Update a content item
         * @description Updates the fields present in the body. Setting `status` to `published` publishes the item.
         */
        patch: operations["managementUpdateContent"];
        trace?: never;
    };
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Returns membership plans, including archived ones, one page at a time.
         */
        get: operations["managementListPlans"];
        put?: never;
        /**
         * Create a plan
         * @description Creates a membership plan with status `active`.
         */
        post: operations["managementCreatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a plan
         * @description Returns a single plan by ID.
         */
        get: operations["managementGetPlan"];
        put?: never;
        post?: never;
        /**
         * Archive a plan
         * @description Archives a plan so no new members can join it. Existing memberships on the plan continue. The plan is returned with status `archived`.
         */
        delete: operations["managementArchivePlan"];
        options?: never;
        head?: never;
        /**
         * Update a plan
         * @description Updates the fields present in the body. Existing members keep their current price until their next billing period.
         */
        patch: operations["managementUpdatePlan"];
        trace?: never;
    };
    "/v1/instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List instructors
         * @description Returns instructors, one page at a time.
         */
        get: operations["managementListInstructors"];
        put?: never;
        /**
         * Create an instructor
         * @description Creates an instructor who can then be assigned to classes.
         */
        post: operations["managementCreateInstructor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/instructors/{instructorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an instructor
         * @description Returns a single instructor by ID.
         */
        get: operations["managementGetInstructor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an instructor
         * @description Updates the fields present in the body. Set `active` to false to stop assigning the instructor to new classes.
         */
        patch: operations["managementUpdateInstructor"];
        trace?: never;
    };
    "/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description Returns studio locations, one page at a time.
         */
        get: operations["managementListLocations"];
        put?: never;
        /**
         * Create a location
         * @description Creates a studio location.
         */
        post: operations["managementCreateLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a location
         * @description Returns a single location by ID.
         */
        get: operations["managementGetLocation"];
        put?: never;
        post?: never;
        /**
         * Delete a location
         * @description Deletes a location and its rooms. Fails with 422 while the location still has scheduled classes.
         */
        delete: operations["managementDeleteLocation"];
        options?: never;
        head?: never;
        /**
         * Update a location
         * @description Updates the fields present in the body. A new `address` replaces the old one as a whole.
         */
        patch: operations["managementUpdateLocation"];
        trace?: never;
    };
    "/v1/locations/{locationId}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rooms
         * @description Returns the rooms of a location, one page at a time.
         */
        get: operations["managementListRooms"];
        put?: never;
        /**
         * Create a room
         * @description Creates a room at a location.
         */
        post: operations["managementCreateRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locations/{locationId}/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a room
         * @description Returns a single room of a location by ID.
         */
        get: operations["managementGetRoom"];
        put?: never;
        post?: never;
        /**
         * Delete a room
         * @description Deletes a room. Fails with 422 while classes are still scheduled in it.
         */
        delete: operations["managementDeleteRoom"];
        options?: never;
        head?: never;
        /**
         * Update a room
         * @description Updates the fields present in the body. Lowering `capacity` below existing bookings fails with 422.
         */
        patch: operations["managementUpdateRoom"];
        trace?: never;
    };
    "/v1/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List coupons
         * @description Returns coupons, including archived ones, one page at a time.
         */
        get: operations["managementListCoupons"];
        put?: never;
        /**
         * Create a coupon
         * @description Creates a coupon with either a percentage or a fixed-amount discount. Codes are unique; a duplicate code fails with 422.
         */
        post: operations["managementCreateCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons/{couponId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a coupon
         * @description Returns a single coupon by ID.
         */
        get: operations["managementGetCoupon"];
        put?: never;
        post?: never;
        /**
         * Archive a coupon
         * @description Archives a coupon so it can no longer be redeemed. The coupon is returned with status `archived`.
         */
        delete: operations["managementArchiveCoupon"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programs
         * @description Returns programs, newest first, one page at a time.
         */
        get: operations["managementListPrograms"];
        put?: never;
        /**
         * Create a program
         * @description Creates a program with status `draft`.
         */
        post: operations["managementCreateProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a program
         * @description Returns a single program by ID.
         */
        get: operations["managementGetProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a program
         * @description Updates the fields present in the body. Set `status` to `active` to publish a draft or `archived` to retire it.
         */
        patch: operations["managementUpdateProgram"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An amount of money in the minor unit of its currency (for example cents).
         * @example {
         *       "amount": 4900,
         *       "currency": "EUR"
         *     }
         */
        Money: {
            /**
             * @description Amount in minor units (for example 4900 = 49.00 EUR). Constraints: an integer, at least 0.
             * @example 4900
             */
            amount: number;
            /**
             * @description ISO 4217 currency code, upper case. Constraints: matching `^[A-Z]{3}$`.
             * @example EUR
             */
            currency: string;
        };
        /** @description Postal address of a location. */
        Address: {
            /**
             * @description Constraints: from 1 to 200 characters.
             * @example Torstraße 125
             */
            line1: string;
            /**
             * @description Constraints: at most 200 characters.
             * @example 2nd floor
             */
            line2?: string | null;
            /**
             * @description Constraints: from 1 to 100 characters.
             * @example Berlin
             */
            city: string;
            /**
             * @description State, province or region, if any. Constraints: at most 100 characters.
             * @example null
             */
            region?: string | null;
            /**
             * @description Constraints: from 1 to 20 characters.
             * @example 10119
             */
            postalCode: string;
            /**
             * @description ISO 3166-1 alpha-2 country code. Constraints: matching `^[A-Z]{2}$`.
             * @example DE
             */
            country: string;
        };
        /** @description A class offered by the studio. Its sessions appear in the schedule as occurrences. */
        Class: {
            /**
             * @description Class ID (prefix `cls_`). Constraints: matching `^cls_[0-9A-Za-z]+$`.
             * @example cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W
             */
            id: string;
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Morning Vinyasa Flow
             */
            name: string;
            /**
             * @description Constraints: at most 2000 characters.
             * @example An all-levels 60-minute vinyasa class.
             */
            description: string | null;
            /**
             * @description Program this class belongs to, if any. Constraints: matching `^prg_[0-9A-Za-z]+$`.
             * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
             */
            programId: string | null;
            /**
             * @description Instructor ID (prefix `ins_`). Constraints: matching `^ins_[0-9A-Za-z]+$`.
             * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
             */
            instructorId: string;
            /**
             * @description Location ID (prefix `loc_`). Constraints: matching `^loc_[0-9A-Za-z]+$`.
             * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
             */
            locationId: string;
            /**
             * @description Room at the location, if assigned. Constraints: matching `^rm_[0-9A-Za-z]+$`.
             * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
             */
            roomId: string | null;
            /**
             * @description Maximum number of attendees. Constraints: an integer, from 1 to 1000.
             * @example 20
             */
            capacity: number;
            /**
             * @description Length of each session in minutes. Constraints: an integer, from 5 to 480.
             * @example 60
             */
            durationMinutes: number;
            /**
             * Format: date-time
             * @description Start of the first session.
             * @example 2025-04-07T07:00:00Z
             */
            startsAt: string;
            /**
             * @description iCalendar RRULE describing how the class repeats; null for a one-off class. Constraints: at most 500 characters.
             * @example FREQ=WEEKLY;BYDAY=MO,WE,FR
             */
            recurrenceRule: string | null;
            /**
             * @description Constraints: one of `scheduled`, `cancelled`, `completed`.
             * @example scheduled
             * @enum {string}
             */
            status: "scheduled" | "cancelled" | "completed";
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for creating a class. */
        ClassCreate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Morning Vinyasa Flow
             */
            name: string;
            /**
             * @description Constraints: at most 2000 characters.
             * @example An all-levels 60-minute vinyasa class.
             */
            description?: string;
            /**
             * @description Program ID (prefix `prg_`). Constraints: matching `^prg_[0-9A-Za-z]+$`.
             * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
             */
            programId?: string;
            /**
             * @description Instructor ID (prefix `ins_`). Constraints: matching `^ins_[0-9A-Za-z]+$`.
             * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
             */
            instructorId: string;
            /**
             * @description Location ID (prefix `loc_`). Constraints: matching `^loc_[0-9A-Za-z]+$`.
             * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
             */
            locationId: string;
            /**
             * @description Room (must belong to `locationId`) ID (prefix `rm_`). Constraints: matching `^rm_[0-9A-Za-z]+$`.
             * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
             */
            roomId?: string;
            /**
             * @description Maximum number of attendees. Constraints: an integer, from 1 to 1000.
             * @example 20
             */
            capacity: number;
            /**
             * @description Length of each session in minutes. Constraints: an integer, from 5 to 480.
             * @example 60
             */
            durationMinutes: number;
            /**
             * Format: date-time
             * @description Start of the first session.
             * @example 2025-04-07T07:00:00Z
             */
            startsAt: string;
            /**
             * @description iCalendar RRULE; omit for a one-off class. Constraints: at most 500 characters.
             * @example FREQ=WEEKLY;BYDAY=MO,WE,FR
             */
            recurrenceRule?: string;
        };
        /** @description Partial update of a class. Only the fields present are changed. Constraints: at least one field. */
        ClassUpdate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Morning Vinyasa Flow
             */
            name?: string;
            /**
             * @description Constraints: at most 2000 characters.
             * @example An all-levels 60-minute vinyasa class.
             */
            description?: string | null;
            /**
             * @description Program this class belongs to, if any. Constraints: matching `^prg_[0-9A-Za-z]+$`.
             * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
             */
            programId?: string | null;
            /**
             * @description Instructor ID (prefix `ins_`). Constraints: matching `^ins_[0-9A-Za-z]+$`.
             * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
             */
            instructorId?: string;
            /**
             * @description Room at the location, if assigned. Constraints: matching `^rm_[0-9A-Za-z]+$`.
             * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
             */
            roomId?: string | null;
            /**
             * @description Maximum number of attendees. Constraints: an integer, from 1 to 1000.
             * @example 20
             */
            capacity?: number;
            /**
             * @description Length of each session in minutes. Constraints: an integer, from 5 to 480.
             * @example 60
             */
            durationMinutes?: number;
            /**
             * @description iCalendar RRULE describing how the class repeats; null for a one-off class. Constraints: at most 500 characters.
             * @example FREQ=WEEKLY;BYDAY=MO,WE,FR
             */
            recurrenceRule?: string | null;
        };
        /** @description A member's membership of the studio on a plan. */
        Membership: {
            /**
             * @description Membership ID (prefix `mem_`). Constraints: matching `^mem_[0-9A-Za-z]+$`.
             * @example mem_01HW2C4D6F8H0J2K4M6N8P0R2S
             */
            id: string;
            /**
             * Format: email
             * @description Constraints: at most 254 characters.
             * @example dana.lee@example.org
             */
            email: string;
            /**
             * @description Constraints: at most 100 characters.
             * @example Dana
             */
            firstName: string | null;
            /**
             * @description Constraints: at most 100 characters.
             * @example Lee
             */
            lastName: string | null;
            /**
             * @description Plan ID (prefix `pln_`). Constraints: matching `^pln_[0-9A-Za-z]+$`.
             * @example pln_01HT6A8B0C2D4E6F8G0H2J4K6M
             */
            planId: string;
            /**
             * @description Constraints: one of `invited`, `active`, `paused`, `cancelled`.
             * @example active
             * @enum {string}
             */
            status: "invited" | "active" | "paused" | "cancelled";
            /**
             * Format: date-time
             * @description When the membership became active; null while invited.
             * @example 2025-03-02T10:00:00Z
             */
            startedAt: string | null;
            /**
             * Format: date-time
             * @description End of the current billing period; null while invited.
             * @example 2025-04-02T10:00:00Z
             */
            currentPeriodEnd: string | null;
            /**
             * Format: date-time
             * @description When a scheduled cancellation takes effect, if any.
             * @example null
             */
            cancelAt: string | null;
            /**
             * @description Constraints: at most 500 characters.
             * @example null
             */
            cancellationReason: string | null;
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for inviting a new member. An invitation email is sent to `email`. */
        MemberInvite: {
            /**
             * Format: email
             * @description Constraints: at most 254 characters.
             * @example sam.ortiz@example.org
             */
            email: string;
            /**
             * @description Constraints: at most 100 characters.
             * @example Sam
             */
            firstName?: string;
            /**
             * @description Constraints: at most 100 characters.
             * @example Ortiz
             */
            lastName?: string;
            /**
             * @description Plan the member joins on acceptance ID (prefix `pln_`). Constraints: matching `^pln_[0-9A-Za-z]+$`.
             * @example pln_01HT6B1C3D5E7F9G1H3J5K7M9N
             */
            planId: string;
            /**
             * @description Personal note included in the invitation email. Constraints: at most 1000 characters.
             * @example Welcome to the studio!
             */
            message?: string;
        };
        /** @description An invitation sent to a prospective member. The linked membership has status `invited` until the invite is accepted. */
        Invite: {
            /**
             * @description Invite ID (prefix `inv_`). Constraints: matching `^inv_[0-9A-Za-z]+$`.
             * @example inv_01HW2B7Y5W3V1T9S7R5Q3P1N9M
             */
            id: string;
            /**
             * @description Membership created for the invitee ID (prefix `mem_`). Constraints: matching `^mem_[0-9A-Za-z]+$`.
             * @example mem_01HW2C9X8W7V6T5S4R3Q2P1N0M
             */
            membershipId: string;
            /**
             * Format: email
             * @description Constraints: at most 254 characters.
             * @example sam.ortiz@example.org
             */
            email: string;
            /**
             * @description Plan ID (prefix `pln_`). Constraints: matching `^pln_[0-9A-Za-z]+$`.
             * @example pln_01HT6B1C3D5E7F9G1H3J5K7M9N
             */
            planId: string;
            /**
             * @description Constraints: one of `pending`, `accepted`, `expired`.
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "expired";
            /**
             * Format: date-time
             * @description When the invite link stops working.
             * @example 2025-03-21T16:30:00Z
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
        };
        /** @description Partial update of a membership. Set `status` to `paused` or `active` to pause or resume; use the cancel operation to cancel. Constraints: at least one field. */
        MembershipUpdate: {
            /**
             * @description Constraints: at most 100 characters.
             * @example Dana
             */
            firstName?: string;
            /**
             * @description Constraints: at most 100 characters.
             * @example Lee
             */
            lastName?: string;
            /**
             * @description New plan; takes effect at the next billing period ID (prefix `pln_`). Constraints: matching `^pln_[0-9A-Za-z]+$`.
             * @example pln_01HT6B1C3D5E7F9G1H3J5K7M9N
             */
            planId?: string;
            /**
             * @description Constraints: one of `active`, `paused`.
             * @example paused
             * @enum {string}
             */
            status?: "active" | "paused";
        };
        /** @description Optional details for cancelling a membership. */
        MembershipCancel: {
            /**
             * @description Why the membership is cancelled. Constraints: at most 500 characters.
             * @example Moving to another city.
             */
            reason?: string;
            /**
             * @description `immediately` sets status `cancelled` now; `end_of_period` keeps the membership active and sets `cancelAt` to the end of the current period. Constraints: one of `immediately`, `end_of_period`.
             * @default immediately
             * @example end_of_period
             * @enum {string}
             */
            effective: "immediately" | "end_of_period";
        };
        /** @description One scheduled session of a class. */
        Occurrence: {
            /**
             * @description Occurrence ID (prefix `occ_`). Constraints: matching `^occ_[0-9A-Za-z]+$`.
             * @example occ_01HX5F9G1H3J5K7M9N1P3Q5R7S
             */
            id: string;
            /**
             * @description Class ID (prefix `cls_`). Constraints: matching `^cls_[0-9A-Za-z]+$`.
             * @example cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W
             */
            classId: string;
            /**
             * Format: date-time
             * @example 2025-04-07T07:00:00Z
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2025-04-07T08:00:00Z
             */
            endsAt: string;
            /**
             * Format: date-time
             * @description Start time before the first reschedule; null if never rescheduled.
             * @example null
             */
            originalStartsAt: string | null;
            /**
             * @description Instructor ID (prefix `ins_`). Constraints: matching `^ins_[0-9A-Za-z]+$`.
             * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
             */
            instructorId: string;
            /**
             * @description Location ID (prefix `loc_`). Constraints: matching `^loc_[0-9A-Za-z]+$`.
             * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
             */
            locationId: string;
            /**
             * @description Constraints: matching `^rm_[0-9A-Za-z]+$`.
             * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
             */
            roomId: string | null;
            /**
             * @description Maximum number of attendees. Constraints: an integer, from 1 to 1000.
             * @example 20
             */
            capacity: number;
            /**
             * @description Number of confirmed bookings. Constraints: an integer, at least 0.
             * @example 14
             */
            bookedCount: number;
            /**
             * @description Constraints: one of `scheduled`, `rescheduled`, `cancelled`.
             * @example scheduled
             * @enum {string}
             */
            status: "scheduled" | "rescheduled" | "cancelled";
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Partial update that moves an occurrence. Only the fields present are changed; booked members are notified. Constraints: at least one field. */
        OccurrenceReschedule: {
            /**
             * Format: date-time
             * @example 2025-04-07T08:00:00Z
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @description Defaults to `startsAt` plus the class duration when only `startsAt` is given.
             * @example 2025-04-07T09:00:00Z
             */
            endsAt?: string;
            /**
             * @description Substitute instructor ID (prefix `ins_`). Constraints: matching `^ins_[0-9A-Za-z]+$`.
             * @example ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y
             */
            instructorId?: string;
            /**
             * @description Room at the same location ID (prefix `rm_`). Constraints: matching `^rm_[0-9A-Za-z]+$`.
             * @example rm_01HR4F8J0K2M4N6P8Q0R2S4T6V
             */
            roomId?: string;
        };
        /** @description An on-demand content item (video, article or audio). */
        Content: {
            /**
             * @description Content ID (prefix `cnt_`). Constraints: matching `^cnt_[0-9A-Za-z]+$`.
             * @example cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R
             */
            id: string;
            /**
             * @description Constraints: from 1 to 200 characters.
             * @example Breathing Basics
             */
            title: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example A short guided breathing session for beginners.
             */
            description: string | null;
            /**
             * @description Constraints: one of `video`, `article`, `audio`.
             * @example video
             * @enum {string}
             */
            kind: "video" | "article" | "audio";
            /**
             * @description Constraints: one of `draft`, `published`, `archived`.
             * @example published
             * @enum {string}
             */
            status: "draft" | "published" | "archived";
            /**
             * Format: uri
             * @description Where the media is served from; null until uploaded.
             * @example https://cdn.studio.example/content/breathing-basics.mp4
             */
            url: string | null;
            /**
             * @description Playback length for video and audio; null for articles. Constraints: at least 0.
             * @example 540
             */
            durationSeconds: number | null;
            /**
             * @description Constraints: matching `^prg_[0-9A-Za-z]+$`.
             * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
             */
            programId: string | null;
            /**
             * Format: date-time
             * @example 2025-03-05T12:00:00Z
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Partial update of a content item. Only the fields present are changed. Constraints: at least one field. */
        ContentUpdate: {
            /**
             * @description Constraints: from 1 to 200 characters.
             * @example Breathing Basics
             */
            title?: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example A short guided breathing session for beginners.
             */
            description?: string | null;
            /**
             * @description Constraints: one of `draft`, `published`, `archived`.
             * @example published
             * @enum {string}
             */
            status?: "draft" | "published" | "archived";
            /**
             * @description Constraints: matching `^prg_[0-9A-Za-z]+$`.
             * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
             */
            programId?: string | null;
        };
        /** @description A membership plan members subscribe to. */
        Plan: {
            /**
             * @description Plan ID (prefix `pln_`). Constraints: matching `^pln_[0-9A-Za-z]+$`.
             * @example pln_01HT6A8B0C2D4E6F8G0H2J4K6M
             */
            id: string;
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Unlimited Monthly
             */
            name: string;
            /**
             * @description Constraints: at most 2000 characters.
             * @example Unlimited classes at every location.
             */
            description: string | null;
            /** @description The price per billing interval, in minor units. */
            price: components["schemas"]["Money"];
            /**
             * @description Billing interval unit. Constraints: one of `week`, `month`, `year`.
             * @example month
             * @enum {string}
             */
            interval: "week" | "month" | "year";
            /**
             * @description Number of intervals per billing period. Constraints: an integer, from 1 to 12.
             * @default 1
             * @example 1
             */
            intervalCount: number;
            /**
             * @description Classes included per billing period; null means unlimited. Constraints: at least 1.
             * @example null
             */
            classCredits: number | null;
            /**
             * @description Constraints: one of `active`, `archived`.
             * @example active
             * @enum {string}
             */
            status: "active" | "archived";
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for creating a plan. */
        PlanCreate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Unlimited Monthly
             */
            name: string;
            /**
             * @description Constraints: at most 2000 characters.
             * @example Unlimited classes at every location.
             */
            description?: string;
            /** @description The price per billing interval, in minor units. */
            price: components["schemas"]["Money"];
            /**
             * @description Billing interval unit. Constraints: one of `week`, `month`, `year`.
             * @example month
             * @enum {string}
             */
            interval: "week" | "month" | "year";
            /**
             * @description Number of intervals per billing period. Constraints: an integer, from 1 to 12.
             * @default 1
             * @example 1
             */
            intervalCount: number;
            /**
             * @description Classes included per billing period; null means unlimited. Constraints: at least 1.
             * @example null
             */
            classCredits?: number | null;
        };
        /** @description Partial update of a plan. A price change applies to new billing periods only. Constraints: at least one field. */
        PlanUpdate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Unlimited Monthly
             */
            name?: string;
            /**
             * @description Constraints: at most 2000 characters.
             * @example Unlimited classes at every location.
             */
            description?: string | null;
            /** @description The price per billing interval, in minor units. */
            price?: components["schemas"]["Money"];
            /**
             * @description Classes included per billing period; null means unlimited. Constraints: at least 1.
             * @example null
             */
            classCredits?: number | null;
        };
        /** @description An instructor who teaches classes. */
        Instructor: {
            /**
             * @description Instructor ID (prefix `ins_`). Constraints: matching `^ins_[0-9A-Za-z]+$`.
             * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
             */
            id: string;
            /**
             * @description Constraints: from 1 to 100 characters.
             * @example Maya
             */
            firstName: string;
            /**
             * @description Constraints: from 1 to 100 characters.
             * @example Fischer
             */
            lastName: string;
            /**
             * Format: email
             * @description Constraints: at most 254 characters.
             * @example maya.fischer@studio.example
             */
            email: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example E-RYT 500 yoga teacher with ten years of experience.
             */
            bio: string | null;
            /**
             * @description Constraints: at most 20 items.
             * @example [
             *       "vinyasa",
             *       "yin"
             *     ]
             */
            specialties: string[];
            /**
             * @description Locations the instructor teaches at.
             * @example [
             *       "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
             *     ]
             */
            locationIds: string[];
            /**
             * @description Whether the instructor can be assigned to new classes.
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for creating an instructor. */
        InstructorCreate: {
            /**
             * @description Constraints: from 1 to 100 characters.
             * @example Maya
             */
            firstName: string;
            /**
             * @description Constraints: from 1 to 100 characters.
             * @example Fischer
             */
            lastName: string;
            /**
             * Format: email
             * @description Constraints: at most 254 characters.
             * @example maya.fischer@studio.example
             */
            email: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example E-RYT 500 yoga teacher with ten years of experience.
             */
            bio?: string;
            /**
             * @description Constraints: at most 20 items.
             * @example [
             *       "vinyasa",
             *       "yin"
             *     ]
             */
            specialties?: string[];
            /**
             * @description Locations the instructor teaches at.
             * @example [
             *       "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
             *     ]
             */
            locationIds?: string[];
        };
        /** @description Partial update of an instructor. Only the fields present are changed. Constraints: at least one field. */
        InstructorUpdate: {
            /**
             * @description Constraints: from 1 to 100 characters.
             * @example Maya
             */
            firstName?: string;
            /**
             * @description Constraints: from 1 to 100 characters.
             * @example Fischer
             */
            lastName?: string;
            /**
             * Format: email
             * @description Constraints: at most 254 characters.
             * @example maya.fischer@studio.example
             */
            email?: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example E-RYT 500 yoga teacher with ten years of experience.
             */
            bio?: string | null;
            /**
             * @description Constraints: at most 20 items.
             * @example [
             *       "vinyasa",
             *       "yin"
             *     ]
             */
            specialties?: string[];
            /**
             * @description Locations the instructor teaches at.
             * @example [
             *       "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
             *     ]
             */
            locationIds?: string[];
            /**
             * @description Whether the instructor can be assigned to new classes.
             * @example true
             */
            active?: boolean;
        };
        /** @description A studio location. */
        Location: {
            /**
             * @description Location ID (prefix `loc_`). Constraints: matching `^loc_[0-9A-Za-z]+$`.
             * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
             */
            id: string;
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Berlin Mitte
             */
            name: string;
            /** @description The postal address. */
            address: components["schemas"]["Address"];
            /**
             * @description IANA time zone name used to render local times for this location. Constraints: at most 64 characters, matching `^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$`.
             * @example Europe/Berlin
             */
            timezone: string;
            /**
             * @description Constraints: at most 32 characters.
             * @example +49 30 1234567
             */
            phone: string | null;
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for creating a location. */
        LocationCreate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Berlin Mitte
             */
            name: string;
            /** @description The postal address. */
            address: components["schemas"]["Address"];
            /**
             * @description IANA time zone name used to render local times for this location. Constraints: at most 64 characters, matching `^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$`.
             * @example Europe/Berlin
             */
            timezone: string;
            /**
             * @description Constraints: at most 32 characters.
             * @example +49 30 1234567
             */
            phone?: string;
        };
        /** @description Partial update of a location. `address` is replaced as a whole. Constraints: at least one field. */
        LocationUpdate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Berlin Mitte
             */
            name?: string;
            /** @description The postal address. */
            address?: components["schemas"]["Address"];
            /**
             * @description IANA time zone name used to render local times for this location. Constraints: at most 64 characters, matching `^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$`.
             * @example Europe/Berlin
             */
            timezone?: string;
            /**
             * @description Constraints: at most 32 characters.
             * @example +49 30 1234567
             */
            phone?: string | null;
        };
        /** @description A room at a location. */
        Room: {
            /**
             * @description Room ID (prefix `rm_`). Constraints: matching `^rm_[0-9A-Za-z]+$`.
             * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
             */
            id: string;
            /**
             * @description Location ID (prefix `loc_`). Constraints: matching `^loc_[0-9A-Za-z]+$`.
             * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
             */
            locationId: string;
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Studio A
             */
            name: string;
            /**
             * @description Maximum number of people the room holds. Constraints: an integer, from 1 to 1000.
             * @example 24
             */
            capacity: number;
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for creating a room at a location. */
        RoomCreate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Studio A
             */
            name: string;
            /**
             * @description Maximum number of people the room holds. Constraints: an integer, from 1 to 1000.
             * @example 24
             */
            capacity: number;
        };
        /** @description Partial update of a room. Only the fields present are changed. Constraints: at least one field. */
        RoomUpdate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example Studio A
             */
            name?: string;
            /**
             * @description Maximum number of people the room holds. Constraints: an integer, from 1 to 1000.
             * @example 24
             */
            capacity?: number;
        };
        /** @description A discount coupon. Exactly one of `percentOff` and `amountOff` is non-null. */
        Coupon: {
            /**
             * @description Coupon ID (prefix `cpn_`). Constraints: matching `^cpn_[0-9A-Za-z]+$`.
             * @example cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H
             */
            id: string;
            /**
             * @description Code members enter at checkout: 3–32 upper-case letters, digits or hyphens. Constraints: matching `^[A-Z0-9-]{3,32}$`.
             * @example SPRING-25
             */
            code: string;
            /**
             * @description Constraints: at most 500 characters.
             * @example 25% off the first month.
             */
            description: string | null;
            /**
             * @description Percentage discount. Constraints: from 1 to 100.
             * @example 25
             */
            percentOff: number | null;
            /** @description Fixed discount; null for percentage coupons. */
            amountOff: components["schemas"]["Money"] | null;
            /**
             * @description Redemption limit; null means unlimited. Constraints: at least 1.
             * @example 200
             */
            maxRedemptions: number | null;
            /**
             * @description Constraints: an integer, at least 0.
             * @example 37
             */
            redemptionCount: number;
            /**
             * Format: date-time
             * @example 2025-05-31T23:59:59Z
             */
            expiresAt: string | null;
            /**
             * @description Constraints: one of `active`, `archived`.
             * @example active
             * @enum {string}
             */
            status: "active" | "archived";
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for creating a coupon. Give exactly one of `percentOff` or `amountOff`. */
        CouponCreate: {
            /**
             * @description Code members enter at checkout: 3–32 upper-case letters, digits or hyphens. Constraints: matching `^[A-Z0-9-]{3,32}$`.
             * @example SPRING-25
             */
            code: string;
            /**
             * @description Constraints: at most 500 characters.
             * @example 25% off the first month.
             */
            description?: string;
            /**
             * @description Percentage discount. Constraints: an integer, from 1 to 100.
             * @example 25
             */
            percentOff?: number;
            /** @description A fixed discount in minor units (or null for a percentage coupon). */
            amountOff?: components["schemas"]["Money"];
            /**
             * @description Constraints: an integer, at least 1.
             * @example 200
             */
            maxRedemptions?: number;
            /**
             * Format: date-time
             * @example 2025-05-31T23:59:59Z
             */
            expiresAt?: string;
        } & (unknown | unknown);
        /** @description A multi-week program grouping classes and content. */
        Program: {
            /**
             * @description Program ID (prefix `prg_`). Constraints: matching `^prg_[0-9A-Za-z]+$`.
             * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
             */
            id: string;
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example 30-Day Yoga Foundations
             */
            name: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example A progressive introduction to yoga for new members.
             */
            description: string | null;
            /**
             * @description Constraints: one of `beginner`, `intermediate`, `advanced`, `all_levels`.
             * @example beginner
             * @enum {string}
             */
            level: "beginner" | "intermediate" | "advanced" | "all_levels";
            /**
             * @description Planned length; null for open-ended programs. Constraints: from 1 to 52.
             * @example 4
             */
            durationWeeks: number | null;
            /**
             * @description Constraints: one of `draft`, `active`, `archived`.
             * @example active
             * @enum {string}
             */
            status: "draft" | "active" | "archived";
            /**
             * Format: date-time
             * @description When the resource was created.
             * @example 2025-03-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the resource was last modified.
             * @example 2025-03-14T16:30:00Z
             */
            updatedAt: string;
        };
        /** @description Request body for creating a program. New programs start as `draft`. */
        ProgramCreate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example 30-Day Yoga Foundations
             */
            name: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example A progressive introduction to yoga for new members.
             */
            description?: string;
            /**
             * @description Constraints: one of `beginner`, `intermediate`, `advanced`, `all_levels`.
             * @default all_levels
             * @example beginner
             * @enum {string}
             */
            level: "beginner" | "intermediate" | "advanced" | "all_levels";
            /**
             * @description Constraints: an integer, from 1 to 52.
             * @example 4
             */
            durationWeeks?: number;
        };
        /** @description Partial update of a program. Only the fields present are changed. Constraints: at least one field. */
        ProgramUpdate: {
            /**
             * @description Constraints: from 1 to 120 characters.
             * @example 30-Day Yoga Foundations
             */
            name?: string;
            /**
             * @description Constraints: at most 5000 characters.
             * @example A progressive introduction to yoga for new members.
             */
            description?: string | null;
            /**
             * @description Constraints: one of `beginner`, `intermediate`, `advanced`, `all_levels`.
             * @example beginner
             * @enum {string}
             */
            level?: "beginner" | "intermediate" | "advanced" | "all_levels";
            /**
             * @description Planned length; null for open-ended programs. Constraints: from 1 to 52.
             * @example 4
             */
            durationWeeks?: number | null;
            /**
             * @description Constraints: one of `draft`, `active`, `archived`.
             * @example active
             * @enum {string}
             */
            status?: "draft" | "active" | "archived";
        };
        /** @description One page of classes. */
        ClassList: {
            /** @description The items of this page. */
            data: components["schemas"]["Class"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of memberships. */
        MembershipList: {
            /** @description The items of this page. */
            data: components["schemas"]["Membership"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of schedule occurrences. */
        OccurrenceList: {
            /** @description The items of this page. */
            data: components["schemas"]["Occurrence"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of content items. */
        ContentList: {
            /** @description The items of this page. */
            data: components["schemas"]["Content"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of plans. */
        PlanList: {
            /** @description The items of this page. */
            data: components["schemas"]["Plan"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of instructors. */
        InstructorList: {
            /** @description The items of this page. */
            data: components["schemas"]["Instructor"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of locations. */
        LocationList: {
            /** @description The items of this page. */
            data: components["schemas"]["Location"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of rooms. */
        RoomList: {
            /** @description The items of this page. */
            data: components["schemas"]["Room"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of coupons. */
        CouponList: {
            /** @description The items of this page. */
            data: components["schemas"]["Coupon"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One page of programs. */
        ProgramList: {
            /** @description The items of this page. */
            data: components["schemas"]["Program"][];
            /**
             * @description Pass as `cursor` to fetch the next page; null on the last page.
             * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
             */
            nextCursor: string | null;
        };
        /** @description One invalid field in a request. */
        ProblemFieldError: {
            /**
             * @description RFC 6901 JSON Pointer to the offending member of the request body.
             * @example /capacity
             */
            pointer: string;
            /**
             * @description What is wrong with it.
             * @example must be less than or equal to 1000
             */
            detail: string;
        };
        /**
         * @description RFC 9457 problem details, served as `application/problem+json`. Clients must branch on `type`, not on `title` or `detail`.
         *     Problem types used by this API:
         *
         *     - `https://api.studio.example/problems/validation-error` (400): the request is malformed or fails schema validation; see `errors`.
         *     - `https://api.studio.example/problems/invalid-idempotency-key` (400): the Idempotency-Key header is blank or longer than 255 characters.
         *     - `https://api.studio.example/problems/unauthorized` (401): the access token is missing, invalid or expired.
         *     - `https://api.studio.example/problems/forbidden` (403): the token lacks the scope the operation needs; see `requiredScope`.
         *     - `https://api.studio.example/problems/not-found` (404): the resource does not exist.
         *     - `https://api.studio.example/problems/idempotency-key-reused` (409): the Idempotency-Key was already used for a different request (method, path or body). This is a client bug: never retry, generate a new key for the new action.
         *     - `https://api.studio.example/problems/idempotency-request-in-progress` (409): a request with this Idempotency-Key is still being processed. Retry later with the SAME key, after the `Retry-After` delay.
         *     - `https://api.studio.example/problems/unprocessable` (422): the request is well-formed but violates a business rule.
         *     - `https://api.studio.example/problems/rate-limited` (429): too many requests; wait for `Retry-After`.
         *     - `https://api.studio.example/problems/internal-error` (500): an unexpected server error.
         *     - `https://api.studio.example/problems/service-unavailable` (503): the service is temporarily unavailable; wait for `Retry-After`.
         *
         *     Additional members may be present and must be ignored by clients that do not understand them.
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description URI identifying the problem type.
             * @example https://api.studio.example/problems/not-found
             */
            type: string;
            /**
             * @description Short, human-readable summary of the problem type.
             * @example Resource not found
             */
            title: string;
            /**
             * @description HTTP status code of this occurrence. Constraints: an integer, from 400 to 599.
             * @example 404
             */
            status: number;
            /**
             * @description Human-readable explanation of this occurrence.
             * @example No class with ID cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W.
             */
            detail?: string;
            /**
             * Format: uri-reference
             * @description URI reference identifying this occurrence (usually the request path).
             * @example /v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W
             */
            instance?: string;
            /** @description Field-level validation errors (validation-error only). */
            errors?: components["schemas"]["ProblemFieldError"][];
            /**
             * @description OAuth scope the operation requires (forbidden only).
             * @example classes:write
             */
            requiredScope?: string;
        };
    };
    responses: {
        /** @description Bad request. Problem type `https://api.studio.example/problems/validation-error` (body, query or path parameters invalid; see `errors`) or `https://api.studio.example/problems/invalid-idempotency-key` (Idempotency-Key blank or longer than 255 characters). Do not retry unchanged. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Problem type `https://api.studio.example/problems/unauthorized`: the access token is missing, invalid or expired. Obtain a new token and retry. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                /**
                 * @description Bearer challenge (RFC 6750).
                 * @example Bearer error="invalid_token"
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.studio.example/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "The access token has expired.",
                 *       "instance": "/v1/classes"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Problem type `https://api.studio.example/problems/forbidden`: the token is valid but lacks the required OAuth scope, named in `requiredScope`. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.studio.example/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "This operation requires the classes:write scope.",
                 *       "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                 *       "requiredScope": "classes:write"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Problem type `https://api.studio.example/problems/not-found`: no resource with the given ID exists (or it belongs to another studio). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.studio.example/problems/not-found",
                 *       "title": "Resource not found",
                 *       "status": 404,
                 *       "detail": "No class with ID cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W.",
                 *       "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Idempotency conflict. Two problem types: `https://api.studio.example/problems/idempotency-key-reused`: the Idempotency-Key was already used for a different request (different method, path or body). This is a client bug; never retry, use a new key for the new action. `https://api.studio.example/problems/idempotency-request-in-progress`: an earlier request with this key is still being processed. Retry after `Retry-After` with the SAME key and the same request. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                /** @description Present only with problem type `idempotency-request-in-progress`: seconds (or HTTP-date) to wait before retrying with the same key. */
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Problem type `https://api.studio.example/problems/unprocessable`: the request is well-formed but violates a business rule (for example, the capacity exceeds the room capacity). */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.studio.example/problems/unprocessable",
                 *       "title": "Unprocessable request",
                 *       "status": 422,
                 *       "detail": "Class capacity 30 exceeds the capacity of room Studio A (24).",
                 *       "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Problem type `https://api.studio.example/problems/rate-limited`: too many requests. Wait for `Retry-After`, then retry (non-GET requests with the same Idempotency-Key). */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.studio.example/problems/rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Rate limit exceeded; retry in 30 seconds.",
                 *       "instance": "/v1/classes"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Problem type `https://api.studio.example/problems/internal-error`: an unexpected server error. Safe to retry non-GET requests with the same Idempotency-Key. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.studio.example/problems/internal-error",
                 *       "title": "Internal server error",
                 *       "status": 500,
                 *       "detail": "An unexpected error occurred.",
                 *       "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server, or a proxy in front of it, gave up waiting for the request. It may come from before the idempotency layer and says nothing about an earlier attempt. Retried with the same Idempotency-Key. The body is a problem, or whatever the proxy sends. */
        RequestTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Request Timeout",
                 *       "status": 408
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
                "text/html": string;
            };
        };
        /** @description A gateway in front of the API got no valid answer from it. The action may have happened: retry a write with the same Idempotency-Key, which replays it if it did. The body is a problem, or the gateway's own page (often HTML). */
        BadGateway: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Bad Gateway",
                 *       "status": 502
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
                "text/html": string;
            };
        };
        /** @description A gateway in front of the API timed out waiting for it. The action may have happened: retry a write with the same Idempotency-Key, which replays it if it did. The body is a problem, or the gateway's own page (often HTML). */
        GatewayTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Gateway Timeout",
                 *       "status": 504
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
                "text/html": string;
            };
        };
        /** @description Problem type `https://api.studio.example/problems/service-unavailable`: the service is temporarily unavailable. Wait for `Retry-After`, then retry (non-GET requests with the same Idempotency-Key). */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.studio.example/problems/service-unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "The service is under maintenance.",
                 *       "instance": "/v1/classes"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
         * @example 20
         */
        Limit: number;
        /**
         * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
         * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
         */
        Cursor: string;
        /**
         * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
         *
         *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
         *
         *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
         *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
         *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
         *
         *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
         * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
         */
        IdempotencyKey: string;
        /**
         * @description Class ID. Constraints: matching `^cls_[0-9A-Za-z]+$`.
         * @example cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W
         */
        ClassId: string;
        /**
         * @description Membership ID. Constraints: matching `^mem_[0-9A-Za-z]+$`.
         * @example mem_01HW2C4D6F8H0J2K4M6N8P0R2S
         */
        MembershipId: string;
        /**
         * @description Schedule occurrence ID. Constraints: matching `^occ_[0-9A-Za-z]+$`.
         * @example occ_01HX5F9G1H3J5K7M9N1P3Q5R7S
         */
        OccurrenceId: string;
        /**
         * @description Content item ID. Constraints: matching `^cnt_[0-9A-Za-z]+$`.
         * @example cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R
         */
        ContentId: string;
        /**
         * @description Plan ID. Constraints: matching `^pln_[0-9A-Za-z]+$`.
         * @example pln_01HT6A8B0C2D4E6F8G0H2J4K6M
         */
        PlanId: string;
        /**
         * @description Instructor ID. Constraints: matching `^ins_[0-9A-Za-z]+$`.
         * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
         */
        InstructorId: string;
        /**
         * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
         * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
         */
        LocationId: string;
        /**
         * @description Room ID. Constraints: matching `^rm_[0-9A-Za-z]+$`.
         * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
         */
        RoomId: string;
        /**
         * @description Coupon ID. Constraints: matching `^cpn_[0-9A-Za-z]+$`.
         * @example cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H
         */
        CouponId: string;
        /**
         * @description Program ID. Constraints: matching `^prg_[0-9A-Za-z]+$`.
         * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
         */
        ProgramId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The id the server gave this request, fresh for every request: a replay of a stored response gets one of its own, not the first request's. The server logs every request under its id; quote it to support to find it.
         * @example req_01JD9Q8W5Z3K7M2N4P6R8T0V2X
         */
        RequestId: string;
        /**
         * @description Present with value `true` when the response is a stored replay of an earlier request with the same Idempotency-Key; absent on the original response.
         * @example true
         */
        IdempotencyReplayed: "true";
        /**
         * @description How long to wait before retrying: either delay-seconds (a non-negative integer) or an HTTP-date (RFC 9110 §10.2.3). On 409 it is present only for the `idempotency-request-in-progress` problem type.
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    managementListClasses: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of classes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                     *           "name": "Morning Vinyasa Flow",
                     *           "description": "An all-levels 60-minute vinyasa class.",
                     *           "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *           "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                     *           "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *           "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *           "capacity": 20,
                     *           "durationMinutes": 60,
                     *           "startsAt": "2025-04-07T07:00:00Z",
                     *           "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                     *           "status": "scheduled",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "cls_01HV8Z7A1B2C3D4E5F6G7H8J9K",
                     *           "name": "Lunchtime HIIT",
                     *           "description": null,
                     *           "programId": null,
                     *           "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
                     *           "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *           "roomId": "rm_01HR4F8J0K2M4N6P8Q0R2S4T6V",
                     *           "capacity": 12,
                     *           "durationMinutes": 45,
                     *           "startsAt": "2025-04-08T12:15:00Z",
                     *           "recurrenceRule": null,
                     *           "status": "scheduled",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-01T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["ClassList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCreateClass: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Morning Vinyasa Flow",
                 *       "description": "An all-levels 60-minute vinyasa class.",
                 *       "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                 *       "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                 *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                 *       "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                 *       "capacity": 20,
                 *       "durationMinutes": 60,
                 *       "startsAt": "2025-04-07T07:00:00Z",
                 *       "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR"
                 *     }
                 */
                "application/json": components["schemas"]["ClassCreate"];
            };
        };
        responses: {
            /** @description The created class. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Class"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetClass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Class ID. Constraints: matching `^cls_[0-9A-Za-z]+$`.
                 * @example cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W
                 */
                classId: components["parameters"]["ClassId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The class. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Class"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCancelClass: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Class ID. Constraints: matching `^cls_[0-9A-Za-z]+$`.
                 * @example cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W
                 */
                classId: components["parameters"]["ClassId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The class, with status `cancelled`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *       "status": "cancelled",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Class"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdateClass: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Class ID. Constraints: matching `^cls_[0-9A-Za-z]+$`.
                 * @example cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W
                 */
                classId: components["parameters"]["ClassId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "capacity": 24,
                 *       "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y"
                 *     }
                 */
                "application/json": components["schemas"]["ClassUpdate"];
            };
        };
        responses: {
            /** @description The updated class. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                     *       "name": "Morning Vinyasa Flow",
                     *       "description": "An all-levels 60-minute vinyasa class.",
                     *       "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *       "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
                     *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *       "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *       "capacity": 24,
                     *       "durationMinutes": 60,
                     *       "startsAt": "2025-04-07T07:00:00Z",
                     *       "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                     *       "status": "scheduled",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Class"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListMembers: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of memberships. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
                     *           "email": "dana.lee@example.org",
                     *           "firstName": "Dana",
                     *           "lastName": "Lee",
                     *           "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                     *           "status": "active",
                     *           "startedAt": "2025-03-02T10:00:00Z",
                     *           "currentPeriodEnd": "2025-04-02T10:00:00Z",
                     *           "cancelAt": null,
                     *           "cancellationReason": null,
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "mem_01HW2C9X8W7V6T5S4R3Q2P1N0M",
                     *           "email": "sam.ortiz@example.org",
                     *           "firstName": "Sam",
                     *           "lastName": "Ortiz",
                     *           "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                     *           "status": "invited",
                     *           "startedAt": null,
                     *           "currentPeriodEnd": null,
                     *           "cancelAt": null,
                     *           "cancellationReason": null,
                     *           "createdAt": "2025-03-14T16:30:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["MembershipList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementInviteMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sam.ortiz@example.org",
                 *       "firstName": "Sam",
                 *       "lastName": "Ortiz",
                 *       "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                 *       "message": "Welcome to the studio! Your first class is on us."
                 *     }
                 */
                "application/json": components["schemas"]["MemberInvite"];
            };
        };
        responses: {
            /** @description The created invite. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inv_01HW2B7Y5W3V1T9S7R5Q3P1N9M",
                     *       "membershipId": "mem_01HW2C9X8W7V6T5S4R3Q2P1N0M",
                     *       "email": "sam.ortiz@example.org",
                     *       "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                     *       "status": "pending",
                     *       "expiresAt": "2025-03-21T16:30:00Z",
                     *       "createdAt": "2025-03-14T16:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Invite"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Membership ID. Constraints: matching `^mem_[0-9A-Za-z]+$`.
                 * @example mem_01HW2C4D6F8H0J2K4M6N8P0R2S
                 */
                membershipId: components["parameters"]["MembershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The membership. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdateMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Membership ID. Constraints: matching `^mem_[0-9A-Za-z]+$`.
                 * @example mem_01HW2C4D6F8H0J2K4M6N8P0R2S
                 */
                membershipId: components["parameters"]["MembershipId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "paused"
                 *     }
                 */
                "application/json": components["schemas"]["MembershipUpdate"];
            };
        };
        responses: {
            /** @description The updated membership. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
                     *       "email": "dana.lee@example.org",
                     *       "firstName": "Dana",
                     *       "lastName": "Lee",
                     *       "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                     *       "status": "paused",
                     *       "startedAt": "2025-03-02T10:00:00Z",
                     *       "currentPeriodEnd": "2025-04-02T10:00:00Z",
                     *       "cancelAt": null,
                     *       "cancellationReason": null,
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCancelMembership: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Membership ID. Constraints: matching `^mem_[0-9A-Za-z]+$`.
                 * @example mem_01HW2C4D6F8H0J2K4M6N8P0R2S
                 */
                membershipId: components["parameters"]["MembershipId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Moving to another city.",
                 *       "effective": "end_of_period"
                 *     }
                 */
                "application/json": components["schemas"]["MembershipCancel"];
            };
        };
        responses: {
            /** @description The membership: status `cancelled` when effective immediately, otherwise unchanged status with `cancelAt` set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
                     *       "email": "dana.lee@example.org",
                     *       "firstName": "Dana",
                     *       "lastName": "Lee",
                     *       "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                     *       "status": "active",
                     *       "startedAt": "2025-03-02T10:00:00Z",
                     *       "currentPeriodEnd": "2025-04-02T10:00:00Z",
                     *       "cancelAt": "2025-04-02T10:00:00Z",
                     *       "cancellationReason": "Moving to another city.",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListOccurrences: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only occurrences with `startsAt` at or after this instant (inclusive).
                 * @example 2025-04-07T00:00:00Z
                 */
                from?: string;
                /**
                 * @description Only occurrences with `startsAt` before this instant (exclusive).
                 * @example 2025-04-14T00:00:00Z
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of occurrences. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S",
                     *           "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                     *           "startsAt": "2025-04-07T07:00:00Z",
                     *           "endsAt": "2025-04-07T08:00:00Z",
                     *           "originalStartsAt": null,
                     *           "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                     *           "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *           "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *           "capacity": 20,
                     *           "bookedCount": 14,
                     *           "status": "scheduled",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-01T09:00:00Z"
                     *         },
                     *         {
                     *           "id": "occ_01HX5FA2B4C6D8E0F2G4H6J8K0",
                     *           "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                     *           "startsAt": "2025-04-09T08:00:00Z",
                     *           "endsAt": "2025-04-09T09:00:00Z",
                     *           "originalStartsAt": "2025-04-09T07:00:00Z",
                     *           "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                     *           "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *           "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *           "capacity": 20,
                     *           "bookedCount": 9,
                     *           "status": "rescheduled",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["OccurrenceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetOccurrence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Schedule occurrence ID. Constraints: matching `^occ_[0-9A-Za-z]+$`.
                 * @example occ_01HX5F9G1H3J5K7M9N1P3Q5R7S
                 */
                occurrenceId: components["parameters"]["OccurrenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The occurrence. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Occurrence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementRescheduleOccurrence: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Schedule occurrence ID. Constraints: matching `^occ_[0-9A-Za-z]+$`.
                 * @example occ_01HX5F9G1H3J5K7M9N1P3Q5R7S
                 */
                occurrenceId: components["parameters"]["OccurrenceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startsAt": "2025-04-07T08:00:00Z",
                 *       "endsAt": "2025-04-07T09:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["OccurrenceReschedule"];
            };
        };
        responses: {
            /** @description The rescheduled occurrence. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S",
                     *       "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                     *       "startsAt": "2025-04-07T08:00:00Z",
                     *       "endsAt": "2025-04-07T09:00:00Z",
                     *       "originalStartsAt": "2025-04-07T07:00:00Z",
                     *       "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                     *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *       "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *       "capacity": 20,
                     *       "bookedCount": 14,
                     *       "status": "rescheduled",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Occurrence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListContent: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of content items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R",
                     *           "title": "Breathing Basics",
                     *           "description": "A short guided breathing session for beginners.",
                     *           "kind": "video",
                     *           "status": "published",
                     *           "url": "https://cdn.studio.example/content/breathing-basics.mp4",
                     *           "durationSeconds": 540,
                     *           "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *           "publishedAt": "2025-03-05T12:00:00Z",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "cnt_01HY3D6G8H0J2K4M6N8P0Q2R4S",
                     *           "title": "Recovery After HIIT",
                     *           "description": null,
                     *           "kind": "article",
                     *           "status": "draft",
                     *           "url": null,
                     *           "durationSeconds": null,
                     *           "programId": null,
                     *           "publishedAt": null,
                     *           "createdAt": "2025-03-14T16:30:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["ContentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Content item ID. Constraints: matching `^cnt_[0-9A-Za-z]+$`.
                 * @example cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R
                 */
                contentId: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Content"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementDeleteContent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Content item ID. Constraints: matching `^cnt_[0-9A-Za-z]+$`.
                 * @example cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R
                 */
                contentId: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content item was deleted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdateContent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Content item ID. Constraints: matching `^cnt_[0-9A-Za-z]+$`.
                 * @example cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R
                 */
                contentId: components["parameters"]["ContentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Breathing Basics (Updated)",
                 *       "status": "published"
                 *     }
                 */
                "application/json": components["schemas"]["ContentUpdate"];
            };
        };
        responses: {
            /** @description The updated content item. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R",
                     *       "title": "Breathing Basics (Updated)",
                     *       "description": "A short guided breathing session for beginners.",
                     *       "kind": "video",
                     *       "status": "published",
                     *       "url": "https://cdn.studio.example/content/breathing-basics.mp4",
                     *       "durationSeconds": 540,
                     *       "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *       "publishedAt": "2025-03-05T12:00:00Z",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Content"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListPlans: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of plans. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                     *           "name": "Unlimited Monthly",
                     *           "description": "Unlimited classes at every location.",
                     *           "price": {
                     *             "amount": 8900,
                     *             "currency": "EUR"
                     *           },
                     *           "interval": "month",
                     *           "intervalCount": 1,
                     *           "classCredits": null,
                     *           "status": "active",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                     *           "name": "10 Classes per Month",
                     *           "description": null,
                     *           "price": {
                     *             "amount": 5900,
                     *             "currency": "EUR"
                     *           },
                     *           "interval": "month",
                     *           "intervalCount": 1,
                     *           "classCredits": 10,
                     *           "status": "active",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-01T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCreatePlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Unlimited Monthly",
                 *       "description": "Unlimited classes at every location.",
                 *       "price": {
                 *         "amount": 8900,
                 *         "currency": "EUR"
                 *       },
                 *       "interval": "month",
                 *       "intervalCount": 1,
                 *       "classCredits": null
                 *     }
                 */
                "application/json": components["schemas"]["PlanCreate"];
            };
        };
        responses: {
            /** @description The created plan. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Plan ID. Constraints: matching `^pln_[0-9A-Za-z]+$`.
                 * @example pln_01HT6A8B0C2D4E6F8G0H2J4K6M
                 */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementArchivePlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Plan ID. Constraints: matching `^pln_[0-9A-Za-z]+$`.
                 * @example pln_01HT6A8B0C2D4E6F8G0H2J4K6M
                 */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan, with status `archived`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *       "status": "archived",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdatePlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Plan ID. Constraints: matching `^pln_[0-9A-Za-z]+$`.
                 * @example pln_01HT6A8B0C2D4E6F8G0H2J4K6M
                 */
                planId: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "price": {
                 *         "amount": 9400,
                 *         "currency": "EUR"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PlanUpdate"];
            };
        };
        responses: {
            /** @description The updated plan. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                     *       "name": "Unlimited Monthly",
                     *       "description": "Unlimited classes at every location.",
                     *       "price": {
                     *         "amount": 9400,
                     *         "currency": "EUR"
                     *       },
                     *       "interval": "month",
                     *       "intervalCount": 1,
                     *       "classCredits": null,
                     *       "status": "active",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListInstructors: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of instructors. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                     *           "firstName": "Maya",
                     *           "lastName": "Fischer",
                     *           "email": "maya.fischer@studio.example",
                     *           "bio": "E-RYT 500 yoga teacher with ten years of experience.",
                     *           "specialties": [
                     *             "vinyasa",
                     *             "yin"
                     *           ],
                     *           "locationIds": [
                     *             "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                     *           ],
                     *           "active": true,
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
                     *           "firstName": "Jonas",
                     *           "lastName": "Weber",
                     *           "email": "jonas.weber@studio.example",
                     *           "bio": null,
                     *           "specialties": [
                     *             "hiit"
                     *           ],
                     *           "locationIds": [
                     *             "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                     *           ],
                     *           "active": true,
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-01T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["InstructorList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCreateInstructor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
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
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InstructorCreate"];
            };
        };
        responses: {
            /** @description The created instructor. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Instructor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetInstructor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instructor ID. Constraints: matching `^ins_[0-9A-Za-z]+$`.
                 * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
                 */
                instructorId: components["parameters"]["InstructorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instructor. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Instructor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdateInstructor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Instructor ID. Constraints: matching `^ins_[0-9A-Za-z]+$`.
                 * @example ins_01HS9K1M3N5P7Q9R1S3T5V7W9X
                 */
                instructorId: components["parameters"]["InstructorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "specialties": [
                 *         "vinyasa",
                 *         "yin",
                 *         "restorative"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InstructorUpdate"];
            };
        };
        responses: {
            /** @description The updated instructor. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                     *       "firstName": "Maya",
                     *       "lastName": "Fischer",
                     *       "email": "maya.fischer@studio.example",
                     *       "bio": "E-RYT 500 yoga teacher with ten years of experience.",
                     *       "specialties": [
                     *         "vinyasa",
                     *         "yin",
                     *         "restorative"
                     *       ],
                     *       "locationIds": [
                     *         "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                     *       ],
                     *       "active": true,
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Instructor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListLocations: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of locations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *           "name": "Berlin Mitte",
                     *           "address": {
                     *             "line1": "Torstraße 125",
                     *             "line2": "2nd floor",
                     *             "city": "Berlin",
                     *             "region": null,
                     *             "postalCode": "10119",
                     *             "country": "DE"
                     *           },
                     *           "timezone": "Europe/Berlin",
                     *           "phone": "+49 30 1234567",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["LocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCreateLocation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Berlin Mitte",
                 *       "address": {
                 *         "line1": "Torstraße 125",
                 *         "line2": "2nd floor",
                 *         "city": "Berlin",
                 *         "postalCode": "10119",
                 *         "country": "DE"
                 *       },
                 *       "timezone": "Europe/Berlin",
                 *       "phone": "+49 30 1234567"
                 *     }
                 */
                "application/json": components["schemas"]["LocationCreate"];
            };
        };
        responses: {
            /** @description The created location. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     */
                    "application/json": components["schemas"]["Location"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     */
                    "application/json": components["schemas"]["Location"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementDeleteLocation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location was deleted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdateLocation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "+49 30 7654321"
                 *     }
                 */
                "application/json": components["schemas"]["LocationUpdate"];
            };
        };
        responses: {
            /** @description The updated location. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *       "phone": "+49 30 7654321",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Location"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListRooms: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rooms. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *           "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *           "name": "Studio A",
                     *           "capacity": 24,
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "rm_01HR4F8J0K2M4N6P8Q0R2S4T6V",
                     *           "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *           "name": "Studio B",
                     *           "capacity": 12,
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-01T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["RoomList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCreateRoom: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Studio A",
                 *       "capacity": 24
                 *     }
                 */
                "application/json": components["schemas"]["RoomCreate"];
            };
        };
        responses: {
            /** @description The created room. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *       "name": "Studio A",
                     *       "capacity": 24,
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-14T16:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Room"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
                /**
                 * @description Room ID. Constraints: matching `^rm_[0-9A-Za-z]+$`.
                 * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
                 */
                roomId: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *       "name": "Studio A",
                     *       "capacity": 24,
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-14T16:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Room"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementDeleteRoom: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
                /**
                 * @description Room ID. Constraints: matching `^rm_[0-9A-Za-z]+$`.
                 * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
                 */
                roomId: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room was deleted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdateRoom: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Location ID. Constraints: matching `^loc_[0-9A-Za-z]+$`.
                 * @example loc_01HR4E6G8J0K2M4N6P8Q0R2S4T
                 */
                locationId: components["parameters"]["LocationId"];
                /**
                 * @description Room ID. Constraints: matching `^rm_[0-9A-Za-z]+$`.
                 * @example rm_01HR4F7H9K1M3N5P7Q9R1S3T5V
                 */
                roomId: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "capacity": 26
                 *     }
                 */
                "application/json": components["schemas"]["RoomUpdate"];
            };
        };
        responses: {
            /** @description The updated room. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                     *       "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                     *       "name": "Studio A",
                     *       "capacity": 26,
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Room"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListCoupons: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of coupons. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
                     *           "code": "SPRING-25",
                     *           "description": "25% off the first month.",
                     *           "percentOff": 25,
                     *           "amountOff": null,
                     *           "maxRedemptions": 200,
                     *           "redemptionCount": 37,
                     *           "expiresAt": "2025-05-31T23:59:59Z",
                     *           "status": "active",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "cpn_01HQ2W5Z7A9B1C3D5E7F9G1H3J",
                     *           "code": "WELCOME10",
                     *           "description": null,
                     *           "percentOff": null,
                     *           "amountOff": {
                     *             "amount": 1000,
                     *             "currency": "EUR"
                     *           },
                     *           "maxRedemptions": null,
                     *           "redemptionCount": 412,
                     *           "expiresAt": null,
                     *           "status": "active",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-01T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["CouponList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCreateCoupon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "SPRING-25",
                 *       "description": "25% off the first month.",
                 *       "percentOff": 25,
                 *       "maxRedemptions": 200,
                 *       "expiresAt": "2025-05-31T23:59:59Z"
                 *     }
                 */
                "application/json": components["schemas"]["CouponCreate"];
            };
        };
        responses: {
            /** @description The created coupon. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
                     *       "code": "SPRING-25",
                     *       "description": "25% off the first month.",
                     *       "percentOff": 25,
                     *       "amountOff": null,
                     *       "maxRedemptions": 200,
                     *       "redemptionCount": 0,
                     *       "expiresAt": "2025-05-31T23:59:59Z",
                     *       "status": "active",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-01T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Coupon ID. Constraints: matching `^cpn_[0-9A-Za-z]+$`.
                 * @example cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H
                 */
                couponId: components["parameters"]["CouponId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coupon. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
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
                     *     }
                     */
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementArchiveCoupon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Coupon ID. Constraints: matching `^cpn_[0-9A-Za-z]+$`.
                 * @example cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H
                 */
                couponId: components["parameters"]["CouponId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coupon, with status `archived`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
                     *       "code": "SPRING-25",
                     *       "description": "25% off the first month.",
                     *       "percentOff": 25,
                     *       "amountOff": null,
                     *       "maxRedemptions": 200,
                     *       "redemptionCount": 37,
                     *       "expiresAt": "2025-05-31T23:59:59Z",
                     *       "status": "archived",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementListPrograms: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return (1–100). Constraints: an integer, from 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.
                 * @example eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of programs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *           "name": "30-Day Yoga Foundations",
                     *           "description": "A progressive introduction to yoga for new members.",
                     *           "level": "beginner",
                     *           "durationWeeks": 4,
                     *           "status": "active",
                     *           "createdAt": "2025-03-01T09:00:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         },
                     *         {
                     *           "id": "prg_01HP7MA2B4C6D8E0F2G4H6J8K0",
                     *           "name": "Strength Block",
                     *           "description": null,
                     *           "level": "intermediate",
                     *           "durationWeeks": 8,
                     *           "status": "draft",
                     *           "createdAt": "2025-03-14T16:30:00Z",
                     *           "updatedAt": "2025-03-14T16:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementCreateProgram: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "30-Day Yoga Foundations",
                 *       "description": "A progressive introduction to yoga for new members.",
                 *       "level": "beginner",
                 *       "durationWeeks": 4
                 *     }
                 */
                "application/json": components["schemas"]["ProgramCreate"];
            };
        };
        responses: {
            /** @description The created program. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *       "name": "30-Day Yoga Foundations",
                     *       "description": "A progressive introduction to yoga for new members.",
                     *       "level": "beginner",
                     *       "durationWeeks": 4,
                     *       "status": "draft",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-01T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementGetProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Program ID. Constraints: matching `^prg_[0-9A-Za-z]+$`.
                 * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
                 */
                programId: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *       "name": "30-Day Yoga Foundations",
                     *       "description": "A progressive introduction to yoga for new members.",
                     *       "level": "beginner",
                     *       "durationWeeks": 4,
                     *       "status": "active",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-14T16:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managementUpdateProgram: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.
                 *
                 *     The first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.
                 *
                 *     - The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).
                 *     - A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).
                 *     - A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.
                 *
                 *     The SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key. Constraints: from 1 to 255 characters.
                 * @example 6f9619ff-8b86-d011-b42d-00c04fc964ff
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Program ID. Constraints: matching `^prg_[0-9A-Za-z]+$`.
                 * @example prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y
                 */
                programId: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["ProgramUpdate"];
            };
        };
        responses: {
            /** @description The updated program. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                     *       "name": "30-Day Yoga Foundations",
                     *       "description": "A progressive introduction to yoga for new members.",
                     *       "level": "beginner",
                     *       "durationWeeks": 4,
                     *       "status": "active",
                     *       "createdAt": "2025-03-01T09:00:00Z",
                     *       "updatedAt": "2025-03-14T16:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
