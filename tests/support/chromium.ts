/**
 * Debian's Chromium driven by playwright-core (a test tool's own browser download fails
 * here), with the flags that keep it quiet and offline. No test framework is imported, so
 * scripts (screenshots) launch the same browser the tests do.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Quiet and offline: no sandbox (containers), no GPU, no QUIC, no first-run, update or sync traffic. The bench launches with these too. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
