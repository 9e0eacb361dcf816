/**
 * Checks on each claim's number: its unit matches its measure, its value is
 * plausible for the measure, and its quote really states it.
 */
import type { Corpus } from '../corpus/load.ts';
import { formatScaled, numbersInText, textStatesNumber } from '../numerals.ts';
import type { Problem } from '../problems.ts';
import { problemAt } from './shared.ts';

export function claimValues(corpus: Corpus): Problem[] {
  const measures = new Map(corpus.measures.map((m) => [m.id, m.data]));
  const problems: Problem[] = [];
  for (const claim of corpus.claims) {
    const c = claim.data;
    const measure = measures.get(c.measure);
    if (measure && measure.unit !== c.unit) {
      problems.push(
        problemAt(
          claim,
          'claims',
          ['unit'],
          'unit',
          {
            zh: `单位 ${c.unit} 与指标 ${c.measure} 的单位 ${measure.unit} 不一致`,
            en: `unit ${c.unit} differs from measure ${c.measure}'s unit ${measure.unit}`,
          },
          {
            zh: `把 unit 改成 ${measure.unit}（并换算数值），或换一个合适的 measure`,
            en: `set unit to ${measure.unit} (converting the value) or choose another measure`,
          },
        ),
      );
    }
    const numbers: [string, number][] =
      c.value !== undefined
        ? [['value', c.value]]
        : [
            ['low', c.low!],
            ['high', c.high!],
          ];
    if (measure) {
      const min = measure.min ?? (measure.unit === 'percent' ? 0 : undefined);
      const max = measure.max ?? (measure.unit === 'percent' ? 100 : undefined);
      for (const [field, n] of numbers) {
        if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
          problems.push(
            problemAt(
              claim,
              'claims',
              [field],
              'range',
              {
                zh: `${field} = ${n} 超出指标 ${c.measure} 的合理范围 ${min ?? '-∞'}…${max ?? '∞'}`,
                en: `${field} = ${n} is outside measure ${c.measure}'s range ${min ?? '-∞'}…${max ?? '∞'}`,
              },
              {
                zh:
                  measure.unit === 'percent'
                    ? '百分比写成 30 表示 30%，不要写成 0.3 或 3000；增长率请用 growth-rate'
                    : '检查数值与单位换算（万 = 10000，亿 = 100000000）',
                en:
                  measure.unit === 'percent'
                    ? 'write 30 for 30% (not 0.3 or 3000); use growth-rate for growth'
                    : 'check the value and the unit conversion (万 = 10000, 亿 = 100000000)',
              },
            ),
          );
        }
      }
    }
    if (c.derivation) continue;
    for (const [field, n] of numbers) {
      if (textStatesNumber(c.quote, n)) continue;
      const stated = [...new Set(numbersInText(c.quote))].slice(0, 8).map(formatScaled).join(', ') || '—';
      problems.push(
        problemAt(
          claim,
          'claims',
          [field],
          'quote-value',
          {
            zh: `引文中找不到 ${field} = ${n}（${formatScaled(n)}）；引文里的数字：${stated}`,
            en: `the quote does not state ${field} = ${n} (${formatScaled(n)}); numbers in the quote: ${stated}`,
          },
          {
            zh: '改正数值（万、亿要换算成完整数字），或换一段包含该数字的原文；若数字是推算的，用 derivation 写明推算过程',
            en: 'correct the value (expand 万 and 亿), or quote the passage that states it; if the number is derived, explain how in derivation',
          },
        ),
      );
    }
  }
  return problems;
}
