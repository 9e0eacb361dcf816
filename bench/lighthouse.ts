/**
 * npm run bench:lighthouse — Lighthouse's mobile preset (simulated throttling) on
 * the home, a case, a claim and the comparison page of the built site, in Debian's
 * Chromium (CHROME_PATH or /usr/bin/chromium). Writes bench-results/lighthouse.json.
 * Budgets: performance >= 95; accessibility, best practices and SEO = 100.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from './serve.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const PAGES = { home: '/', case: '/cases/shunzi-shuocha/', claim: '/claims/shunzi-shuocha-aov-2022-zb/', compare: '/compare/' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BUDGET: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serveDist(process.argv[2] ?? 'dist');
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const results: Record<string, Record<string, number>> = {};
const failures: string[] = [];
const findings: Record<string, string[]> = {};
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const run = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = run!.lhr;
    results[name] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    results[name].lcpMs = Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0);
    results[name].cls = Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3));
    findings[name] = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id} (${a.score})`);
    for (const c of CATEGORIES) if (results[name][c] < BUDGET[c]) failures.push(`${name} ${c} ${results[name][c]} < ${BUDGET[c]}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/lighthouse.json',
  JSON.stringify({ date: new Date().toISOString(), preset: 'mobile (default, simulated throttling)', results, findings, failures }, null, 2),
);
console.table(results);
for (const [page, list] of Object.entries(findings)) if (list.length) console.log(`${page}: ${list.join(', ')}`);
console.log(failures.length ? `未达标 budgets missed: ${failures.join('; ')}` : 'Lighthouse budgets met');
process.exitCode = failures.length ? 1 : 0;
