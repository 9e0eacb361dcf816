/**
 * The integrity rules, run after every entry passed its schema. Each rule is a pure
 * function of the corpus returning problems; add a rule by adding a file and a line here.
 */
import type { Corpus } from '../corpus/load.ts';
import { loadCorpusCached } from '../corpus/load.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { claimValues } from './claim-values.ts';
import { dates } from './dates.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { mdxBodies } from './mdx-bodies.ts';
import { references } from './references.ts';
import { caseClaimsInProse, unusedSources } from './unused.ts';
import { quotesInEvidence } from './evidence.ts';
import { derivations } from './derivations.ts';
import { readEvidence, type EvidenceFile } from '../corpus/evidence.ts';

export interface RuleContext {
  /** Ids of entries that failed their schema: already reported, so references to them are not reported again. */
  invalidIds: Record<string, Set<string>>;
  /** Stored evidence passages (data/evidence/); absent in tests that check only entries. */
  evidence?: EvidenceFile[];
}

export const rules: { name: string; run: (corpus: Corpus, context: RuleContext) => Problem[] }[] = [
  { name: 'duplicate-ids', run: duplicateIds },
  { name: 'references', run: references },
  { name: 'claim-values', run: claimValues },
  { name: 'dates', run: dates },
  { name: 'derivations', run: derivations },
  { name: 'mdx-bodies', run: mdxBodies },
  { name: 'unused-sources', run: unusedSources },
  { name: 'case-claims-in-prose', run: caseClaimsInProse },
  { name: 'evidence', run: (corpus, context) => (context.evidence ? quotesInEvidence(corpus, context.evidence, context.invalidIds.sources) : []) },
];

export function runRules(corpus: Corpus, context: RuleContext = { invalidIds: {} }): Problem[] {
  return rules.flatMap((rule) => rule.run(corpus, context));
}

/** Load, validate and check the whole project: what `npm run check` and the build run. */
export function checkProject(root: string): { corpus: Corpus; problems: Problem[] } {
  const { corpus, problems, invalidIds } = loadCorpusCached(root);
  const evidence = readEvidence(root);
  return { corpus, problems: sortProblems([...problems, ...evidence.problems, ...runRules(corpus, { invalidIds, evidence: evidence.evidence })]) };
}
