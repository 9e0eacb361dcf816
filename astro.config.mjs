// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import atlasCheck from './src/integrations/check.ts';
import atlasPagefind from './src/integrations/pagefind.ts';
import { sitemapLastmod } from './src/lib/view/added-dates.ts';

// The public address; the deploy workflow sets SITE_URL for the real host.
const site = process.env.SITE_URL ?? 'https://commerce-atlas.github.io';

// When each page's entry last changed, from git history read once per build.
const lastmod = sitemapLastmod(process.cwd());

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // Validation first: nothing compiles (and no MDX runs) until the content passes.
  integrations: [
    atlasCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404'), serialize: (item) => ({ ...item, lastmod: lastmod(item.url) ?? item.lastmod }) }),
    atlasPagefind(),
  ],
  devToolbar: { enabled: false },
  // No code blocks in the content, so no highlighter to load (and none whose inline styles the CSP would block).
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Scripts stay files, never inline: Astro lists the hash of every inline script of the
      // whole site in every page's CSP <meta> (11 hashes, ~0.4 KB gzip per page), and a
      // deferred module file costs a reader nothing on the first paint and is cached after.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks each MDX entry's asset module "use astro:head-inject": a warning (with a code frame) per entry.
        checks: { moduleLevelDirective: false },
        // Every MDX entry in one server chunk instead of one chunk each (1,700 at 10k entries):
        // the bundle step writes and the render step imports a few dozen files, not thousands.
        output: { codeSplitting: { groups: [{ name: 'content-mdx', test: /[\\/]content[\\/][^?]*\.mdx(\?|$)/ }] } },
      },
    },
  },
  // Astro hashes its own inline scripts and styles into a CSP <meta>; Pagefind needs
  // 'wasm-unsafe-eval' for its WebAssembly and loads everything else from 'self'.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
