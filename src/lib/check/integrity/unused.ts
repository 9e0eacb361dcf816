/**
 * Things nothing points at. A source nobody cites is a warning (it may be waiting
 * for claims); a claim about a case that the case's prose never mentions is a
 * warning too, because readers of the case would only find it in the list below.
 */
import { parseSubject } from '../../../schemas/claim.ts';
import { collectionSpecs, type CollectionName } from '../../../schemas/index.ts';
import type { Corpus, Entry } from '../corpus/load.ts';
import type { Problem } from '../problems.ts';
import { claimIdsInBody } from '../mdx/claim-refs.ts';
import { referencesOf } from './references.ts';
import { problemAt } from './shared.ts';

/** Every source id some entry cites, through any field declared `ref('sources')`. */
export function citedSources(corpus: Corpus): Set<string> {
  const cited = new Set<string>();
  for (const collection of Object.keys(collectionSpecs) as CollectionName[]) {
    for (const entry of corpus[collection] as Entry<unknown>[]) {
      for (const ref of referencesOf(collection, entry.data)) if (ref.target === 'sources') cited.add(ref.id);
    }
  }
  return cited;
}

export function unusedSources(corpus: Corpus): Problem[] {
  const cited = citedSources(corpus);
  return corpus.sources
    .filter((s) => !cited.has(s.id))
    .map((s) =>
      problemAt(
        s,
        'sources',
        ['id'],
        'unused-source',
        { zh: `来源 ${s.id} 没有被任何数据条目、事件、术语或电商模式引用`, en: `source ${s.id} is not cited by any claim, event, term or model` },
        { zh: '为它添加数据条目，或删除这个来源', en: 'add claims that cite it, or remove the source' },
        'warning',
      ),
    );
}

export function caseClaimsInProse(corpus: Corpus): Problem[] {
  const cited = new Map(corpus.cases.map((c) => [c.id, new Set(claimIdsInBody(c.body ?? '').map((r) => r.id))]));
  const problems: Problem[] = [];
  for (const claim of corpus.claims) {
    const subject = parseSubject(claim.data.subject);
    if (subject.type !== 'case') continue;
    const ids = cited.get(subject.id);
    if (!ids || ids.has(claim.id)) continue;
    problems.push(
      problemAt(
        claim,
        'claims',
        ['subject'],
        'claim-not-in-case',
        { zh: `案例 ${subject.id} 的正文没有引用这条数据`, en: `the prose of case ${subject.id} does not cite this claim` },
        {
          zh: `在 content/cases/${subject.id}.mdx 中加入 <Claim id="${claim.id}" />`,
          en: `add <Claim id="${claim.id}" /> to content/cases/${subject.id}.mdx`,
        },
        'warning',
      ),
    );
  }
  return problems;
}
