/**
 * The one place pages query content collections. Everything is loaded once per
 * build and indexed (claims by subject, by measure, by source …) so pages only
 * look things up; the integrity check has already guaranteed every id resolves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseSubject, type SubjectType } from './schemas/claim.ts';
import { entryHref, SUBJECT_COLLECTION, type MeasureTier } from './schemas/index.ts';
import { byPeriodDesc } from './lib/view/claims.ts';

export type ClaimEntry = CollectionEntry<'claims'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type MeasureEntry = CollectionEntry<'measures'>;
export type CaseEntry = CollectionEntry<'cases'>;
export type PlatformEntry = CollectionEntry<'platforms'>;
export type ModelEntry = CollectionEntry<'models'>;
export type EventEntry = CollectionEntry<'events'>;
export type TermEntry = CollectionEntry<'terms'>;
export type DisagreementEntry = CollectionEntry<'disagreements'>;
export type MarketEntry = CollectionEntry<'markets'>;
export type CompanyEntry = CollectionEntry<'companies'>;

function byId<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

async function load() {
  const [claims, sources, measures, cases, platforms, models, events, terms, disagreements, markets, companies] = await Promise.all([
    getCollection('claims'),
    getCollection('sources'),
    getCollection('measures'),
    getCollection('cases'),
    getCollection('platforms'),
    getCollection('models'),
    getCollection('events'),
    getCollection('terms'),
    getCollection('disagreements'),
    getCollection('markets'),
    getCollection('companies'),
  ]);
  claims.sort(byPeriodDesc);
  events.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  const zhSort = <T extends { data: { name?: string; term?: string } }>(list: T[]) =>
    list.sort((a, b) => (a.data.name ?? a.data.term ?? '').localeCompare(b.data.name ?? b.data.term ?? '', 'zh-Hans-CN'));
  zhSort(cases);
  zhSort(platforms);
  zhSort(models);
  zhSort(terms);
  zhSort(markets);
  zhSort(companies);
  return {
    markets,
    companies,
    market: byId(markets),
    company: byId(companies),
    companiesByPlatform: groupBy(companies, (c) => c.data.platforms),
    claims,
    sources,
    measures,
    cases,
    platforms,
    models,
    events,
    terms,
    disagreements,
    claim: byId(claims),
    source: byId(sources),
    measure: byId(measures),
    case: byId(cases),
    platform: byId(platforms),
    model: byId(models),
    term: byId(terms),
    event: byId(events),
    claimsBySubject: groupBy(claims, (c) => [c.data.subject]),
    claimsByMeasure: groupBy(claims, (c) => [c.data.measure]),
    claimsBySource: groupBy(claims, (c) => [c.data.source]),
    eventsBySource: groupBy(events, (e) => [e.data.source]),
    eventsByPlatform: groupBy(events, (e) => e.data.platforms),
    disagreementsByClaim: groupBy(disagreements, (d) => d.data.claims),
    disagreementsByEvent: groupBy(disagreements, (d) => d.data.events),
    casesByPlatform: groupBy(cases, (c) => c.data.platforms),
    casesByModel: groupBy(cases, (c) => c.data.models),
    platformsByModel: groupBy(platforms, (p) => p.data.models),
    platformsByParent: groupBy(platforms, (p) => (p.data.parent ? [p.data.parent] : [])),
    modelsByBroader: groupBy(models, (m) => (m.data.broader ? [m.data.broader] : [])),
    /** Years that claims' periods start in, newest first (the explorer's year menu). */
    claimYears: [...new Set(claims.map((c) => c.data.period?.slice(0, 4)).filter((y): y is string => !!y))].sort().reverse(),
    termsBySource: groupBy(terms, (t) => (t.data.source ? [t.data.source] : [])),
  };
}

export type Atlas = Awaited<ReturnType<typeof load>>;

let cached: Promise<Atlas> | undefined;
/** The whole knowledge base, loaded once per build. */
export function getAtlas(): Promise<Atlas> {
  cached ??= load();
  return cached;
}

import { DISAGREEMENTS_PER_PAGE, pageHref } from './lib/view/limits.ts';

/** Where a disagreement is listed (its page of /disagreements/ and its anchor). */
export function disagreementHref(atlas: Atlas, id: string): string {
  const index = atlas.disagreements.findIndex((d) => d.id === id);
  return `${pageHref('/disagreements/', index, DISAGREEMENTS_PER_PAGE)}#${id}`;
}

/** Name and URL of a claim's subject (any collection the registry marks as a subject). */
export function subjectOf(atlas: Atlas, ref: string): { type: SubjectType; id: string; name: string; href: string } {
  const { type, id } = parseSubject(ref);
  const byType: Record<SubjectType, Map<string, { data: { name: string } }>> = {
    platform: atlas.platform,
    case: atlas.case,
    model: atlas.model,
    market: atlas.market,
    company: atlas.company,
  };
  return { type, id, name: byType[type].get(id)?.data.name ?? id, href: entryHref(SUBJECT_COLLECTION[type], id) };
}

/**
 * The date pages use for "today" (staleness, the citing date in GB/T 7714): the build
 * date, or ATLAS_BUILD_DATE (YYYY-MM-DD) for reproducible builds.
 */
export const BUILD_DATE = process.env.ATLAS_BUILD_DATE ?? new Date().toISOString().slice(0, 10);

/** Everything a list, table or inline figure shows about one claim, as plain props. */
export interface ClaimView {
  id: string;
  href: string;
  subject: { name: string; href: string; type: SubjectType; key: string };
  measure: { id: string; name: string; href: string };
  valueText: string;
  /** Numeric value for sorting (middle of a range). */
  number: number;
  low: number;
  high: number;
  periodText: string;
  period?: string;
  kind: ClaimEntry['data']['kind'];
  kindLabel: string;
  /** A single value, not a range or magnitude (ranks above a range for the same period). */
  exact: boolean;
  /** When the source was published, for ranking (newer first among equals). */
  published?: string;
  /** The measure's tier: headline measures lead hub pages. */
  tier: MeasureTier;
  claimant: string;
  source: { id: string; title: string; outlet: string; href: string; published?: string };
  stale?: string;
  disputed: boolean;
}

import { CLAIM_KIND_LABEL, claimPeriodText, staleness } from './lib/view/claims.ts';
import { formatValue, pointValue } from './lib/view/format-number.ts';

const viewCache = new WeakMap<ClaimEntry, ClaimView>();
export function claimView(atlas: Atlas, claim: ClaimEntry): ClaimView {
  const hit = viewCache.get(claim);
  if (hit) return hit;
  const c = claim.data;
  const measure = atlas.measure.get(c.measure)!;
  const source = atlas.source.get(c.source)!;
  const subject = subjectOf(atlas, c.subject);
  const view: ClaimView = {
    id: claim.id,
    href: `/claims/${claim.id}/`,
    subject: { name: subject.name, href: subject.href, type: subject.type, key: c.subject },
    measure: { id: measure.id, name: measure.data.name, href: `/measures/${measure.id}/` },
    valueText: formatValue(c),
    number: pointValue(c),
    low: c.value ?? c.low!,
    high: c.value ?? c.high!,
    periodText: claimPeriodText(c),
    period: c.period,
    kind: c.kind,
    kindLabel: CLAIM_KIND_LABEL[c.kind],
    exact: c.value !== undefined,
    published: source.data.published,
    tier: measure.data.tier,
    claimant: c.claimant,
    source: { id: source.id, title: source.data.title, outlet: source.data.outlet, href: `/sources/${source.id}/`, published: source.data.published },
    stale: staleness(c, measure.data, BUILD_DATE),
    disputed: atlas.disagreementsByClaim.has(claim.id),
  };
  viewCache.set(claim, view);
  return view;
}
