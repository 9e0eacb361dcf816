/**
 * npm run screenshots — full-page PNGs of the key pages at a phone's and a laptop's width,
 * for review (not run in CI). Serves the built site (run `npm run build` first) and drives
 * Debian's Chromium; Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
 *   --dist DIR     the built site (default dist)
 *   --out DIR      where the PNGs go (default <dist>/screenshots)
 * Files are named <page>-<width>.png, e.g. compare-1280.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveDist } from '../tests/support/static-server.ts';

/** The pages a reviewer looks at, by file name. */
const SHOTS: Record<string, string> = {
  home: '/',
  compare: '/compare/',
  'platform-kuaishou': '/platforms/kuaishou/',
  'platform-douyin': '/platforms/douyin/',
  'measure-gmv': '/measures/gmv/',
  'market-china-online-retail': '/markets/china-online-retail/',
  'claim-kuaishou-gmv-2024': '/claims/kuaishou-gmv-2024/',
  'case-shunzi-shuocha': '/cases/shunzi-shuocha/',
  'search-kuaishou-gmv': `/search/?q=${encodeURIComponent('快手 GMV')}`,
};
const WIDTHS = [390, 1280];
/** Debian's Chromium, as the browser tests use it (tests/support/browser.ts). */

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' } } });
const dist = values.dist!;
const out = values.out ?? join(dist, 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/ has no index.html: run \`npm run build\` first`);
  process.exit(1);
}
try {
  if (!/CJK|Han Sans|WenQuanYi|Droid Sans Fallback/i.test(execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }))) {
    console.warn('warning: no Chinese font found (fc-list :lang=zh); text will show as boxes. Debian: apt-get install fonts-noto-cjk');
  }
} catch {
  // fc-list is missing: leave it to the reviewer.
}
mkdirSync(out, { recursive: true });

const server = await serveDist(dist);
const browser = await launchChromium();
const problems: string[] = [];
try {
  for (const width of WIDTHS) {
    const phone = width < 600;
    const context = await browser.newContext({
      viewport: { width, height: phone ? 844 : 900 },
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    for (const [name, path] of Object.entries(SHOTS)) {
      const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
      if (!response?.ok()) problems.push(`${path}: HTTP ${response?.status()}`);
      if (path.startsWith('/search/')) {
        // Wait for the results, not the "searching…" state.
        await page.waitForFunction(
          () => {
            const text = document.getElementById('status')?.textContent ?? '';
            return text !== '' && !text.includes('…');
          },
          null,
          { timeout: 15_000 },
        );
      }
      await page.evaluate(() => document.fonts.ready);
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${relative('.', file)}  ${path}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${Object.keys(SHOTS).length * WIDTHS.length} screenshots in ${out}/`);
