/**
 * Runs the test suite on every Node line that package.json's `engines` claims, other than the project's own
 * Node (which `npm test` already runs it on). Each line's Node comes from the npm registry's `node` package,
 * pinned in scripts/node-releases.ts and installed once into .cache/node/.
 *
 * Usage: node scripts/node-lines.ts [test files…]   (default: every test/**\/*.test.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeRelease, PINNED } from './node-releases.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { engines } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const lines = [...String(engines.node).matchAll(/(?:\^|>=)\s*(\d+)/g)].map((m) => m[1] as string);
const own = process.versions.node.split('.')[0] as string;
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['test/**/*.test.ts'];

let failed = false;
for (const line of lines) {
  const version = PINNED[line];
  if (!version) {
    console.error(`engines claims Node ${line}, but scripts/node-lines.ts pins no release of it.`);
    process.exit(1);
  }
  if (line === own) continue;
  const { node, installArgs } = nodeRelease(root, version);
  if (!existsSync(node)) {
    console.log(`Installing Node ${version} from the npm registry into .cache/node/ …`);
    const install = spawnSync('npm', installArgs, { stdio: 'inherit', cwd: root });
    if (install.status !== 0) process.exit(install.status ?? 1);
  }
  console.log(`\n## Node ${version} (line ${line})`);
  const run = spawnSync(node, ['--test', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, NODE_LINE: line },
  });
  if (run.status !== 0) {
    console.error(`The tests failed on Node ${version}.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
