/**
 * Which series a chart export exists for and what it is called: one per subject ×
 * measure with three or more points, the same `seriesOf` SeriesChart draws, with its
 * slug, download addresses and the page that lists its claims. No drawing here.
 */
import type { Unit } from '../../../schemas/measure.ts';
import { seriesOf, type SeriesInput, type SeriesPoint } from '../series.ts';

/** Where the atlas lives when neither Astro's `site` nor import.meta.env.SITE says. */
export const SITE_FALLBACK = 'https://commerce-atlas.github.io';
export const ATLAS_NAME = '电商图谱 Commerce Atlas';

/** What a chart export needs of each claim (a ClaimView has all of it). */
export interface ExportClaim extends SeriesInput {
  claimant: string;
  source: { id: string; title: string; outlet: string; published?: string };
  subject: { name: string; key: string; href: string };
  measure: { id: string; name: string };
}

export interface ExportSeries<T extends ExportClaim = ExportClaim> {
  slug: string;
  subjectKey: string;
  measureId: string;
  title: string;
  /** The page that lists these claims (the subject's page), site-relative. */
  pageHref: string;
  unit?: Unit;
  points: SeriesPoint<T>[];
}

/** platform/kuaishou + gmv → platform-kuaishou--gmv */
export function chartSlug(subjectKey: string, measureId: string): string {
  return `${subjectKey.replace('/', '-')}--${measureId}`;
}

export function chartHrefs(slug: string): { svg: string; png: string; pptx: string } {
  return { svg: `/charts/${slug}.svg`, png: `/charts/${slug}.png`, pptx: `/charts/${slug}.pptx` };
}

/** The site's origin without a trailing slash: Astro's `site`, else import.meta.env.SITE, else the fallback. */
export function siteUrl(site?: URL | string): string {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env?.SITE;
  return String(site ?? env ?? SITE_FALLBACK).replace(/\/+$/, '');
}

/**
 * Every subject × measure series of three or more points, exactly as SeriesChart draws
 * them on subject and measure pages (the same `seriesOf` over the same claims).
 */
export function exportSeries<T extends ExportClaim>(
  views: T[],
  unitOf: (measureId: string) => Unit | undefined = () => undefined,
): ExportSeries<T>[] {
  const groups = new Map<string, T[]>();
  for (const v of views) {
    const key = chartSlug(v.subject.key, v.measure.id);
    const list = groups.get(key);
    if (list) list.push(v);
    else groups.set(key, [v]);
  }
  const out: ExportSeries<T>[] = [];
  for (const [slug, list] of groups) {
    const points = seriesOf(list);
    if (!points) continue;
    const { subject, measure } = list[0];
    out.push({
      slug,
      subjectKey: subject.key,
      measureId: measure.id,
      title: `${subject.name}的${measure.name}`,
      pageHref: subject.href,
      unit: unitOf(measure.id),
      points,
    });
  }
  return out.sort((a, b) => a.slug.localeCompare(b.slug));
}
