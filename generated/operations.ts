// This file is generated from openapi.yaml by scripts/generate.ts (operation table).
// Do not edit it by hand: change openapi.yaml and run `npm run generate`.

import type { OperationSpec } from '../src/operation.ts';

// One line per operation, in spec order, of words: the noun of the operationId, which is `management`, the
// method name and the noun, capitalized (`=…`: the operationId is `management…`); method name; HTTP method;
// success status; body; query; paginated (1 or 0); path; resource; and the scope when it is not the usual one
// (the top resource's `read` for a GET, else `write`). A word `+…` is the word above it, then `…`. Far
// smaller in the browser bundle than the objects written out.
const lines = `classes list GET 200 none optional 1 /v1/classes classes
class create POST 201 required none 0 + +
+ get GET 200 none none 0 +/{classId} +
+ cancel DELETE 200 none none 0 + +
+ update PATCH 200 required none 0 + +
members list GET 200 none optional 1 /v1/members members
member invite POST 201 required none 0 +/invites +
+ get GET 200 none none 0 /v1/members/{membershipId} +
+ update PATCH 200 required none 0 + +
+ship cancel POST 200 optional none 0 +/cancel +
occurrences list GET 200 none optional 1 /v1/schedule schedule
occurrence get GET 200 none none 0 +/{occurrenceId} +
+ reschedule PATCH 200 required none 0 + +
content list GET 200 none optional 1 /v1/content content
+ get GET 200 none none 0 +/{contentId} +
+ delete DELETE 204 none none 0 + +
+ update PATCH 200 required none 0 + +
plans list GET 200 none optional 1 /v1/plans plans
plan create POST 201 required none 0 + +
+ get GET 200 none none 0 +/{planId} +
+ archive DELETE 200 none none 0 + +
+ update PATCH 200 required none 0 + +
instructors list GET 200 none optional 1 /v1/instructors instructors
instructor create POST 201 required none 0 + +
+ get GET 200 none none 0 +/{instructorId} +
+ update PATCH 200 required none 0 + +
locations list GET 200 none optional 1 /v1/locations locations
location create POST 201 required none 0 + +
+ get GET 200 none none 0 +/{locationId} +
+ delete DELETE 204 none none 0 + +
+ update PATCH 200 required none 0 + +
rooms list GET 200 none optional 1 +/rooms +.rooms
room create POST 201 required none 0 + +
+ get GET 200 none none 0 +/{roomId} +
+ delete DELETE 204 none none 0 + +
+ update PATCH 200 required none 0 + +
coupons list GET 200 none optional 1 /v1/coupons coupons
coupon create POST 201 required none 0 + +
+ get GET 200 none none 0 +/{couponId} +
+ archive DELETE 200 none none 0 + +
programs list GET 200 none optional 1 /v1/programs programs
program create POST 201 required none 0 + +
+ get GET 200 none none 0 +/{programId} +
+ update PATCH 200 required none 0 + +`;

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const above: string[] = [];

/** Every operation of the Management API, in spec order. The client builds its methods from this table. */
export const operationTable: readonly OperationSpec[] = lines.split('\n').map((line) => {
  const [noun, name, method, status, body, query, paginated, path, resource, scope] = line
    .split(' ')
    .map((word, i) => (above[i] = word[0] === '+' ? above[i] + word.slice(1) : word)) as [
    string,
    string,
    OperationSpec['method'],
    string,
    OperationSpec['body'],
    OperationSpec['query'],
    string,
    string,
    string,
    string?,
  ];
  return {
    operationId: `management${noun[0] === '=' ? noun.slice(1) : capital(name) + capital(noun)}`,
    method,
    path,
    pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string),
    scope: scope ?? `${resource.split('.')[0]}:${method === 'GET' ? 'read' : 'write'}`,
    body,
    query,
    paginated: paginated === '1',
    resource,
    name,
    successStatus: +status,
  };
});
