/**
 * `npm run bench:profile`: where a call's CPU goes, for our client and for bare ky.
 *
 * Runs the stub-fetch mode of bench/run.ts once per contender under `node --cpu-prof` (no network, so the
 * profile is the client's own work), then reads each .cpuprofile and prints the top functions by self time,
 * self time by package (ours, ky, p-retry, uuid, undici's Request/Response/Headers, the rest of Node, GC), and
 * the inclusive time of our own functions. The summaries go to bench/results/profile.json; the .cpuprofile
 * files stay in a temporary directory (printed) for Chrome DevTools.
 *
 * Usage: node bench/profile.ts [--contenders ours,ky] [--requests 30000] [--top 25]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: flags } = parseArgs({
  options: {
    contenders: { type: 'string', default: 'ours,ky' },
    requests: { type: 'string', default: '30000' },
    top: { type: 'string', default: '25' },
  },
});
const top = Number(flags.top);
const root = fileURLToPath(new URL('../', import.meta.url));
const runScript = fileURLToPath(new URL('./run.ts', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'management-sdk-profile-'));

/** Which package (or part of ours) a function belongs to. */
function category(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)')
      return functionName;
    return 'V8 builtins';
  }
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (module) return module[1] as string;
  if (file.startsWith(root)) return path.relative(root, file);
  if (file.includes('internal/deps/undici')) return 'undici (fetch: Request, Response, Headers)';
  if (file.startsWith('node:')) return 'node internals';
  return file;
}

function label(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  const where = frame.url === '' ? '' : ` ${category(frame)}:${frame.lineNumber + 1}`;
  return `${name}${where}`;
}

interface Entry {
  name: string;
  ms: number;
  percent: number;
}

function summarize(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const categories = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's time is the gap to the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i] as number);
    if (node === undefined) continue;
    const cat = category(node.callFrame);
    if (cat === '(idle)' || cat === '(program)') continue;
    total += us;
    const key = label(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
    categories.set(cat, (categories.get(cat) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
      const frame = (byId.get(at) as ProfileNode).callFrame;
      const name = label(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const entries = (map: Map<string, number>, filter: (name: string) => boolean = () => true): Entry[] =>
    [...map]
      .filter(([name]) => filter(name))
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ name, ms: us / 1000, percent: (100 * us) / total }));
  return {
    busyMs: total / 1000,
    selfByFunction: entries(self).slice(0, top),
    selfByPackage: entries(categories),
    // Our functions, with everything they call (what to cut in src/).
    inclusiveOurs: entries(inclusive, (name) => / (src|generated)\//.test(name)).slice(0, top),
  };
}

function print(title: string, list: Entry[]): void {
  console.log(`\n${title}`);
  for (const { name, ms, percent } of list) {
    console.log(`${percent.toFixed(1).padStart(6)} %  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  }
}

const summaries: Record<string, ReturnType<typeof summarize>> = {};
for (const contender of flags.contenders.split(',')) {
  const out = path.join(dir, contender);
  mkdirSync(out);
  const args = [
    '--cpu-prof',
    '--cpu-prof-dir',
    out,
    '--cpu-prof-interval',
    '100',
    runScript,
    '--mode',
    'stub',
    '--contenders',
    contender,
    '--rounds',
    '3',
    '--stub-requests',
    flags.requests,
    '--no-write',
  ];
  console.log(`\n=== ${contender}: node ${args.join(' ')}`);
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const file = readdirSync(out).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`no .cpuprofile in ${out}`);
  const summary = summarize(JSON.parse(readFileSync(path.join(out, file), 'utf8')) as CpuProfile);
  summaries[contender] = summary;
  console.log(`\n${contender}: ${summary.busyMs.toFixed(0)} ms busy (profile: ${path.join(out, file)})`);
  print('self time by package', summary.selfByPackage);
  print(`top ${top} functions by self time`, summary.selfByFunction);
  if (summary.inclusiveOurs.length > 0) print('our functions, inclusive', summary.inclusiveOurs);
}

const results = fileURLToPath(new URL('./results/profile.json', import.meta.url));
writeFileSync(
  results,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, requests: Number(flags.requests), summaries }, null, 2)}\n`,
);
console.log(`\nWrote ${results}; profiles in ${dir}`);
