/** One-line slide footers for consultants' decks: 来源：窄播/青瓜传媒《…》，2023年4月. */
import type { Source } from '../../schemas/source.ts';
import { zhDate } from '../dates-format.ts';

export function outletLine(source: Source): string {
  return source.originalOutlet ? `${source.originalOutlet}/${source.outlet}` : source.outlet;
}

/** "来源：窄播/青瓜传媒《2023视频号电商现状》，2023年4月" (month precision, as decks use). */
export function slideFooter(source: Source, claimant?: string): string {
  const who = claimant && claimant !== source.outlet && claimant !== source.originalOutlet ? `${claimant}，` : '';
  const when = source.published ? `，${zhDate(source.published.slice(0, 7))}` : '';
  return `来源：${who}${outletLine(source)}《${source.title}》${when}`;
}
