/**
 * What one case page shows besides its MDX prose: its facts, its claims, the sources
 * behind them, how search sees it, and how to cite the page itself (the case is the
 * atlas's own writing, so the citation is to this page, with its first-added and
 * last-changed dates; each number's own source is on its claim page).
 */
import { claimView, type Atlas, type CaseEntry } from '../../atlas.ts';
import type { SearchInfo } from '../../components/SearchMeta.astro';
import { datesOf } from '../../latest.ts';
import { listHref } from '../../schemas/index.ts';
import { zhPeriod } from '../periods.ts';
import { atlasPageMeta } from './cite/meta.ts';
import { casePageCitation } from './cite/page.ts';
import { sourceCitation } from './cite/source.ts';
import { capped, HUB_ROWS } from './limits.ts';

export async function casePage(atlas: Atlas, entry: CaseEntry, site: URL | undefined) {
  const d = entry.data;
  const views = (atlas.claimsBySubject.get(`case/${entry.id}`) ?? []).map((c) => claimView(atlas, c));
  const sourceIds = [...new Set(views.map((v) => v.source.id))];
  const platforms = d.platforms.map((id) => atlas.byId.platforms.get(id)!);
  const models = d.models.map((id) => atlas.byId.models.get(id)!);
  const key = views[0];
  const cite = casePageCitation(entry.id, d.name, site, await datesOf('cases', entry.id));
  const also = [...d.aliases, ...(d.en ? [d.en] : [])];
  const search: SearchInfo = {
    names: [d.name, ...also],
    type: '案例',
    platforms: platforms.map((p) => p.data.name),
    models: models.map((m) => m.data.name),
    category: d.category,
    year: d.period?.slice(0, 4),
    figure: key ? `${key.measure.name} ${key.valueText} · ${key.periodText}` : undefined,
    keywords: also,
  };
  return {
    search,
    // Zotero sees a webpage of the atlas, citing the case's sources.
    meta: atlasPageMeta(
      cite.csl,
      sourceIds.map((id) => sourceCitation(atlas.byId.sources.get(id)!.data).refs.gbt),
    ),
    platforms,
    models,
    periodText: d.period ? zhPeriod(d.period) : undefined,
    views,
    table: { ...capped(views, HUB_ROWS), allHref: `${listHref('claims')}?subject=case/${entry.id}` },
    sourceIds,
    cite: { ...cite, cslHref: `/data/cases/${entry.id}.csl.json` },
  };
}
