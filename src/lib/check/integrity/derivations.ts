/**
 * A number computed from other claims (derivedFrom) divides or adds like with like:
 * its inputs must share one measure and one period length (a 618 total is not a
 * month), unless the claim says in notComparable why the result still means something.
 */
import type { Corpus } from '../corpus/load.ts';
import type { Problem } from '../problems.ts';
import { lengthKey } from '../../periods.ts';
import { problemAt } from './shared.ts';

export function derivations(corpus: Corpus): Problem[] {
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const problems: Problem[] = [];
  for (const claim of corpus.claims) {
    const inputs = (claim.data.derivedFrom ?? []).map((id) => claims.get(id)).filter((c) => c !== undefined);
    if (inputs.length < 2 || claim.data.notComparable) continue;
    const measures = new Set(inputs.map((c) => c.data.measure));
    const lengths = new Set(inputs.map((c) => lengthKey(c.data.period)));
    if (measures.size === 1 && lengths.size === 1) continue;
    const what =
      measures.size > 1
        ? { zh: `指标不同（${[...measures].join('、')}）`, en: `different measures (${[...measures].join(', ')})` }
        : { zh: `时期长短不同（${[...lengths].join('、')}）`, en: `periods of different length (${[...lengths].join(', ')})` };
    problems.push(
      problemAt(
        claim,
        'claims',
        ['derivedFrom'],
        'derivation',
        { zh: `${claim.id} 由口径不可比的数字推算：${what.zh}`, en: `${claim.id} is computed from figures that are not comparable: ${what.en}` },
        {
          zh: '换用同一指标、同样长短时期的输入；确需保留时写 notComparable 说明它能说明什么、不能说明什么',
          en: 'use inputs of one measure and one period length; to keep it anyway, say in notComparable what it can and cannot tell',
        },
      ),
    );
  }
  return problems;
}
