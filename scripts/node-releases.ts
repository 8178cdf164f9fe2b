/**
 * The Node release of each supported line that the suite runs on, and where each is installed: one list for
 * scripts/node-lines.ts (the unit tests on every line) and test/ecosystem/matrix.ts (the packed tarball on
 * every line). Each release comes from the npm registry's `node` package, installed once into .cache/node/.
 * Bump together with `engines`.
 */
import path from 'node:path';

/** The pinned release of each Node line. */
export const PINNED: Readonly<Record<string, string>> = { '22': '22.23.3', '24': '24.9.0', '26': '26.10.0' };

/** Where a release is installed, its binary, and the npm arguments that install it there. */
export function nodeRelease(root: string, version: string): { node: string; installArgs: string[] } {
  const prefix = path.join(root, '.cache/node', version);
  return {
    node: path.join(prefix, 'node_modules/.bin/node'),
    installArgs: [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefix',
      prefix,
      `node@${version}`,
    ],
  };
}
