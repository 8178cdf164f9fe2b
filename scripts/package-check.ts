/**
 * `npm run check:package`: what `npm pack` ships, checked.
 *
 * 1. Builds (`npm run build`, unless `--no-build`).
 * 2. Lists the tarball (`npm pack --dry-run --json`): only dist/ (no .tsbuildinfo), openapi.yaml, README.md,
 *    LICENSE, CHANGELOG.md and package.json may ship, and each of them must; every `exports` and `bin` target must be in it;
 *    a source map must not point at sources that are not shipped. Every entry point must be in the API docs
 *    (typedoc.json), and an optional peer dependency may be imported only by the entry point that needs it
 *    (`@opentelemetry/api` by /otel, ajv by /testing, `redis` by /redis), so that nothing else needs it.
 * 3. publint (strict: warnings count) and `attw --pack . --profile esm-only` must report nothing.
 * 4. `npm publish --dry-run` must succeed without a warning about the package.
 *
 * Exits 1 with every finding listed.
 *
 * Usage: node scripts/package-check.ts [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: flags } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
const findings: string[] = [];

function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// 1. Build.
if (!flags['no-build']) {
  const build = run('npm', ['run', '--silent', 'build']);
  if (build.status !== 0) {
    console.error(`npm run build failed:\n${build.stdout}${build.stderr}`);
    process.exit(1);
  }
}

// 2. What ships.
const pack = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
if (pack.status !== 0) {
  console.error(`npm pack --dry-run failed:\n${pack.stderr}`);
  process.exit(1);
}
const [tarball] = JSON.parse(pack.stdout) as {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}[];
if (tarball === undefined) throw new Error('npm pack listed no tarball');
const shipped = new Set(tarball.files.map((file) => file.path));

const TOP_LEVEL = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'openapi.yaml']);
for (const file of shipped) {
  const allowed = (file.startsWith('dist/') && !file.endsWith('.tsbuildinfo')) || TOP_LEVEL.has(file);
  if (!allowed)
    findings.push(`ships ${file}, which users do not need (only dist/, ${[...TOP_LEVEL].join(', ')})`);
}
for (const file of TOP_LEVEL) {
  if (!shipped.has(file)) {
    findings.push(
      file === 'LICENSE' && !existsSync(path.join(root, 'LICENSE'))
        ? 'ships no LICENSE: package.json says MIT, but the repository has no LICENSE file to ship'
        : `does not ship ${file}`,
    );
  }
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  bin?: Record<string, string> | string;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
const targets = [
  ...Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  ),
  ...(typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {})),
];
for (const target of targets) {
  const file = path.posix.normalize(target);
  if (!shipped.has(file)) findings.push(`package.json points at ${file}, which does not ship`);
}

// Every entry point is documented: typedoc.json lists the source each one is built from.
const typedoc = JSON.parse(readFileSync(path.join(root, 'typedoc.json'), 'utf8')) as {
  entryPoints: string[];
};
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (file === undefined || !file.endsWith('.js')) continue; // ./package.json
  const source = path.posix
    .normalize(file)
    .replace(/^dist\//, '')
    .replace(/\.js$/, '.ts');
  if (!typedoc.entryPoints.includes(source))
    findings.push(
      `the entry point ${subpath} (${source}) is not in typedoc.json's entryPoints: it has no API docs`,
    );
}

// An optional peer dependency is imported only by the entry point that needs it, and each one is known here: an
// app that does not use that entry point neither installs the peer nor fails to resolve it (at run time or, in
// declarations, when TypeScript checks them).
const PEER_HOMES: Record<string, string> = {
  '@opentelemetry/api': 'dist/src/otel/',
  ajv: 'dist/src/testing/',
  'ajv-formats': 'dist/src/testing/',
  redis: 'dist/src/redis/',
};
const optionalPeers = Object.entries(pkg.peerDependenciesMeta ?? {})
  .filter(([, meta]) => meta.optional)
  .map(([name]) => name);
for (const peer of optionalPeers) {
  if (PEER_HOMES[peer] === undefined)
    findings.push(`the optional peer ${peer} has no entry point in scripts/package-check.ts PEER_HOMES`);
}
for (const file of shipped) {
  if (!/\.(js|d\.ts)$/.test(file)) continue;
  // Without comments: the TSDoc in declarations names packages in its examples.
  const text = readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map(
    (match) => match[1] as string,
  );
  for (const specifier of specifiers) {
    const peer = optionalPeers.find((name) => specifier === name || specifier.startsWith(`${name}/`));
    if (peer !== undefined && !file.startsWith(PEER_HOMES[peer] ?? '\0'))
      findings.push(`${file} imports ${specifier}, an optional peer only ${PEER_HOMES[peer]} may import`);
  }
}

// Source maps whose sources are left out send debuggers and "go to definition" nowhere.
const orphanMaps: string[] = [];
for (const file of shipped) {
  if (!file.endsWith('.map')) continue;
  const map = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { sources?: string[] };
  const missing = (map.sources ?? []).filter(
    (source) => !shipped.has(path.posix.normalize(path.posix.join(path.posix.dirname(file), source))),
  );
  if (missing.length > 0) orphanMaps.push(file);
}
if (orphanMaps.length > 0) {
  findings.push(
    `ships ${orphanMaps.length} source maps (${orphanMaps.filter((f) => f.endsWith('.d.ts.map')).length} declaration maps) ` +
      `whose sources (src/**/*.ts, generated/*.ts) do not ship, e.g. ${orphanMaps[0]}`,
  );
}

const byTop = new Map<string, { files: number; bytes: number }>();
for (const { path: file, size } of tarball.files) {
  const key = file.startsWith('dist/') ? file.replace(/^(dist\/[^/]+(?:\/testing)?)\/.*$/, '$1/') : file;
  const entry = byTop.get(key) ?? { files: 0, bytes: 0 };
  byTop.set(key, { files: entry.files + 1, bytes: entry.bytes + size });
}
console.log(
  `${tarball.filename}: ${tarball.files.length} files, ${(tarball.size / 1024).toFixed(1)} KiB packed, ${(tarball.unpackedSize / 1024).toFixed(1)} KiB unpacked`,
);
for (const [key, { files, bytes }] of [...byTop].sort()) {
  console.log(
    `  ${key.padEnd(28)} ${String(files).padStart(4)} files ${(bytes / 1024).toFixed(1).padStart(8)} KiB`,
  );
}

// 3. publint, strict: warnings are findings too; suggestions are reported as findings as well.
const { messages, pkg: linted } = await publint({
  pkgDir: root,
  level: 'suggestion',
  strict: true,
  pack: 'npm',
});
for (const message of messages) {
  findings.push(
    `publint ${message.type}: ${formatMessage(message, linted, { color: false }) ?? message.code}`,
  );
}
console.log(`\npublint: ${messages.length === 0 ? 'nothing to report' : `${messages.length} messages`}`);

// attw: resolution of every entry point, as an ESM-only package (node16/nodenext ESM and bundlers).
const attwBin = path.join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
const attw = run(process.execPath, [attwBin, '--pack', '.', '--profile', 'esm-only', '--no-color']);
console.log(
  `\nattw --pack . --profile esm-only:\n${attw.stdout.trim()}${attw.stderr.trim() ? `\n${attw.stderr.trim()}` : ''}`,
);
if (attw.status !== 0) findings.push(`attw reports problems (exit ${attw.status}); see its table above`);

// npm publish --dry-run: what `npm publish` would do (its own checks of package.json and the files), without
// publishing. --ignore-scripts: dist/ was built above, and prepack would build it again. An unreachable local
// registry keeps the check offline and independent of whatever the public registry holds under this name
// (npm would fetch its published versions); --tag dry-run skips the check of the `latest` tag.
const publish = run('npm', [
  'publish',
  '--dry-run',
  '--ignore-scripts',
  '--tag',
  'dry-run',
  '--registry',
  'http://127.0.0.1:9/',
  '--fetch-retries',
  '0',
  '--fetch-timeout',
  '2000',
]);
console.log(`\nnpm publish --dry-run: exit ${publish.status}`);
if (publish.status !== 0) findings.push(`npm publish --dry-run failed:\n${publish.stderr.trim()}`);
// Being logged in is the publisher's business, not the package's.
const publishWarnings = publish.stderr
  .split('\n')
  .filter((line) => /npm warn publish/i.test(line) && !/logged in/.test(line));
if (publishWarnings.length > 0) findings.push(`npm publish --dry-run warns:\n${publishWarnings.join('\n')}`);

if (findings.length > 0) {
  console.error(`\n${findings.length} findings:`);
  for (const finding of findings) console.error(`FAIL: ${finding}`);
  process.exit(1);
}
console.log(
  '\nOK: the package ships only what users need; publint, attw and npm publish --dry-run report nothing.',
);
