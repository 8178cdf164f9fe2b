import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entries = ['src/index.ts', 'src/testing/index.ts'];

/** Every export of the package's entry points, with whether its TSDoc has a summary and an `@example`. */
function exportsOf(): { name: string; entry: string; documented: boolean; example: boolean }[] {
  const program = ts.createProgram(
    entries.map((e) => root + e),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  return entries.flatMap((entry) => {
    const source = program.getSourceFile(root + entry);
    assert.ok(source, entry);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    assert.ok(moduleSymbol, entry);
    return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const documented = target.getDocumentationComment(checker).length > 0;
      const example = target.getJsDocTags(checker).some((tag) => tag.name === 'example');
      return { name: symbol.getName(), entry, documented, example };
    });
  });
}

test('every public export has TSDoc with an example', () => {
  const found = exportsOf();
  assert.ok(found.length > 50, `only ${found.length} exports found`);
  const missing = found.filter((e) => !e.documented || !e.example).map((e) => `${e.entry}: ${e.name}`);
  assert.deepEqual(missing, []);
});
