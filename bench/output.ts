/**
 * Figures about a built site: HTML bytes per page (raw and gzip) by page type,
 * the JavaScript and CSS each page loads (inline plus referenced files, counted
 * gzip-compressed as a server would send them), and the Pagefind index size.
 * gzip uses zlib's default level 6, what static hosts typically serve.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipBytes } from './budgets.ts';

/** case, claim, platform, model, measure, source, term, event; "<type>/<sub>" for an entry's sub-page; list; other. */
export type PageType = string;
const ENTRY_DIRS: Record<string, string> = {
  cases: 'case',
  claims: 'claim',
  platforms: 'platform',
  models: 'model',
  measures: 'measure',
  sources: 'source',
  terms: 'term',
  events: 'event',
};

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
  /** The page with the maximum. */
  maxPath?: string;
}

export interface PageFigures {
  path: string;
  type: PageType;
  raw: number;
  gzip: number;
  jsGzip: number;
  jsRaw: number;
  cssGzip: number;
  cssRaw: number;
  /** Scripts that are not executed (JSON-LD) are reported apart. */
  dataScriptRaw: number;
}

export interface OutputFigures {
  pages: number;
  htmlBytesTotal: number;
  distBytesTotal: number;
  byType: Record<string, { html: Stats; htmlGzip: Stats; jsGzip: Stats; jsRaw: Stats; cssGzip: Stats; cssRaw: Stats }>;
  pagefind: {
    bytes: number;
    files: number;
    indexedPages: number;
    bytesPerIndexedPage: number;
    parts: Record<string, { bytes: number; files: number }>;
  };
}

/** Nearest-rank percentile (never interpolates a value below the data). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Median as the upper middle for even counts (the less flattering of the two). */
export function stats(values: { v: number; path?: string }[]): Stats {
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const nums = sorted.map((x) => x.v);
  return {
    n: nums.length,
    median: nums.length ? nums[Math.floor(nums.length / 2)] : NaN,
    p95: percentile(nums, 95),
    max: nums.length ? nums[nums.length - 1] : NaN,
    maxPath: sorted[sorted.length - 1]?.path,
  };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

export function pageType(urlPath: string): PageType {
  const parts = urlPath.split('/').filter(Boolean);
  // Page N of a paginated list (/claims/3/, /cases/2/, /timeline/2022/ …) is a list page, not an entry.
  const numbered = parts.length === 2 && /^\d+$/.test(parts[1]);
  if (parts.length === 2 && ENTRY_DIRS[parts[0]] && !numbered) return ENTRY_DIRS[parts[0]];
  // An entry's own sub-page, e.g. /platforms/<id>/data/ and its pages /platforms/<id>/data/2/.
  if ((parts.length === 3 || (parts.length === 4 && /^\d+$/.test(parts[3]))) && ENTRY_DIRS[parts[0]] && !parts[2].includes('.'))
    return `${ENTRY_DIRS[parts[0]]}/${parts[2]}`;
  if (parts.length <= 1 || numbered) return parts[0] === '404.html' ? 'other' : 'list';
  return 'other';
}

const gz = gzipBytes;

/**
 * JS and CSS a page loads: inline code plus referenced same-site files (and their static
 * imports), gzipped as a host sends them. The bench and the real site's budget test
 * (tests/built/budgets.test.ts) both count with this.
 */
export function assets(
  html: string,
  dist: string,
  cache: Map<string, Buffer | null>,
): { jsRaw: number; jsGzip: number; cssRaw: number; cssGzip: number; dataScriptRaw: number } {
  let jsRaw = 0;
  let jsGzip = 0;
  let cssRaw = 0;
  let cssGzip = 0;
  let dataScriptRaw = 0;
  const seen = new Set<string>();
  const file = (url: string): Buffer | null => {
    if (!url.startsWith('/')) return null;
    const clean = url.split(/[?#]/)[0];
    if (!cache.has(clean)) {
      const p = join(dist, clean);
      cache.set(clean, existsSync(p) && statSync(p).isFile() ? readFileSync(p) : null);
    }
    return cache.get(clean)!;
  };
  const addJsFile = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const buf = file(url);
    if (!buf) return;
    jsRaw += buf.length;
    jsGzip += gz(buf);
    // Static imports load with the module; dynamic import() does not.
    for (const m of buf.toString('utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g))
      addJsFile(posix.resolve(posix.dirname(url), m[1]));
  };
  let inlineJs = '';
  let inlineCss = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) {
      dataScriptRaw += m[2].length;
      continue;
    }
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (src) addJsFile(src);
    else {
      inlineJs += m[2];
      for (const imp of m[2].matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) addJsFile(imp[1]);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel\s*=\s*["']?modulepreload[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
    if (href) addJsFile(href);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += m[1];
  for (const m of html.matchAll(/<link\b[^>]*rel\s*=\s*["']?stylesheet[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
    const buf = href ? file(href) : null;
    if (buf) {
      cssRaw += buf.length;
      cssGzip += gz(buf);
    }
  }
  // Inline code travels inside the HTML; its compressed share is counted on its own.
  if (inlineJs) {
    jsRaw += Buffer.byteLength(inlineJs);
    jsGzip += gz(inlineJs);
  }
  if (inlineCss) {
    cssRaw += Buffer.byteLength(inlineCss);
    cssGzip += gz(inlineCss);
  }
  return { jsRaw, jsGzip, cssRaw, cssGzip, dataScriptRaw };
}

export function analyzeDist(dist: string): { figures: OutputFigures; pages: PageFigures[] } {
  const files = walk(dist);
  const cache = new Map<string, Buffer | null>();
  const pages: PageFigures[] = [];
  let htmlBytesTotal = 0;
  let distBytesTotal = 0;
  for (const abs of files) {
    const size = statSync(abs).size;
    distBytesTotal += size;
    if (!abs.endsWith('.html')) continue;
    const rel = '/' + relative(dist, abs).split('\\').join('/');
    if (rel.startsWith('/pagefind/')) continue;
    const urlPath = rel.replace(/index\.html$/, '');
    const buf = readFileSync(abs);
    htmlBytesTotal += buf.length;
    const html = buf.toString('utf8');
    pages.push({ path: urlPath, type: pageType(urlPath), raw: buf.length, gzip: gz(buf), ...assets(html, dist, cache) });
  }
  const types = [...new Set(pages.map((p) => p.type))].sort();
  const byType: OutputFigures['byType'] = {};
  for (const t of types) {
    const list = pages.filter((p) => p.type === t);
    const s = (key: keyof PageFigures) => stats(list.map((p) => ({ v: p[key] as number, path: p.path })));
    byType[t] = { html: s('raw'), htmlGzip: s('gzip'), jsGzip: s('jsGzip'), jsRaw: s('jsRaw'), cssGzip: s('cssGzip'), cssRaw: s('cssRaw') };
  }
  const pfDir = join(dist, 'pagefind');
  const parts: Record<string, { bytes: number; files: number }> = {};
  let pfBytes = 0;
  let pfFiles = 0;
  let indexedPages = 0;
  if (existsSync(pfDir)) {
    for (const abs of walk(pfDir)) {
      const rel = relative(pfDir, abs);
      const part = rel.includes('/')
        ? rel.split('/')[0]
        : rel.startsWith('wasm.')
          ? 'wasm'
          : rel.endsWith('.pf_meta')
            ? 'meta'
            : rel.endsWith('.js') || rel.endsWith('.css')
              ? 'ui+js'
              : 'other';
      const size = statSync(abs).size;
      parts[part] ??= { bytes: 0, files: 0 };
      parts[part].bytes += size;
      parts[part].files++;
      pfBytes += size;
      pfFiles++;
    }
    const entry = JSON.parse(readFileSync(join(pfDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    indexedPages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  }
  return {
    figures: {
      pages: pages.length,
      htmlBytesTotal,
      distBytesTotal,
      byType,
      pagefind: { bytes: pfBytes, files: pfFiles, indexedPages, bytesPerIndexedPage: indexedPages ? pfBytes / indexedPages : NaN, parts },
    },
    pages,
  };
}
