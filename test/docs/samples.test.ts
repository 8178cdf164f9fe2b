import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { type Entry, entries, type PublicExport, publicExports, root } from './exports.ts';

// Every code sample users see (the README's ```ts blocks and the ```ts blocks of every TSDoc `@example`) is
// turned into a module of its own and type-checked, all in one `tsc` run, with the repo's strict settings.

/**
 * The free variables samples use without declaring them, declared once for every sample. A sample's own
 * declarations shadow them (its body is wrapped in a function).
 */
const freeVariables = `
declare const client: ManagementClient;
declare const mock: MockServer;
declare const baseUrl: string;
declare const other: string;
declare const accessToken: string;
declare const auth: { token(): Promise<string>; getSession(): Promise<{ accessToken: string }> };
declare const body: ClassCreate;
declare const editedBody: ClassCreate;
declare const draft: { id: string; body: ClassCreate };
declare const id: string;
declare const classId: string;
declare const locationId: string;
declare const roomId: string;
declare const key: string;
declare const saved: string;
declare const savedKey: string;
declare const requestId: string;
declare const userInput: string;
declare const error: unknown;
declare const cause: unknown;
declare const url: string;
declare const response: Response;
declare const controller: AbortController;
declare const store: KeyStore;
declare const db: {
  actionKeys: {
    find(action: string): Promise<SavedKey | null>;
    upsert(action: string, saved: SavedKey): Promise<void>;
    remove(action: string, where?: { key?: string }): Promise<void>;
    insertIfAbsent(action: string, saved: SavedKey): Promise<SavedKey>;
    all(): Promise<{ action: string; saved: SavedKey }[]>;
  };
};
declare function offer(message: string, choices: { retry(): unknown; discard(): unknown }): void;
declare function reconcile(action: PendingAction): Promise<void>;
declare function useSyncExternalStore<T>(subscribe: (listener: () => void) => () => void, snapshot: () => T): T;
declare const logger: Pick<Console, 'info' | 'warn' | 'error'>;
declare const tracer: NonNullable<OpenTelemetryOptions['tracer']>;
declare const propagator: NonNullable<OpenTelemetryOptions['propagator']>;
declare const redis: RedisClient;
declare const retryButton: HTMLButtonElement;
declare function show(message: string): void;
declare function showError(error: unknown): void;
declare function showRetry(message: string, retry?: () => unknown): void;
declare function showOffline(message: string): void;
declare function showSpinner(message: string): void;
declare function showRule(detail: string | undefined): void;
declare function toast(message: string): void;
declare function highlight(fields: readonly { pointer: string; detail: string }[]): void;
declare function report(...details: unknown[]): void;
declare function retryLater(delayMs: number): void;
declare function offerRetry(idempotencyKey: string | undefined): void;
declare function saveForRetry(idempotencyKey: string): void;
declare function forgetKey(key: string): void;
declare function makeNewKey(): void;
declare function reload(): void;
declare function redirectToLogin(): void;
`;

/** Modules samples may use without importing them: name → import line. */
const ambientImports: Record<string, string> = {
  assert: "import assert from 'node:assert/strict';",
};

interface Sample {
  /** Where it is shown: a repo-relative file. */
  file: string;
  /** The line of its first code line in `file` (1-based). */
  line: number;
  code: string;
}

/** The ```ts blocks of a Markdown text. */
function markdownBlocks(file: string, text: string, firstLine = 1): Sample[] {
  const samples: Sample[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(?:ts|typescript)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
    const code = lines
      .slice(start, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n');
    samples.push({ file, line: firstLine + start, code });
    i = end;
  }
  return samples;
}

/** The ```ts blocks inside `@example` tags of the TSDoc comments of a TypeScript file. */
function exampleBlocks(file: string, text: string): Sample[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const comments = new Map<number, string>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
      const comment = text.slice(range.pos, range.end);
      if (comment.startsWith('/**')) comments.set(range.pos, comment);
    }
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...comments].flatMap(([pos, comment]) => {
    const firstLine = source.getLineAndCharacterOfPosition(pos).line + 1;
    // Keep one line per comment line, so that line numbers stay right; blank out all but @example sections.
    let tag = '';
    let fenced = false;
    const body = comment
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((raw) => raw.replace(/^\s*\* ?/, ''))
      .map((line) => {
        if (/^\s*```/.test(line)) fenced = !fenced;
        else if (!fenced && /^@\w+/.test(line)) {
          tag = /^@(\w+)/.exec(line)?.[1] ?? '';
          return '';
        }
        return tag === 'example' ? line : '';
      });
    return markdownBlocks(file, body.join('\n'), firstLine);
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .sort();
}

function collectSamples(): Sample[] {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  return [
    ...markdownBlocks('README.md', read('README.md')),
    ...[...filesUnder('src'), 'generated/resources.ts'].flatMap((file) => exampleBlocks(file, read(file))),
  ];
}

interface Module {
  sample: Sample;
  text: string;
  /** The line of the module where the sample's line 1 is. */
  bodyLine: number;
  /** Problems found before type-checking: syntax errors, imports of names the package does not export. */
  problems: string[];
}

/** Where a line of a module is in the sample's file. */
function origin(module: Module, line: number, column: number): string {
  const at = line - module.bodyLine;
  return at >= 0 ? `${module.sample.file}:${module.sample.line + at}:${column}` : `(preamble line ${line})`;
}

/** The syntax errors of a module: tsc reports only those while any file has one, so they are found first. */
function syntaxErrors(module: Module): string[] {
  const { diagnostics = [] } = ts.transpileModule(module.text, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2023 },
    fileName: 'sample.ts',
  });
  return diagnostics.map((d) => {
    const { line, character } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? {
      line: 0,
      character: 0,
    };
    return `${origin(module, line + 1, character + 1)} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/**
 * The sample as a module: its own imports of other modules on top, then the shared preamble (every public
 * export, the ambient imports and the free variables, less the names the sample imports itself), then the
 * sample in `export async function sample() { … }`. Its imports of the package are dropped (the preamble
 * imports everything) after checking that the package exports what they name.
 */
function toModule(sample: Sample, exported: readonly PublicExport[]): Module {
  const source = ts.createSourceFile('sample.ts', sample.code, ts.ScriptTarget.Latest, true);
  let body = sample.code;
  const ownImports: string[] = [];
  const bound = new Set<string>();
  const aliases = Object.fromEntries(Object.keys(entries).map((entry) => [entry, []])) as unknown as Record<
    Entry,
    string[]
  >;
  const problems: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    const start = statement.getStart(source);
    // Blank the import out of the body, keeping its lines.
    body =
      body.slice(0, start) +
      body.slice(start, statement.end).replace(/[^\n]/g, ' ') +
      body.slice(statement.end);
    if (specifier in entries) {
      const entry = specifier as Entry;
      const names = new Set(exported.filter((e) => e.entry === entry).map((e) => e.name));
      if (clause?.name) problems.push(`imports a default export, which '${entry}' does not have`);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        ownImports.push(`import * as ${bindings.name.text} from ${JSON.stringify(root + entries[entry])};`);
        bound.add(bindings.name.text);
      } else if (bindings) {
        for (const element of bindings.elements) {
          const name = (element.propertyName ?? element.name).getText(source);
          if (!names.has(name)) problems.push(`imports ${name}, which '${entry}' does not export`);
          else if (name !== element.name.text) aliases[entry].push(`${name} as ${element.name.text}`);
        }
      }
    } else {
      ownImports.push(statement.getText(source));
      if (clause?.name) bound.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) bound.add(bindings.name.text);
      else if (bindings) for (const element of bindings.elements) bound.add(element.name.text);
    }
  }
  const preamble = (Object.keys(entries) as Entry[]).map((entry) => {
    const names = exported
      .filter((e) => e.entry === entry)
      .filter((e) => !bound.has(e.name))
      .map((e) => (e.typeOnly ? `type ${e.name}` : e.name));
    return `import { ${[...names, ...aliases[entry]].join(', ')} } from ${JSON.stringify(root + entries[entry])};`;
  });
  for (const [name, line] of Object.entries(ambientImports)) if (!bound.has(name)) preamble.push(line);
  const declarations = freeVariables
    .trim()
    .split(/\n(?=declare )/)
    .filter((d) => !bound.has(/^declare (?:const|function) (\w+)/.exec(d)?.[1] ?? ''));
  const head = [...ownImports, ...preamble, ...declarations, 'export async function sample() {'].join('\n');
  return {
    sample,
    text: `${head}\n${body}\n}\n`,
    bodyLine: head.split('\n').length + 1,
    problems,
  };
}

/** One error of tsc, in a file it checked. */
interface TscError {
  line: number;
  column: number;
  /** `TSxxxx: message`, with its continuation lines. */
  text: string;
}

/** Type-checks `files` in one tsc run, with the repo's compiler options; returns tsc's errors by file. */
function typeCheck(dir: string, files: string[]): Map<string, TscError[]> {
  const repoConfig = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  assert.ifError(repoConfig.error);
  // Not copied: `paths` (samples get the package from the preamble) and an emit setting that refuses the
  // preamble's absolute '.ts' paths.
  const {
    paths: _paths,
    rewriteRelativeImportExtensions: _rewrite,
    ...compilerOptions
  } = repoConfig.config.compilerOptions;
  const config = {
    compilerOptions: {
      ...compilerOptions,
      noEmit: true,
      allowImportingTsExtensions: true,
      types: ['node'],
      typeRoots: [path.join(root, 'node_modules/@types')],
    },
    files,
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  // Samples may import the packages an entry point works with (`redis`), as users' code does.
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const tsc = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      path.join(dir, 'tsconfig.json'),
      '--pretty',
      'false',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const output = `${tsc.stdout}${tsc.stderr}`;
  const errors = new Map<string, TscError[]>();
  let last: TscError | undefined;
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
    if (match) {
      const file = path.resolve(dir, match[1] ?? '');
      last = { line: Number(match[2]), column: Number(match[3]), text: match[4] ?? '' };
      errors.set(file, [...(errors.get(file) ?? []), last]);
    } else if (last && /^\s+\S/.test(line)) {
      last.text += `\n${line}`;
    }
  }
  if (tsc.status !== 0 && errors.size === 0) assert.fail(`tsc failed without an error message:\n${output}`);
  return errors;
}

test('every code sample of the README and the TSDoc compiles', (t) => {
  const samples = collectSamples();
  assert.ok(samples.filter((s) => s.file === 'README.md').length >= 3, 'README samples not found');
  assert.ok(
    samples.filter((s) => s.file.startsWith('src/testing/')).length >= 5,
    'src/testing samples not found',
  );
  assert.ok(
    samples.filter((s) => s.file.startsWith('generated/')).length >= 50,
    'generated samples not found',
  );
  assert.ok(samples.length > 100, `only ${samples.length} samples found`);

  const exported = publicExports();
  const modules = samples.map((sample) => toModule(sample, exported));
  const files = new Map<string, Module>(); // the modules without a syntax error, by file name
  const dir = mkdtempSync(path.join(tmpdir(), 'management-sdk-samples-'));
  try {
    modules.forEach((module, i) => {
      const syntax = syntaxErrors(module);
      module.problems.push(...syntax);
      if (syntax.length > 0) return; // type-checked once its syntax is fixed
      const file = path.join(dir, `sample-${String(i).padStart(3, '0')}.ts`);
      writeFileSync(file, module.text);
      files.set(file, module);
    });
    const errors = files.size > 0 ? typeCheck(dir, [...files.keys()]) : new Map<string, TscError[]>();
    for (const [file, messages] of errors) {
      const module = files.get(file);
      if (module) {
        for (const { line, column, text } of messages)
          module.problems.push(`${origin(module, line, column)} ${text}`);
      } else {
        // An error in the SDK itself, as the samples import it.
        const where = path.relative(root, file);
        modules.push({
          sample: { file: where, line: 0, code: '' },
          text: '',
          bodyLine: 0,
          problems: messages.map(({ line, column, text }) => `${where}:${line}:${column} ${text}`),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  t.diagnostic(`${samples.length} samples checked (${files.size} type-checked)`);
  const failures = modules
    .filter((m) => m.problems.length > 0)
    .map(
      (m) =>
        `${m.sample.file}${m.sample.line ? `:${m.sample.line}` : ''}\n${m.problems.join('\n').replace(/^/gm, '  ')}`,
    );
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${samples.length} samples do not compile:\n\n${failures.join('\n\n')}`,
  );
});
