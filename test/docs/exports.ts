import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The package's entry points and the source file each one is built from. */
export const entries = {
  'management-sdk': 'src/index.ts',
  'management-sdk/testing': 'src/testing/index.ts',
  'management-sdk/otel': 'src/otel/index.ts',
  'management-sdk/redis': 'src/redis/index.ts',
};
export type Entry = keyof typeof entries;

/** One public export of an entry point, as the TypeScript checker sees it. */
export interface PublicExport {
  name: string;
  entry: Entry;
  /** A type only (an interface or a type alias), imported with `import type`. */
  typeOnly: boolean;
  /** Its TSDoc has a summary. */
  documented: boolean;
  /** Its TSDoc has an `@example`. */
  example: boolean;
}

/** Every export of the package's entry points, read through the TypeScript checker. */
export function publicExports(): PublicExport[] {
  const program = ts.createProgram(
    Object.values(entries).map((file) => root + file),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  return (Object.entries(entries) as [Entry, string][]).flatMap(([entry, file]) => {
    const source = program.getSourceFile(root + file);
    assert.ok(source, file);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    assert.ok(moduleSymbol, file);
    return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return {
        name: symbol.getName(),
        entry,
        // A type, or a class exported with `export type` (its constructor is not public).
        typeOnly:
          !(target.flags & ts.SymbolFlags.Value) ||
          (symbol.declarations ?? []).some((node) => ts.isTypeOnlyImportOrExportDeclaration(node)),
        documented: target.getDocumentationComment(checker).length > 0,
        example: target.getJsDocTags(checker).some((tag) => tag.name === 'example'),
      };
    });
  });
}
