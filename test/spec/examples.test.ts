import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: 'spec', components: spec.components });

/** Rewrites the spec's local refs so that a schema compiled on its own resolves them against `spec`. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
}

const deref = (node: any) =>
  node?.$ref
    ? node.$ref
        .split('/')
        .slice(1)
        .reduce((at: any, k: string) => at[k], spec)
    : node;

const cases: { name: string; schema: unknown; example: unknown }[] = [];
for (const [path, item] of Object.entries<any>(spec.paths)) {
  for (const [method, op] of Object.entries<any>(item)) {
    const where = `${method.toUpperCase()} ${path}`;
    const body = deref(op.requestBody)?.content?.['application/json'];
    if (body) cases.push({ name: `${where} request body`, schema: body.schema, example: body.example });
    for (const [code, response] of Object.entries<any>(op.responses ?? {})) {
      const media = deref(response)?.content?.['application/json'];
      if (code.startsWith('2') && media) {
        cases.push({ name: `${where} ${code} response`, schema: media.schema, example: media.example });
      }
    }
  }
}

test('the spec has a request or success example to check for every operation', () => {
  assert.ok(cases.length >= 40, `only ${cases.length} examples found`);
});

for (const { name, schema, example } of cases) {
  test(`the example of ${name} is present and valid against its schema`, () => {
    assert.notEqual(example, undefined, 'no example');
    const validate = ajv.compile(rebase(schema) as object);
    assert.ok(validate(example), ajv.errorsText(validate.errors));
  });
}
