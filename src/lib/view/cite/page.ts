/** Citing a page of this atlas (a case): its CSL-JSON, references, slide footer and dates, from one function. */
import { atlasPageCsl, type CslItem } from './csl.ts';
import { renderAll, type References } from './render.ts';
import { atlasSlideFooter } from './footer.ts';
import { zhDate } from '../../periods.ts';
import type { EntryDates } from '../added-dates.ts';
import { entryHref } from '../../../schemas/index.ts';

export interface PageCitation {
  csl: CslItem;
  refs: References;
  footer: string;
  notes: string[];
}

/*
 * Atlas pages are cited in one shape (author 电商图谱, the site, a title, an address and
 * a date), so citeproc renders that shape once per date with stand-ins for the title
 * and address, and each page's references are the stand-ins replaced: 3,000 renderings
 * fewer at 10,000 entries (about 5 s of a build). Only titles citeproc would print
 * unchanged take this way: Han characters, digits, spaces and the middle dot (no
 * Latin letters for a style to recase, no punctuation for it to merge with its own).
 * tests/lib/cite.test.ts compares both ways for every case of the atlas.
 */
const TITLE_STAND_IN = '標題佔位';
const URL_STAND_IN = 'https://stand-in.invalid/page/';
const PLAIN_TITLE = /^[\p{Script=Han}0-9 ·]+$/u;
const shapes = new Map<string, References>();

/** The references of an atlas page's CSL item: from the rendered shape where that is exact, else rendered whole. */
export function atlasPageReferences(item: CslItem): References {
  const title = String(item.title ?? '');
  const url = String(item.URL ?? '');
  if (!PLAIN_TITLE.test(title) || title.includes(TITLE_STAND_IN)) return renderAll(item);
  const key = JSON.stringify([item.issued, item.accessed, item.language]);
  let shape = shapes.get(key);
  if (!shape) {
    shape = renderAll({ ...item, id: 'atlas-page-shape', title: TITLE_STAND_IN, URL: URL_STAND_IN });
    shapes.set(key, shape);
  }
  const fill = (text: string) => text.split(TITLE_STAND_IN).join(title).split(URL_STAND_IN).join(url);
  return { gbt: fill(shape.gbt), gbtAuthorDate: fill(shape.gbtAuthorDate), apa: fill(shape.apa) };
}

export function casePageCsl(id: string, name: string, site: URL | undefined, dates: EntryDates): CslItem {
  return atlasPageCsl({ id: `case-${id}`, title: name, url: new URL(entryHref('cases', id), site).href, changed: dates.changed });
}

/** The cite box of a case page: the page itself, dated by its last change. */
export function casePageCitation(id: string, name: string, site: URL | undefined, dates: EntryDates): PageCitation {
  const csl = casePageCsl(id, name, site, dates);
  const notes = [
    [dates.added && `首次收录：${zhDate(dates.added)}`, dates.changed && `最后修改：${zhDate(dates.changed)}`].filter(Boolean).join('；'),
    '出版日期与引用日期都取本页最后修改的日期：此后内容未变。若本页在您查阅后又有修改，请以您查阅的日期为引用日期。案例中的数字请同时引用其原始来源（见各数据页）。',
  ].filter(Boolean);
  return { csl, refs: atlasPageReferences(csl), footer: dates.changed ? atlasSlideFooter(name, dates.changed) : `来源：电商图谱《${name}》`, notes };
}
