/** Serves both example pages and their scripts from one origin (so they share saved keys, drafts and Web Locks). */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { bundleExample } from './build.ts';

const here = fileURLToPath(new URL('./', import.meta.url));

/** A running example site. */
export interface ExampleSite {
  /** The origin, for example `http://127.0.0.1:8080` (no trailing slash). */
  readonly url: string;
  /** Each page's path: the plain page at `/`, the React one at `/react.html`. */
  readonly pages: { readonly plain: string; readonly react: string };
  close(): Promise<void>;
}

/** Bundles both pages and serves them on `port` (0: any free one) of 127.0.0.1. */
export async function serveExample(port = 0): Promise<ExampleSite> {
  const [plain, react] = await Promise.all([bundleExample('plain'), bundleExample('react')]);
  const file = (name: string) => readFileSync(`${here}${name}`, 'utf8');
  const html = 'text/html; charset=utf-8';
  const js = 'text/javascript; charset=utf-8';
  const routes = new Map<string, [type: string, body: string]>([
    ['/', [html, file('index.html')]],
    ['/index.html', [html, file('index.html')]],
    ['/react.html', [html, file('react.html')]],
    ['/style.css', ['text/css; charset=utf-8', file('style.css')]],
    ['/app.js', [js, plain]],
    ['/react.js', [js, react]],
  ]);
  const server = createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    res.writeHead(route ? 200 : 404, { 'content-type': route?.[0] ?? 'text/plain; charset=utf-8' });
    res.end(route?.[1] ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    pages: { plain: '/', react: '/react.html' },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
