/**
 * Turns openapi.yaml into the files of generated/:
 *
 * - `openapi.ts`: the request/response types, by openapi-typescript;
 * - `operations.ts`: the operation table the client builds its methods from;
 * - `resources.ts`: the typed resource interfaces (`client.classes.create(…)`), with TSDoc from the spec;
 * - `spec.ts`: the spec itself as data, for the mock server's request validation.
 *
 * `node scripts/generate.ts --check` writes nothing and fails when generated/ is stale.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import type { OperationSpec } from '../src/operation.ts';

const root = new URL('../', import.meta.url);
const specUrl = new URL('openapi.yaml', root);
const outDir = new URL('generated/', root);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;

const header = (what: string) =>
  `// This file is generated from openapi.yaml by scripts/generate.ts (${what}).\n` +
  '// Do not edit it by hand: change openapi.yaml and run `npm run generate`.\n\n';

/** An operation: its row of the runtime table (the client's own OperationSpec), and what the docs and types need. */
interface Operation extends OperationSpec {
  readonly docs: OperationDocs;
}

/** What the generator knows of an operation beyond its table row: for TSDoc, examples and method types. */
interface OperationDocs {
  hasResponseBody: boolean;
  summary: string;
  description: string;
  /** The example of the request body, if any: for the method's `@example`. */
  bodyExample: unknown;
  /** An example value of each path parameter. */
  pathExamples: string[];
  /** The component schema the body is, when it is one: the method names that type. */
  bodyType: string | undefined;
  /** The component schema the success response is, when it is one. */
  responseType: string | undefined;
}

type Json = Record<string, any>;

function fail(message: string): never {
  throw new Error(`generate: ${message}`);
}

function resolveRef(spec: Json, node: Json | undefined): Json | undefined {
  if (node && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return resolveRef(
      spec,
      path.reduce<Json | undefined>((at, key) => at?.[key], spec),
    );
  }
  return node;
}

function readOperations(spec: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op: Json | undefined = item[method];
      if (!op) continue;
      const id: string = op.operationId ?? fail(`${method.toUpperCase()} ${path} has no operationId`);
      const resource: string = op['x-sdk-resource'] ?? fail(`${id} has no x-sdk-resource`);
      const name: string = op['x-sdk-method'] ?? fail(`${id} has no x-sdk-method`);
      const scopes: string[] = Object.values<string[]>(op.security?.[0] ?? {})[0] ?? [];
      if (scopes.length !== 1) fail(`${id} must require exactly one scope`);
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) =>
        resolveRef(spec, p),
      );
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
      const requestBody = resolveRef(spec, op.requestBody);
      const success = Object.keys(op.responses ?? {})
        .filter((code) => /^2\d\d$/.test(code))
        .map(Number);
      if (success.length !== 1) fail(`${id} must have exactly one 2xx response`);
      const successStatus = success[0] as number;
      const successResponse = resolveRef(spec, op.responses[String(successStatus)]);
      const responseSchema = resolveRef(spec, successResponse?.content?.['application/json']?.schema);
      operations.push({
        operationId: id,
        method: method.toUpperCase() as OperationSpec['method'],
        path,
        pathParams,
        scope: scopes[0] as string,
        body: !requestBody ? 'none' : requestBody.required ? 'required' : 'optional',
        query: parameters.some((p) => p?.in === 'query') ? 'optional' : 'none',
        paginated: Boolean(responseSchema?.properties?.nextCursor && responseSchema?.properties?.data),
        resource,
        name,
        successStatus,
        docs: {
          hasResponseBody: Boolean(successResponse?.content?.['application/json']),
          summary: op.summary ?? '',
          description: op.description ?? '',
          bodyExample: requestBody?.content?.['application/json']?.example,
          bodyType: schemaName(requestBody?.content?.['application/json']?.schema),
          responseType: schemaName(successResponse?.content?.['application/json']?.schema),
          pathExamples: pathParams.map((name) => {
            const param = parameters.find((p) => p?.in === 'path' && p.name === name);
            return String(param?.example ?? param?.schema?.example ?? `${name}-1`);
          }),
        },
      });
    }
  }
  return operations;
}

/** The component schema a `$ref` points at, or undefined for an inline schema. */
function schemaName(schema: Json | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/')
    ? ref.split('/').pop()
    : undefined;
}

const pascal = (dotted: string) =>
  dotted
    .split('.')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');

/** The scope an operation requires unless the spec says otherwise: its top resource's `read` for a GET, else `write`. */
const usualScope = (op: OperationSpec) =>
  `${op.resource.split('.')[0]}:${op.method === 'GET' ? 'read' : 'write'}`;

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The operation table as the client gets it: one line of words per operation, expanded when the module loads.
 * Written out as objects, the table was a third of our minified bundle and 1 KB of its gzipped size; as lines
 * it is well under that: what follows from other fields (the path parameters, the usual scope, the operationId
 * from the method name and a noun) is not repeated, and a path, resource or noun that extends the one of the
 * line before says only how. {@link checkOperationsFile} proves the expansion gives every row back.
 */
function operationsFile(operations: Operation[]): string {
  const ids = operations.map((op) => op.operationId);
  // The longest prefix every operationId shares (`management`), written once.
  let prefix = ids[0] ?? '';
  while (!ids.every((id) => id.startsWith(prefix) && id.length > prefix.length)) prefix = prefix.slice(0, -1);
  // The columns (noun, path, resource) whose words extend the word above them more often than not.
  const CONTINUED = [0, 7, 8];
  const above: string[] = [];
  const lines = operations.map((op) => {
    // `managementListClasses`: the method name `list`, then the noun `classes`, capitalized.
    const id = op.operationId.slice(prefix.length);
    const verb = capital(op.name);
    const noun = id.startsWith(verb) ? id.slice(verb.length) : '';
    const nounWord = noun.charAt(0).toLowerCase() + noun.slice(1);
    // In this order, which gzips smallest (each column beside those whose words it shares).
    const words = [
      noun !== '' && capital(nounWord) === noun && !nounWord.startsWith('=') ? nounWord : `=${id}`,
      op.name,
      op.method,
      op.successStatus,
      op.body,
      op.query,
      op.paginated ? 1 : 0,
      op.path,
      op.resource,
      // Only a scope the usual rule would not give.
      ...(op.scope === usualScope(op) ? [] : [op.scope]),
    ].map(String);
    return words
      .map((word, i) => {
        if (word === '' || word.startsWith('+') || /[\s`$\\]/.test(word))
          fail(`${op.operationId}: ${JSON.stringify(word)} cannot be a word of the operation table`);
        const before = above[i];
        above[i] = word;
        return CONTINUED.includes(i) && before && word.startsWith(before)
          ? `+${word.slice(before.length)}`
          : word;
      })
      .join(' ');
  });
  return `${header('operation table')}import type { OperationSpec } from '../src/operation.ts';

// One line per operation, in spec order, of words: the noun of the operationId, which is \`${prefix}\`, the
// method name and the noun, capitalized (\`=…\`: the operationId is \`${prefix}…\`); method name; HTTP method;
// success status; body; query; paginated (1 or 0); path; resource; and the scope when it is not the usual one
// (the top resource's \`read\` for a GET, else \`write\`). A word \`+…\` is the word above it, then \`…\`. Far
// smaller in the browser bundle than the objects written out.
const lines = \`${lines.join('\n')}\`;

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const above: string[] = [];

/** Every operation of the Management API, in spec order. The client builds its methods from this table. */
export const operationTable: readonly OperationSpec[] = lines.split('\\n').map((line) => {
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
    operationId: \`${prefix}\${noun[0] === '=' ? noun.slice(1) : capital(name) + capital(noun)}\`,
    method,
    path,
    pathParams: [...path.matchAll(/\\{([^}]+)\\}/g)].map((m) => m[1] as string),
    scope: scope ?? \`\${resource.split('.')[0]}:\${method === 'GET' ? 'read' : 'write'}\`,
    body,
    query,
    paginated: paginated === '1',
    resource,
    name,
    successStatus: +status,
  };
});
`;
}

/**
 * Loads the rendered operation table (from a temporary copy: the file is not written yet under `--check`) and
 * fails unless it expands to exactly the rows read from the spec, in order and with the same field order.
 */
async function checkOperationsFile(source: string, operations: Operation[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'management-sdk-generate-'));
  try {
    const file = join(dir, 'operations.ts');
    await writeFile(file, source);
    const { operationTable } = (await import(pathToFileURL(file).href)) as {
      operationTable: OperationSpec[];
    };
    const expected = operations.map(({ docs: _, ...row }) => row satisfies OperationSpec);
    if (JSON.stringify(operationTable) !== JSON.stringify(expected)) {
      const at = expected.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(operationTable[i]));
      fail(
        `the operation table does not expand to the spec's operations (first difference: ${JSON.stringify(expected[at])} became ${JSON.stringify(operationTable[at])})`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A TSDoc block of `lines`, indented by `indent`. */
function comment(lines: string[], indent = ''): string {
  const body = lines
    .map((line) => `${indent} *${line ? ` ${line.replaceAll('*/', '*\\/')}` : ''}`)
    .join('\n');
  return `${indent}/**\n${body}\n${indent} */\n`;
}

/** An `@example` block holding `code`. */
function example(code: string): string[] {
  return ['@example', '```ts', ...code.split('\n'), '```'];
}

function callExample(op: Operation): string {
  const call = `client.${op.resource}.${op.name}`;
  const args = op.docs.pathExamples.map((value) => `'${value}'`);
  if (op.paginated) {
    return `for await (const item of ${call}(${[...args, '{ limit: 50 }'].join(', ')})) {\n  console.log(item.id);\n}`;
  }
  if (op.body !== 'none' && op.docs.bodyExample !== undefined)
    args.push(JSON.stringify(op.docs.bodyExample, null, 2));
  const result = op.docs.hasResponseBody ? 'const result = await' : 'await';
  return `${result} ${call}(${args.join(', ')});`;
}

function tsDoc(op: Operation, indent: string): string {
  const lines = [
    op.docs.summary,
    ...(op.docs.description ? ['', ...op.docs.description.trim().split('\n')] : []),
    '',
    `\`${op.method} ${op.path}\` (\`${op.operationId}\`), requires the \`${op.scope}\` scope.`,
  ];
  if (op.method !== 'GET') {
    lines.push(
      'Sends an `Idempotency-Key` (a fresh UUID unless `options.idempotencyKey` is given) that every retry of this call reuses.',
    );
  }
  return comment([...lines, '', ...example(callExample(op))], indent);
}

/** For each component schema, an example value: taken from the spec's media-type examples that use it. */
function schemaExamples(spec: Json): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const visit = (schema: Json | undefined, value: unknown): void => {
    if (schema === undefined || value === undefined || value === null) return;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.split('/').pop() as string;
      if (!found.has(name)) found.set(name, value);
      visit(resolveRef(spec, schema), value);
      return;
    }
    if (schema.properties && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, sub] of Object.entries<Json>(schema.properties)) visit(sub, (value as Json)[key]);
    }
    if (schema.items && Array.isArray(value)) visit(schema.items, value[0]);
    for (const alternative of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
      visit(alternative, value);
    }
  };
  const media = (content: Json | undefined) => Object.values<Json>(content ?? {});
  for (const item of Object.values<Json>(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const m of media(resolveRef(spec, op.requestBody)?.content)) visit(m.schema, m.example);
      for (const response of Object.values<Json>(op.responses ?? {})) {
        for (const m of media(resolveRef(spec, response)?.content)) {
          visit(m.schema, m.example ?? Object.values<Json>(m.examples ?? {})[0]?.value);
        }
      }
    }
  }
  return found;
}

function methodSignature(op: Operation): string {
  const ref = `operations['${op.operationId}']`;
  const params = op.pathParams.map((p) => `${p}: string`);
  if (op.body !== 'none') {
    const optional = op.body === 'optional' ? '?' : '';
    params.push(
      `body${optional}: ${op.docs.bodyType ?? `NonNullable<${ref}['requestBody']>['content']['application/json']`}`,
    );
  } else if (op.query !== 'none') {
    params.push(`query?: NonNullable<${ref}['parameters']['query']>`);
  }
  params.push(`options?: ${op.method === 'GET' ? 'RequestOptions' : 'MutationOptions'}`);
  const data = !op.docs.hasResponseBody
    ? 'undefined'
    : (op.docs.responseType ?? `${ref}['responses'][${op.successStatus}]['content']['application/json']`);
  const returns = op.paginated ? `PagePromise<${data}>` : `ApiPromise<${data}>`;
  return `${op.name}(${params.join(', ')}): ${returns};`;
}

function isPlainObject(schema: Json): boolean {
  return (
    schema.type === 'object' &&
    schema.properties !== undefined &&
    !schema.oneOf &&
    !schema.anyOf &&
    !schema.allOf &&
    schema.additionalProperties !== true &&
    typeof schema.additionalProperties !== 'object'
  );
}

function schemaAliases(spec: Json): string {
  const examples = schemaExamples(spec);
  let out = '';
  for (const [name, schema] of Object.entries<Json>(spec.components?.schemas ?? {})) {
    const limits = constraints(schema);
    const doc = [
      (schema.description ?? schema.title ?? `The \`${name}\` schema of openapi.yaml.`).trim(),
      ...(limits === undefined ? [] : ['', limits]),
    ].join('\n');
    const value = examples.get(name);
    const code =
      value === undefined
        ? `import type { ${name} } from 'management-sdk';`
        : `const value: ${name} = ${JSON.stringify(value, null, 2)};`;
    // An object schema becomes an interface, so that the docs give it a page listing its fields (with the
    // descriptions and constraints openapi-typescript wrote); any other schema stays an alias.
    const declaration = isPlainObject(schema)
      ? `export interface ${name} extends Schema<'${name}'> {}`
      : `export type ${name} = components['schemas']['${name}'];`;
    out += `\n${comment([...doc.split('\n'), '', ...example(code), '', '@category Schemas'])}${declaration}\n`;
  }
  return out;
}

function resourcesFile(operations: Operation[], spec: Json): string {
  const resources = new Map<string, Operation[]>();
  for (const op of operations) {
    resources.set(op.resource, [...(resources.get(op.resource) ?? []), op]);
  }
  const nested = (resource: string) =>
    [...resources.keys()].filter(
      (r) => r.startsWith(`${resource}.`) && !r.slice(resource.length + 1).includes('.'),
    );
  let out =
    header('schema types and resource interfaces') +
    "import type { ApiPromise, PagePromise } from '../src/api-promise.ts';\n" +
    "import type { MutationOptions, RequestOptions } from '../src/options.ts';\n" +
    "import type { components, operations } from './openapi.ts';\n\n" +
    '/** A schema of openapi.yaml, as openapi-typescript types it. */\n' +
    "type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];\n" +
    schemaAliases(spec);
  for (const [resource, ops] of resources) {
    const first = ops.find((op) => op.paginated) ?? (ops[0] as Operation);
    out += `\n${comment([`The \`${resource}\` resource of the Management API: \`client.${resource}.…\`.`, '', ...example(callExample(first)), '', '@category Resources'])}`;
    out += `export interface ${pascal(resource)}Resource {\n`;
    for (const child of nested(resource)) {
      const name = child.slice(resource.length + 1);
      out += `  /** The \`${child}\` resource: \`client.${child}.…\`. */\n`;
      out += `  readonly ${name}: ${pascal(child)}Resource;\n`;
    }
    for (const op of ops) {
      out += tsDoc(op, '  ');
      out += `  ${methodSignature(op)}\n`;
    }
    out += '}\n';
  }
  const topLevel = [...resources.keys()].filter((r) => !r.includes('.'));
  out += `\n${comment([
    'Every top-level resource of the Management API, as properties of `ManagementClient`.',
    '',
    ...example(
      'const client = new ManagementClient({ baseUrl, accessToken });\nconst { data } = await client.classes.list();',
    ),
    '',
    '@category Resources',
  ])}`;
  out += 'export interface ManagementResources {\n';
  for (const r of topLevel) {
    out += `  /** The \`${r}\` resource. */\n  readonly ${r}: ${pascal(r)}Resource;\n`;
  }
  return `${out}}\n`;
}

function specFile(spec: Json): string {
  return (
    header('the spec as data, for the mock server') +
    '/** openapi.yaml as a JSON value. */\n' +
    `export const openapiDocument: Record<string, unknown> = ${JSON.stringify(spec, null, 2)};\n`
  );
}

/** A schema's limits in words, for its TSDoc: openapi-typescript writes the description, not the limits. */
function constraints(schema: Json): string | undefined {
  const parts: string[] = [];
  const range = (min: unknown, max: unknown, unit = '') =>
    min !== undefined && max !== undefined
      ? `from ${min} to ${max}${unit}`
      : min !== undefined
        ? `at least ${min}${unit}`
        : max !== undefined
          ? `at most ${max}${unit}`
          : undefined;
  if (schema.type === 'integer') parts.push('an integer');
  const value = range(schema.minimum, schema.maximum);
  if (value) parts.push(value);
  const length = range(schema.minLength, schema.maxLength, ' characters');
  if (length) parts.push(length);
  const items = range(schema.minItems, schema.maxItems, ' items');
  if (items) parts.push(items);
  const members =
    schema.minProperties === 1 && schema.maxProperties === undefined
      ? 'at least one field'
      : range(schema.minProperties, schema.maxProperties, ' fields');
  if (members) parts.push(members);
  if (schema.exclusiveMinimum !== undefined) parts.push(`above ${schema.exclusiveMinimum}`);
  if (schema.exclusiveMaximum !== undefined) parts.push(`below ${schema.exclusiveMaximum}`);
  if (schema.multipleOf !== undefined) parts.push(`a multiple of ${schema.multipleOf}`);
  if (schema.pattern !== undefined) parts.push(`matching \`${schema.pattern}\``);
  if (Array.isArray(schema.enum))
    parts.push(`one of ${schema.enum.map((v: unknown) => `\`${v}\``).join(', ')}`);
  return parts.length === 0 ? undefined : `Constraints: ${parts.join(', ')}.`;
}

/** A copy of the spec whose schemas and parameters say their limits in their descriptions. */
function withConstraints(spec: Json): Json {
  const copy: Json = structuredClone(spec);
  const annotate = (schema: Json | undefined, holder: Json | undefined = schema): void => {
    if (schema === undefined || typeof schema !== 'object' || schema.$ref !== undefined) return;
    const limits = constraints(schema);
    if (limits !== undefined && holder !== undefined) {
      holder.description = holder.description ? `${String(holder.description).trim()} ${limits}` : limits;
    }
    for (const child of Object.values<Json>(schema.properties ?? {})) annotate(child);
    annotate(schema.items);
    for (const member of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])])
      annotate(member, undefined);
  };
  for (const schema of Object.values<Json>(copy.components?.schemas ?? {})) annotate(schema, undefined);
  for (const parameter of Object.values<Json>(copy.components?.parameters ?? {}))
    annotate(parameter.schema, parameter);
  for (const item of Object.values<Json>(copy.paths ?? {})) {
    for (const op of Object.values<Json>(item)) {
      for (const parameter of (op?.parameters ?? []) as Json[]) {
        if (parameter.$ref === undefined) annotate(parameter.schema, parameter);
      }
    }
  }
  return copy;
}

async function render(): Promise<Map<string, string>> {
  const source = await readFile(specUrl, 'utf8');
  const spec: Json = parse(source);
  const operations = readOperations(spec);
  const types = astToString(await openapiTS(withConstraints(spec) as OpenAPI3));
  const table = operationsFile(operations);
  await checkOperationsFile(table, operations);
  return new Map([
    ['openapi.ts', header('types, by openapi-typescript') + types],
    ['operations.ts', table],
    ['resources.ts', resourcesFile(operations, spec)],
    ['spec.ts', specFile(spec)],
  ]);
}

const files = await render();
if (process.argv.includes('--check')) {
  const stale: string[] = [];
  for (const [name, content] of files) {
    const current = await readFile(new URL(name, outDir), 'utf8').catch(() => undefined);
    if (current !== content) stale.push(name);
  }
  const extra = (await readdir(outDir).catch(() => [])).filter((name) => !files.has(name));
  if (stale.length > 0 || extra.length > 0) {
    console.error(
      `generated/ is stale against openapi.yaml (${[...stale, ...extra.map((e) => `${e} (not generated)`)].join(', ')}).\n` +
        'Fix it with: npm run generate',
    );
    process.exit(1);
  }
  console.log(`generated/ is up to date with openapi.yaml (${files.size} files).`);
} else {
  await mkdir(outDir, { recursive: true });
  for (const [name, content] of files) await writeFile(new URL(name, outDir), content);
  console.log(`Wrote ${files.size} files to generated/.`);
}
