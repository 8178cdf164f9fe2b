/**
 * The package as users get it: packed, installed into a fresh project, type-checked and run.
 *
 * Builds dist/ into a staging copy of the package (the working tree's dist/ is not touched), packs it with
 * `npm pack`, installs the tarball and TypeScript into a temporary project (`"type": "module"`), type-checks a
 * consumer file that uses `management-sdk`, `management-sdk/testing` and `management-sdk/redis` (with no
 * `redis` package installed: an optional peer) in strict mode, module nodenext, with skipLibCheck off so our
 * declaration files are checked too, and runs the compiled JavaScript against the mock server with this
 * process's Node (scripts/node-lines.ts runs the suite on every supported Node line).
 * The npm registry is used through npm's cache (`--prefer-offline`).
 */
import assert from 'node:assert/strict';
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const devDependencies = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies;
// The consumer uses the same TypeScript and Node types as this repository, so npm finds them in its cache.
const TYPESCRIPT = `typescript@${devDependencies.typescript ?? '5.9.3'}`;
const NODE_TYPES = `@types/node@${devDependencies['@types/node'] ?? '24'}`;
const AJV = `ajv@${devDependencies.ajv ?? '8'}`;
const AJV_FORMATS = `ajv-formats@${devDependencies['ajv-formats'] ?? '3'}`;

/** What `npm ls --json` prints: each package with its own dependencies. */
interface Dependencies {
  version?: string;
  dependencies?: Record<string, Dependencies>;
}

/** `npm install` of `packages` into `cwd`, from npm's cache where it can, without install scripts. */
function npmInstall(cwd: string, packages: string[], dev: boolean): void {
  const flags = ['--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'];
  run('npm', ['install', ...(dev ? ['--save-dev'] : []), ...flags, ...packages], cwd);
}

/** The size of a folder on disk, in KiB. */
function installSize(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return Math.round(bytes / 1024);
}

/** Runs a command; on failure, throws with everything needed to see why. */
function run(command: string, args: string[], cwd: string, timeout = 180_000): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (result.error !== undefined || result.status !== 0) {
    const how = result.error === undefined ? `exit code ${result.status}` : String(result.error);
    throw new Error(
      `\`${[command, ...args].join(' ')}\` in ${cwd} failed (${how}).\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
  return result;
}

const CONSUMER = `import { type ClassCreate, IdempotencyConflictError, ManagementClient } from 'management-sdk';
import { type RedisClient, RedisKeyStore } from 'management-sdk/redis';
import { createMockServer } from 'management-sdk/testing';

// management-sdk/redis loads, and its declarations type-check, without the redis package (an optional peer).
const redisStore = (redis: RedisClient) => new RedisKeyStore(redis, { prefix: 'consumer:' });

const body: ClassCreate = {
  name: 'Morning Flow',
  instructorId: 'ins_01HS9K1M3N5P7Q9R1S3T5V7W9X',
  locationId: 'loc_01HR4E6G8J0K2M4N6P8Q0R2S4T',
  capacity: 20,
  durationMinutes: 60,
  startsAt: '2026-12-01T07:00:00Z',
};

const server = await createMockServer();
try {
  const client = new ManagementClient({ baseUrl: server.url, accessToken: 'test-token' });
  const created = await client.classes.create(body).withResponse();
  const key: string | undefined = created.idempotencyKey;
  if (key === undefined) throw new Error('create gave no idempotency key');
  const fetched = await client.classes.get(created.data.id);
  const again = await client.classes.create(body, { idempotencyKey: key }).withResponse();
  let conflict: string | undefined;
  try {
    await client.classes.create({ ...body, name: 'Evening Flow' }, { idempotencyKey: key });
  } catch (error) {
    if (!(error instanceof IdempotencyConflictError)) throw error;
    conflict = error.reason;
  }
  // Types reach the consumer: a wrong body does not compile (an unused @ts-expect-error would fail tsc).
  // @ts-expect-error capacity must be a number
  const wrong = () => client.classes.create({ ...body, capacity: 'twenty' });
  void wrong;
  console.log(
    JSON.stringify({
      node: process.version,
      createdName: created.data.name,
      fetchedId: fetched.id === created.data.id,
      replayed: again.replayed,
      sameClass: again.data.id === created.data.id,
      conflict,
      effects: server.effects.byOperation('managementCreateClass'),
      redisEntry: typeof redisStore === 'function' && typeof RedisKeyStore === 'function',
    }),
  );
} finally {
  await server.close();
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    lib: ['es2022'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    types: ['node'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    outDir: 'out',
  },
  files: ['consumer.ts'],
};

let work: string;
let tarball: string;

// 1. A staging copy of the package with a fresh build, packed once for every test of this file.
before(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'management-sdk-consumer-'));
  const stage = path.join(work, 'package');
  mkdirSync(stage);
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'openapi.yaml']) {
    if (existsSync(path.join(root, file))) copyFileSync(path.join(root, file), path.join(stage, file));
  }
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  run(
    process.execPath,
    [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', path.join(stage, 'dist')],
    root,
  );
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], stage);
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  tarball = path.join(work, filename);
  assert.ok(existsSync(tarball), `npm pack wrote no ${tarball}`);
});
after(() => rmSync(work, { recursive: true, force: true }));

test('the packed tarball installs, type-checks and runs against the mock server on this Node', {
  timeout: 400_000,
}, (t) => {
  // 2. A fresh ESM project that installs it.
  const consumer = path.join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    path.join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  npmInstall(consumer, [tarball], false);

  // 2a. An app that installs management-sdk gets its three dependencies (and theirs), nothing else: the mock's
  //     validator is an optional peer dependency.
  const tree = JSON.parse(
    run('npm', ['ls', '--omit=dev', '--all', '--json'], consumer).stdout,
  ) as Dependencies;
  const installed = new Set<string>();
  const walk = (node: Dependencies) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // npm lists an optional peer that is not installed as an empty entry.
      if (child.version === undefined) continue;
      installed.add(name);
      walk(child);
    }
  };
  walk(tree);
  assert.deepEqual([...installed].sort(), ['is-network-error', 'ky', 'management-sdk', 'p-retry', 'uuid']);
  t.diagnostic(
    `a fresh install of the tarball: ${installSize(path.join(consumer, 'node_modules'))} KiB on disk`,
  );

  // 2b. Without them, the mock says what to install, instead of failing on a missing module.
  const missing = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "import('management-sdk/testing').then((m) => m.createMockServer())"],
    { cwd: consumer, encoding: 'utf8' },
  );
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /npm install --save-dev ajv@8 ajv-formats@3/);

  // 2c. The consumer's tests install them, with its own TypeScript.
  npmInstall(consumer, [AJV, AJV_FORMATS, TYPESCRIPT, NODE_TYPES], true);

  // 3. Type-check and compile the consumer with its own TypeScript.
  writeFileSync(path.join(consumer, 'consumer.ts'), CONSUMER);
  writeFileSync(path.join(consumer, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  run(
    process.execPath,
    [path.join(consumer, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
    consumer,
  );

  // 4. Run it against the mock server.
  const ran = run(process.execPath, [path.join(consumer, 'out/consumer.js')], consumer, 60_000);
  const last = ran.stdout.trim().split('\n').at(-1) ?? '';
  let result: Record<string, unknown>;
  try {
    result = JSON.parse(last) as Record<string, unknown>;
  } catch {
    throw new Error(
      `the consumer printed no result.\n--- stdout ---\n${ran.stdout}\n--- stderr ---\n${ran.stderr}`,
    );
  }
  assert.deepEqual(
    result,
    {
      node: process.version,
      createdName: 'Morning Flow',
      fetchedId: true,
      replayed: true,
      sameClass: true,
      conflict: 'key-reused',
      effects: 1,
      redisEntry: true,
    },
    `unexpected consumer result; its stderr:\n${ran.stderr}`,
  );
});

/** The ```js blocks of the README's Quick start, in order. */
function quickStartBlocks(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Quick start'),
    readme.indexOf('\n## ', readme.indexOf('## Quick start') + 3),
  );
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

test("the README's Quick start runs as printed in a fresh `npm init -y` project, as ESM and from CommonJS", {
  timeout: 400_000,
}, async (t) => {
  const [esm = '', cjs = ''] = quickStartBlocks();
  assert.ok(
    esm.includes("from 'management-sdk'") && cjs.includes("require('management-sdk')"),
    'two js blocks',
  );
  const fresh = path.join(work, 'fresh');
  mkdirSync(fresh);
  run('npm', ['init', '-y'], fresh);
  npmInstall(fresh, [tarball], false);
  // The mock server, as the Quick start says: its CLI, with ajv and ajv-formats as dev dependencies.
  npmInstall(fresh, [AJV, AJV_FORMATS], true);
  writeFileSync(path.join(fresh, 'quickstart.mjs'), esm);
  writeFileSync(path.join(fresh, 'quickstart.cjs'), cjs);
  const mock = spawn(
    process.execPath,
    [path.join(fresh, 'node_modules/.bin/management-sdk-mock'), '--port', '0', '--quiet'],
    { cwd: fresh },
  );
  t.after(() => mock.kill('SIGKILL'));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    mock.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (found !== undefined) resolve(found);
    });
    mock.once('exit', () => reject(new Error(`the mock exited: ${output}`)));
  });
  const env = { ...process.env, MANAGEMENT_API_URL: url, MANAGEMENT_API_TOKEN: 'test-token' };
  const node = (file: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [file], { cwd: fresh, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk;
      });
      child.once('exit', (code) => resolve({ code, stdout, stderr }));
    });
  const ran = await node('quickstart.mjs');
  assert.equal(ran.code, 0, ran.stderr);
  assert.match(ran.stdout, /^created cls_\w+: Morning Flow$/m);
  assert.match(ran.stdout, /^Morning Flow$/m, 'the list pages through to the new class');
  const required = await node('quickstart.cjs');
  assert.equal(required.code, 0, required.stderr);
  assert.match(required.stdout, /^\d+ classes$/m);
});
