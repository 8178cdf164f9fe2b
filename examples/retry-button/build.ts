/** Bundles the example page's script for the browser, with 'management-sdk' resolved to this checkout's source. */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('./', import.meta.url));

/** The page's script (app.ts and the SDK) as one ES module. */
export async function bundleExample(): Promise<string> {
  const result = await build({
    entryPoints: [`${here}app.ts`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: { 'management-sdk': fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
  });
  return result.outputFiles[0]?.text ?? '';
}
