/** Bundles the example pages' scripts for the browser, with 'management-sdk' resolved to this checkout's source. */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('./', import.meta.url));

/** The two versions of the page: the plain DOM one (index.html) and the React one (react.html). */
export type ExamplePage = 'plain' | 'react';

/** Each page's entry point. */
const entries: Record<ExamplePage, string> = { plain: 'app.ts', react: 'react.tsx' };

/** A page's script (app.ts or react.tsx, with the SDK and, for React, react and react-dom) as one ES module. */
export async function bundleExample(page: ExamplePage = 'plain'): Promise<string> {
  const result = await build({
    entryPoints: [`${here}${entries[page]}`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    jsx: 'automatic',
    // React's development build: its warnings (a missing key, a changing snapshot) reach the console.
    define: { 'process.env.NODE_ENV': '"development"' },
    alias: { 'management-sdk': fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
  });
  return result.outputFiles[0]?.text ?? '';
}
