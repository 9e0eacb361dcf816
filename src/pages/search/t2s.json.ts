/** The traditional→simplified table the search box uses, limited to characters the site contains. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas.ts';
import { traditionalTable } from '../../lib/view/search-text.ts';

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const text = [
    ...atlas.claims.map((c) => JSON.stringify(c.data)),
    ...atlas.cases.map((c) => JSON.stringify(c.data) + (c.body ?? '')),
    ...atlas.platforms.map((c) => JSON.stringify(c.data) + (c.body ?? '')),
    ...atlas.models.map((c) => JSON.stringify(c.data) + (c.body ?? '')),
    ...atlas.terms.map((t) => JSON.stringify(t.data)),
    ...atlas.events.map((e) => JSON.stringify(e.data)),
    ...atlas.measures.map((m) => JSON.stringify(m.data)),
    ...atlas.sources.map((s) => JSON.stringify(s.data)),
    ...atlas.markets.map((m) => JSON.stringify(m.data) + (m.body ?? '')),
    ...atlas.companies.map((m) => JSON.stringify(m.data) + (m.body ?? '')),
  ].join('');
  return new Response(JSON.stringify(traditionalTable(text)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
