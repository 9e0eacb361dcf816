/**
 * GB/T 7714-2015 reference strings for our sources. No npm package ships this
 * style, so it is written here from the standard's rules for online resources:
 *   主要责任者. 题名[文献类型标识/OL]. 出版者, 出版日期[引用日期]. 获取和访问路径.
 * Type codes: news → N, report → R, everything else online → EB.
 * Up to three authors are listed, then "等"; with no author the entry starts at the title.
 */
import type { Source } from '../../schemas/source.ts';

const TYPE_CODE: Record<Source['kind'], string> = {
  news: 'N',
  analysis: 'EB',
  report: 'R',
  official: 'EB',
  interview: 'EB',
};

export function gbtAuthors(authors: readonly string[]): string {
  if (authors.length <= 3) return authors.join(', ');
  return `${authors.slice(0, 3).join(', ')}, 等`;
}

/**
 * @param accessed the citing date (YYYY-MM-DD), required by the standard for online resources
 */
export function formatGbt7714(source: Source, accessed: string): string {
  const parts: string[] = [];
  const authors = gbtAuthors(source.authors);
  if (authors) parts.push(`${authors}. `);
  parts.push(`${source.title}[${TYPE_CODE[source.kind]}/OL]. `);
  const publisher = source.originalOutlet ? `${source.outlet}(原载: ${source.originalOutlet})` : source.outlet;
  parts.push(`${publisher}, ${source.published ?? '出版日期不详'}[${accessed}].`);
  if (source.url) parts.push(` ${source.url}.`);
  return parts.join('');
}
