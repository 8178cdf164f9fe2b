// A browser page: bundled with webpack (the retry-button test covers esbuild), run in Chromium.
import * as sdk from 'management-sdk';
import { run } from '../scenarios.mjs';

const control = new URL(location.href).searchParams.get('control');
run(sdk, { control, runtime: navigator.userAgent }).then(
  () => {
    document.title = 'done';
  },
  (error) => {
    document.title = `failed: ${error}`;
  },
);
