/**
 * Index the built site with Pagefind's Node API after every build. A failed index
 * fails the build, and the number of indexed pages is written next to the index
 * so tests can compare it with the number of entry pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export default function atlasPagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        // A missing folder gives no error, just zero files.
        if (!added.page_count) throw new Error(`Pagefind found no HTML files in ${outDir}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // page_count above counts HTML files found; the entry file counts pages indexed.
        const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number; hash: string; wasm: string | null }>;
        };
        const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        if (!indexed) throw new Error('Pagefind indexed no pages: entry pages must have <main data-pagefind-body>');
        logger.info(`Pagefind indexed ${indexed} of ${added.page_count} HTML files (list pages are not indexed)`);
        preloadIndexFiles(outDir, entry);
      },
    },
  };
}

/**
 * The search page cannot know the index's hashed file names when it is rendered,
 * so once the index exists, add preload hints for the files Pagefind fetches one
 * after another at start (metadata and WebAssembly): they then load in parallel
 * with pagefind.js instead of after it. (pagefind-entry.json is fetched with a
 * cache-busting query and cannot be preloaded.)
 */
function preloadIndexFiles(outDir: string, entry: { languages: Record<string, { hash: string; wasm: string | null }> }): void {
  const page = join(outDir, 'search', 'index.html');
  if (!existsSync(page)) return;
  const files = Object.values(entry.languages).flatMap((l) => [
    `/pagefind/pagefind.${l.hash}.pf_meta`,
    `/pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`,
  ]);
  for (const file of files) if (!existsSync(join(outDir, file))) throw new Error(`Pagefind file to preload is missing: ${file}`);
  const links = files.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`).join('');
  const html = readFileSync(page, 'utf8');
  if (!html.includes('</head>')) throw new Error('search page has no </head> to add preload hints to');
  writeFileSync(page, html.replace('</head>', `${links}</head>`));
}
