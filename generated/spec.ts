// This file is generated from openapi.yaml by scripts/generate.ts (the spec as data, for the mock server).
// Do not edit it by hand: change openapi.yaml and run `npm run generate`.

/** openapi.yaml as a JSON value. */
export const openapiDocument: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Management API",
    "version": "1.0.0",
    "summary": "Manage classes, members, schedule, content, plans, instructors, locations, coupons and programs of a fitness studio.",
    "description": "The Management API lets studio back-office tools manage a fitness studio: classes and their schedule, memberships,\non-demand content, plans, instructors, locations and rooms, coupons and programs.\n\n**Authentication.** OAuth 2.0 client credentials; every operation names the one scope it requires.\n\n**Pagination.** List operations are cursor-paginated: pass `limit` (1–100, default 20) and the opaque `cursor`\nfrom the previous page's `nextCursor`; `nextCursor` is null on the last page.\n\n**Idempotency.** Every non-GET operation accepts an `Idempotency-Key` header. Send a fresh key for each distinct\naction and reuse it only when retrying that exact action; a replayed response carries `Idempotency-Replayed: true`.\nKeys are kept for 24 hours.\n\n**Errors.** Errors are RFC 9457 problem details (`application/problem+json`); branch on the `type` URI.\nSee the `Problem` schema for the list of problem types.\n\n**Request ids and tracing.** Every response carries an `X-Request-Id` (`RequestId` header), fresh for every\nrequest, replays included: quote it to support. A request may carry a W3C trace context (`traceparent`,\n`tracestate`). Cross-origin (CORS), browsers may send both and read `X-Request-Id`.",
    "contact": {
      "name": "Studio Platform API Team",
      "email": "api@studio.example",
      "url": "https://developers.studio.example"
    },
    "license": {
      "name": "Proprietary",
      "url": "https://studio.example/legal/api-terms"
    }
  },
  "servers": [
    {
      "url": "https://api.studio.example",
      "description": "Production"
    }
  ],
  "tags": [
    {
      "name": "Classes",
      "description": "Classes offered by the studio (class definitions with their recurrence)."
    },
    {
      "name": "Members",
      "description": "Memberships of studio members, invitations and cancellations."
    },
    {
      "name": "Schedule",
      "description": "Scheduled occurrences (individual sessions) of classes."
    },
    {
      "name": "Content",
      "description": "On-demand content: videos, articles and audio."
    },
    {
      "name": "Plans",
      "description": "Membership plans and their prices."
    },
    {
      "name": "Instructors",
      "description": "Instructors who teach classes."
    },
    {
      "name": "Locations",
      "description": "Studio locations and the rooms inside them."
    },
    {
      "name": "Coupons",
      "description": "Discount coupons."
    },
    {
      "name": "Programs",
      "description": "Multi-week programs grouping classes and content."
    }
  ],
  "paths": {
    "/v1/classes": {
      "get": {
        "tags": [
          "Classes"
        ],
        "summary": "List classes",
        "description": "Returns the studio's classes, newest first, one page at a time.",
        "operationId": "managementListClasses",
        "x-sdk-resource": "classes",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "classes:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of classes.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClassList"
                },
                "example": {
                  "data": [
                    {
                      "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                      "name": "Morning Vinyasa Flow",
                      "description": "An all-levels 60-minute vinyasa class.",
                      "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                      "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                      "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                      "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                      "capacity": 20,
                      "durationMinutes": 60,
                      "startsAt": "2025-04-07T07:00:00Z",
                      "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                      "status": "scheduled",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "cls_01HV8Z7A1B2C3D4E5F6G7H8J9K",
                      "name": "Lunchtime HIIT",
                      "description": null,
                      "programId": null,
                      "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
                      "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                      "roomId": "rm_01HR4F8J0K2M4N6P8Q0R2S4T6V",
                      "capacity": 12,
                      "durationMinutes": 45,
                      "startsAt": "2025-04-08T12:15:00Z",
                      "recurrenceRule": null,
                      "status": "scheduled",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-01T09:00:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "post": {
        "tags": [
          "Classes"
        ],
        "summary": "Create a class",
        "description": "Creates a class and schedules its occurrences from `startsAt` and `recurrenceRule`.",
        "operationId": "managementCreateClass",
        "x-sdk-resource": "classes",
        "x-sdk-method": "create",
        "security": [
          {
            "managementOAuth": [
              "classes:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClassCreate"
              },
              "example": {
                "name": "Morning Vinyasa Flow",
                "description": "An all-levels 60-minute vinyasa class.",
                "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                "capacity": 20,
                "durationMinutes": 60,
                "startsAt": "2025-04-07T07:00:00Z",
                "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created class.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Class"
                },
                "example": {
                  "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                  "name": "Morning Vinyasa Flow",
                  "description": "An all-levels 60-minute vinyasa class.",
                  "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "capacity": 20,
                  "durationMinutes": 60,
                  "startsAt": "2025-04-07T07:00:00Z",
                  "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                  "status": "scheduled",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/classes/{classId}": {
      "get": {
        "tags": [
          "Classes"
        ],
        "summary": "Get a class",
        "description": "Returns a single class by ID.",
        "operationId": "managementGetClass",
        "x-sdk-resource": "classes",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "classes:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ClassId"
          }
        ],
        "responses": {
          "200": {
            "description": "The class.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Class"
                },
                "example": {
                  "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                  "name": "Morning Vinyasa Flow",
                  "description": "An all-levels 60-minute vinyasa class.",
                  "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "capacity": 20,
                  "durationMinutes": 60,
                  "startsAt": "2025-04-07T07:00:00Z",
                  "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                  "status": "scheduled",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Classes"
        ],
        "summary": "Update a class",
        "description": "Updates the fields present in the body. Changes apply to future occurrences only.",
        "operationId": "managementUpdateClass",
        "x-sdk-resource": "classes",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "classes:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ClassId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClassUpdate"
              },
              "example": {
                "capacity": 24,
                "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated class.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Class"
                },
                "example": {
                  "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                  "name": "Morning Vinyasa Flow",
                  "description": "An all-levels 60-minute vinyasa class.",
                  "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "instructorId": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "capacity": 24,
                  "durationMinutes": 60,
                  "startsAt": "2025-04-07T07:00:00Z",
                  "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                  "status": "scheduled",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "delete": {
        "tags": [
          "Classes"
        ],
        "summary": "Cancel a class",
        "description": "Cancels a class and all of its future occurrences; booked members are notified. The class is kept and returned with status `cancelled`.",
        "operationId": "managementCancelClass",
        "x-sdk-resource": "classes",
        "x-sdk-method": "cancel",
        "security": [
          {
            "managementOAuth": [
              "classes:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ClassId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The class, with status `cancelled`.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Class"
                },
                "example": {
                  "id": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                  "name": "Morning Vinyasa Flow",
                  "description": "An all-levels 60-minute vinyasa class.",
                  "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "capacity": 20,
                  "durationMinutes": 60,
                  "startsAt": "2025-04-07T07:00:00Z",
                  "recurrenceRule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                  "status": "cancelled",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/members": {
      "get": {
        "tags": [
          "Members"
        ],
        "summary": "List members",
        "description": "Returns memberships, newest first, one page at a time. Includes invited and cancelled memberships.",
        "operationId": "managementListMembers",
        "x-sdk-resource": "members",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "members:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of memberships.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MembershipList"
                },
                "example": {
                  "data": [
                    {
                      "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
                      "email": "dana.lee@example.org",
                      "firstName": "Dana",
                      "lastName": "Lee",
                      "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                      "status": "active",
                      "startedAt": "2025-03-02T10:00:00Z",
                      "currentPeriodEnd": "2025-04-02T10:00:00Z",
                      "cancelAt": null,
                      "cancellationReason": null,
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "mem_01HW2C9X8W7V6T5S4R3Q2P1N0M",
                      "email": "sam.ortiz@example.org",
                      "firstName": "Sam",
                      "lastName": "Ortiz",
                      "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                      "status": "invited",
                      "startedAt": null,
                      "currentPeriodEnd": null,
                      "cancelAt": null,
                      "cancellationReason": null,
                      "createdAt": "2025-03-14T16:30:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/members/invites": {
      "post": {
        "tags": [
          "Members"
        ],
        "summary": "Invite a member",
        "description": "Creates a membership with status `invited` and emails an invitation. The member becomes `active` when the invite is accepted.",
        "operationId": "managementInviteMember",
        "x-sdk-resource": "members",
        "x-sdk-method": "invite",
        "security": [
          {
            "managementOAuth": [
              "members:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MemberInvite"
              },
              "example": {
                "email": "sam.ortiz@example.org",
                "firstName": "Sam",
                "lastName": "Ortiz",
                "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                "message": "Welcome to the studio! Your first class is on us."
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created invite.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Invite"
                },
                "example": {
                  "id": "inv_01HW2B7Y5W3V1T9S7R5Q3P1N9M",
                  "membershipId": "mem_01HW2C9X8W7V6T5S4R3Q2P1N0M",
                  "email": "sam.ortiz@example.org",
                  "planId": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                  "status": "pending",
                  "expiresAt": "2025-03-21T16:30:00Z",
                  "createdAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/members/{membershipId}": {
      "get": {
        "tags": [
          "Members"
        ],
        "summary": "Get a member",
        "description": "Returns a single membership by ID.",
        "operationId": "managementGetMember",
        "x-sdk-resource": "members",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "members:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipId"
          }
        ],
        "responses": {
          "200": {
            "description": "The membership.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Membership"
                },
                "example": {
                  "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
                  "email": "dana.lee@example.org",
                  "firstName": "Dana",
                  "lastName": "Lee",
                  "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                  "status": "active",
                  "startedAt": "2025-03-02T10:00:00Z",
                  "currentPeriodEnd": "2025-04-02T10:00:00Z",
                  "cancelAt": null,
                  "cancellationReason": null,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Members"
        ],
        "summary": "Update a member",
        "description": "Updates the fields present in the body, for example to pause or resume a membership or change its plan.",
        "operationId": "managementUpdateMember",
        "x-sdk-resource": "members",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "members:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipUpdate"
              },
              "example": {
                "status": "paused"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated membership.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Membership"
                },
                "example": {
                  "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
                  "email": "dana.lee@example.org",
                  "firstName": "Dana",
                  "lastName": "Lee",
                  "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                  "status": "paused",
                  "startedAt": "2025-03-02T10:00:00Z",
                  "currentPeriodEnd": "2025-04-02T10:00:00Z",
                  "cancelAt": null,
                  "cancellationReason": null,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/members/{membershipId}/cancel": {
      "post": {
        "tags": [
          "Members"
        ],
        "summary": "Cancel a membership",
        "description": "Cancels a membership immediately or at the end of the current billing period. The body is optional; without it the membership is cancelled immediately.",
        "operationId": "managementCancelMembership",
        "x-sdk-resource": "members",
        "x-sdk-method": "cancel",
        "security": [
          {
            "managementOAuth": [
              "members:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipCancel"
              },
              "example": {
                "reason": "Moving to another city.",
                "effective": "end_of_period"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The membership: status `cancelled` when effective immediately, otherwise unchanged status with `cancelAt` set.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Membership"
                },
                "example": {
                  "id": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S",
                  "email": "dana.lee@example.org",
                  "firstName": "Dana",
                  "lastName": "Lee",
                  "planId": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                  "status": "active",
                  "startedAt": "2025-03-02T10:00:00Z",
                  "currentPeriodEnd": "2025-04-02T10:00:00Z",
                  "cancelAt": "2025-04-02T10:00:00Z",
                  "cancellationReason": "Moving to another city.",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/schedule": {
      "get": {
        "tags": [
          "Schedule"
        ],
        "summary": "List schedule occurrences",
        "description": "Returns class occurrences ordered by `startsAt` ascending, optionally limited to a time window.",
        "operationId": "managementListOccurrences",
        "x-sdk-resource": "schedule",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "schedule:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "name": "from",
            "in": "query",
            "required": false,
            "description": "Only occurrences with `startsAt` at or after this instant (inclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2025-04-07T00:00:00Z"
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "description": "Only occurrences with `startsAt` before this instant (exclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2025-04-14T00:00:00Z"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of occurrences.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OccurrenceList"
                },
                "example": {
                  "data": [
                    {
                      "id": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S",
                      "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                      "startsAt": "2025-04-07T07:00:00Z",
                      "endsAt": "2025-04-07T08:00:00Z",
                      "originalStartsAt": null,
                      "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                      "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                      "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                      "capacity": 20,
                      "bookedCount": 14,
                      "status": "scheduled",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-01T09:00:00Z"
                    },
                    {
                      "id": "occ_01HX5FA2B4C6D8E0F2G4H6J8K0",
                      "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                      "startsAt": "2025-04-09T08:00:00Z",
                      "endsAt": "2025-04-09T09:00:00Z",
                      "originalStartsAt": "2025-04-09T07:00:00Z",
                      "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                      "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                      "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                      "capacity": 20,
                      "bookedCount": 9,
                      "status": "rescheduled",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/schedule/{occurrenceId}": {
      "get": {
        "tags": [
          "Schedule"
        ],
        "summary": "Get an occurrence",
        "description": "Returns a single schedule occurrence by ID.",
        "operationId": "managementGetOccurrence",
        "x-sdk-resource": "schedule",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "schedule:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OccurrenceId"
          }
        ],
        "responses": {
          "200": {
            "description": "The occurrence.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Occurrence"
                },
                "example": {
                  "id": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S",
                  "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                  "startsAt": "2025-04-07T07:00:00Z",
                  "endsAt": "2025-04-07T08:00:00Z",
                  "originalStartsAt": null,
                  "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "capacity": 20,
                  "bookedCount": 14,
                  "status": "scheduled",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-01T09:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Schedule"
        ],
        "summary": "Reschedule an occurrence",
        "description": "Moves a single occurrence to a new time, room or instructor without changing the rest of the class. Booked members are notified.",
        "operationId": "managementRescheduleOccurrence",
        "x-sdk-resource": "schedule",
        "x-sdk-method": "reschedule",
        "security": [
          {
            "managementOAuth": [
              "schedule:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OccurrenceId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OccurrenceReschedule"
              },
              "example": {
                "startsAt": "2025-04-07T08:00:00Z",
                "endsAt": "2025-04-07T09:00:00Z"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The rescheduled occurrence.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Occurrence"
                },
                "example": {
                  "id": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S",
                  "classId": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
                  "startsAt": "2025-04-07T08:00:00Z",
                  "endsAt": "2025-04-07T09:00:00Z",
                  "originalStartsAt": "2025-04-07T07:00:00Z",
                  "instructorId": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "roomId": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "capacity": 20,
                  "bookedCount": 14,
                  "status": "rescheduled",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/content": {
      "get": {
        "tags": [
          "Content"
        ],
        "summary": "List content",
        "description": "Returns on-demand content items, newest first, one page at a time.",
        "operationId": "managementListContent",
        "x-sdk-resource": "content",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "content:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of content items.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContentList"
                },
                "example": {
                  "data": [
                    {
                      "id": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R",
                      "title": "Breathing Basics",
                      "description": "A short guided breathing session for beginners.",
                      "kind": "video",
                      "status": "published",
                      "url": "https://cdn.studio.example/content/breathing-basics.mp4",
                      "durationSeconds": 540,
                      "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                      "publishedAt": "2025-03-05T12:00:00Z",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "cnt_01HY3D6G8H0J2K4M6N8P0Q2R4S",
                      "title": "Recovery After HIIT",
                      "description": null,
                      "kind": "article",
                      "status": "draft",
                      "url": null,
                      "durationSeconds": null,
                      "programId": null,
                      "publishedAt": null,
                      "createdAt": "2025-03-14T16:30:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/content/{contentId}": {
      "get": {
        "tags": [
          "Content"
        ],
        "summary": "Get a content item",
        "description": "Returns a single content item by ID.",
        "operationId": "managementGetContent",
        "x-sdk-resource": "content",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "content:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContentId"
          }
        ],
        "responses": {
          "200": {
            "description": "The content item.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Content"
                },
                "example": {
                  "id": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R",
                  "title": "Breathing Basics",
                  "description": "A short guided breathing session for beginners.",
                  "kind": "video",
                  "status": "published",
                  "url": "https://cdn.studio.example/content/breathing-basics.mp4",
                  "durationSeconds": 540,
                  "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "publishedAt": "2025-03-05T12:00:00Z",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Content"
        ],
        "summary": "Update a content item",
        "description": "Updates the fields present in the body. Setting `status` to `published` publishes the item.",
        "operationId": "managementUpdateContent",
        "x-sdk-resource": "content",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "content:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContentId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContentUpdate"
              },
              "example": {
                "title": "Breathing Basics (Updated)",
                "status": "published"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated content item.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Content"
                },
                "example": {
                  "id": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R",
                  "title": "Breathing Basics (Updated)",
                  "description": "A short guided breathing session for beginners.",
                  "kind": "video",
                  "status": "published",
                  "url": "https://cdn.studio.example/content/breathing-basics.mp4",
                  "durationSeconds": 540,
                  "programId": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "publishedAt": "2025-03-05T12:00:00Z",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "delete": {
        "tags": [
          "Content"
        ],
        "summary": "Delete a content item",
        "description": "Permanently deletes a content item and its media. This cannot be undone.",
        "operationId": "managementDeleteContent",
        "x-sdk-resource": "content",
        "x-sdk-method": "delete",
        "security": [
          {
            "managementOAuth": [
              "content:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ContentId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "204": {
            "description": "The content item was deleted. No body.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/plans": {
      "get": {
        "tags": [
          "Plans"
        ],
        "summary": "List plans",
        "description": "Returns membership plans, including archived ones, one page at a time.",
        "operationId": "managementListPlans",
        "x-sdk-resource": "plans",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "plans:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of plans.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlanList"
                },
                "example": {
                  "data": [
                    {
                      "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                      "name": "Unlimited Monthly",
                      "description": "Unlimited classes at every location.",
                      "price": {
                        "amount": 8900,
                        "currency": "EUR"
                      },
                      "interval": "month",
                      "intervalCount": 1,
                      "classCredits": null,
                      "status": "active",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N",
                      "name": "10 Classes per Month",
                      "description": null,
                      "price": {
                        "amount": 5900,
                        "currency": "EUR"
                      },
                      "interval": "month",
                      "intervalCount": 1,
                      "classCredits": 10,
                      "status": "active",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-01T09:00:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "post": {
        "tags": [
          "Plans"
        ],
        "summary": "Create a plan",
        "description": "Creates a membership plan with status `active`.",
        "operationId": "managementCreatePlan",
        "x-sdk-resource": "plans",
        "x-sdk-method": "create",
        "security": [
          {
            "managementOAuth": [
              "plans:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PlanCreate"
              },
              "example": {
                "name": "Unlimited Monthly",
                "description": "Unlimited classes at every location.",
                "price": {
                  "amount": 8900,
                  "currency": "EUR"
                },
                "interval": "month",
                "intervalCount": 1,
                "classCredits": null
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created plan.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Plan"
                },
                "example": {
                  "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                  "name": "Unlimited Monthly",
                  "description": "Unlimited classes at every location.",
                  "price": {
                    "amount": 8900,
                    "currency": "EUR"
                  },
                  "interval": "month",
                  "intervalCount": 1,
                  "classCredits": null,
                  "status": "active",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/plans/{planId}": {
      "get": {
        "tags": [
          "Plans"
        ],
        "summary": "Get a plan",
        "description": "Returns a single plan by ID.",
        "operationId": "managementGetPlan",
        "x-sdk-resource": "plans",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "plans:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PlanId"
          }
        ],
        "responses": {
          "200": {
            "description": "The plan.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Plan"
                },
                "example": {
                  "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                  "name": "Unlimited Monthly",
                  "description": "Unlimited classes at every location.",
                  "price": {
                    "amount": 8900,
                    "currency": "EUR"
                  },
                  "interval": "month",
                  "intervalCount": 1,
                  "classCredits": null,
                  "status": "active",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Plans"
        ],
        "summary": "Update a plan",
        "description": "Updates the fields present in the body. Existing members keep their current price until their next billing period.",
        "operationId": "managementUpdatePlan",
        "x-sdk-resource": "plans",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "plans:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PlanId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PlanUpdate"
              },
              "example": {
                "price": {
                  "amount": 9400,
                  "currency": "EUR"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated plan.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Plan"
                },
                "example": {
                  "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                  "name": "Unlimited Monthly",
                  "description": "Unlimited classes at every location.",
                  "price": {
                    "amount": 9400,
                    "currency": "EUR"
                  },
                  "interval": "month",
                  "intervalCount": 1,
                  "classCredits": null,
                  "status": "active",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "delete": {
        "tags": [
          "Plans"
        ],
        "summary": "Archive a plan",
        "description": "Archives a plan so no new members can join it. Existing memberships on the plan continue. The plan is returned with status `archived`.",
        "operationId": "managementArchivePlan",
        "x-sdk-resource": "plans",
        "x-sdk-method": "archive",
        "security": [
          {
            "managementOAuth": [
              "plans:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PlanId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The plan, with status `archived`.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Plan"
                },
                "example": {
                  "id": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M",
                  "name": "Unlimited Monthly",
                  "description": "Unlimited classes at every location.",
                  "price": {
                    "amount": 8900,
                    "currency": "EUR"
                  },
                  "interval": "month",
                  "intervalCount": 1,
                  "classCredits": null,
                  "status": "archived",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/instructors": {
      "get": {
        "tags": [
          "Instructors"
        ],
        "summary": "List instructors",
        "description": "Returns instructors, one page at a time.",
        "operationId": "managementListInstructors",
        "x-sdk-resource": "instructors",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "instructors:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of instructors.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstructorList"
                },
                "example": {
                  "data": [
                    {
                      "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                      "firstName": "Maya",
                      "lastName": "Fischer",
                      "email": "maya.fischer@studio.example",
                      "bio": "E-RYT 500 yoga teacher with ten years of experience.",
                      "specialties": [
                        "vinyasa",
                        "yin"
                      ],
                      "locationIds": [
                        "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                      ],
                      "active": true,
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y",
                      "firstName": "Jonas",
                      "lastName": "Weber",
                      "email": "jonas.weber@studio.example",
                      "bio": null,
                      "specialties": [
                        "hiit"
                      ],
                      "locationIds": [
                        "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                      ],
                      "active": true,
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-01T09:00:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "post": {
        "tags": [
          "Instructors"
        ],
        "summary": "Create an instructor",
        "description": "Creates an instructor who can then be assigned to classes.",
        "operationId": "managementCreateInstructor",
        "x-sdk-resource": "instructors",
        "x-sdk-method": "create",
        "security": [
          {
            "managementOAuth": [
              "instructors:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InstructorCreate"
              },
              "example": {
                "firstName": "Maya",
                "lastName": "Fischer",
                "email": "maya.fischer@studio.example",
                "bio": "E-RYT 500 yoga teacher with ten years of experience.",
                "specialties": [
                  "vinyasa",
                  "yin"
                ],
                "locationIds": [
                  "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                ]
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created instructor.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Instructor"
                },
                "example": {
                  "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "firstName": "Maya",
                  "lastName": "Fischer",
                  "email": "maya.fischer@studio.example",
                  "bio": "E-RYT 500 yoga teacher with ten years of experience.",
                  "specialties": [
                    "vinyasa",
                    "yin"
                  ],
                  "locationIds": [
                    "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                  ],
                  "active": true,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/instructors/{instructorId}": {
      "get": {
        "tags": [
          "Instructors"
        ],
        "summary": "Get an instructor",
        "description": "Returns a single instructor by ID.",
        "operationId": "managementGetInstructor",
        "x-sdk-resource": "instructors",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "instructors:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/InstructorId"
          }
        ],
        "responses": {
          "200": {
            "description": "The instructor.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Instructor"
                },
                "example": {
                  "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "firstName": "Maya",
                  "lastName": "Fischer",
                  "email": "maya.fischer@studio.example",
                  "bio": "E-RYT 500 yoga teacher with ten years of experience.",
                  "specialties": [
                    "vinyasa",
                    "yin"
                  ],
                  "locationIds": [
                    "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                  ],
                  "active": true,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Instructors"
        ],
        "summary": "Update an instructor",
        "description": "Updates the fields present in the body. Set `active` to false to stop assigning the instructor to new classes.",
        "operationId": "managementUpdateInstructor",
        "x-sdk-resource": "instructors",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "instructors:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/InstructorId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InstructorUpdate"
              },
              "example": {
                "specialties": [
                  "vinyasa",
                  "yin",
                  "restorative"
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated instructor.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Instructor"
                },
                "example": {
                  "id": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X",
                  "firstName": "Maya",
                  "lastName": "Fischer",
                  "email": "maya.fischer@studio.example",
                  "bio": "E-RYT 500 yoga teacher with ten years of experience.",
                  "specialties": [
                    "vinyasa",
                    "yin",
                    "restorative"
                  ],
                  "locationIds": [
                    "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
                  ],
                  "active": true,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/locations": {
      "get": {
        "tags": [
          "Locations"
        ],
        "summary": "List locations",
        "description": "Returns studio locations, one page at a time.",
        "operationId": "managementListLocations",
        "x-sdk-resource": "locations",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "locations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of locations.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LocationList"
                },
                "example": {
                  "data": [
                    {
                      "id": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                      "name": "Berlin Mitte",
                      "address": {
                        "line1": "Torstraße 125",
                        "line2": "2nd floor",
                        "city": "Berlin",
                        "region": null,
                        "postalCode": "10119",
                        "country": "DE"
                      },
                      "timezone": "Europe/Berlin",
                      "phone": "+49 30 1234567",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    }
                  ],
                  "nextCursor": null
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "post": {
        "tags": [
          "Locations"
        ],
        "summary": "Create a location",
        "description": "Creates a studio location.",
        "operationId": "managementCreateLocation",
        "x-sdk-resource": "locations",
        "x-sdk-method": "create",
        "security": [
          {
            "managementOAuth": [
              "locations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LocationCreate"
              },
              "example": {
                "name": "Berlin Mitte",
                "address": {
                  "line1": "Torstraße 125",
                  "line2": "2nd floor",
                  "city": "Berlin",
                  "postalCode": "10119",
                  "country": "DE"
                },
                "timezone": "Europe/Berlin",
                "phone": "+49 30 1234567"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created location.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Location"
                },
                "example": {
                  "id": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "name": "Berlin Mitte",
                  "address": {
                    "line1": "Torstraße 125",
                    "line2": "2nd floor",
                    "city": "Berlin",
                    "region": null,
                    "postalCode": "10119",
                    "country": "DE"
                  },
                  "timezone": "Europe/Berlin",
                  "phone": "+49 30 1234567",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/locations/{locationId}": {
      "get": {
        "tags": [
          "Locations"
        ],
        "summary": "Get a location",
        "description": "Returns a single location by ID.",
        "operationId": "managementGetLocation",
        "x-sdk-resource": "locations",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "locations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          }
        ],
        "responses": {
          "200": {
            "description": "The location.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Location"
                },
                "example": {
                  "id": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "name": "Berlin Mitte",
                  "address": {
                    "line1": "Torstraße 125",
                    "line2": "2nd floor",
                    "city": "Berlin",
                    "region": null,
                    "postalCode": "10119",
                    "country": "DE"
                  },
                  "timezone": "Europe/Berlin",
                  "phone": "+49 30 1234567",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Locations"
        ],
        "summary": "Update a location",
        "description": "Updates the fields present in the body. A new `address` replaces the old one as a whole.",
        "operationId": "managementUpdateLocation",
        "x-sdk-resource": "locations",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "locations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LocationUpdate"
              },
              "example": {
                "phone": "+49 30 7654321"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated location.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Location"
                },
                "example": {
                  "id": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "name": "Berlin Mitte",
                  "address": {
                    "line1": "Torstraße 125",
                    "line2": "2nd floor",
                    "city": "Berlin",
                    "region": null,
                    "postalCode": "10119",
                    "country": "DE"
                  },
                  "timezone": "Europe/Berlin",
                  "phone": "+49 30 7654321",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "delete": {
        "tags": [
          "Locations"
        ],
        "summary": "Delete a location",
        "description": "Deletes a location and its rooms. Fails with 422 while the location still has scheduled classes.",
        "operationId": "managementDeleteLocation",
        "x-sdk-resource": "locations",
        "x-sdk-method": "delete",
        "security": [
          {
            "managementOAuth": [
              "locations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "204": {
            "description": "The location was deleted. No body.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/locations/{locationId}/rooms": {
      "get": {
        "tags": [
          "Locations"
        ],
        "summary": "List rooms",
        "description": "Returns the rooms of a location, one page at a time.",
        "operationId": "managementListRooms",
        "x-sdk-resource": "locations.rooms",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "locations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of rooms.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoomList"
                },
                "example": {
                  "data": [
                    {
                      "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                      "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                      "name": "Studio A",
                      "capacity": 24,
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "rm_01HR4F8J0K2M4N6P8Q0R2S4T6V",
                      "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                      "name": "Studio B",
                      "capacity": 12,
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-01T09:00:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "post": {
        "tags": [
          "Locations"
        ],
        "summary": "Create a room",
        "description": "Creates a room at a location.",
        "operationId": "managementCreateRoom",
        "x-sdk-resource": "locations.rooms",
        "x-sdk-method": "create",
        "security": [
          {
            "managementOAuth": [
              "locations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RoomCreate"
              },
              "example": {
                "name": "Studio A",
                "capacity": 24
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created room.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Room"
                },
                "example": {
                  "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "name": "Studio A",
                  "capacity": 24,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/locations/{locationId}/rooms/{roomId}": {
      "get": {
        "tags": [
          "Locations"
        ],
        "summary": "Get a room",
        "description": "Returns a single room of a location by ID.",
        "operationId": "managementGetRoom",
        "x-sdk-resource": "locations.rooms",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "locations:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          },
          {
            "$ref": "#/components/parameters/RoomId"
          }
        ],
        "responses": {
          "200": {
            "description": "The room.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Room"
                },
                "example": {
                  "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "name": "Studio A",
                  "capacity": 24,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Locations"
        ],
        "summary": "Update a room",
        "description": "Updates the fields present in the body. Lowering `capacity` below existing bookings fails with 422.",
        "operationId": "managementUpdateRoom",
        "x-sdk-resource": "locations.rooms",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "locations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          },
          {
            "$ref": "#/components/parameters/RoomId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RoomUpdate"
              },
              "example": {
                "capacity": 26
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated room.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Room"
                },
                "example": {
                  "id": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V",
                  "locationId": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T",
                  "name": "Studio A",
                  "capacity": 26,
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "delete": {
        "tags": [
          "Locations"
        ],
        "summary": "Delete a room",
        "description": "Deletes a room. Fails with 422 while classes are still scheduled in it.",
        "operationId": "managementDeleteRoom",
        "x-sdk-resource": "locations.rooms",
        "x-sdk-method": "delete",
        "security": [
          {
            "managementOAuth": [
              "locations:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/LocationId"
          },
          {
            "$ref": "#/components/parameters/RoomId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "204": {
            "description": "The room was deleted. No body.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/coupons": {
      "get": {
        "tags": [
          "Coupons"
        ],
        "summary": "List coupons",
        "description": "Returns coupons, including archived ones, one page at a time.",
        "operationId": "managementListCoupons",
        "x-sdk-resource": "coupons",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "coupons:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of coupons.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CouponList"
                },
                "example": {
                  "data": [
                    {
                      "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
                      "code": "SPRING-25",
                      "description": "25% off the first month.",
                      "percentOff": 25,
                      "amountOff": null,
                      "maxRedemptions": 200,
                      "redemptionCount": 37,
                      "expiresAt": "2025-05-31T23:59:59Z",
                      "status": "active",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "cpn_01HQ2W5Z7A9B1C3D5E7F9G1H3J",
                      "code": "WELCOME10",
                      "description": null,
                      "percentOff": null,
                      "amountOff": {
                        "amount": 1000,
                        "currency": "EUR"
                      },
                      "maxRedemptions": null,
                      "redemptionCount": 412,
                      "expiresAt": null,
                      "status": "active",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-01T09:00:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "post": {
        "tags": [
          "Coupons"
        ],
        "summary": "Create a coupon",
        "description": "Creates a coupon with either a percentage or a fixed-amount discount. Codes are unique; a duplicate code fails with 422.",
        "operationId": "managementCreateCoupon",
        "x-sdk-resource": "coupons",
        "x-sdk-method": "create",
        "security": [
          {
            "managementOAuth": [
              "coupons:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CouponCreate"
              },
              "example": {
                "code": "SPRING-25",
                "description": "25% off the first month.",
                "percentOff": 25,
                "maxRedemptions": 200,
                "expiresAt": "2025-05-31T23:59:59Z"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created coupon.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Coupon"
                },
                "example": {
                  "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
                  "code": "SPRING-25",
                  "description": "25% off the first month.",
                  "percentOff": 25,
                  "amountOff": null,
                  "maxRedemptions": 200,
                  "redemptionCount": 0,
                  "expiresAt": "2025-05-31T23:59:59Z",
                  "status": "active",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-01T09:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/coupons/{couponId}": {
      "get": {
        "tags": [
          "Coupons"
        ],
        "summary": "Get a coupon",
        "description": "Returns a single coupon by ID.",
        "operationId": "managementGetCoupon",
        "x-sdk-resource": "coupons",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "coupons:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CouponId"
          }
        ],
        "responses": {
          "200": {
            "description": "The coupon.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Coupon"
                },
                "example": {
                  "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
                  "code": "SPRING-25",
                  "description": "25% off the first month.",
                  "percentOff": 25,
                  "amountOff": null,
                  "maxRedemptions": 200,
                  "redemptionCount": 37,
                  "expiresAt": "2025-05-31T23:59:59Z",
                  "status": "active",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "delete": {
        "tags": [
          "Coupons"
        ],
        "summary": "Archive a coupon",
        "description": "Archives a coupon so it can no longer be redeemed. The coupon is returned with status `archived`.",
        "operationId": "managementArchiveCoupon",
        "x-sdk-resource": "coupons",
        "x-sdk-method": "archive",
        "security": [
          {
            "managementOAuth": [
              "coupons:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CouponId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The coupon, with status `archived`.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Coupon"
                },
                "example": {
                  "id": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H",
                  "code": "SPRING-25",
                  "description": "25% off the first month.",
                  "percentOff": 25,
                  "amountOff": null,
                  "maxRedemptions": 200,
                  "redemptionCount": 37,
                  "expiresAt": "2025-05-31T23:59:59Z",
                  "status": "archived",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-20T08:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/programs": {
      "get": {
        "tags": [
          "Programs"
        ],
        "summary": "List programs",
        "description": "Returns programs, newest first, one page at a time.",
        "operationId": "managementListPrograms",
        "x-sdk-resource": "programs",
        "x-sdk-method": "list",
        "security": [
          {
            "managementOAuth": [
              "programs:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of programs.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProgramList"
                },
                "example": {
                  "data": [
                    {
                      "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                      "name": "30-Day Yoga Foundations",
                      "description": "A progressive introduction to yoga for new members.",
                      "level": "beginner",
                      "durationWeeks": 4,
                      "status": "active",
                      "createdAt": "2025-03-01T09:00:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    },
                    {
                      "id": "prg_01HP7MA2B4C6D8E0F2G4H6J8K0",
                      "name": "Strength Block",
                      "description": null,
                      "level": "intermediate",
                      "durationWeeks": 8,
                      "status": "draft",
                      "createdAt": "2025-03-14T16:30:00Z",
                      "updatedAt": "2025-03-14T16:30:00Z"
                    }
                  ],
                  "nextCursor": "eyJpZCI6InNvbWVfY3Vyc29yIn0"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "post": {
        "tags": [
          "Programs"
        ],
        "summary": "Create a program",
        "description": "Creates a program with status `draft`.",
        "operationId": "managementCreateProgram",
        "x-sdk-resource": "programs",
        "x-sdk-method": "create",
        "security": [
          {
            "managementOAuth": [
              "programs:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProgramCreate"
              },
              "example": {
                "name": "30-Day Yoga Foundations",
                "description": "A progressive introduction to yoga for new members.",
                "level": "beginner",
                "durationWeeks": 4
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created program.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Program"
                },
                "example": {
                  "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "name": "30-Day Yoga Foundations",
                  "description": "A progressive introduction to yoga for new members.",
                  "level": "beginner",
                  "durationWeeks": 4,
                  "status": "draft",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-01T09:00:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/programs/{programId}": {
      "get": {
        "tags": [
          "Programs"
        ],
        "summary": "Get a program",
        "description": "Returns a single program by ID.",
        "operationId": "managementGetProgram",
        "x-sdk-resource": "programs",
        "x-sdk-method": "get",
        "security": [
          {
            "managementOAuth": [
              "programs:read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProgramId"
          }
        ],
        "responses": {
          "200": {
            "description": "The program.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Program"
                },
                "example": {
                  "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "name": "30-Day Yoga Foundations",
                  "description": "A progressive introduction to yoga for new members.",
                  "level": "beginner",
                  "durationWeeks": 4,
                  "status": "active",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      },
      "patch": {
        "tags": [
          "Programs"
        ],
        "summary": "Update a program",
        "description": "Updates the fields present in the body. Set `status` to `active` to publish a draft or `archived` to retire it.",
        "operationId": "managementUpdateProgram",
        "x-sdk-resource": "programs",
        "x-sdk-method": "update",
        "security": [
          {
            "managementOAuth": [
              "programs:write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProgramId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProgramUpdate"
              },
              "example": {
                "status": "active"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated program.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "Idempotency-Replayed": {
                "$ref": "#/components/headers/IdempotencyReplayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Program"
                },
                "example": {
                  "id": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y",
                  "name": "30-Day Yoga Foundations",
                  "description": "A progressive introduction to yoga for new members.",
                  "level": "beginner",
                  "durationWeeks": 4,
                  "status": "active",
                  "createdAt": "2025-03-01T09:00:00Z",
                  "updatedAt": "2025-03-14T16:30:00Z"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "managementOAuth": {
        "type": "oauth2",
        "description": "OAuth 2.0 client credentials. Request only the scopes your integration needs; each operation requires exactly one scope.",
        "flows": {
          "clientCredentials": {
            "tokenUrl": "https://auth.studio.example/oauth/token",
            "scopes": {
              "classes:read": "Read classes.",
              "classes:write": "Create, update and cancel classes.",
              "members:read": "Read memberships and invites.",
              "members:write": "Invite, update and cancel memberships.",
              "schedule:read": "Read schedule occurrences.",
              "schedule:write": "Reschedule schedule occurrences.",
              "content:read": "Read on-demand content.",
              "content:write": "Update and delete on-demand content.",
              "plans:read": "Read membership plans.",
              "plans:write": "Create, update and archive membership plans.",
              "instructors:read": "Read instructors.",
              "instructors:write": "Create and update instructors.",
              "locations:read": "Read locations and their rooms.",
              "locations:write": "Create, update and delete locations and their rooms.",
              "coupons:read": "Read coupons.",
              "coupons:write": "Create and archive coupons.",
              "programs:read": "Read programs.",
              "programs:write": "Create and update programs."
            }
          }
        }
      }
    },
    "parameters": {
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Maximum number of items to return (1–100).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        },
        "example": 20
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "Opaque pagination cursor: the `nextCursor` of the previous page. Omit for the first page; do not construct or parse it.",
        "schema": {
          "type": "string"
        },
        "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "Makes the request safe to retry. Send a fresh, high-entropy key (for example a UUID) for each distinct action, and reuse the same key only when retrying that exact action (same method, path and body) — across automatic network retries and user-visible retry buttons alike.\n\nThe first request with a key performs the action and stores the response; a retry with the same key returns the stored response with `Idempotency-Replayed: true` instead of performing the action again. Keys are kept for 24 hours from the first request; after that the key is treated as new.\n\n- The same key with a different request → 409 `https://api.studio.example/problems/idempotency-key-reused` (client bug; do not retry, use a new key).\n- A request with this key still in progress → 409 `https://api.studio.example/problems/idempotency-request-in-progress` with `Retry-After` (retry later with the same key).\n- A blank key or one longer than 255 characters → 400 `https://api.studio.example/problems/invalid-idempotency-key`.\n\nThe SDK always sends one on non-GET requests, generating a UUID when the caller does not supply a key.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "example": "6f9619ff-8b86-d011-b42d-00c04fc964ff"
      },
      "ClassId": {
        "name": "classId",
        "in": "path",
        "required": true,
        "description": "Class ID.",
        "schema": {
          "type": "string",
          "pattern": "^cls_[0-9A-Za-z]+$"
        },
        "example": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
      },
      "MembershipId": {
        "name": "membershipId",
        "in": "path",
        "required": true,
        "description": "Membership ID.",
        "schema": {
          "type": "string",
          "pattern": "^mem_[0-9A-Za-z]+$"
        },
        "example": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S"
      },
      "OccurrenceId": {
        "name": "occurrenceId",
        "in": "path",
        "required": true,
        "description": "Schedule occurrence ID.",
        "schema": {
          "type": "string",
          "pattern": "^occ_[0-9A-Za-z]+$"
        },
        "example": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S"
      },
      "ContentId": {
        "name": "contentId",
        "in": "path",
        "required": true,
        "description": "Content item ID.",
        "schema": {
          "type": "string",
          "pattern": "^cnt_[0-9A-Za-z]+$"
        },
        "example": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R"
      },
      "PlanId": {
        "name": "planId",
        "in": "path",
        "required": true,
        "description": "Plan ID.",
        "schema": {
          "type": "string",
          "pattern": "^pln_[0-9A-Za-z]+$"
        },
        "example": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M"
      },
      "InstructorId": {
        "name": "instructorId",
        "in": "path",
        "required": true,
        "description": "Instructor ID.",
        "schema": {
          "type": "string",
          "pattern": "^ins_[0-9A-Za-z]+$"
        },
        "example": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X"
      },
      "LocationId": {
        "name": "locationId",
        "in": "path",
        "required": true,
        "description": "Location ID.",
        "schema": {
          "type": "string",
          "pattern": "^loc_[0-9A-Za-z]+$"
        },
        "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
      },
      "RoomId": {
        "name": "roomId",
        "in": "path",
        "required": true,
        "description": "Room ID.",
        "schema": {
          "type": "string",
          "pattern": "^rm_[0-9A-Za-z]+$"
        },
        "example": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V"
      },
      "CouponId": {
        "name": "couponId",
        "in": "path",
        "required": true,
        "description": "Coupon ID.",
        "schema": {
          "type": "string",
          "pattern": "^cpn_[0-9A-Za-z]+$"
        },
        "example": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H"
      },
      "ProgramId": {
        "name": "programId",
        "in": "path",
        "required": true,
        "description": "Program ID.",
        "schema": {
          "type": "string",
          "pattern": "^prg_[0-9A-Za-z]+$"
        },
        "example": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y"
      }
    },
    "headers": {
      "RequestId": {
        "description": "The id the server gave this request, fresh for every request: a replay of a stored response gets one of its own, not the first request's. The server logs every request under its id; quote it to support to find it.",
        "required": true,
        "schema": {
          "type": "string"
        },
        "example": "req_01JD9Q8W5Z3K7M2N4P6R8T0V2X"
      },
      "IdempotencyReplayed": {
        "description": "Present with value `true` when the response is a stored replay of an earlier request with the same Idempotency-Key; absent on the original response.",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true"
          ]
        },
        "example": "true"
      },
      "RetryAfter": {
        "description": "How long to wait before retrying: either delay-seconds (a non-negative integer) or an HTTP-date (RFC 9110 §10.2.3). On 409 it is present only for the `idempotency-request-in-progress` problem type.",
        "required": false,
        "schema": {
          "type": "string"
        },
        "example": "30"
      }
    },
    "schemas": {
      "Money": {
        "type": "object",
        "description": "An amount of money in the minor unit of its currency (for example cents).",
        "additionalProperties": false,
        "required": [
          "amount",
          "currency"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "minimum": 0,
            "description": "Amount in minor units (for example 4900 = 49.00 EUR).",
            "example": 4900
          },
          "currency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "description": "ISO 4217 currency code, upper case.",
            "example": "EUR"
          }
        },
        "example": {
          "amount": 4900,
          "currency": "EUR"
        }
      },
      "Address": {
        "type": "object",
        "description": "Postal address of a location.",
        "additionalProperties": false,
        "required": [
          "line1",
          "city",
          "postalCode",
          "country"
        ],
        "properties": {
          "line1": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "example": "Torstraße 125"
          },
          "line2": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 200,
            "example": "2nd floor"
          },
          "city": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "example": "Berlin"
          },
          "region": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 100,
            "description": "State, province or region, if any.",
            "example": null
          },
          "postalCode": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20,
            "example": "10119"
          },
          "country": {
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "description": "ISO 3166-1 alpha-2 country code.",
            "example": "DE"
          }
        }
      },
      "Class": {
        "type": "object",
        "description": "A class offered by the studio. Its sessions appear in the schedule as occurrences.",
        "required": [
          "id",
          "name",
          "description",
          "programId",
          "instructorId",
          "locationId",
          "roomId",
          "capacity",
          "durationMinutes",
          "startsAt",
          "recurrenceRule",
          "status",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^cls_[0-9A-Za-z]+$",
            "description": "Class ID (prefix `cls_`).",
            "example": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Morning Vinyasa Flow"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 2000,
            "example": "An all-levels 60-minute vinyasa class."
          },
          "programId": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^prg_[0-9A-Za-z]+$",
            "description": "Program this class belongs to, if any.",
            "example": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y"
          },
          "instructorId": {
            "type": "string",
            "pattern": "^ins_[0-9A-Za-z]+$",
            "description": "Instructor ID (prefix `ins_`).",
            "example": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X"
          },
          "locationId": {
            "type": "string",
            "pattern": "^loc_[0-9A-Za-z]+$",
            "description": "Location ID (prefix `loc_`).",
            "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
          },
          "roomId": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^rm_[0-9A-Za-z]+$",
            "description": "Room at the location, if assigned.",
            "example": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V"
          },
          "capacity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of attendees.",
            "example": 20
          },
          "durationMinutes": {
            "type": "integer",
            "minimum": 5,
            "maximum": 480,
            "description": "Length of each session in minutes.",
            "example": 60
          },
          "startsAt": {
            "type": "string",
            "format": "date-time",
            "description": "Start of the first session.",
            "example": "2025-04-07T07:00:00Z"
          },
          "recurrenceRule": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "description": "iCalendar RRULE describing how the class repeats; null for a one-off class.",
            "example": "FREQ=WEEKLY;BYDAY=MO,WE,FR"
          },
          "status": {
            "type": "string",
            "enum": [
              "scheduled",
              "cancelled",
              "completed"
            ],
            "example": "scheduled"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "ClassCreate": {
        "type": "object",
        "description": "Request body for creating a class.",
        "additionalProperties": false,
        "required": [
          "name",
          "instructorId",
          "locationId",
          "capacity",
          "durationMinutes",
          "startsAt"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Morning Vinyasa Flow"
          },
          "description": {
            "type": "string",
            "maxLength": 2000,
            "example": "An all-levels 60-minute vinyasa class."
          },
          "programId": {
            "type": "string",
            "pattern": "^prg_[0-9A-Za-z]+$",
            "description": "Program ID (prefix `prg_`).",
            "example": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y"
          },
          "instructorId": {
            "type": "string",
            "pattern": "^ins_[0-9A-Za-z]+$",
            "description": "Instructor ID (prefix `ins_`).",
            "example": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X"
          },
          "locationId": {
            "type": "string",
            "pattern": "^loc_[0-9A-Za-z]+$",
            "description": "Location ID (prefix `loc_`).",
            "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
          },
          "roomId": {
            "type": "string",
            "pattern": "^rm_[0-9A-Za-z]+$",
            "description": "Room (must belong to `locationId`) ID (prefix `rm_`).",
            "example": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V"
          },
          "capacity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of attendees.",
            "example": 20
          },
          "durationMinutes": {
            "type": "integer",
            "minimum": 5,
            "maximum": 480,
            "description": "Length of each session in minutes.",
            "example": 60
          },
          "startsAt": {
            "type": "string",
            "format": "date-time",
            "description": "Start of the first session.",
            "example": "2025-04-07T07:00:00Z"
          },
          "recurrenceRule": {
            "type": "string",
            "maxLength": 500,
            "description": "iCalendar RRULE; omit for a one-off class.",
            "example": "FREQ=WEEKLY;BYDAY=MO,WE,FR"
          }
        }
      },
      "ClassUpdate": {
        "type": "object",
        "description": "Partial update of a class. Only the fields present are changed.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Morning Vinyasa Flow"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 2000,
            "example": "An all-levels 60-minute vinyasa class."
          },
          "programId": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^prg_[0-9A-Za-z]+$",
            "description": "Program this class belongs to, if any.",
            "example": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y"
          },
          "instructorId": {
            "type": "string",
            "pattern": "^ins_[0-9A-Za-z]+$",
            "description": "Instructor ID (prefix `ins_`).",
            "example": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X"
          },
          "roomId": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^rm_[0-9A-Za-z]+$",
            "description": "Room at the location, if assigned.",
            "example": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V"
          },
          "capacity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of attendees.",
            "example": 20
          },
          "durationMinutes": {
            "type": "integer",
            "minimum": 5,
            "maximum": 480,
            "description": "Length of each session in minutes.",
            "example": 60
          },
          "recurrenceRule": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "description": "iCalendar RRULE describing how the class repeats; null for a one-off class.",
            "example": "FREQ=WEEKLY;BYDAY=MO,WE,FR"
          }
        }
      },
      "Membership": {
        "type": "object",
        "description": "A member's membership of the studio on a plan.",
        "required": [
          "id",
          "email",
          "firstName",
          "lastName",
          "planId",
          "status",
          "startedAt",
          "currentPeriodEnd",
          "cancelAt",
          "cancellationReason",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^mem_[0-9A-Za-z]+$",
            "description": "Membership ID (prefix `mem_`).",
            "example": "mem_01HW2C4D6F8H0J2K4M6N8P0R2S"
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "example": "dana.lee@example.org"
          },
          "firstName": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 100,
            "example": "Dana"
          },
          "lastName": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 100,
            "example": "Lee"
          },
          "planId": {
            "type": "string",
            "pattern": "^pln_[0-9A-Za-z]+$",
            "description": "Plan ID (prefix `pln_`).",
            "example": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M"
          },
          "status": {
            "type": "string",
            "enum": [
              "invited",
              "active",
              "paused",
              "cancelled"
            ],
            "example": "active"
          },
          "startedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the membership became active; null while invited.",
            "example": "2025-03-02T10:00:00Z"
          },
          "currentPeriodEnd": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "End of the current billing period; null while invited.",
            "example": "2025-04-02T10:00:00Z"
          },
          "cancelAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When a scheduled cancellation takes effect, if any.",
            "example": null
          },
          "cancellationReason": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "example": null
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "MemberInvite": {
        "type": "object",
        "description": "Request body for inviting a new member. An invitation email is sent to `email`.",
        "additionalProperties": false,
        "required": [
          "email",
          "planId"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "example": "sam.ortiz@example.org"
          },
          "firstName": {
            "type": "string",
            "maxLength": 100,
            "example": "Sam"
          },
          "lastName": {
            "type": "string",
            "maxLength": 100,
            "example": "Ortiz"
          },
          "planId": {
            "type": "string",
            "pattern": "^pln_[0-9A-Za-z]+$",
            "description": "Plan the member joins on acceptance ID (prefix `pln_`).",
            "example": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N"
          },
          "message": {
            "type": "string",
            "maxLength": 1000,
            "description": "Personal note included in the invitation email.",
            "example": "Welcome to the studio!"
          }
        }
      },
      "Invite": {
        "type": "object",
        "description": "An invitation sent to a prospective member. The linked membership has status `invited` until the invite is accepted.",
        "required": [
          "id",
          "membershipId",
          "email",
          "planId",
          "status",
          "expiresAt",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^inv_[0-9A-Za-z]+$",
            "description": "Invite ID (prefix `inv_`).",
            "example": "inv_01HW2B7Y5W3V1T9S7R5Q3P1N9M"
          },
          "membershipId": {
            "type": "string",
            "pattern": "^mem_[0-9A-Za-z]+$",
            "description": "Membership created for the invitee ID (prefix `mem_`).",
            "example": "mem_01HW2C9X8W7V6T5S4R3Q2P1N0M"
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "example": "sam.ortiz@example.org"
          },
          "planId": {
            "type": "string",
            "pattern": "^pln_[0-9A-Za-z]+$",
            "description": "Plan ID (prefix `pln_`).",
            "example": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "accepted",
              "expired"
            ],
            "example": "pending"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the invite link stops working.",
            "example": "2025-03-21T16:30:00Z"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          }
        }
      },
      "MembershipUpdate": {
        "type": "object",
        "description": "Partial update of a membership. Set `status` to `paused` or `active` to pause or resume; use the cancel operation to cancel.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "firstName": {
            "type": "string",
            "maxLength": 100,
            "example": "Dana"
          },
          "lastName": {
            "type": "string",
            "maxLength": 100,
            "example": "Lee"
          },
          "planId": {
            "type": "string",
            "pattern": "^pln_[0-9A-Za-z]+$",
            "description": "New plan; takes effect at the next billing period ID (prefix `pln_`).",
            "example": "pln_01HT6B1C3D5E7F9G1H3J5K7M9N"
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "paused"
            ],
            "example": "paused"
          }
        }
      },
      "MembershipCancel": {
        "type": "object",
        "description": "Optional details for cancelling a membership.",
        "additionalProperties": false,
        "properties": {
          "reason": {
            "type": "string",
            "maxLength": 500,
            "description": "Why the membership is cancelled.",
            "example": "Moving to another city."
          },
          "effective": {
            "type": "string",
            "enum": [
              "immediately",
              "end_of_period"
            ],
            "default": "immediately",
            "description": "`immediately` sets status `cancelled` now; `end_of_period` keeps the membership active and sets `cancelAt` to the end of the current period.",
            "example": "end_of_period"
          }
        }
      },
      "Occurrence": {
        "type": "object",
        "description": "One scheduled session of a class.",
        "required": [
          "id",
          "classId",
          "startsAt",
          "endsAt",
          "originalStartsAt",
          "instructorId",
          "locationId",
          "roomId",
          "capacity",
          "bookedCount",
          "status",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^occ_[0-9A-Za-z]+$",
            "description": "Occurrence ID (prefix `occ_`).",
            "example": "occ_01HX5F9G1H3J5K7M9N1P3Q5R7S"
          },
          "classId": {
            "type": "string",
            "pattern": "^cls_[0-9A-Za-z]+$",
            "description": "Class ID (prefix `cls_`).",
            "example": "cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
          },
          "startsAt": {
            "type": "string",
            "format": "date-time",
            "example": "2025-04-07T07:00:00Z"
          },
          "endsAt": {
            "type": "string",
            "format": "date-time",
            "example": "2025-04-07T08:00:00Z"
          },
          "originalStartsAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "Start time before the first reschedule; null if never rescheduled.",
            "example": null
          },
          "instructorId": {
            "type": "string",
            "pattern": "^ins_[0-9A-Za-z]+$",
            "description": "Instructor ID (prefix `ins_`).",
            "example": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X"
          },
          "locationId": {
            "type": "string",
            "pattern": "^loc_[0-9A-Za-z]+$",
            "description": "Location ID (prefix `loc_`).",
            "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
          },
          "roomId": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^rm_[0-9A-Za-z]+$",
            "example": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V"
          },
          "capacity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of attendees.",
            "example": 20
          },
          "bookedCount": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of confirmed bookings.",
            "example": 14
          },
          "status": {
            "type": "string",
            "enum": [
              "scheduled",
              "rescheduled",
              "cancelled"
            ],
            "example": "scheduled"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "OccurrenceReschedule": {
        "type": "object",
        "description": "Partial update that moves an occurrence. Only the fields present are changed; booked members are notified.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "startsAt": {
            "type": "string",
            "format": "date-time",
            "example": "2025-04-07T08:00:00Z"
          },
          "endsAt": {
            "type": "string",
            "format": "date-time",
            "description": "Defaults to `startsAt` plus the class duration when only `startsAt` is given.",
            "example": "2025-04-07T09:00:00Z"
          },
          "instructorId": {
            "type": "string",
            "pattern": "^ins_[0-9A-Za-z]+$",
            "description": "Substitute instructor ID (prefix `ins_`).",
            "example": "ins_01HS9K2N4P6Q8R0S2T4V6W8X0Y"
          },
          "roomId": {
            "type": "string",
            "pattern": "^rm_[0-9A-Za-z]+$",
            "description": "Room at the same location ID (prefix `rm_`).",
            "example": "rm_01HR4F8J0K2M4N6P8Q0R2S4T6V"
          }
        }
      },
      "Content": {
        "type": "object",
        "description": "An on-demand content item (video, article or audio).",
        "required": [
          "id",
          "title",
          "description",
          "kind",
          "status",
          "url",
          "durationSeconds",
          "programId",
          "publishedAt",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^cnt_[0-9A-Za-z]+$",
            "description": "Content ID (prefix `cnt_`).",
            "example": "cnt_01HY3D5F7G9H1J3K5M7N9P1Q3R"
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "example": "Breathing Basics"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000,
            "example": "A short guided breathing session for beginners."
          },
          "kind": {
            "type": "string",
            "enum": [
              "video",
              "article",
              "audio"
            ],
            "example": "video"
          },
          "status": {
            "type": "string",
            "enum": [
              "draft",
              "published",
              "archived"
            ],
            "example": "published"
          },
          "url": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "description": "Where the media is served from; null until uploaded.",
            "example": "https://cdn.studio.example/content/breathing-basics.mp4"
          },
          "durationSeconds": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "description": "Playback length for video and audio; null for articles.",
            "example": 540
          },
          "programId": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^prg_[0-9A-Za-z]+$",
            "example": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y"
          },
          "publishedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "example": "2025-03-05T12:00:00Z"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "ContentUpdate": {
        "type": "object",
        "description": "Partial update of a content item. Only the fields present are changed.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "example": "Breathing Basics"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000,
            "example": "A short guided breathing session for beginners."
          },
          "status": {
            "type": "string",
            "enum": [
              "draft",
              "published",
              "archived"
            ],
            "example": "published"
          },
          "programId": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^prg_[0-9A-Za-z]+$",
            "example": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y"
          }
        }
      },
      "Plan": {
        "type": "object",
        "description": "A membership plan members subscribe to.",
        "required": [
          "id",
          "name",
          "description",
          "price",
          "interval",
          "intervalCount",
          "classCredits",
          "status",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^pln_[0-9A-Za-z]+$",
            "description": "Plan ID (prefix `pln_`).",
            "example": "pln_01HT6A8B0C2D4E6F8G0H2J4K6M"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Unlimited Monthly"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 2000,
            "example": "Unlimited classes at every location."
          },
          "price": {
            "description": "The price per billing interval, in minor units.",
            "$ref": "#/components/schemas/Money"
          },
          "interval": {
            "type": "string",
            "enum": [
              "week",
              "month",
              "year"
            ],
            "description": "Billing interval unit.",
            "example": "month"
          },
          "intervalCount": {
            "type": "integer",
            "minimum": 1,
            "maximum": 12,
            "default": 1,
            "description": "Number of intervals per billing period.",
            "example": 1
          },
          "classCredits": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "description": "Classes included per billing period; null means unlimited.",
            "example": null
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "archived"
            ],
            "example": "active"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "PlanCreate": {
        "type": "object",
        "description": "Request body for creating a plan.",
        "additionalProperties": false,
        "required": [
          "name",
          "price",
          "interval"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Unlimited Monthly"
          },
          "description": {
            "type": "string",
            "maxLength": 2000,
            "example": "Unlimited classes at every location."
          },
          "price": {
            "description": "The price per billing interval, in minor units.",
            "$ref": "#/components/schemas/Money"
          },
          "interval": {
            "type": "string",
            "enum": [
              "week",
              "month",
              "year"
            ],
            "description": "Billing interval unit.",
            "example": "month"
          },
          "intervalCount": {
            "type": "integer",
            "minimum": 1,
            "maximum": 12,
            "default": 1,
            "description": "Number of intervals per billing period.",
            "example": 1
          },
          "classCredits": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "description": "Classes included per billing period; null means unlimited.",
            "example": null
          }
        }
      },
      "PlanUpdate": {
        "type": "object",
        "description": "Partial update of a plan. A price change applies to new billing periods only.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Unlimited Monthly"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 2000,
            "example": "Unlimited classes at every location."
          },
          "price": {
            "description": "The price per billing interval, in minor units.",
            "$ref": "#/components/schemas/Money"
          },
          "classCredits": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "description": "Classes included per billing period; null means unlimited.",
            "example": null
          }
        }
      },
      "Instructor": {
        "type": "object",
        "description": "An instructor who teaches classes.",
        "required": [
          "id",
          "firstName",
          "lastName",
          "email",
          "bio",
          "specialties",
          "locationIds",
          "active",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^ins_[0-9A-Za-z]+$",
            "description": "Instructor ID (prefix `ins_`).",
            "example": "ins_01HS9K1M3N5P7Q9R1S3T5V7W9X"
          },
          "firstName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "example": "Maya"
          },
          "lastName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "example": "Fischer"
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "example": "maya.fischer@studio.example"
          },
          "bio": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000,
            "example": "E-RYT 500 yoga teacher with ten years of experience."
          },
          "specialties": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 50
            },
            "example": [
              "vinyasa",
              "yin"
            ]
          },
          "locationIds": {
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^loc_[0-9A-Za-z]+$",
              "description": "Location ID (prefix `loc_`).",
              "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
            },
            "description": "Locations the instructor teaches at.",
            "example": [
              "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
            ]
          },
          "active": {
            "type": "boolean",
            "description": "Whether the instructor can be assigned to new classes.",
            "example": true
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "InstructorCreate": {
        "type": "object",
        "description": "Request body for creating an instructor.",
        "additionalProperties": false,
        "required": [
          "firstName",
          "lastName",
          "email"
        ],
        "properties": {
          "firstName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "example": "Maya"
          },
          "lastName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "example": "Fischer"
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "example": "maya.fischer@studio.example"
          },
          "bio": {
            "type": "string",
            "maxLength": 5000,
            "example": "E-RYT 500 yoga teacher with ten years of experience."
          },
          "specialties": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 50
            },
            "example": [
              "vinyasa",
              "yin"
            ]
          },
          "locationIds": {
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^loc_[0-9A-Za-z]+$",
              "description": "Location ID (prefix `loc_`).",
              "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
            },
            "description": "Locations the instructor teaches at.",
            "example": [
              "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
            ]
          }
        }
      },
      "InstructorUpdate": {
        "type": "object",
        "description": "Partial update of an instructor. Only the fields present are changed.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "firstName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "example": "Maya"
          },
          "lastName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "example": "Fischer"
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "example": "maya.fischer@studio.example"
          },
          "bio": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000,
            "example": "E-RYT 500 yoga teacher with ten years of experience."
          },
          "specialties": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 50
            },
            "example": [
              "vinyasa",
              "yin"
            ]
          },
          "locationIds": {
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^loc_[0-9A-Za-z]+$",
              "description": "Location ID (prefix `loc_`).",
              "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
            },
            "description": "Locations the instructor teaches at.",
            "example": [
              "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
            ]
          },
          "active": {
            "type": "boolean",
            "description": "Whether the instructor can be assigned to new classes.",
            "example": true
          }
        }
      },
      "Location": {
        "type": "object",
        "description": "A studio location.",
        "required": [
          "id",
          "name",
          "address",
          "timezone",
          "phone",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^loc_[0-9A-Za-z]+$",
            "description": "Location ID (prefix `loc_`).",
            "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Berlin Mitte"
          },
          "address": {
            "description": "The postal address.",
            "$ref": "#/components/schemas/Address"
          },
          "timezone": {
            "type": "string",
            "pattern": "^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$",
            "maxLength": 64,
            "description": "IANA time zone name used to render local times for this location.",
            "example": "Europe/Berlin"
          },
          "phone": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 32,
            "example": "+49 30 1234567"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "LocationCreate": {
        "type": "object",
        "description": "Request body for creating a location.",
        "additionalProperties": false,
        "required": [
          "name",
          "address",
          "timezone"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Berlin Mitte"
          },
          "address": {
            "description": "The postal address.",
            "$ref": "#/components/schemas/Address"
          },
          "timezone": {
            "type": "string",
            "pattern": "^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$",
            "maxLength": 64,
            "description": "IANA time zone name used to render local times for this location.",
            "example": "Europe/Berlin"
          },
          "phone": {
            "type": "string",
            "maxLength": 32,
            "example": "+49 30 1234567"
          }
        }
      },
      "LocationUpdate": {
        "type": "object",
        "description": "Partial update of a location. `address` is replaced as a whole.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Berlin Mitte"
          },
          "address": {
            "description": "The postal address.",
            "$ref": "#/components/schemas/Address"
          },
          "timezone": {
            "type": "string",
            "pattern": "^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*$",
            "maxLength": 64,
            "description": "IANA time zone name used to render local times for this location.",
            "example": "Europe/Berlin"
          },
          "phone": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 32,
            "example": "+49 30 1234567"
          }
        }
      },
      "Room": {
        "type": "object",
        "description": "A room at a location.",
        "required": [
          "id",
          "locationId",
          "name",
          "capacity",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^rm_[0-9A-Za-z]+$",
            "description": "Room ID (prefix `rm_`).",
            "example": "rm_01HR4F7H9K1M3N5P7Q9R1S3T5V"
          },
          "locationId": {
            "type": "string",
            "pattern": "^loc_[0-9A-Za-z]+$",
            "description": "Location ID (prefix `loc_`).",
            "example": "loc_01HR4E6G8J0K2M4N6P8Q0R2S4T"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Studio A"
          },
          "capacity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of people the room holds.",
            "example": 24
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "RoomCreate": {
        "type": "object",
        "description": "Request body for creating a room at a location.",
        "additionalProperties": false,
        "required": [
          "name",
          "capacity"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Studio A"
          },
          "capacity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of people the room holds.",
            "example": 24
          }
        }
      },
      "RoomUpdate": {
        "type": "object",
        "description": "Partial update of a room. Only the fields present are changed.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "Studio A"
          },
          "capacity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Maximum number of people the room holds.",
            "example": 24
          }
        }
      },
      "Coupon": {
        "type": "object",
        "description": "A discount coupon. Exactly one of `percentOff` and `amountOff` is non-null.",
        "required": [
          "id",
          "code",
          "description",
          "percentOff",
          "amountOff",
          "maxRedemptions",
          "redemptionCount",
          "expiresAt",
          "status",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^cpn_[0-9A-Za-z]+$",
            "description": "Coupon ID (prefix `cpn_`).",
            "example": "cpn_01HQ2W4Y6Z8A0B2C4D6E8F0G2H"
          },
          "code": {
            "type": "string",
            "pattern": "^[A-Z0-9-]{3,32}$",
            "description": "Code members enter at checkout: 3–32 upper-case letters, digits or hyphens.",
            "example": "SPRING-25"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "example": "25% off the first month."
          },
          "percentOff": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 100,
            "description": "Percentage discount.",
            "example": 25
          },
          "amountOff": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Money"
              },
              {
                "type": "null"
              }
            ],
            "description": "Fixed discount; null for percentage coupons."
          },
          "maxRedemptions": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "description": "Redemption limit; null means unlimited.",
            "example": 200
          },
          "redemptionCount": {
            "type": "integer",
            "minimum": 0,
            "example": 37
          },
          "expiresAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "example": "2025-05-31T23:59:59Z"
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "archived"
            ],
            "example": "active"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "CouponCreate": {
        "type": "object",
        "description": "Request body for creating a coupon. Give exactly one of `percentOff` or `amountOff`.",
        "additionalProperties": false,
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "pattern": "^[A-Z0-9-]{3,32}$",
            "description": "Code members enter at checkout: 3–32 upper-case letters, digits or hyphens.",
            "example": "SPRING-25"
          },
          "description": {
            "type": "string",
            "maxLength": 500,
            "example": "25% off the first month."
          },
          "percentOff": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Percentage discount.",
            "example": 25
          },
          "amountOff": {
            "description": "A fixed discount in minor units (or null for a percentage coupon).",
            "$ref": "#/components/schemas/Money"
          },
          "maxRedemptions": {
            "type": "integer",
            "minimum": 1,
            "example": 200
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "example": "2025-05-31T23:59:59Z"
          }
        },
        "oneOf": [
          {
            "title": "Percentage discount",
            "required": [
              "percentOff"
            ]
          },
          {
            "title": "Fixed-amount discount",
            "required": [
              "amountOff"
            ]
          }
        ]
      },
      "Program": {
        "type": "object",
        "description": "A multi-week program grouping classes and content.",
        "required": [
          "id",
          "name",
          "description",
          "level",
          "durationWeeks",
          "status",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^prg_[0-9A-Za-z]+$",
            "description": "Program ID (prefix `prg_`).",
            "example": "prg_01HP7M9N1P3Q5R7S9T1V3W5X7Y"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "30-Day Yoga Foundations"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000,
            "example": "A progressive introduction to yoga for new members."
          },
          "level": {
            "type": "string",
            "enum": [
              "beginner",
              "intermediate",
              "advanced",
              "all_levels"
            ],
            "example": "beginner"
          },
          "durationWeeks": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 52,
            "description": "Planned length; null for open-ended programs.",
            "example": 4
          },
          "status": {
            "type": "string",
            "enum": [
              "draft",
              "active",
              "archived"
            ],
            "example": "active"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was created.",
            "example": "2025-03-01T09:00:00Z"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the resource was last modified.",
            "example": "2025-03-14T16:30:00Z"
          }
        }
      },
      "ProgramCreate": {
        "type": "object",
        "description": "Request body for creating a program. New programs start as `draft`.",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "30-Day Yoga Foundations"
          },
          "description": {
            "type": "string",
            "maxLength": 5000,
            "example": "A progressive introduction to yoga for new members."
          },
          "level": {
            "type": "string",
            "enum": [
              "beginner",
              "intermediate",
              "advanced",
              "all_levels"
            ],
            "example": "beginner",
            "default": "all_levels"
          },
          "durationWeeks": {
            "type": "integer",
            "minimum": 1,
            "maximum": 52,
            "example": 4
          }
        }
      },
      "ProgramUpdate": {
        "type": "object",
        "description": "Partial update of a program. Only the fields present are changed.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 120,
            "example": "30-Day Yoga Foundations"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 5000,
            "example": "A progressive introduction to yoga for new members."
          },
          "level": {
            "type": "string",
            "enum": [
              "beginner",
              "intermediate",
              "advanced",
              "all_levels"
            ],
            "example": "beginner"
          },
          "durationWeeks": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 52,
            "description": "Planned length; null for open-ended programs.",
            "example": 4
          },
          "status": {
            "type": "string",
            "enum": [
              "draft",
              "active",
              "archived"
            ],
            "example": "active"
          }
        }
      },
      "ClassList": {
        "type": "object",
        "description": "One page of classes.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Class"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "MembershipList": {
        "type": "object",
        "description": "One page of memberships.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Membership"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "OccurrenceList": {
        "type": "object",
        "description": "One page of schedule occurrences.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Occurrence"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "ContentList": {
        "type": "object",
        "description": "One page of content items.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Content"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "PlanList": {
        "type": "object",
        "description": "One page of plans.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Plan"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "InstructorList": {
        "type": "object",
        "description": "One page of instructors.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Instructor"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "LocationList": {
        "type": "object",
        "description": "One page of locations.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Location"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "RoomList": {
        "type": "object",
        "description": "One page of rooms.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Room"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "CouponList": {
        "type": "object",
        "description": "One page of coupons.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Coupon"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "ProgramList": {
        "type": "object",
        "description": "One page of programs.",
        "required": [
          "data",
          "nextCursor"
        ],
        "properties": {
          "data": {
            "description": "The items of this page.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Program"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to fetch the next page; null on the last page.",
            "example": "eyJpZCI6ImNsc18wMUhWOFo3QTFCMkMzRDRFNUY2RzdIOEo5SyJ9"
          }
        }
      },
      "ProblemFieldError": {
        "type": "object",
        "description": "One invalid field in a request.",
        "required": [
          "pointer",
          "detail"
        ],
        "properties": {
          "pointer": {
            "type": "string",
            "description": "RFC 6901 JSON Pointer to the offending member of the request body.",
            "example": "/capacity"
          },
          "detail": {
            "type": "string",
            "description": "What is wrong with it.",
            "example": "must be less than or equal to 1000"
          }
        }
      },
      "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details, served as `application/problem+json`. Clients must branch on `type`, not on `title` or `detail`.\nProblem types used by this API:\n\n- `https://api.studio.example/problems/validation-error` (400): the request is malformed or fails schema validation; see `errors`.\n- `https://api.studio.example/problems/invalid-idempotency-key` (400): the Idempotency-Key header is blank or longer than 255 characters.\n- `https://api.studio.example/problems/unauthorized` (401): the access token is missing, invalid or expired.\n- `https://api.studio.example/problems/forbidden` (403): the token lacks the scope the operation needs; see `requiredScope`.\n- `https://api.studio.example/problems/not-found` (404): the resource does not exist.\n- `https://api.studio.example/problems/idempotency-key-reused` (409): the Idempotency-Key was already used for a different request (method, path or body). This is a client bug: never retry, generate a new key for the new action.\n- `https://api.studio.example/problems/idempotency-request-in-progress` (409): a request with this Idempotency-Key is still being processed. Retry later with the SAME key, after the `Retry-After` delay.\n- `https://api.studio.example/problems/unprocessable` (422): the request is well-formed but violates a business rule.\n- `https://api.studio.example/problems/rate-limited` (429): too many requests; wait for `Retry-After`.\n- `https://api.studio.example/problems/internal-error` (500): an unexpected server error.\n- `https://api.studio.example/problems/service-unavailable` (503): the service is temporarily unavailable; wait for `Retry-After`.\n\nAdditional members may be present and must be ignored by clients that do not understand them.",
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri-reference",
            "description": "URI identifying the problem type.",
            "example": "https://api.studio.example/problems/not-found"
          },
          "title": {
            "type": "string",
            "description": "Short, human-readable summary of the problem type.",
            "example": "Resource not found"
          },
          "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599,
            "description": "HTTP status code of this occurrence.",
            "example": 404
          },
          "detail": {
            "type": "string",
            "description": "Human-readable explanation of this occurrence.",
            "example": "No class with ID cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W."
          },
          "instance": {
            "type": "string",
            "format": "uri-reference",
            "description": "URI reference identifying this occurrence (usually the request path).",
            "example": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
          },
          "errors": {
            "type": "array",
            "description": "Field-level validation errors (validation-error only).",
            "items": {
              "$ref": "#/components/schemas/ProblemFieldError"
            }
          },
          "requiredScope": {
            "type": "string",
            "description": "OAuth scope the operation requires (forbidden only).",
            "example": "classes:write"
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Bad request. Problem type `https://api.studio.example/problems/validation-error` (body, query or path parameters invalid; see `errors`) or `https://api.studio.example/problems/invalid-idempotency-key` (Idempotency-Key blank or longer than 255 characters). Do not retry unchanged.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "validationError": {
                "summary": "Request body failed validation",
                "value": {
                  "type": "https://api.studio.example/problems/validation-error",
                  "title": "Validation failed",
                  "status": 400,
                  "detail": "The request body is invalid.",
                  "instance": "/v1/classes",
                  "errors": [
                    {
                      "pointer": "/capacity",
                      "detail": "must be less than or equal to 1000"
                    }
                  ]
                }
              },
              "invalidIdempotencyKey": {
                "summary": "Blank or over-long Idempotency-Key",
                "value": {
                  "type": "https://api.studio.example/problems/invalid-idempotency-key",
                  "title": "Invalid Idempotency-Key",
                  "status": 400,
                  "detail": "The Idempotency-Key header must be 1 to 255 characters long.",
                  "instance": "/v1/classes"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Problem type `https://api.studio.example/problems/unauthorized`: the access token is missing, invalid or expired. Obtain a new token and retry.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "WWW-Authenticate": {
            "description": "Bearer challenge (RFC 6750).",
            "schema": {
              "type": "string"
            },
            "example": "Bearer error=\"invalid_token\""
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "https://api.studio.example/problems/unauthorized",
              "title": "Unauthorized",
              "status": 401,
              "detail": "The access token has expired.",
              "instance": "/v1/classes"
            }
          }
        }
      },
      "Forbidden": {
        "description": "Problem type `https://api.studio.example/problems/forbidden`: the token is valid but lacks the required OAuth scope, named in `requiredScope`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "https://api.studio.example/problems/forbidden",
              "title": "Forbidden",
              "status": 403,
              "detail": "This operation requires the classes:write scope.",
              "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W",
              "requiredScope": "classes:write"
            }
          }
        }
      },
      "NotFound": {
        "description": "Problem type `https://api.studio.example/problems/not-found`: no resource with the given ID exists (or it belongs to another studio).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "https://api.studio.example/problems/not-found",
              "title": "Resource not found",
              "status": 404,
              "detail": "No class with ID cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W.",
              "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
            }
          }
        }
      },
      "Conflict": {
        "description": "Idempotency conflict. Two problem types: `https://api.studio.example/problems/idempotency-key-reused`: the Idempotency-Key was already used for a different request (different method, path or body). This is a client bug; never retry, use a new key for the new action. `https://api.studio.example/problems/idempotency-request-in-progress`: an earlier request with this key is still being processed. Retry after `Retry-After` with the SAME key and the same request.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter",
            "description": "Present only with problem type `idempotency-request-in-progress`: seconds (or HTTP-date) to wait before retrying with the same key."
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "idempotencyKeyReused": {
                "summary": "Key reused for a different request",
                "value": {
                  "type": "https://api.studio.example/problems/idempotency-key-reused",
                  "title": "Idempotency-Key reused",
                  "status": 409,
                  "detail": "This Idempotency-Key was already used for a different request. Use a new key for a new action.",
                  "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
                }
              },
              "idempotencyRequestInProgress": {
                "summary": "Request with this key still in progress",
                "value": {
                  "type": "https://api.studio.example/problems/idempotency-request-in-progress",
                  "title": "Request in progress",
                  "status": 409,
                  "detail": "A request with this Idempotency-Key is still being processed. Retry later with the same key.",
                  "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
                }
              }
            }
          }
        }
      },
      "UnprocessableEntity": {
        "description": "Problem type `https://api.studio.example/problems/unprocessable`: the request is well-formed but violates a business rule (for example, the capacity exceeds the room capacity).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "https://api.studio.example/problems/unprocessable",
              "title": "Unprocessable request",
              "status": 422,
              "detail": "Class capacity 30 exceeds the capacity of room Studio A (24).",
              "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Problem type `https://api.studio.example/problems/rate-limited`: too many requests. Wait for `Retry-After`, then retry (non-GET requests with the same Idempotency-Key).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "https://api.studio.example/problems/rate-limited",
              "title": "Too many requests",
              "status": 429,
              "detail": "Rate limit exceeded; retry in 30 seconds.",
              "instance": "/v1/classes"
            }
          }
        }
      },
      "InternalError": {
        "description": "Problem type `https://api.studio.example/problems/internal-error`: an unexpected server error. Safe to retry non-GET requests with the same Idempotency-Key.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "https://api.studio.example/problems/internal-error",
              "title": "Internal server error",
              "status": 500,
              "detail": "An unexpected error occurred.",
              "instance": "/v1/classes/cls_01HV8Z6Q3K2M4N5P6R7S8T9V0W"
            }
          }
        }
      },
      "RequestTimeout": {
        "description": "The server, or a proxy in front of it, gave up waiting for the request. It may come from before the idempotency layer and says nothing about an earlier attempt. Retried with the same Idempotency-Key. The body is a problem, or whatever the proxy sends.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "about:blank",
              "title": "Request Timeout",
              "status": 408
            }
          },
          "text/html": {
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "BadGateway": {
        "description": "A gateway in front of the API got no valid answer from it. The action may have happened: retry a write with the same Idempotency-Key, which replays it if it did. The body is a problem, or the gateway's own page (often HTML).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "about:blank",
              "title": "Bad Gateway",
              "status": 502
            }
          },
          "text/html": {
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "GatewayTimeout": {
        "description": "A gateway in front of the API timed out waiting for it. The action may have happened: retry a write with the same Idempotency-Key, which replays it if it did. The body is a problem, or the gateway's own page (often HTML).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "about:blank",
              "title": "Gateway Timeout",
              "status": 504
            }
          },
          "text/html": {
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "Problem type `https://api.studio.example/problems/service-unavailable`: the service is temporarily unavailable. Wait for `Retry-After`, then retry (non-GET requests with the same Idempotency-Key).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "https://api.studio.example/problems/service-unavailable",
              "title": "Service unavailable",
              "status": 503,
              "detail": "The service is under maintenance.",
              "instance": "/v1/classes"
            }
          }
        }
      }
    }
  }
};
