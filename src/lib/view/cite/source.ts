/** Everything a page needs to cite one source, made once per source per build from its CSL-JSON. */
import type { Source } from '../../../schemas/source.ts';
import { knownOutlet, toCsl, type CslItem } from './csl.ts';
import type { References } from './render.ts';
import { formatGbt7714, formatGbt7714AuthorDate } from './gbt7714.ts';
import { formatApa } from './apa.ts';
import { articleMeta, type MetaTag } from './meta.ts';

export interface SourceCitation {
  csl: CslItem;
  refs: References;
  /** Facts the references leave out because the standard has no element for them. */
  notes: string[];
  /** Zotero / Google Scholar tags describing the article. */
  meta: MetaTag[];
}

/** The facts shown beside a source's references. */
export function citationNotes(source: Source): string[] {
  const notes: string[] = [];
  if (source.originalOutlet)
    notes.push(`原发：${source.originalOutlet}。GB/T 7714-2015 没有“原载”著录项，故只列在这里，不写入参考文献（CSL-JSON 中为 original-publisher）。`);
  if (!knownOutlet(source.outlet)) notes.push('刊载媒体不详：参考文献中不写出版者或刊名。');
  if (source.readAt && source.readAt !== source.url) notes.push(`本站所读副本：${source.readAt}（转载或存档，不写入参考文献）`);
  if (!source.url) notes.push('没有原发布者的网址：按 GB/T 7714-2015，不标“/OL”，也不写引用日期。');
  return notes;
}

const cache = new WeakMap<Source, SourceCitation>();
export function sourceCitation(source: Source): SourceCitation {
  let c = cache.get(source);
  if (!c) {
    const csl = toCsl(source);
    c = {
      csl,
      refs: { gbt: formatGbt7714(source), gbtAuthorDate: formatGbt7714AuthorDate(source), apa: formatApa(source) },
      notes: citationNotes(source),
      meta: articleMeta(csl),
    };
    cache.set(source, c);
  }
  return c;
}
