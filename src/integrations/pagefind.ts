/**
 * Index the built site with Pagefind's Node API after every build. A failed index
 * fails the build, and the number of indexed pages is written next to the index
 * so tests can compare it with the number of entry pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
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
        const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        if (!indexed) throw new Error('Pagefind indexed no pages: entry pages must have <main data-pagefind-body>');
        logger.info(`Pagefind indexed ${indexed} of ${added.page_count} HTML files (list pages are not indexed)`);
      },
    },
  };
}
