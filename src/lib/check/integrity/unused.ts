/**
 * Things nothing points at. A source nobody cites is a warning (it may be waiting
 * for claims); a claim about a case that the case's prose never mentions is a
 * warning too, because readers of the case would only find it in the list below.
 */
import { parseSubject } from '../../../schemas/claim.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Problem } from '../problems.ts';
import { claimIdsInBody } from '../mdx/claim-refs.ts';
import { problemAt } from './shared.ts';

export function unusedSources(corpus: Corpus): Problem[] {
  const cited = new Set<string>([
    ...corpus.claims.map((c) => c.data.source),
    ...corpus.events.map((e) => e.data.source),
    ...corpus.terms.flatMap((t) => (t.data.source ? [t.data.source] : [])),
    ...corpus.models.flatMap((m) => [...m.data.labels.map((l) => l.source), ...m.data.traits.flatMap((t) => (t.source ? [t.source] : []))]),
  ]);
  return corpus.sources
    .filter((s) => !cited.has(s.id))
    .map((s) =>
      problemAt(
        s,
        'sources',
        ['id'],
        'unused-source',
        { zh: `来源 ${s.id} 没有被任何数据条目、事件或术语引用`, en: `source ${s.id} is not cited by any claim, event or term` },
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
