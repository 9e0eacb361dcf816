/** One-line slide footers for consultants' decks: 来源：窄播/青瓜传媒《…》，2023年4月. */
import type { Source } from '../../../schemas/source.ts';
import { zhDate } from '../../periods.ts';
import { knownOutlet } from './csl.ts';

/** "窄播/青瓜传媒" (first publisher/where we read it); empty when the outlet is unknown (未知). */
export function outletLine(source: Pick<Source, 'outlet' | 'originalOutlet'>): string {
  const outlet = knownOutlet(source.outlet);
  return [source.originalOutlet, outlet].filter(Boolean).join('/');
}

/** "来源：窄播/青瓜传媒《2023视频号电商现状》，2023年4月" (month precision, as decks use). */
export function slideFooter(source: Source, claimant?: string): string {
  const who = claimant && claimant !== source.outlet && claimant !== source.originalOutlet ? `${claimant}，` : '';
  const when = source.published ? `，${zhDate(source.published.slice(0, 7))}` : '';
  return `来源：${who}${outletLine(source)}《${source.title}》${when}`;
}

/** The slide footer of a page of this atlas: "来源：电商图谱《顺子说茶》，2026年11月". */
export function atlasSlideFooter(title: string, changed: string): string {
  return `来源：电商图谱《${title}》，${zhDate(changed.slice(0, 7))}`;
}
