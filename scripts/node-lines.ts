/**
 * Runs the test suite on every Node line that package.json's `engines` claims, other than the project's own
 * Node (which `npm test` already runs it on). Each line's Node comes from the npm registry's `node` package,
 * pinned here and installed once into .cache/node/.
 *
 * Usage: node scripts/node-lines.ts [test files…]   (default: every test/**\/*.test.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Node release of each supported line that the suite is run on. Bump together with engines. */
const PINNED: Record<string, string> = { '22': '22.23.3', '24': '24.9.0', '26': '26.10.0' };

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
  const prefix = `${root}.cache/node/${version}`;
  const node = `${prefix}/node_modules/.bin/node`;
  if (!existsSync(node)) {
    console.log(`Installing Node ${version} from the npm registry into .cache/node/ …`);
    const install = spawnSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        `node@${version}`,
      ],
      { stdio: 'inherit', cwd: root },
    );
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
