import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { operationTable } from '../../generated/operations.ts';
import { openapiDocument } from '../../generated/spec.ts';
import type { OperationSpec } from '../operation.ts';

/**
 * The validator, loaded when the first mock server starts: ajv and ajv-formats are optional peer dependencies
 * of the package, so an app that installs management-sdk for its client never installs them.
 */
async function loadAjv() {
  try {
    // Both packages are CommonJS whose module.exports is also `.default`: this works for Node and for tsc alike.
    const [ajv, formats] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
    return { Ajv2020: ajv.default.default, addFormats: formats.default.default };
  } catch (cause) {
    // Only a missing package is the user's to install; any other failure is a bug to report as it is.
    if ((cause as { code?: unknown } | null)?.code !== 'ERR_MODULE_NOT_FOUND') throw cause;
    throw new Error(
      'management-sdk/testing validates requests with ajv 8 and ajv-formats 3, which are not installed: run `npm install --save-dev ajv@8 ajv-formats@3`.',
      { cause },
    );
  }
}

const SPEC_ID = 'https://mock.studio.example/openapi.json';

/** A problem with one member of a request: a JSON pointer and what is wrong there. */
export interface FieldError {
  pointer: string;
  detail: string;
}

/** One operation with its compiled validators. */
export interface Route {
  readonly operation: OperationSpec;
  /** Validates the decoded path parameters, as an object. */
  readonly validatePath: ValidateFunction;
  /** Validates (and coerces) the query parameters, as an object. */
  readonly validateQuery: ValidateFunction;
  /** Validates the parsed JSON body; undefined when the operation takes none. */
  readonly validateBody: ValidateFunction | undefined;
}

/** The operations of one path template, by method. */
export interface PathRoute {
  readonly template: string;
  readonly segments: readonly string[];
  readonly paramCount: number;
  readonly methods: ReadonlyMap<string, Route>;
}

interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
}

const escapePointer = (part: string): string => part.replaceAll('~', '~0').replaceAll('/', '~1');

function at(pointer: string): unknown {
  let node: unknown = openapiDocument;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node;
}

const ref = (pointer: string) => ({ $ref: `${SPEC_ID}#${pointer}` });

/** Every scope the spec's operations require. */
export const allScopes: readonly string[] = [...new Set(operationTable.map((operation) => operation.scope))];

/** Compiles every validator once; requests then only run them. */
export async function buildRoutes(): Promise<PathRoute[]> {
  const { Ajv2020, addFormats } = await loadAjv();
  const bodyAjv = new Ajv2020({ strict: false, allErrors: true });
  // Query values arrive as strings: coercion turns `limit=5` into 5 and refuses `limit=five`.
  const paramAjv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true });
  for (const ajv of [bodyAjv, paramAjv]) {
    addFormats(ajv);
    ajv.addSchema({ ...openapiDocument, $id: SPEC_ID });
  }

  const byTemplate = new Map<string, Map<string, Route>>();
  for (const operation of operationTable) {
    const base = `/paths/${escapePointer(operation.path)}/${operation.method.toLowerCase()}`;
    const parameters = (at(`${base}/parameters`) as unknown[] | undefined) ?? [];
    const path = paramsSchema();
    const query = paramsSchema();
    parameters.forEach((parameter, index) => {
      const refValue = (parameter as { $ref?: string }).$ref;
      const pointer = refValue === undefined ? `${base}/parameters/${index}` : refValue.slice(1);
      const resolved = at(pointer) as ParameterObject;
      const target = resolved.in === 'path' ? path : resolved.in === 'query' ? query : undefined;
      if (target === undefined) return;
      target.properties[resolved.name] = ref(`${pointer}/schema`);
      if (resolved.required === true) target.required.push(resolved.name);
    });
    const bodyPointer = `${base}/requestBody/content/application~1json/schema`;
    const route: Route = {
      operation,
      validatePath: paramAjv.compile(path),
      validateQuery: paramAjv.compile(query),
      validateBody: at(bodyPointer) === undefined ? undefined : bodyAjv.compile(ref(bodyPointer)),
    };
    const methods = byTemplate.get(operation.path) ?? new Map<string, Route>();
    methods.set(operation.method, route);
    byTemplate.set(operation.path, methods);
  }

  return [...byTemplate]
    .map(([template, methods]) => {
      const segments = template.split('/').slice(1);
      const paramCount = segments.filter((segment) => segment.startsWith('{')).length;
      return { template, segments, paramCount, methods };
    })
    .sort((a, b) => a.paramCount - b.paramCount);
}

function paramsSchema() {
  return {
    type: 'object',
    properties: {} as Record<string, unknown>,
    required: [] as string[],
    additionalProperties: false,
  };
}

/**
 * The path template a request path belongs to, with its decoded parameters. Literal segments win over
 * parameters, so `/v1/members/invites` is never read as a membership id.
 */
export function matchPath(
  routes: readonly PathRoute[],
  pathname: string,
): { route: PathRoute; params: Record<string, string> } | undefined {
  const parts = pathname.split('/').slice(1);
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let index = 0; index < parts.length && ok; index++) {
      const segment = route.segments[index] ?? '';
      const part = parts[index] ?? '';
      if (segment.startsWith('{')) {
        const value = safeDecode(part);
        if (value === undefined || value === '') ok = false;
        else params[segment.slice(1, -1)] = value;
      } else if (segment !== part) {
        ok = false;
      }
    }
    if (ok) return { route, params };
  }
  return undefined;
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Ajv's errors as field errors: pointers to the member at fault, one line each. */
export function fieldErrors(errors: readonly ErrorObject[] | null | undefined, describe = ''): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors ?? []) {
    let pointer = error.instancePath;
    let detail = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      pointer += `/${escapePointer(String(error.params.missingProperty))}`;
      detail = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
      detail = 'is not allowed';
    } else if (error.keyword === 'enum') {
      detail = `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    }
    const name = pointer.slice(1);
    const full = describe === '' ? detail : `${describe} ${name} ${detail}`;
    const id = `${pointer}\n${full}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({ pointer, detail: full });
  }
  return result;
}

/** The items of each list operation's example, by operationId: the seed data. */
export function listExamples(): Map<string, Record<string, unknown>[]> {
  const examples = new Map<string, Record<string, unknown>[]>();
  for (const operation of operationTable) {
    if (!operation.paginated) continue;
    const base = `/paths/${escapePointer(operation.path)}/get/responses/200/content/application~1json/example`;
    const example = at(base) as { data?: Record<string, unknown>[] } | undefined;
    examples.set(operation.operationId, structuredClone(example?.data ?? []));
  }
  return examples;
}
