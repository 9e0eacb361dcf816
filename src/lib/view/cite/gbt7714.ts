/**
 * GB/T 7714-2015 references, rendered by citeproc-js from the source's CSL-JSON
 * (csl.ts) with the published CSL styles china-national-standard-gb-t-7714-2015-numeric
 * and -author-date and the zh-CN locale. The access date ([引用日期]) is the source's
 * `accessed` field; a source without a URL gets no /OL and no access date, as the
 * style decides.
 */
import type { Source } from '../../../schemas/source.ts';
import { toCsl } from './csl.ts';
import { renderReference } from './render.ts';

const numeric = new WeakMap<Source, string>();
const authorDate = new WeakMap<Source, string>();

/** GB/T 7714-2015 numeric (顺序编码制), without the list number. */
export function formatGbt7714(source: Source): string {
  let s = numeric.get(source);
  if (s === undefined) {
    s = renderReference(toCsl(source), 'gbt');
    numeric.set(source, s);
  }
  return s;
}

/** GB/T 7714-2015 author-date (著者-出版年制). */
export function formatGbt7714AuthorDate(source: Source): string {
  let s = authorDate.get(source);
  if (s === undefined) {
    s = renderReference(toCsl(source), 'gbtAuthorDate');
    authorDate.set(source, s);
  }
  return s;
}
