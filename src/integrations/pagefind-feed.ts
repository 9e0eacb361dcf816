/**
 * Handing rendered pages to Pagefind: what of a page it needs, and the queue of pages
 * the indexer works through while Astro renders the rest (see pagefind.ts).
 */
import * as pagefind from 'pagefind';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * The page without its elements marked data-pagefind-ignore, which Pagefind skips
 * anyway (tables, the cite box): less to send to the indexer and for it to parse.
 * An ignored element that holds filters, meta or sort keys (Pagefind still reads
 * those) is kept. Astro escapes ">" in attribute values, so a tag ends at the first ">".
 */
export function withoutIgnored(html: string): string {
  const ignored = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
  let out = '';
  let from = 0;
  for (let m; (m = ignored.exec(html));) {
    const tags = new RegExp(`<(/?)${m[1]}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index;
    let depth = 0;
    let end = -1;
    for (let t; (t = tags.exec(html));) {
      if (t[1]) depth--;
      else if (!t[0].endsWith('/>')) depth++;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    if (end === -1) break;
    if (/\sdata-pagefind-(filter|meta|sort|weight)\b/.test(html.slice(m.index + m[0].length, end))) continue;
    out += html.slice(from, m.index);
    from = end;
    ignored.lastIndex = end;
  }
  return out + html.slice(from);
}

/**
 * What Pagefind needs of a rendered page, or undefined for a page it does not index.
 * Sort keys (data-pagefind-sort) are taken out: Pagefind would put the order of every
 * dated page into the metadata every search downloads (12 KB gzip at 10,000 entries);
 * the search page gets the dates in a file of its own instead (pagefind-records.ts).
 */
export function indexableDocument(html: string): string | undefined {
  const open = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const close = html.indexOf('</main>', open.index);
  if (close === -1) return undefined;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'zh-CN';
  // Pagefind's fallback result title when the body has no <h1>.
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const main = withoutIgnored(html.slice(open.index, close + '</main>'.length)).replace(/\sdata-pagefind-sort="[^"]*"/g, '');
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${main}</body></html>`;
}

/** A page as Pagefind indexed it: for the search page's result records (pagefind-records.ts). */
export interface IndexedPage {
  url: string;
  words: number;
  meta: Record<string, string>;
  /** The page's data-pagefind-sort="date" value. */
  date?: string;
}

/** Pages handed to Pagefind during rendering, in the order Pagefind numbers them. */
export class Feed {
  readonly index: Promise<PagefindIndex>;
  private readonly pending: Promise<void>[] = [];
  readonly pages: IndexedPage[] = [];
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
    const n = this.fed++;
    const date = /\sdata-pagefind-sort="date"[^>]*>([^<]*)</.exec(html)?.[1];
    this.pending.push(
      this.index
        .then((index) => index.addHTMLFile({ url, content }))
        .then((added) => {
          this.errors.push(...added.errors.map((e) => `${url}: ${e}`));
          if (added.file) this.pages[n] = { url: added.file.url, words: added.file.uniqueWords, meta: added.file.meta, date };
        })
        .catch((error: unknown) => void this.errors.push(`${url}: ${String(error)}`)),
    );
  }

  private written: Promise<{ ms: number; catchUpMs: number; pages: IndexedPage[] }> | undefined;

  /**
   * Once the last page is rendered: wait for the indexer to catch up, then write the
   * index to `outputPath`, while Astro finishes the build (the sitemap, other hooks).
   */
  write(outputPath: string): Promise<{ ms: number; catchUpMs: number; pages: IndexedPage[] }> {
    this.written ??= (async () => {
      const index = await this.index;
      const waited = performance.now();
      await Promise.all(this.pending);
      const catchUpMs = performance.now() - waited;
      if (this.errors.length) throw new Error(`Pagefind indexing failed: ${this.errors.slice(0, 5).join('; ')}`);
      if (!this.fed) throw new Error(`Pagefind was handed no entry pages (${this.skipped} pages without <main data-pagefind-body>)`);
      const started = performance.now();
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await pagefind.close();
      return { ms: performance.now() - started, catchUpMs, pages: this.pages.filter(Boolean) };
    })();
    // Seen (and thrown) in astro:build:done.
    this.written.catch(() => undefined);
    return this.written;
  }
}
