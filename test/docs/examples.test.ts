import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publicExports } from './exports.ts';

test('every public export has TSDoc with an example', () => {
  const found = publicExports();
  assert.ok(found.length > 50, `only ${found.length} exports found`);
  const missing = found.filter((e) => !e.documented || !e.example).map((e) => `${e.entry}: ${e.name}`);
  assert.deepEqual(missing, []);
});
