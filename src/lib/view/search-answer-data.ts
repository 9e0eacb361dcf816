/**
 * The search page's answer data, made once per build from the atlas: the name
 * dictionary (in shards) and, per subject, its claims grouped by measure in
 * preferred order. In the files the page fetches, subjects and measures go by short
 * codes (searchCodes): /search/answers/<subject code>.json.
 */
import { claimView, getAtlas, subjectOf, type Atlas, type ClaimView } from '../../atlas.ts';
import { parseSubject } from '../../schemas/claim.ts';
import { entryHref, SUBJECT_COLLECTION } from '../../schemas/index.ts';
import { periodEnd } from '../periods.ts';
import { KIND_RANK } from './preferred.ts';
import { buildDictionary, type SearchDictionary, type SubjectAnswers } from './search-answers.ts';
import { shardDictionary, type Codes, type ShardedDictionary } from './search-dictionary.ts';
import { traditionalTable } from './search-text.ts';

/** File name of a subject's answers: platform/kuaishou → platform-kuaishou. */
export const answerFile = (subjectKey: string) => subjectKey.replace('/', '-');

/** Base-36 positions in sorted order: "platform/kuaishou" → "3f", "gmv" → "a". */
let codes: Promise<Codes> | undefined;
export function searchCodes(): Promise<Codes> {
  codes ??= getAtlas().then((atlas) => {
    const table = (keys: Iterable<string>) => new Map([...new Set(keys)].sort().map((key, i) => [key, i.toString(36)]));
    const subjects = table(atlas.claimsBySubject.keys());
    const measures = table(atlas.measures.map((m) => m.id));
    const look = (map: Map<string, string>, key: string) => {
      const code = map.get(key);
      if (code === undefined) throw new Error(`search codes: unknown key ${key}`);
      return code;
    };
    return { subject: (key) => look(subjects, key), measure: (id) => look(measures, id) };
  });
  return codes;
}

/** Official first, then by newest period: "newest official first". */
function answerOrder(a: ClaimView, b: ClaimView): number {
  const end = (v: ClaimView) => (v.period ? periodEnd(v.period) : '');
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || end(b).localeCompare(end(a)) || a.id.localeCompare(b.id);
}

function namesOf(atlas: Atlas, key: string): string[] {
  const { type, id } = parseSubject(key);
  const entry = atlas.byId[SUBJECT_COLLECTION[type]].get(id);
  if (!entry) return [];
  const d = entry.data as { name: string; en?: string; aliases?: string[] };
  return [d.name, ...(d.en ? [d.en] : []), ...(d.aliases ?? [])];
}

/** The traditional→simplified table for every character the site's text uses (made once per build). */
let t2sTable: Promise<Record<string, string>> | undefined;
export function siteTraditionalTable(): Promise<Record<string, string>> {
  t2sTable ??= getAtlas().then((atlas) => {
    const withBody = (e: { data: unknown; body?: string }) => JSON.stringify(e.data) + (e.body ?? '');
    const text = [
      ...[atlas.claims, atlas.terms, atlas.events, atlas.measures, atlas.sources].flatMap((list) => list.map((e) => JSON.stringify(e.data))),
      ...[atlas.cases, atlas.platforms, atlas.models, atlas.markets, atlas.companies].flatMap((list) => list.map(withBody)),
    ].join('');
    return traditionalTable(text);
  });
  return t2sTable;
}

/** The dictionary and the traditional table in shards (/search/dict/m<n>.json, s<n>.json), made once per build. */
let shards: Promise<ShardedDictionary> | undefined;
export function dictionaryShards(): Promise<ShardedDictionary> {
  shards ??= Promise.all([searchDictionary(), siteTraditionalTable(), searchCodes(), getAtlas()]).then(([dict, t2s, c, atlas]) =>
    shardDictionary(dict, t2s, c, Object.fromEntries(atlas.measures.map((m) => [m.id, [m.data.name, entryHref('measures', m.id)]]))),
  );
  return shards;
}

export async function searchDictionary(): Promise<SearchDictionary> {
  const atlas = await getAtlas();
  const subjects = [...atlas.claimsBySubject.keys()];
  return buildDictionary({
    subjects: subjects.map((key) => ({ key, file: answerFile(key), names: namesOf(atlas, key) })),
    measures: atlas.measures.map((m) => ({ id: m.id, names: [m.data.name, m.data.en, ...(m.data.abbr ? [m.data.abbr] : []), ...m.data.aliases] })),
    pairs: atlas.claims.map((c) => ({ subject: c.data.subject, measure: c.data.measure })),
  });
}

/** Every value a claim states → the codes of the subjects with such a claim (fetched only for a query that is a number). */
export async function valueIndex(): Promise<Record<string, string[]>> {
  const [atlas, c] = await Promise.all([getAtlas(), searchCodes()]);
  const index: Record<string, string[]> = {};
  for (const claim of atlas.claims) {
    for (const n of claim.data.value !== undefined ? [claim.data.value] : [claim.data.low!, claim.data.high!]) {
      const list = (index[String(n)] ??= []);
      const code = c.subject(claim.data.subject);
      if (!list.includes(code)) list.push(code);
    }
  }
  return index;
}

/** A subject's answers, its measures keyed by their codes. */
export async function subjectAnswers(subjectKey: string): Promise<SubjectAnswers> {
  const [atlas, c] = await Promise.all([getAtlas(), searchCodes()]);
  const subject = subjectOf(atlas, subjectKey);
  const measures: SubjectAnswers['measures'] = {};
  const views = (atlas.claimsBySubject.get(subjectKey) ?? []).map((v) => claimView(atlas, v)).sort(answerOrder);
  for (const v of views) {
    const group = (measures[c.measure(v.measure.id)] ??= { name: v.measure.name, href: v.measure.href, claims: [] });
    group.claims.push({
      href: v.href,
      line: `${v.valueText} · ${v.periodText} · ${v.kindLabel} · ${v.claimant}`,
      year: v.period?.slice(0, 4),
      values: v.low === v.high ? [v.low] : [v.low, v.high],
    });
  }
  return { key: subjectKey, name: subject.name, href: subject.href, measures };
}
