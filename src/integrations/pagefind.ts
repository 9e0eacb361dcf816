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
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** What Pagefind needs of a rendered page, or undefined for a page it does not index. */
export function indexableDocument(html: string): string | undefined {
  const open = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const close = html.indexOf('</main>', open.index);
  if (close === -1) return undefined;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'zh-CN';
  // Pagefind's fallback result title when the body has no <h1>.
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${html.slice(open.index, close + '</main>'.length)}</body></html>`;
}

/** Pages handed to Pagefind during rendering. */
class Feed {
  readonly index: Promise<PagefindIndex>;
  private readonly pending: Promise<void>[] = [];
  readonly errors: string[] = [];
  fed = 0;
  skipped = 0;

  constructor() {
    this.index = pagefind.createIndex({ forceLanguage: 'zh-cn' }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    });
    // Seen (and thrown) in astro:build:done; never an unhandled rejection meanwhile.
    this.index.catch(() => undefined);
  }

  add(url: string, html: string): void {
    const content = indexableDocument(html);
    if (!content) {
      this.skipped++;
      return;
    }
    this.fed++;
    this.pending.push(
      this.index
        .then((index) => index.addHTMLFile({ url, content }))
        .then((added) => void this.errors.push(...added.errors.map((e) => `${url}: ${e}`)))
        .catch((error: unknown) => void this.errors.push(`${url}: ${String(error)}`)),
    );
  }

  /** Every page handed over has been indexed. */
  async settled(): Promise<PagefindIndex> {
    const index = await this.index;
    await Promise.all(this.pending);
    return index;
  }
}

export default function atlasPagefind(): AstroIntegration {
  let feed: Feed | undefined;
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const current = new Feed();
        feed = current;
        setPrerenderer((base) => ({
          ...base,
          name: 'atlas-pagefind-feed',
          async render(request, options) {
            const rendered = await base.render(request, options);
            const response = rendered instanceof Response ? rendered : rendered.response;
            if (response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return rendered;
            const html = await response.text();
            current.add(new URL(request.url).pathname, html);
            const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
            return rendered instanceof Response ? copy : { ...rendered, response: copy };
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!feed) throw new Error('Pagefind: astro:build:start did not run');
        const index = await feed.settled();
        if (feed.errors.length) throw new Error(`Pagefind indexing failed: ${feed.errors.slice(0, 5).join('; ')}`);
        if (!feed.fed) throw new Error(`Pagefind was handed no entry pages (${feed.skipped} pages without <main data-pagefind-body>)`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The entry file counts pages indexed.
        const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number; hash: string; wasm: string | null }>;
        };
        const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        if (indexed !== feed.fed) throw new Error(`Pagefind indexed ${indexed} pages of the ${feed.fed} it was handed`);
        logger.info(`Pagefind indexed ${indexed} of ${feed.fed + feed.skipped} HTML pages (list pages are not indexed)`);
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
