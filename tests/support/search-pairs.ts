/**
 * The "<subject> <measure>" questions the atlas can answer: every platform, market and
 * company with a name and each measure it has claims for, with the claim pages that
 * answer it. Generated from the data, so the list grows with it; read by the browser
 * test (tests/browser/search.test.ts) and the bench's ranking measure (bench/search-quality.ts).
 */
import { loadCorpus } from '../../src/lib/check/corpus/load.ts';
import { entryHref } from '../../src/schemas/index.ts';

export interface SubjectMeasurePair {
  /** The question as a reader types it: subject name, a space, measure name. */
  q: string;
  /** Permalinks of the claims that answer it. */
  claims: Set<string>;
}

export function subjectMeasurePairs(root = '.'): SubjectMeasurePair[] {
  const { corpus } = loadCorpus(root);
  const names = new Map<string, string>([
    ...corpus.platforms.map((e) => [`platform/${e.id}`, e.data.name] as const),
    ...corpus.markets.map((e) => [`market/${e.id}`, e.data.name] as const),
    ...corpus.companies.map((e) => [`company/${e.id}`, e.data.name] as const),
  ]);
  const measureName = new Map(corpus.measures.map((m) => [m.id, m.data.name]));
  const pairs = new Map<string, SubjectMeasurePair>();
  for (const c of corpus.claims) {
    const subject = names.get(c.data.subject);
    if (!subject) continue;
    const key = `${c.data.subject}|${c.data.measure}`;
    const pair = pairs.get(key) ?? { q: `${subject} ${measureName.get(c.data.measure)}`, claims: new Set<string>() };
    pair.claims.add(entryHref('claims', c.id));
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}
