import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (Playwright cannot download its own browser here), or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Outside CI a missing Chromium skips with how to get it; in CI the browser tests must run. */
export const missingChromium: string | false =
  !existsSync(chromiumPath) && !process.env.CI
    ? `no Chromium at ${chromiumPath}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH`
    : false;

/** Headless Chromium for a test: no sandbox (root in CI), no QUIC and no background traffic of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
