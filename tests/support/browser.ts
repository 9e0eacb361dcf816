/** Debian's Chromium driven by playwright-core (a test tool's own browser download fails here). */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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

import { afterAll, beforeAll } from 'vitest';
import { serveDist } from './static-server.ts';
import { requireDist } from './dist.ts';

/**
 * For a test file: serve dist/ and start Chromium before its tests, stop both after.
 * Read `site.url` and `site.browser` inside tests (they are set in beforeAll).
 */
export function useBuiltSite(): { url: string; browser: Browser } {
  const site = {} as { url: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    requireDist();
    const server = await serveDist();
    close = server.close;
    site.url = server.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
