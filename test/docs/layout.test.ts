import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root } from './exports.ts';

/** Every module of src/ with the modules of src/ it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
  const src = path.join(root, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(src, file), 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)]
      .map((match) => path.normalize(path.join(path.dirname(file), match[1] as string)))
      .filter((target) => !target.startsWith('..'));
    graph.set(path.normalize(file), targets);
  }
  return graph;
}

test('no module of src/ imports itself through others: the imports form no cycle', () => {
  const graph = importGraph();
  assert.ok(graph.size > 20, `expected the modules of src/, found ${graph.size}`);
  const done = new Set<string>();
  const cycles: string[] = [];
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at !== -1) return void cycles.push([...trail.slice(at), file].join(' → '));
    if (done.has(file)) return;
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  assert.deepEqual(cycles, []);
});

test('nothing outside src/internal/ but the pipeline imports a module of src/internal/ it does not need', () => {
  // The private folder is reached from the client through send.ts, and from the policies only for timers.
  const allowed: Record<string, RegExp> = {
    'client.ts': /^internal\/(send|prepare)\.ts$/,
    'options.ts': /^internal\/headers\.ts$/,
    'idempotency/actions.ts': /^internal\/signals\.ts$/,
    'retry/policy.ts': /^internal\/signals\.ts$/,
  };
  const stray: string[] = [];
  for (const [file, targets] of importGraph()) {
    if (file.startsWith('internal/')) continue;
    for (const target of targets.filter((t) => t.startsWith('internal/'))) {
      if (!allowed[file]?.test(target)) stray.push(`${file} → ${target}`);
    }
  }
  assert.deepEqual(stray, []);
});
