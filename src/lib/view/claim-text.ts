/** Sentences and search words made from a claim, for descriptions, cite boxes and the index. */
import type { Source } from '../../schemas/source.ts';
import type { Measure } from '../../schemas/measure.ts';
import { zhDate } from '../periods.ts';
import { outletLine } from './cite/footer.ts';

interface ViewLike {
  subject: { name: string };
  measure: { name: string };
  valueText: string;
  periodText: string;
  kindLabel: string;
  claimant: string;
}

/** "顺子说茶的客单价：2680元（2022年，媒体报道；窄播，窄播/青瓜传媒《…》，2023年4月13日）" */
export function claimSentence(v: ViewLike, source: Source): string {
  const when = source.published ? `，${zhDate(source.published)}` : '';
  // Do not name the outlet twice when it is also the claimant.
  const who = v.claimant === source.outlet || v.claimant === source.originalOutlet ? '' : `${v.claimant}，`;
  return `${v.subject.name}的${v.measure.name}：${v.valueText}（${v.periodText}，${v.kindLabel}；${who}${outletLine(source)}《${source.title}》${when}）`;
}

/** Words that should find this claim: the number as written (5500万, 5500万元), the measure's names. */
export function claimKeywords(v: ViewLike, measure: Pick<Measure, 'name' | 'en' | 'abbr'>): string[] {
  const bare = v.valueText.replace(/^(约|超过|不到|最高)/, '');
  const noUnit = bare.replace(/(元|人|倍|小时|分钟|天|年)$/, '');
  return [...new Set([bare, noUnit, measure.name, measure.en, ...(measure.abbr ? [measure.abbr] : [])])];
}
