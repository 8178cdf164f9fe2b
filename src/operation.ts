/**
 * One row of the generated operation table (`generated/operations.ts`): everything the client needs to
 * turn a method call into a request. Made from openapi.yaml by `npm run generate`.
 */
export interface OperationSpec {
  /** The spec's operationId, for example `managementCreateClass`. */
  readonly operationId: string;
  /** The HTTP method, upper case. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  /** The path template, for example `/v1/locations/{locationId}/rooms/{roomId}`. */
  readonly path: string;
  /** The names of the path template's parameters, in order: the method's leading positional arguments. */
  readonly pathParams: readonly string[];
  /** The OAuth scope the operation requires, for example `classes:write`. */
  readonly scope: string;
  /** Whether the operation takes a JSON body, and whether it must. */
  readonly body: 'none' | 'required' | 'optional';
  /** Whether the operation takes query parameters (always optional). */
  readonly query: 'none' | 'optional';
  /** Whether the response is a cursor page (`{ data, nextCursor }`). */
  readonly paginated: boolean;
  /** The resource's dotted path on the client, for example `locations.rooms`. */
  readonly resource: string;
  /** The method's name on its resource, for example `create`. */
  readonly name: string;
  /** The documented success status. */
  readonly successStatus: number;
}
