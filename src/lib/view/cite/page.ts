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
  return { csl, refs: renderAll(csl), footer: dates.changed ? atlasSlideFooter(name, dates.changed) : `来源：电商图谱《${name}》`, notes };
}
