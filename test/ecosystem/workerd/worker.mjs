// A Cloudflare Worker (workerd, through miniflare): bundled with esbuild; each request it gets runs the scenarios.
import * as sdk from 'management-sdk';
import { run } from '../scenarios.mjs';

export default {
  async fetch(request) {
    const control = new URL(request.url).searchParams.get('control');
    try {
      await run(sdk, { control, runtime: `workerd (${navigator.userAgent})` });
      return new Response('done');
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
