/** A built site served from dist/ and a Chromium to read it with, for browser test files. */
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
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
