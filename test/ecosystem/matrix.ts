/**
 * The ecosystem matrix: the packed tarball, installed into one small project per environment, runs the one
 * scenario list of scenarios.mjs on Node 22, 24 and 26 (ESM), Node 22 and 26 (CommonJS), two TypeScript
 * consumers (moduleResolution nodenext and bundler), Bun, Deno, workerd (through miniflare), Vercel's Edge
 * runtime and Chromium (bundled by webpack), each against its own mock server in this process.
 *
 * How a run goes: the harness builds and packs the package once (as test/consumer does), copies each project of
 * test/ecosystem/ into a temporary folder and installs the tarball there. Per environment it starts a mock server
 * and a control endpoint; the runtime runs scenarios.mjs, which tells the control endpoint before each scenario
 * which one comes next (the harness injects its faults: drops, cut bodies, a 503 with Retry-After, holds) and
 * hands it what the client saw afterwards. The harness adds what the server saw (requests, keys, effects) and
 * asserts both, one subtest per scenario. The scenario list ends with raw-fetch probes of each network failure,
 * whose error shapes land in artifacts/ecosystem/runtime-errors.md with the whole report (report.json).
 *
 * Not in the unit glob (`test/**\/*.test.ts`): `npm run test:ecosystem` runs it once, on the project's Node.
 * Environments run concurrently (two at a time: the machine has two cores).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import ky, { isNetworkError } from 'ky';
import { nodeRelease, PINNED } from '../../scripts/node-releases.ts';
import { createMockServer, type Fault, type HeldRequest, type MockServer } from '../../src/testing/index.ts';
import { launchChromium, missingChromium } from '../helpers/browser.ts';
import { type ErrorShape, PROBES, SCENARIOS } from './scenarios.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = path.join(root, 'test/ecosystem');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const dev = pkg.devDependencies;
const CREATE = 'managementCreateClass';
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

// ---------------------------------------------------------------------------------------------------------------
// Commands and a small limiter

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (killed, with its process group, after `timeout` ms); throws unless it exits 0. */
function exec(command: string, args: string[], cwd: string, timeout = 180_000): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(), detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      kill(child);
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ code, stdout, stderr });
      const how = timedOut ? `killed after ${timeout} ms` : `exit ${code}`;
      reject(
        new Error(
          `\`${[command, ...args].join(' ')}\` in ${cwd} failed (${how}).\n--- stdout ---\n${stdout.slice(-4000)}\n--- stderr ---\n${stderr.slice(-4000)}`,
        ),
      );
    });
  });
}

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
    DENO_NO_UPDATE_CHECK: '1',
    DENO_NO_PROMPT: '1',
    DO_NOT_TRACK: '1',
  };
  // The test runner's own variables would make a Node child think it is a test file.
  for (const name of Object.keys(env)) if (name.startsWith('NODE_TEST')) delete env[name];
  return env;
}

/** Ends a child we started and every process it started (it leads its own process group). */
function kill(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** At most `slots` of the functions given run at once. */
function limiter(slots: number) {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free--;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/** Builds, installs, compiles and bundles: CPU-heavy, at most two at once. */
const heavy = limiter(2);
/** Environments under test at once. */
const running = limiter(2);

function memo<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= make();
    return promise;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The tarball and the projects

const work = mkdtempSync(path.join(os.tmpdir(), 'management-sdk-ecosystem-'));
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * A staging copy of the package with a fresh build, packed (the working tree's dist/ is not touched).
 * ECOSYSTEM_TARBALL=path/to/management-sdk-x.y.z.tgz tests that tarball instead (a release candidate).
 */
const tarball = memo(async () => {
  const given = process.env.ECOSYSTEM_TARBALL;
  if (given) return path.resolve(given);
  const stage = path.join(work, 'package');
  mkdirSync(stage);
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'openapi.yaml']) {
    if (existsSync(path.join(root, file))) cpSync(path.join(root, file), path.join(stage, file));
  }
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  await heavy(() =>
    exec(
      process.execPath,
      [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', path.join(stage, 'dist')],
      root,
    ),
  );
  const packed = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], stage);
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  return path.join(work, filename);
});

/** The scenario list beside the projects, as in the repository (each project imports `../scenarios.mjs`). */
const scenarioFiles = memo(async () => {
  for (const file of ['scenarios.mjs', 'scenarios.d.mts'])
    cpSync(path.join(here, file), path.join(work, file));
});

const TYPES = [`typescript@${dev.typescript}`, `@types/node@${dev['@types/node']}`];

/** A project of test/ecosystem/ copied to the work folder, with the tarball (and `extra`) installed. */
const projects = new Map<string, Promise<string>>();
function project(name: string, extra: string[] = []): Promise<string> {
  let ready = projects.get(name);
  if (ready === undefined) {
    ready = (async () => {
      const [file] = await Promise.all([tarball(), scenarioFiles()]);
      const dir = path.join(work, name);
      cpSync(path.join(here, name), dir, { recursive: true });
      await heavy(() =>
        exec(
          'npm',
          ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', file, ...extra],
          dir,
        ),
      );
      return dir;
    })();
    projects.set(name, ready);
  }
  return ready;
}

/** The Node binary of a line: the project's own (26) or the pinned release (scripts/node-releases.ts). */
const nodeBinaries = new Map<string, Promise<string>>();
function nodeBinary(line: string): Promise<string> {
  let ready = nodeBinaries.get(line);
  if (ready === undefined) {
    ready = (async () => {
      const version = PINNED[line];
      assert.ok(version, `scripts/node-releases.ts pins no release of Node ${line}`);
      const own = bin('node');
      if (dev.node === version && existsSync(own)) return own;
      const { node, installArgs } = nodeRelease(root, version);
      if (!existsSync(node)) await heavy(() => exec('npm', installArgs, root));
      return node;
    })();
    nodeBinaries.set(line, ready);
  }
  return ready;
}

/**
 * A runtime's binary from node_modules: its platform package's, where npm left it, else where the package's
 * postinstall script moved it (a placeholder, when that script did not run, is a small file and is passed over).
 */
function runtimeBinary(name: string, candidates: string[]): string {
  for (const candidate of candidates.map((c) => path.join(root, 'node_modules', c))) {
    if (existsSync(candidate) && statSync(candidate).size > 1_000_000) return candidate;
  }
  throw new Error(`no ${name} binary in node_modules (run npm ci): looked for ${candidates.join(', ')}`);
}

/** esbuild (the repository's devDependency), bundling an entry of a project from that project's node_modules. */
async function esbuildBundle(dir: string, entry: string, format: 'esm' | 'iife', conditions: string[]) {
  const esbuild = await import('esbuild');
  const result = await heavy(() =>
    esbuild.build({
      absWorkingDir: dir,
      entryPoints: [entry],
      bundle: true,
      write: false,
      format,
      platform: 'browser',
      conditions,
      target: 'es2022',
      logLevel: 'silent',
    }),
  );
  const [output] = result.outputFiles;
  assert.ok(output, `esbuild gave no bundle of ${entry}`);
  return output.text;
}

// ---------------------------------------------------------------------------------------------------------------
// A session: one environment's mock server, its control endpoint and what both saw

interface RequestSeen {
  method: string;
  path: string;
  key: string | undefined;
  status: number | undefined;
  fault: string | undefined;
  replayed: boolean;
}

/** What the server saw during one scenario. */
interface ServerFacts {
  requests: RequestSeen[];
  /** Actions performed, per key seen in the scenario (counted after holds were released). */
  effects: Record<string, number>;
}

interface Quirks {
  /** The platform resends a request itself when a reused keep-alive connection drops before any answer. */
  resendsOnDrop?: boolean;
  /**
   * Every network failure has one shape (a browser's `TypeError: Failed to fetch`, workerd's `Network connection
   * lost.`): a refused connection cannot be told from an answer lost after the commit, so its outcome is unknown.
   */
  opaqueNetworkErrors?: boolean;
}

interface Outcome {
  runtime: string | undefined;
  results: Record<string, any>;
  facts: Record<string, ServerFacts>;
  probes: Record<string, any>;
  /** Why the run did not finish, if it did not. */
  failure: string | undefined;
  log: string;
  ms: number;
}

/** A closed port on 127.0.0.1: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP server that resets (RST) every connection once the request starts arriving. */
const resetServer = memo(async () => {
  const server: TcpServer = createTcpServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.resetAndDestroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/** The fault each scenario (and probe) injects into its first create. */
const FAULTS: Record<string, Fault> = {
  'drop-before': { type: 'drop-before-action' },
  'drop-after': { type: 'drop-after-action' },
  'cut-body': { type: 'cut-body' },
  'retry-after': { type: 'status', status: 503, retryAfter: 1 },
  'probe-drop': { type: 'drop-before-action' },
  'probe-cut-body': { type: 'cut-body' },
};

class Session {
  readonly results: Record<string, any> = {};
  readonly windows: { scenario: string; start: number }[] = [];
  runtime: string | undefined;
  probes: Record<string, any> | undefined;
  #held: HeldRequest[] = [];
  #arrived: Promise<void> | undefined;
  #done!: () => void;
  readonly done = new Promise<void>((resolve) => {
    this.#done = resolve;
  });
  readonly #control = createServer((req, res) => this.#answer(req, res));

  readonly mock: MockServer;
  readonly quirks: Quirks;
  readonly refusedUrl: string;
  readonly resetUrl: string;

  private constructor(mock: MockServer, quirks: Quirks, refusedUrl: string, resetUrl: string) {
    this.mock = mock;
    this.quirks = quirks;
    this.refusedUrl = refusedUrl;
    this.resetUrl = resetUrl;
  }

  static async open(quirks: Quirks): Promise<Session> {
    const mock = await createMockServer({ seedData: false });
    const refused = `http://127.0.0.1:${await closedPort()}`;
    const session = new Session(mock, quirks, refused, await resetServer());
    await new Promise<void>((resolve) => session.#control.listen(0, '127.0.0.1', resolve));
    return session;
  }

  get controlUrl(): string {
    const { port } = this.#control.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    this.#release();
    this.#control.closeAllConnections();
    await new Promise<void>((resolve) => this.#control.close(() => resolve()));
    await this.mock.close();
  }

  #answer(req: IncomingMessage, res: ServerResponse): void {
    const headers = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'content-type',
      'content-type': 'application/json',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      const verb = (req.url ?? '/').slice(1);
      Promise.resolve()
        .then(() => this.#handle(verb, text === '' ? {} : JSON.parse(text)))
        .then(
          (answer) => res.writeHead(200, headers).end(JSON.stringify(answer ?? {})),
          (error: unknown) => res.writeHead(500, headers).end(JSON.stringify({ error: String(error) })),
        );
    });
  }

  async #handle(verb: string, message: any): Promise<unknown> {
    const { mock } = this;
    switch (verb) {
      case 'env':
        this.runtime = message.runtime;
        return {
          baseUrl: mock.url,
          refusedUrl: this.refusedUrl,
          resetUrl: this.resetUrl,
          token: 'test-token',
        };
      case 'step':
        this.#release();
        mock.clearFaults();
        this.windows.push({ scenario: message.scenario, start: mock.requests.length });
        this.#prepare(message.scenario);
        return {};
      case 'arrived': {
        const arrived = await Promise.race([
          (this.#arrived ?? Promise.reject()).then(() => true),
          sleep(5000, false, { ref: false }),
        ]).catch(() => false);
        return { arrived };
      }
      case 'fault':
        // One more fault within a scenario (a platform that resends on a dropped connection uses two).
        assert.equal(message.fault, 'drop-after');
        mock.inject(
          { type: 'drop-after-action' },
          { operationId: CREATE, times: this.quirks.resendsOnDrop ? 2 : 1 },
        );
        return {};
      case 'count':
        return { requests: mock.requests.filter((r) => r.idempotencyKey === message.key).length };
      case 'result':
        this.results[message.scenario] = message.result;
        return {};
      case 'done':
        this.probes = message.probes;
        this.#done();
        return {};
      default:
        throw new Error(`unknown control verb ${verb}`);
    }
  }

  /** The faults of a scenario, injected before it runs; the abort and the timeout hold their request. */
  #prepare(scenario: string): void {
    const create = { operationId: CREATE };
    const fault = FAULTS[scenario];
    if (fault !== undefined) this.mock.inject(fault, create);
    if (scenario === 'abort' || scenario === 'timeout') {
      const held = this.mock.hold(create);
      this.#held.push(held);
      this.#arrived = held.arrived;
    }
  }

  #release(): void {
    for (const held of this.#held.splice(0)) held.release();
    this.#arrived = undefined;
  }

  /** What the server saw in each scenario, once held requests have been let go and have finished. */
  async facts(): Promise<Record<string, ServerFacts>> {
    this.#release();
    await sleep(100);
    const { mock } = this;
    const facts: Record<string, ServerFacts> = {};
    this.windows.forEach(({ scenario, start }, index) => {
      const end = this.windows[index + 1]?.start ?? mock.requests.length;
      const requests = mock.requests.slice(start, end).map((r) => ({
        method: r.method,
        path: r.path,
        key: r.idempotencyKey,
        status: r.status,
        fault: r.fault,
        replayed: r.replayed,
      }));
      const effects: Record<string, number> = {};
      for (const { key } of requests) if (key !== undefined) effects[key] = mock.effects.byKey(key);
      facts[scenario] = { requests, effects };
    });
    return facts;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The environments

interface Environment {
  id: string;
  /** The test's name: a plain sentence. */
  title: string;
  quirks?: Quirks;
  /** Why it is skipped, if it is. */
  skip?: string | false;
  /** Runs the scenario list against `session`; resolves when the runtime is finished (or gave up). */
  start(session: Session): Promise<{ log: () => string; stop: () => Promise<void>; exited: Promise<string> }>;
}

/** A runtime started as a process with the control URL as its argument; it is finished when it exits. */
function processRun(command: string, args: string[], cwd: string) {
  return async (session: Session) => {
    const child = spawn(command, [...args, session.controlUrl], { cwd, env: childEnv(), detached: true });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    const exited = new Promise<string>((resolve) => {
      child.on('error', (error) => resolve(`could not start: ${error.message}`));
      child.on('close', (code, signal) =>
        resolve(code === 0 ? '' : `exited with ${code === null ? signal : `code ${code}`}`),
      );
    });
    return { log: () => log, stop: async () => kill(child), exited };
  };
}

const nodeLine = (line: string, flavour: 'esm' | 'cjs'): Environment => {
  const version = PINNED[line] ?? line;
  return {
    id: `node${line}-${flavour}`,
    title:
      flavour === 'esm'
        ? `Node ${version} imports the package as an ES module and passes every scenario`
        : `Node ${version} requires the package from CommonJS and passes every scenario`,
    start: async (session) => {
      const [node, dir] = await Promise.all([nodeBinary(line), project(`node-${flavour}`)]);
      return processRun(node, [flavour === 'esm' ? 'main.mjs' : 'main.cjs'], dir)(session);
    },
  };
};

const ENVIRONMENTS: Environment[] = [
  nodeLine('22', 'esm'),
  nodeLine('24', 'esm'),
  nodeLine('26', 'esm'),
  nodeLine('22', 'cjs'),
  nodeLine('26', 'cjs'),
  {
    id: 'ts-nodenext',
    title:
      'a TypeScript consumer with moduleResolution nodenext type-checks, compiles and passes every scenario on Node',
    start: async (session) => {
      const [node, dir] = await Promise.all([nodeBinary('26'), project('ts-nodenext', TYPES)]);
      await heavy(() => exec(node, [path.join(dir, 'node_modules/typescript/bin/tsc'), '-p', '.'], dir));
      return processRun(node, ['main.js'], dir)(session);
    },
  },
  {
    id: 'ts-bundler',
    title:
      "a TypeScript consumer with moduleResolution bundler type-checks and passes every scenario under Node's type stripping",
    start: async (session) => {
      const [node, dir] = await Promise.all([nodeBinary('26'), project('ts-bundler', TYPES)]);
      await heavy(() => exec(node, [path.join(dir, 'node_modules/typescript/bin/tsc'), '-p', '.'], dir));
      return processRun(node, ['main.ts'], dir)(session);
    },
  },
  {
    id: 'bun',
    title: `Bun ${dev.bun} runs the package from node_modules and passes every scenario`,
    start: async (session) => {
      const bun = runtimeBinary('bun', [
        '@oven/bun-linux-x64/bin/bun',
        '@oven/bun-linux-x64-baseline/bin/bun',
        '@oven/bun-linux-aarch64/bin/bun',
        'bun/bin/bun.exe',
      ]);
      return processRun(bun, ['main.mjs'], await project('bun'))(session);
    },
  },
  {
    id: 'deno',
    title: `Deno ${dev.deno} runs the package from node_modules and passes every scenario`,
    // Deno's refused connection carries no code, and the same words come for a resend of a sent request.
    quirks: { resendsOnDrop: true, opaqueNetworkErrors: true },
    start: async (session) => {
      const deno = runtimeBinary('deno', [
        '@deno/linux-x64-glibc/deno',
        '@deno/linux-arm64-glibc/deno',
        'deno/deno',
      ]);
      const dir = await project('deno');
      // Only loopback: the mock server, the control endpoint, the closed port.
      const args = ['run', '--no-lock', '--no-prompt', '--allow-net=127.0.0.1', 'main.mjs'];
      return processRun(deno, args, dir)(session);
    },
  },
  {
    id: 'workerd',
    title: `a Cloudflare Worker on workerd (miniflare ${dev.miniflare}) bundles the package with esbuild and passes every scenario`,
    // workerd rejects a refused connection, a dropped one and a reset one alike: Error "Network connection lost."
    // with remote: true, retryable: true (artifacts/ecosystem/runtime-errors.md).
    quirks: { opaqueNetworkErrors: true },
    start: async (session) => {
      const dir = await project('workerd');
      const script = await esbuildBundle(dir, 'worker.mjs', 'esm', ['workerd', 'worker', 'browser']);
      const { Miniflare } = await import('miniflare');
      const mf = new Miniflare({ modules: true, script, compatibilityDate: '2026-07-01' });
      const exited = mf
        .dispatchFetch(`http://worker.local/?control=${encodeURIComponent(session.controlUrl)}`)
        .then(async (response) =>
          response.ok ? '' : `the worker answered ${response.status}: ${await response.text()}`,
        )
        .catch((error: unknown) => `the worker failed: ${String(error)}`);
      return { log: () => '', stop: () => mf.dispose(), exited };
    },
  },
  {
    id: 'edge',
    title: `Vercel's Edge runtime (edge-runtime ${dev['edge-runtime']}) bundles the package with esbuild and passes every scenario`,
    start: async (session) => {
      const dir = await project('edge');
      const initialCode = await esbuildBundle(dir, 'edge.mjs', 'iife', ['edge-light', 'worker', 'browser']);
      const { EdgeRuntime } = await import('edge-runtime');
      const runtime = new EdgeRuntime({ initialCode });
      const exited = runtime
        .dispatchFetch(`http://edge.local/?control=${encodeURIComponent(session.controlUrl)}`)
        .then(async (response) =>
          response.ok ? '' : `the edge function answered ${response.status}: ${await response.text()}`,
        )
        .catch((error: unknown) => `the edge function failed: ${String(error)}`);
      return { log: () => '', stop: async () => {}, exited };
    },
  },
  {
    id: 'browser',
    title: `Chromium runs a page bundled by webpack ${dev.webpack} and passes every scenario`,
    quirks: { resendsOnDrop: true, opaqueNetworkErrors: true },
    skip: missingChromium,
    start: async (session) => {
      const dir = await project('browser');
      const script = await heavy(() => webpackBundle(dir));
      const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
      const browser = await launchChromium();
      const site = createServer((req, res) => {
        const isScript = req.url?.startsWith('/page.js');
        res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
        res.end(isScript ? script : html);
      });
      const stop = async () => {
        await browser.close();
        site.closeAllConnections();
        await new Promise<void>((resolve) => (site.listening ? site.close(() => resolve()) : resolve()));
      };
      let page: Awaited<ReturnType<typeof browser.newPage>>;
      try {
        await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
        page = await browser.newPage();
      } catch (error) {
        await stop();
        throw error;
      }
      let log = '';
      page.on('pageerror', (error) => {
        log += `pageerror: ${error.message}\n`;
      });
      page.on('console', (message) => {
        log += `console.${message.type()}: ${message.text()}\n`;
      });
      const { port } = site.address() as AddressInfo;
      const exited = page
        .goto(`http://127.0.0.1:${port}/?control=${encodeURIComponent(session.controlUrl)}`)
        .then(() =>
          page.waitForFunction(() => document.title !== 'management-sdk ecosystem', null, { timeout: 0 }),
        )
        .then(async () => {
          const title = await page.title();
          return title === 'done' ? '' : title;
        })
        .catch((error: unknown) => `the page failed: ${String(error)}`);
      return { log: () => log, stop, exited };
    },
  },
];

/** webpack (the repository's devDependency) bundling the page for the browser, in production mode. */
async function webpackBundle(dir: string): Promise<string> {
  const { default: webpack } = await import('webpack');
  const out = path.join(dir, 'dist');
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: './page.mjs',
    target: 'web',
    devtool: false,
    performance: { hints: false },
    output: { path: out, filename: 'page.js' },
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((error, stats) =>
      compiler.close(() => {
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      }),
    );
  });
  return readFileSync(path.join(out, 'page.js'), 'utf8');
}

/** Runs one environment: its session, the runtime, and what both saw. Never rejects. */
async function runEnvironment(env: Environment): Promise<Outcome> {
  const started = Date.now();
  let session: Session | undefined;
  let handle: Awaited<ReturnType<Environment['start']>> | undefined;
  let failure: string | undefined;
  try {
    session = await Session.open(env.quirks ?? {});
    handle = await env.start(session);
    const finished = await Promise.race([
      session.done.then(() => ''),
      handle.exited.then((why) => why || 'the runtime ended without finishing the scenarios'),
      sleep(90_000, 'the runtime did not finish within 90 s', { ref: false }),
    ]);
    if (finished !== '') failure = finished;
    // A process gets a moment to exit by itself before it is ended.
    else await Promise.race([handle.exited, sleep(3000, undefined, { ref: false })]);
  } catch (error) {
    failure = `the environment could not be set up or run: ${error instanceof Error ? error.message : String(error)}`;
  }
  await handle?.stop().catch(() => {});
  const facts = session ? await session.facts() : {};
  await session?.close();
  return {
    runtime: session?.runtime,
    results: session?.results ?? {},
    facts,
    probes: session?.probes ?? {},
    failure,
    log: handle?.log() ?? '',
    ms: Date.now() - started,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// What each scenario must show

type Check = (r: any, s: ServerFacts, quirks: Quirks) => void;

const posts = (s: ServerFacts) => s.requests.filter((r) => r.method === 'POST');

/** A write that failed once and was retried with its key: one action on the server, every request with the key. */
function retriedOnce(
  r: any,
  s: ServerFacts,
  quirks: Quirks,
  replayed: boolean,
  platformMayResend: boolean,
): void {
  assert.equal(r.ok, true, `the call failed: ${JSON.stringify(r.error)}`);
  assert.equal(typeof r.key, 'string', 'the result carries its idempotency key');
  const sent = posts(s);
  const keyed = sent.filter((p) => p.key === r.key);
  assert.equal(sent[0]?.key, r.key, 'the first request of the scenario is the call');
  assert.ok(keyed.length >= 2, `the server saw the request and its retry: ${keyed.length} request(s)`);
  assert.equal(s.effects[r.key], 1, 'one action on the server');
  assert.equal(r.replayed, replayed, replayed ? 'the retry is a replay' : 'nothing was stored, so no replay');
  if (platformMayResend && quirks.resendsOnDrop) {
    // The platform resends a request itself once when a reused connection drops before an answer: the client
    // may see one attempt where the server saw two (all with the call's key).
    assert.ok(r.attempts === 1 || r.attempts === 2, `attempts: ${r.attempts}`);
  } else {
    assert.equal(r.attempts, 2, 'the client retried once');
    assert.equal(keyed.length, 2, 'one retry reached the server');
  }
}

const CHECKS: Record<string, Check> = {
  'create-get': (r, s) => {
    assert.equal(r.ok, true, `the create failed: ${JSON.stringify(r.error)}`);
    assert.equal(r.attempts, 1);
    assert.equal(r.replayed, false);
    assert.equal(r.name, 'Morning Flow');
    assert.equal(typeof r.key, 'string');
    assert.equal(r.fetched?.ok, true, `the get failed: ${JSON.stringify(r.fetched?.error)}`);
    assert.equal(r.fetched.sameId, true);
    assert.equal(s.effects[r.key], 1);
  },
  'drop-before': (r, s, q) => {
    retriedOnce(r, s, q, false, true);
    assert.equal(posts(s)[0]?.fault, 'drop-before-action');
  },
  'drop-after': (r, s, q) => {
    retriedOnce(r, s, q, true, true);
    assert.equal(posts(s)[0]?.fault, 'drop-after-action');
    // The same drop with retries off: the class exists, the answer is lost.
    const u = r.unretried;
    assert.equal(u.ok, false, 'the unretried call succeeded through a dropped answer');
    assert.equal(u.error.name, 'ConnectionError', `error: ${u.error.name}: ${u.error.message}`);
    assert.equal(u.error.attempts, 1);
    assert.equal(
      u.error.outcomeUnknown,
      true,
      'the action happened and its answer was lost: outcome unknown',
    );
    assert.equal(s.effects[u.error.key], 1, 'the server did act');
  },
  refused: (r, s, q) => {
    assert.equal(r.ok, false, 'the call succeeded against a closed port');
    assert.equal(r.error.name, 'ConnectionError', `error: ${r.error.name}: ${r.error.message}`);
    assert.ok(r.error.instanceOf.includes('ConnectionError'), 'instanceof ConnectionError');
    assert.equal(typeof r.error.key, 'string', 'the error carries the idempotency key');
    assert.equal(r.error.attempts, r.maxRetries + 1, 'every attempt was made (maxRetries + 1)');
    // Where every network failure looks the same (a browser, workerd), nothing says the request was not sent.
    const expected = q.opaqueNetworkErrors === true;
    assert.equal(
      r.error.outcomeUnknown,
      expected,
      `outcomeUnknown should be ${expected}; the failure was: ${JSON.stringify(r.error.cause)}`,
    );
    assert.equal(s.requests.length, 0);
  },
  'cut-body': (r, s, q) => {
    retriedOnce(r, s, q, true, false);
    assert.equal(posts(s)[0]?.fault, 'cut-body');
  },
  'retry-after': (r, s) => {
    assert.equal(r.ok, true, `the call failed: ${JSON.stringify(r.error)}`);
    assert.equal(r.attempts, 2);
    assert.equal(r.retries[0]?.reason, 'retry-after', `retries: ${JSON.stringify(r.retries)}`);
    assert.equal(r.retries[0]?.delayMs, 1000, 'Retry-After: 1 is one second');
    assert.ok(r.elapsedMs >= 950, `it waited: ${r.elapsedMs} ms`);
    assert.equal(posts(s)[0]?.status, 503);
    assert.equal(s.effects[r.key], 1);
  },
  'key-reused': (r, s) => {
    assert.equal(r.first.ok, true, `the first create failed: ${JSON.stringify(r.first.error)}`);
    assert.equal(r.guard.ok, false, 'the same client sent the key with another body');
    assert.equal(r.guard.error.name, 'IdempotencyConflictError');
    assert.equal(r.guard.error.reason, 'key-reused');
    assert.equal(r.guard.error.attempts, 0, 'the guard refused before sending');
    assert.equal(r.sentAfterGuard, 1, 'the server saw only the first request');
    assert.equal(r.server.ok, false, 'the server accepted the key with another body');
    assert.equal(r.server.error.name, 'IdempotencyConflictError');
    assert.equal(r.server.error.reason, 'key-reused');
    assert.equal(r.server.error.attempts, 1, 'the 409 is not retried');
    const keyed = s.requests.filter((p) => p.key === r.key);
    assert.deepEqual(
      keyed.map((p) => p.status),
      [201, 409],
    );
    assert.equal(s.effects[r.key], 1);
  },
  abort: (r, s) => {
    assert.equal(r.arrived, true, 'the request reached the server before the abort');
    assert.equal(r.ok, false, 'the aborted call succeeded');
    assert.equal(r.error.name, 'RequestAbortedError', `error: ${r.error.name}: ${r.error.message}`);
    assert.equal(r.error.attempts, 1);
    assert.equal(typeof r.error.key, 'string');
    assert.equal(r.error.outcomeUnknown, true, 'it was sent: the action may happen');
    assert.equal(posts(s).length, 1, 'an abort is not retried');
  },
  timeout: (r, s) => {
    assert.equal(r.ok, false, 'the held call succeeded');
    assert.equal(r.error.name, 'TimeoutError', `error: ${r.error.name}: ${r.error.message}`);
    assert.equal(r.error.kind, 'attempt');
    assert.equal(r.error.attempts, 1);
    assert.equal(r.error.outcomeUnknown, true, 'it was sent: the action may happen');
    assert.equal(typeof r.error.key, 'string');
    assert.equal(r.arrived, true, 'the request had reached the server');
    assert.equal(s.effects[r.error.key], 1, 'the server acted once released, after the client gave up');
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The report: every result, and the error shapes of each runtime's fetch

const outcomes = new Map<string, Outcome>();

function describeShape(shape: ErrorShape | undefined, indent = ''): string {
  if (shape === undefined) return `${indent}(none)`;
  if (shape.value !== undefined) return `${indent}- thrown value: ${shape.value}`;
  const { code, errno, ...others } = shape.fields ?? {};
  const fields = [
    `name \`${shape.name}\``,
    shape.class && shape.class !== shape.name ? `class \`${shape.class}\`` : '',
    `message \`${shape.message}\``,
    `code ${code === undefined ? '—' : `\`${code}\``}`,
    `errno ${errno === undefined ? '—' : `\`${errno}\``}`,
    ...Object.entries(others).map(([name, value]) => `${name} \`${value}\``),
  ].filter(Boolean);
  const line = `${indent}- ${fields.join('; ')}`;
  return shape.cause ? `${line}\n${describeShape(shape.cause, `${indent}  `)}` : line;
}

/**
 * Whether ky takes an error of this shape for a network failure (wraps it in its NetworkError, which the SDK's
 * failure.ts asks about): the error is rebuilt from its class, name and message and thrown by a fetch under ky.
 */
async function kyVerdict(shape: ErrorShape): Promise<boolean> {
  const error = shape.class === 'TypeError' ? new TypeError(shape.message) : new Error(shape.message);
  if (shape.name !== undefined) error.name = shape.name;
  try {
    await ky('http://127.0.0.1:9/', { retry: 0, timeout: false, fetch: () => Promise.reject(error) });
  } catch (thrown) {
    return isNetworkError(thrown);
  }
  return false;
}

async function writeReport(): Promise<void> {
  const dir = path.join(root, 'artifacts/ecosystem');
  mkdirSync(dir, { recursive: true });
  const order = ENVIRONMENTS.map((e) => e.id).filter((id) => outcomes.has(id));
  const report = Object.fromEntries(order.map((id) => [id, outcomes.get(id)]));
  writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const lines = [
    '# What fetch rejects with, per runtime',
    '',
    'Raw `fetch` (no SDK) from each runtime against the mock server (made by test/ecosystem/matrix.ts). Each',
    'entry is the error and its `cause` chain (indented): name, message, code, errno.',
    '',
  ];
  for (const id of order) {
    const outcome = outcomes.get(id) as Outcome;
    lines.push(`## ${id}: ${outcome.runtime ?? '(did not start)'}`, '');
    for (const { id: probe, title } of PROBES) {
      const p = outcome.probes[probe];
      lines.push(`### ${title}`, '');
      if (p === undefined) lines.push('(not run)');
      else {
        lines.push(`rejected while: ${p.phase}${p.status === undefined ? '' : ` (status ${p.status})`}`);
        if (p.error) {
          lines.push(describeShape(p.error));
          if (p.phase === 'fetch')
            lines.push('', `ky wraps it in its NetworkError: ${await kyVerdict(p.error)}`);
        }
      }
      lines.push('');
    }
    lines.push('### What the SDK made of them (its error for the scenario; each failed attempt)', '');
    for (const scenario of ['refused', 'drop-before', 'drop-after', 'cut-body']) {
      const r = outcome.results[scenario];
      if (r === undefined) continue;
      const summary = r.ok
        ? `succeeded after ${r.attempts} attempt(s)`
        : `${r.error?.name} (outcomeUnknown ${r.error?.outcomeUnknown}, attempts ${r.error?.attempts}): ${r.error?.message}`;
      lines.push(`- ${scenario}: ${summary}`);
      for (const retry of r.retries ?? []) {
        lines.push(`  - attempt ${retry.attempt}: ${retry.error}: ${retry.message}`);
      }
    }
    lines.push('');
  }
  writeFileSync(path.join(dir, 'runtime-errors.md'), `${lines.join('\n')}\n`);
}

after(writeReport);

// ---------------------------------------------------------------------------------------------------------------
// The tests: one per environment, one subtest per scenario. Every environment starts at once (the limiters
// pace them); the tests report in order.

// ECOSYSTEM_ONLY=bun,deno runs only those environments (the others are skipped).
const only = process.env.ECOSYSTEM_ONLY?.split(',').filter(Boolean);
for (const env of ENVIRONMENTS) {
  if (only && !only.includes(env.id)) env.skip = `not in ECOSYSTEM_ONLY (${only.join(', ')})`;
}
const runs = new Map<string, Promise<Outcome>>();
for (const env of ENVIRONMENTS) {
  if (env.skip) continue;
  runs.set(
    env.id,
    running(() => runEnvironment(env)).then((outcome) => {
      outcomes.set(env.id, outcome);
      return outcome;
    }),
  );
}

for (const env of ENVIRONMENTS) {
  test(env.title, { skip: env.skip ?? false, timeout: 400_000 }, async (t) => {
    const outcome = await (runs.get(env.id) as Promise<Outcome>);
    t.diagnostic(`${outcome.runtime ?? env.id}: ${Math.round(outcome.ms / 100) / 10} s`);
    for (const { id, title } of SCENARIOS) {
      await t.test(title, () => {
        const result = outcome.results[id];
        const why = outcome.failure?.split('\n')[0] ?? 'the scenario did not report';
        assert.ok(result !== undefined, `no result: ${why} (the last subtest has the details)`);
        assert.equal(result.crashed, undefined, `the scenario threw: ${JSON.stringify(result.crashed)}`);
        const facts = outcome.facts[id] ?? { requests: [], effects: {} };
        (CHECKS[id] as Check)(result, facts, env.quirks ?? {});
      });
    }
    await t.test('the runtime finished the scenario list and its fetch probes', () => {
      assert.equal(
        outcome.failure,
        undefined,
        `${outcome.failure}\n--- runtime output ---\n${outcome.log.slice(-3000)}`,
      );
      assert.deepEqual(
        Object.keys(outcome.probes),
        PROBES.map((p) => p.id),
      );
    });
  });
}
