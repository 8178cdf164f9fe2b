import Ajv2020Module from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { openapiDocument } from '../../generated/spec.ts';

const Ajv2020 = Ajv2020Module.default;
const addFormats = formatsModule.default;
let specAjv: InstanceType<typeof Ajv2020> | undefined;

/** Checks `value` against a schema of the spec, by JSON pointer; returns Ajv's errors (empty when valid). */
export function schemaErrors(pointer: string, value: unknown): string[] {
  if (specAjv === undefined) {
    specAjv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(specAjv);
    specAjv.addSchema({ ...openapiDocument, $id: 'spec' });
  }
  const validate = specAjv.getSchema(`spec#${pointer}`);
  if (validate === undefined) throw new Error(`No schema at ${pointer}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The JSON pointer of an operation's success response schema. */
export function responseSchemaPointer(path: string, method: string, status: number): string {
  const escaped = path.replaceAll('~', '~0').replaceAll('/', '~1');
  return `/paths/${escaped}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
}
