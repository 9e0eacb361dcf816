/**
 * The search page's answer data, made once per build from the atlas: the name
 * dictionary and, per subject, its claims grouped by measure in preferred order.
 */
import { claimView, getAtlas, subjectOf, type Atlas, type ClaimView } from '../../atlas.ts';
import { parseSubject } from '../../schemas/claim.ts';
import { SUBJECT_COLLECTION } from '../../schemas/index.ts';
import { periodEnd } from '../periods.ts';
import { KIND_RANK } from './preferred.ts';
import { buildDictionary, type SearchDictionary, type SubjectAnswers } from './search-answers.ts';

/** File name of a subject's answers: platform/kuaishou → platform-kuaishou. */
export const answerFile = (subjectKey: string) => subjectKey.replace('/', '-');

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

export async function searchDictionary(): Promise<SearchDictionary> {
  const atlas = await getAtlas();
  const subjects = [...atlas.claimsBySubject.keys()];
  return buildDictionary({
    subjects: subjects.map((key) => ({ key, file: answerFile(key), names: namesOf(atlas, key) })),
    measures: atlas.measures.map((m) => ({ id: m.id, names: [m.data.name, m.data.en, ...(m.data.abbr ? [m.data.abbr] : []), ...m.data.aliases] })),
    pairs: atlas.claims.map((c) => ({ subject: c.data.subject, measure: c.data.measure })),
  });
}

/** Every value a claim states → the subjects with such a claim (fetched only for a query that is a number). */
export async function valueIndex(): Promise<Record<string, string[]>> {
  const atlas = await getAtlas();
  const index: Record<string, string[]> = {};
  for (const c of atlas.claims) {
    for (const n of c.data.value !== undefined ? [c.data.value] : [c.data.low!, c.data.high!]) {
      const list = (index[String(n)] ??= []);
      if (!list.includes(c.data.subject)) list.push(c.data.subject);
    }
  }
  return index;
}

export async function subjectAnswers(subjectKey: string): Promise<SubjectAnswers> {
  const atlas = await getAtlas();
  const subject = subjectOf(atlas, subjectKey);
  const measures: SubjectAnswers['measures'] = {};
  const views = (atlas.claimsBySubject.get(subjectKey) ?? []).map((c) => claimView(atlas, c)).sort(answerOrder);
  for (const v of views) {
    const group = (measures[v.measure.id] ??= { name: v.measure.name, href: v.measure.href, claims: [] });
    group.claims.push({
      href: v.href,
      line: `${v.valueText} · ${v.periodText} · ${v.kindLabel} · ${v.claimant}`,
      year: v.period?.slice(0, 4),
      values: v.low === v.high ? [v.low] : [v.low, v.high],
    });
  }
  return { name: subject.name, href: subject.href, measures };
}
