/**
 * Index the built site with Pagefind's Node API. A failed index fails the build,
 * and the number of indexed pages is written next to the index so tests can
 * compare it with the number of entry pages.
 *
 * Pages are indexed while Astro renders them, not after: the integration wraps
 * Astro's prerenderer and hands each entry page to the Pagefind process as soon as
 * it is rendered, so Pagefind (a separate, native process) works on the second core
 * while Node renders on the first, and only writing the index is left for the end.
 * Pagefind gets just what it indexes: the page's <main data-pagefind-body> (with
 * its filters, meta and weights) in a minimal document, not the inlined stylesheet,
 * header and footer around it; the index is the same as from the whole file.
 * List pages (no data-pagefind-body) are not indexed at all.
 *
 * Pages render before endpoints (data files, chart images, exports), and the index
 * is written as soon as the last page is rendered: Pagefind's single-threaded write
 * then runs on one core while Node renders the endpoints on the other, instead of
 * after them (bench/notes.md, "Build time").
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Feed } from './pagefind-feed.ts';
import { readChunkBoundaries, type ChunkBoundaries } from './pagefind-meta.ts';
import { writeResultRecords } from './pagefind-records.ts';
import { editPagefindStart } from './pagefind-start.ts';

const utf8 = new TextDecoder();

export default function atlasPagefind(): AstroIntegration {
  let feed: Feed | undefined;
  let outDir = '';
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const current = new Feed();
        feed = current;
        // Pages still to render before the index can be written (counted in getStaticPaths).
        let pagesLeft = Infinity;
        setPrerenderer((base) => ({
          ...base,
          name: 'atlas-pagefind-feed',
          async getStaticPaths() {
            const { pages, rest } = pagesFirst(await base.getStaticPaths());
            pagesLeft = pages.length;
            return [...pages, ...rest];
          },
          async teardown() {
            await base.teardown?.();
            void current.write(join(outDir, 'pagefind'));
          },
          async render(request, options) {
            const rendered = await base.render(request, options);
            const response = rendered instanceof Response ? rendered : rendered.response;
            const html = response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html');
            // Astro writes these bytes as they are; Pagefind gets them decoded.
            const bytes = html ? new Uint8Array(await response.arrayBuffer()) : undefined;
            if (bytes) current.add(new URL(request.url).pathname, utf8.decode(bytes));
            if (options.routeData.type === 'page' && --pagesLeft === 0) void current.write(join(outDir, 'pagefind'));
            if (!bytes) return rendered;
            const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
            return rendered instanceof Response ? copy : { ...rendered, response: copy };
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!feed) throw new Error('Pagefind: astro:build:start did not run');
        const waited = performance.now();
        // Started when rendering ended (teardown); started here if it was not.
        const { ms, catchUpMs, pages } = await feed.write(join(fileURLToPath(dir), 'pagefind'));
        const outDir = fileURLToPath(dir);
        // The entry file counts pages indexed.
        const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          version: string;
          languages: Record<string, { page_count: number; hash: string; wasm: string | null }>;
        };
        const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        if (indexed !== feed.fed) throw new Error(`Pagefind indexed ${indexed} pages of the ${feed.fed} it was handed`);
        const secs = (t: number) => `${(t / 1000).toFixed(1)} s`;
        logger.info(
          `Pagefind indexed ${indexed} of ${feed.fed + feed.skipped} HTML pages (list pages are not indexed) while they were rendered; the indexer caught up ${secs(catchUpMs)} after the last page, writing the index took ${secs(ms)}, and the build waited ${secs(performance.now() - waited)} for both after the other integrations`,
        );
        const [language, ...others] = Object.values(entry.languages);
        if (!language || others.length) throw new Error('Pagefind wrote an index for more than one language: the search page reads one');
        const metaFile = join(outDir, 'pagefind', `pagefind.${language.hash}.pf_meta`);
        const recordBuckets = writeResultRecords(outDir, join(outDir, 'pagefind'), metaFile, pages);
        // The page predicts chunk requests the way Pagefind 1.4 makes them (search-chunks.ts); other versions get no prediction.
        const chunks = /^1\.4\./.test(entry.version) ? readChunkBoundaries(metaFile) : [];
        const { entryHref } = editPagefindStart(join(outDir, 'pagefind'));
        preloadIndexFiles(outDir, entry, entryHref, { chunks, recordBuckets });
      },
    },
  };
}

/**
 * Page routes first, then endpoints and redirects, each in Astro's order. A pathname
 * is counted once (Astro renders the first route that claims it), so the count is
 * the number of page renders to wait for.
 */
export function pagesFirst<T extends { pathname: string; route: { type: string } }>(paths: T[]): { pages: T[]; rest: T[] } {
  const pages: T[] = [];
  const rest: T[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const key = path.pathname.replace(/\/$/, '');
    const first = !seen.has(key);
    seen.add(key);
    (path.route.type === 'page' && first ? pages : rest).push(path);
  }
  return { pages, rest };
}

/**
 * The search page cannot know the index's hashed file names when it is rendered,
 * so once the index exists, add preload hints for the files Pagefind fetches one
 * after another at start (its entry file, by the per-build name pagefind-start.ts
 * gives it, then metadata and WebAssembly): they then load in parallel with
 * pagefind.js instead of after it. And write into the page the index
 * chunks' boundaries, from which it computes the chunks a query needs
 * (src/lib/view/search-chunks.ts), and how its result records are named.
 */
function preloadIndexFiles(
  outDir: string,
  entry: { languages: Record<string, { hash: string; wasm: string | null }> },
  entryHref: string,
  facts: { chunks: ChunkBoundaries; recordBuckets: number },
): void {
  const page = join(outDir, 'search', 'index.html');
  if (!existsSync(page)) return;
  const files = [
    entryHref,
    ...Object.values(entry.languages).flatMap((l) => [`/pagefind/pagefind.${l.hash}.pf_meta`, `/pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`]),
  ];
  for (const file of files) if (!existsSync(join(outDir, file.split('?')[0]))) throw new Error(`Pagefind file to preload is missing: ${file}`);
  const links =
    files.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`).join('') +
    `<script type="application/json" id="pagefind-facts">${JSON.stringify(facts).replace(/</g, '\\u003c')}</script>`;
  const html = readFileSync(page, 'utf8');
  if (!html.includes('</head>')) throw new Error('search page has no </head> to add preload hints to');
  writeFileSync(page, html.replace('</head>', `${links}</head>`));
}
