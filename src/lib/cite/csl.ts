/** CSL-JSON for our sources, for reference managers (Zotero, EndNote) and citation-js. */
import type { Source } from '../../schemas/source.ts';

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
  note?: string;
}

const CSL_TYPE: Record<Source['kind'], string> = {
  news: 'article-newspaper',
  analysis: 'article-magazine',
  report: 'report',
  official: 'report',
  interview: 'interview',
};

export function toCsl(source: Source): CslItem {
  const item: CslItem = {
    id: source.id,
    type: CSL_TYPE[source.kind],
    title: source.title,
    'container-title': source.outlet,
    language: source.language,
  };
  // Chinese names are not split into family and given names.
  if (source.authors.length) item.author = source.authors.map((literal) => ({ literal }));
  if (source.published) item.issued = { 'date-parts': [source.published.split('-').map(Number)] };
  if (source.url) item.URL = source.url;
  if (source.originalOutlet) item.note = `原载 Originally published by ${source.originalOutlet}`;
  return item;
}
