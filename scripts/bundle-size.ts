/**
 * `npm run size`: the browser bundle budget.
 *
 * Bundles `import { ManagementClient } from 'management-sdk'` (resolved through package.json's `exports` to
 * the compiled `dist/`) with esbuild for the browser: ESM, minified, every dependency bundled, every resource
 * reachable (the entry constructs a client, whose constructor attaches every operation). Measures minified and
 * gzipped (level 9) bytes and fails above the budget, 23 KiB = 23,552 bytes gzipped (decided in issue 16: ky
 * stays, and ky 2 alone is 8.7 KiB; the 14 kB goal is withdrawn). Also fails if anything of
 * `management-sdk/testing` (the mock server, ajv), of `management-sdk/otel` (and `@opentelemetry/api`) or of
 * `management-sdk/redis` (and the `redis` client) is in the bundle. ky alone and the openai package are bundled
 * the same way for comparison. Figures go to bench/results/bundle.json.
 *
 * By default it compiles src/ with tsconfig.build.json into a temporary directory (the same output as
 * `npm run build`, without touching dist/). `--dist <dir>` measures an existing build instead.
 *
 * Usage: node scripts/bundle-size.ts [--dist dist] [--budget bytes] [--no-write]
 *   `--budget` overrides the budget.
 *   `--no-write` leaves bench/results/bundle.json alone (`npm test` must not change tracked files).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: flags } = parseArgs({
  options: { dist: { type: 'string' }, budget: { type: 'string' }, 'no-write': { type: 'boolean' } },
});

/** The budget, gzipped, unless `--budget` says otherwise. */
const BUDGET_BYTES = flags.budget === undefined ? 23 * 1024 : Number(flags.budget);

let dist: string;
let temporary: string | undefined;
if (flags.dist === undefined) {
  temporary = mkdtempSync(path.join(os.tmpdir(), 'management-sdk-size-'));
  dist = path.join(temporary, 'dist');
  const tsc = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dist],
    { cwd: root, encoding: 'utf8' },
  );
  if (tsc.status !== 0) {
    console.error(`tsc -p tsconfig.build.json failed:\n${tsc.stdout}${tsc.stderr}`);
    process.exit(1);
  }
} else {
  dist = path.resolve(root, flags.dist);
}

/** Resolves `management-sdk` and its subpaths through the package's own `exports` map, into `dist`. */
function sdkFromDist(distDir: string): Plugin {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, { default: string } | string>;
  };
  return {
    name: 'management-sdk-from-dist',
    setup(b) {
      b.onResolve({ filter: /^management-sdk(\/.*)?$/ }, (args) => {
        const subpath = `.${args.path.slice('management-sdk'.length)}`;
        const target = pkg.exports[subpath];
        if (target === undefined) return { errors: [{ text: `package.json exports no ${subpath}` }] };
        const file = typeof target === 'string' ? target : target.default;
        return { path: path.join(distDir, path.relative('dist', file)) };
      });
    },
  };
}

interface Measured {
  minified: number;
  gzip: number;
  /** Bytes in the minified output per package (ours is `management-sdk`). */
  byPackage: Record<string, number>;
  /** The largest inputs, by bytes in the minified output. */
  largestInputs: { input: string; bytes: number }[];
}

async function measure(
  entry: string,
  plugins: Plugin[] = [],
): Promise<Measured & { text: string; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The temporary build has no node_modules beside it: dependencies come from the project's.
    nodePaths: [path.join(root, 'node_modules')],
    plugins,
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild wrote nothing');
  const [, meta] = Object.entries(result.metafile.outputs)[0] ?? [];
  const largestInputs = Object.entries(meta?.inputs ?? {})
    .map(([input, { bytesInOutput }]) => ({
      // A dependency by its package path (uuid/dist/…); our own files by their path in dist/.
      input: input.includes('node_modules/')
        ? input.replace(/^.*node_modules\//, '')
        : input.replace(/^.*?\/dist\//, 'dist/'),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const byPackage: Record<string, number> = {};
  for (const { input, bytes } of largestInputs) {
    const name = input.startsWith('dist/')
      ? 'management-sdk'
      : (/^((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? input);
    byPackage[name] = (byPackage[name] ?? 0) + bytes;
  }
  return {
    minified: output.contents.byteLength,
    gzip: gzipSync(output.contents, { level: 9 }).byteLength,
    byPackage,
    largestInputs: largestInputs.slice(0, 12),
    text: output.text,
    metafile: result.metafile,
  };
}

const failures: string[] = [];
try {
  const sdk = await measure(
    `import { ManagementClient } from 'management-sdk';
console.log(new ManagementClient({ baseUrl: 'https://api.studio.example', accessToken: 'token' }));`,
    [sdkFromDist(dist)],
  );
  const ky = await measure(`import ky from 'ky';\nconsole.log(ky);`);
  const openai = await measure(`import OpenAI from 'openai';\nconsole.log(OpenAI);`);

  // The mock server (and its ajv) must not reach the client bundle, nor the OpenTelemetry entry (and its API)
  // an app that does not trace never imports, nor the Redis key store (and node-redis) of backends.
  const leaked = Object.keys(sdk.metafile.inputs).filter((input) =>
    /(^|\/)src\/(testing|otel|redis)\/|node_modules\/(ajv|ajv-formats|@opentelemetry\/[^/]+|redis|@redis\/[^/]+)\//.test(
      input,
    ),
  );
  if (leaked.length > 0)
    failures.push(
      `management-sdk/testing, /otel or /redis leaked into the client bundle: ${leaked.join(', ')}`,
    );
  const markers: [marker: string, from: string][] = [
    ['createMockServer', 'testing'],
    ['drop-after-action', 'testing'],
    ['management-sdk-mock', 'testing'],
    ['cjson.decode', 'redis'], // the store's Lua scripts
  ];
  for (const [marker, from] of markers) {
    if (sdk.text.includes(marker))
      failures.push(`the client bundle contains ${JSON.stringify(marker)} (from ${from})`);
  }
  if (sdk.gzip > BUDGET_BYTES) {
    failures.push(`the client bundle is ${sdk.gzip} bytes gzipped, over the budget of ${BUDGET_BYTES}`);
  }

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
  const rows = [
    ['bundle', 'minified', 'min+gzip', ''],
    ['management-sdk (ManagementClient)', kb(sdk.minified), kb(sdk.gzip), `budget ${kb(BUDGET_BYTES)}`],
    ['ky alone', kb(ky.minified), kb(ky.gzip), ''],
    ['openai', kb(openai.minified), kb(openai.gzip), ''],
  ];
  for (const row of rows) {
    console.log(
      `${(row[0] as string).padEnd(36)}${(row[1] as string).padStart(12)}${(row[2] as string).padStart(12)}  ${row[3]}`,
    );
  }
  console.log('\nthe management-sdk bundle by package (bytes in the minified output):');
  for (const [name, bytes] of Object.entries(sdk.byPackage).sort((a, b) => b[1] - a[1])) {
    console.log(`${String(bytes).padStart(8)}  ${name}`);
  }
  console.log('\nits largest inputs:');
  for (const { input, bytes } of sdk.largestInputs) console.log(`${String(bytes).padStart(8)}  ${input}`);

  const strip = ({ minified, gzip, byPackage, largestInputs }: Measured) => ({
    minified,
    gzip,
    byPackage,
    largestInputs,
  });
  const out = path.join(root, 'bench/results/bundle.json');
  if (!flags['no-write']) mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  if (!flags['no-write'])
    writeFileSync(
      out,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          settings: 'esbuild: bundle, platform browser, format esm, target es2022, minify; gzip level 9',
          budgetBytes: BUDGET_BYTES,
          withinBudget: sdk.gzip <= BUDGET_BYTES,
          bundles: { 'management-sdk': strip(sdk), ky: strip(ky), openai: strip(openai) },
        },
        null,
        2,
      )}\n`,
    );
  if (!flags['no-write']) console.log(`\nWrote ${path.relative(root, out)}`);
} finally {
  if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(1);
}
console.log(
  `OK: within the budget of ${BUDGET_BYTES} bytes gzipped, and nothing of testing, otel or redis in it.`,
);
