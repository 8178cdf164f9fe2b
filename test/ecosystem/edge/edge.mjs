// Vercel's Edge runtime (edge-runtime): bundled with esbuild into one script; each fetch event runs the scenarios.
import * as sdk from 'management-sdk';
import { run } from '../scenarios.mjs';

addEventListener('fetch', (event) => {
  event.respondWith(
    (async () => {
      const control = new URL(event.request.url).searchParams.get('control');
      try {
        await run(sdk, { control, runtime: `Edge runtime (${globalThis.EdgeRuntime})` });
        return new Response('done');
      } catch (error) {
        return new Response(String(error?.stack ?? error), { status: 500 });
      }
    })(),
  );
});
