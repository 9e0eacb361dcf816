/**
 * Dates that cannot be right: a reported (not forecast) figure for a period that
 * starts after its source was published, or an event dated after the article
 * that reports it. Malformed and impossible calendar dates are caught by the schema.
 */
import type { Corpus } from '../corpus/load.ts';
import type { Problem } from '../problems.ts';
import { problemAt } from './shared.ts';
import { periodEnd, periodStart } from '../../periods.ts';

export function dates(corpus: Corpus): Problem[] {
  const published = new Map(corpus.sources.filter((s) => s.data.published).map((s) => [s.id, s.data.published!]));
  const problems: Problem[] = [];
  for (const claim of corpus.claims) {
    const c = claim.data;
    const pub = published.get(c.source);
    if (!pub || !c.period || c.kind === 'forecast') continue;
    if (periodStart(c.period) > periodEnd(pub)) {
      problems.push(
        problemAt(
          claim,
          'claims',
          ['period'],
          'date',
          {
            zh: `时期 ${c.period} 晚于来源的发布日期 ${pub}，但 kind 不是 forecast`,
            en: `period ${c.period} starts after the source was published (${pub}) but kind is not forecast`,
          },
          { zh: '预测请把 kind 改为 forecast；否则改正 period', en: 'set kind to forecast for a prediction; otherwise correct the period' },
        ),
      );
    }
  }
  for (const event of corpus.events) {
    const pub = published.get(event.data.source);
    if (pub && event.data.status !== 'planned' && periodStart(event.data.date) > periodEnd(pub)) {
      problems.push(
        problemAt(
          event,
          'events',
          ['date'],
          'date',
          {
            zh: `事件日期 ${event.data.date} 晚于来源发布日期 ${pub}`,
            en: `event date ${event.data.date} is after its source was published (${pub})`,
          },
          {
            zh: '改正日期（"去年""今年"按文章日期换算）；若是发文时宣布的计划，加 status: planned',
            en: 'correct the date (resolve 去年/今年 against the article date); for a plan announced in the article, add status: planned',
          },
        ),
      );
    }
  }
  return problems;
}
