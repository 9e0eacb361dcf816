/**
 * The one place pages query content collections. Everything is loaded once per
 * build and indexed (claims by subject, by measure, by source …) so pages only
 * look things up; the integrity check has already guaranteed every id resolves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseSubject, type SubjectType } from './schemas/claim.ts';
import { anchorHref, COLLECTION_NAMES, entryHref, listHref, SUBJECT_COLLECTION, type CollectionName, type MeasureTier } from './schemas/index.ts';
import { byPeriodDesc } from './lib/view/claims.ts';

export type ClaimEntry = CollectionEntry<'claims'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type MeasureEntry = CollectionEntry<'measures'>;
export type CaseEntry = CollectionEntry<'cases'>;
export type PlatformEntry = CollectionEntry<'platforms'>;
export type ModelEntry = CollectionEntry<'models'>;
export type EventEntry = CollectionEntry<'events'>;
export type TermEntry = CollectionEntry<'terms'>;
export type MarketEntry = CollectionEntry<'markets'>;
export type CompanyEntry = CollectionEntry<'companies'>;
export type DisagreementEntry = CollectionEntry<'disagreements'>;

/** Every collection's entries, keyed by the registry's names. */
type Lists = { [N in CollectionName]: CollectionEntry<N>[] };
/** Every collection's entries by id. */
type ById = { [N in CollectionName]: Map<string, CollectionEntry<N>> };

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
  const loaded = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
  const lists = Object.fromEntries(COLLECTION_NAMES.map((name, i) => [name, loaded[i]])) as Lists;
  const { claims, cases, platforms, models, events, terms, markets, companies } = lists;
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
  const disputes = lists.disagreements;
  return {
    ...lists,
    byId: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, byId<{ id: string }>(lists[name])])) as unknown as ById,
    companiesByPlatform: groupBy(companies, (c) => c.data.platforms),
    claimsBySubject: groupBy(claims, (c) => [c.data.subject]),
    claimsByMeasure: groupBy(claims, (c) => [c.data.measure]),
    claimsBySource: groupBy(claims, (c) => [c.data.source]),
    eventsBySource: groupBy(events, (e) => [e.data.source]),
    eventsByPlatform: groupBy(events, (e) => e.data.platforms),
    disputesByClaim: groupBy(disputes, (d) => d.data.claims),
    disputesByEvent: groupBy(disputes, (d) => d.data.events),
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

/** The list of disagreements, for pages that point readers to it. */
export const disputesListHref = listHref('disagreements');

/** A year's page of the timeline, optionally at one event. */
export function timelineHref(year: string, eventId?: string): string {
  return `${listHref('events')}${year}/${eventId ? `#${eventId}` : ''}`;
}

/** Where a disagreement is listed: its page of the paginated list, and its anchor. */
export function disagreementHref(atlas: Atlas, id: string): string {
  return anchorHref(
    'disagreements',
    id,
    atlas.disagreements.findIndex((d) => d.id === id),
  );
}

/** Name and URL of a claim's subject (any collection the registry marks as a subject). */
export function subjectOf(atlas: Atlas, ref: string): { type: SubjectType; id: string; name: string; href: string } {
  const { type, id } = parseSubject(ref);
  const collection = SUBJECT_COLLECTION[type];
  const entry = atlas.byId[collection].get(id) as { data: { name: string } } | undefined;
  return { type, id, name: entry?.data.name ?? id, href: entryHref(collection, id) };
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

import { claimPeriodText, staleness } from './lib/view/claims.ts';
import { CLAIM_KIND_LABEL } from './lib/view/labels.ts';
import { formatValue, pointValue } from './lib/view/format-number.ts';

const viewCache = new WeakMap<ClaimEntry, ClaimView>();
export function claimView(atlas: Atlas, claim: ClaimEntry): ClaimView {
  const hit = viewCache.get(claim);
  if (hit) return hit;
  const c = claim.data;
  const measure = atlas.byId.measures.get(c.measure)!;
  const source = atlas.byId.sources.get(c.source)!;
  const subject = subjectOf(atlas, c.subject);
  const view: ClaimView = {
    id: claim.id,
    href: entryHref('claims', claim.id),
    subject: { name: subject.name, href: subject.href, type: subject.type, key: c.subject },
    measure: { id: measure.id, name: measure.data.name, href: entryHref('measures', measure.id) },
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
    source: {
      id: source.id,
      title: source.data.title,
      outlet: source.data.outlet,
      href: entryHref('sources', source.id),
      published: source.data.published,
    },
    stale: staleness(c, measure.data, BUILD_DATE),
    disputed: atlas.disputesByClaim.has(claim.id),
  };
  viewCache.set(claim, view);
  return view;
}
