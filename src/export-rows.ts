/** Build export rows from the atlas (shared by /data/claims.json and /data/claims.csv). */
import { getAtlas, claimView } from './atlas.ts';
import type { ClaimExportRow } from './lib/view/exports.ts';

let cached: Promise<ClaimExportRow[]> | undefined;

/** Rows for claims.json and claims.csv, built once per build. */
export function claimExportRows(site: URL | undefined): Promise<ClaimExportRow[]> {
  cached ??= buildRows(site);
  return cached;
}

async function buildRows(site: URL | undefined): Promise<ClaimExportRow[]> {
  const atlas = await getAtlas();
  return atlas.claims.map((claim) => {
    const c = claim.data;
    const v = claimView(atlas, claim);
    const s = atlas.byId.sources.get(c.source)!.data;
    return {
      id: claim.id,
      url: new URL(v.href, site).href,
      subject: c.subject,
      subject_name: v.subject.name,
      measure: c.measure,
      measure_name: v.measure.name,
      value: c.value ?? null,
      low: c.low ?? null,
      high: c.high ?? null,
      qualifier: c.qualifier,
      unit: c.unit,
      value_text: v.valueText,
      period: c.period ?? '',
      period_text: v.periodText,
      kind: c.kind,
      kind_label: v.kindLabel,
      claimant: c.claimant,
      claimant_role: c.claimantRole ?? '',
      source: c.source,
      source_title: s.title,
      source_outlet: s.originalOutlet ? `${s.originalOutlet}/${s.outlet}` : s.outlet,
      source_published: s.published ?? '',
      source_url: s.url ?? '',
      quote: c.quote,
      derivation: c.derivation ?? '',
      note: c.note ?? '',
    };
  });
}
