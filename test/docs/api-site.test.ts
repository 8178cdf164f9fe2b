/**
 * The API docs as a reader meets them: built by TypeDoc into a temporary folder, then read as text. Schema
 * types get pages with their fields and the spec's limits, methods link the named types, and the navigation
 * groups what belongs together.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { root } from './exports.ts';

let out: string;

/** A page of the built site as plain text (tags dropped, entities decoded, whitespace collapsed). */
function page(relative: string): { html: string; text: string } {
  const html = readFileSync(path.join(out, relative), 'utf8');
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return { html, text };
}

describe('the API docs site', () => {
  before(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'management-sdk-docs-'));
    const typedoc = path.join(root, 'node_modules/.bin/typedoc');
    const built = spawnSync(typedoc, ['--out', out], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    assert.equal(built.status, 0, `typedoc failed:\n${built.stdout}\n${built.stderr}`);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('the ClassCreate page lists its fields with their descriptions and the limits of the spec', () => {
    const { text } = page('interfaces/index.ClassCreate.html');
    for (const field of ['name', 'instructorId', 'locationId', 'capacity', 'durationMinutes', 'startsAt']) {
      assert.ok(text.includes(`${field} :`) || text.includes(`${field}:`), `no field ${field}`);
    }
    assert.match(text, /Maximum number of attendees\. Constraints: an integer, from 1 to 1000\./);
    assert.match(text, /Length of each session in minutes\. Constraints: an integer, from 5 to 480\./);
    assert.match(text, /Constraints: from 1 to 120 characters\./);
    assert.match(text, /matching `?\^ins_\[0-9A-Za-z\]\+\$`?/);
    assert.match(text, /Format: date-time/);
  });

  test('a method signature links its body and result types to their pages', () => {
    const { html } = page('interfaces/index.ClassesResource.html');
    assert.match(html, /href="[^"]*index\.ClassCreate\.html"/);
    assert.match(html, /href="[^"]*index\.Class\.html"/);
  });

  test('the navigation groups resources and schemas apart, each under its own heading', () => {
    const { text } = page('modules/index.html');
    const resources = text.indexOf(' Resources ClassesResource');
    const schemas = text.indexOf(' Schemas Money');
    assert.ok(resources > 0, 'a Resources group listing ClassesResource');
    assert.ok(schemas > resources, 'a Schemas group after it');
    const groups: [group: string, member: string][] = [
      ['Client', 'ManagementClient'],
      ['Options', 'ClientOptions'],
      ['Errors', 'IdempotencyConflictError'],
      ['Observability', 'AttemptTrace'],
      ['Action keys', 'KeyStore'],
    ];
    for (const [group, member] of groups) {
      const at = text.indexOf(` ${group} `);
      assert.ok(at > 0, `a ${group} group`);
      const next = text.slice(at + group.length + 2, at + 2000);
      assert.ok(next.includes(member), `${member} is listed under ${group}`);
    }
    assert.ok(
      page('modules/testing.html').text.includes('Mock server createMockServer'),
      'the mock in its own group',
    );
  });
});
