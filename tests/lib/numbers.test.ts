import { describe, expect, it } from 'vitest';
import { numbersInText, parseAmount, parseChineseNumeral, textStatesNumber } from '../../src/lib/check/numerals.ts';
import { formatValue } from '../../src/lib/view/format-number.ts';

describe('numbersInText finds numbers as Chinese texts write them', () => {
  it.each([
    ['月GMV达到5500万', 55_000_000],
    ['视频号日活5亿', 500_000_000],
    ['日活跃用户超过５亿', 500_000_000],
    ['有30%在持续购买', 30],
    ['GMV超过1.2亿', 120_000_000],
    ['三千多万直播GMV', 30_000_000],
    ['3千多万的“爱逛”', 30_000_000],
    ['均场观看人数过万', 10_000],
    ['一个万亿市场', 1_000_000_000_000],
    ['两千亿', 200_000_000_000],
    ['1,000个商家', 1000],
    ['私域占七八成', 80],
  ])('%s states %d', (text, n) => {
    expect(textStatesNumber(text, n)).toBe(true);
  });

  it('gives both ends of a range with a shared multiplier', () => {
    expect(numbersInText('日活5-6亿')).toEqual(expect.arrayContaining([500_000_000, 600_000_000]));
  });

  it('gives the bounds of magnitudes', () => {
    expect(numbersInText('千万级的曝光')).toEqual(expect.arrayContaining([10_000_000, 100_000_000]));
    expect(numbersInText('几万到几十万')).toEqual(expect.arrayContaining([10_000, 1_000_000]));
    expect(numbersInText('十几个人')).toEqual(expect.arrayContaining([10, 19]));
  });

  it('does not invent numbers that are not there', () => {
    expect(textStatesNumber('客单价达到2680元', 2860)).toBe(false);
    expect(textStatesNumber('没有数字的句子', 1)).toBe(false);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十五', 15],
    ['一千二百万', 12_000_000],
    ['两亿', 200_000_000],
    ['三十万', 300_000],
    ['万', 10_000],
  ])('%s = %d', (text, n) => expect(parseChineseNumeral(text)).toBe(n));
});

describe('formatValue', () => {
  it.each([
    [{ value: 55_000_000, unit: 'cny' as const }, '5500万元'],
    [{ value: 500_000_000, unit: 'people' as const, qualifier: 'more-than' as const }, '超过5亿人'],
    [{ low: 500_000_000, high: 600_000_000, unit: 'people' as const }, '5亿–6亿人'],
    [{ value: 30, unit: 'percent' as const, qualifier: 'about' as const }, '约30%'],
    [{ value: 3, unit: 'ratio' as const }, '1:3'],
    [{ value: 2680, unit: 'cny' as const }, '2680元'],
  ])('%o → %s', (input, text) => expect(formatValue(input)).toBe(text));
});

describe('declines', () => {
  it('matches a negative value to a stated decline, and only then', () => {
    expect(textStatesNumber('年流水下降10%', -10)).toBe(true);
    expect(textStatesNumber('年流水增长10%', -10)).toBe(false);
  });
});

describe('unexpanded multipliers', () => {
  it('does not accept 5500 for a quote that says 5500万 (万 must be expanded)', () => {
    expect(textStatesNumber('月GMV达到5500万', 5500)).toBe(false);
    expect(textStatesNumber('日活5亿', 5)).toBe(false);
  });
});

describe('numbers as filings write them', () => {
  it.each([
    ['電商商品交易總額為人民幣11,844億元', 1184400000000],
    ['人民幣3,124億元', 312400000000],
    ['RMB175,075.6 million', 175075600000],
    ['3.799億', 379900000],
    ['1.2 billion', 1200000000],
    ['RMB175.1 billion', 175100000000],
    ['RMB8.317 trillion', 8317000000000],
    ['平均日活躍用戶達3.83億', 383000000],
  ])('"%s" states %d', (text, value) => expect(textStatesNumber(text, value)).toBe(true));

  it('does not read a thousands separator as a decimal point', () => expect(textStatesNumber('人民幣11,844億元', 11.844e8)).toBe(false));

  it.each([
    ['11844亿', 1184400000000],
    ['11,844億', 1184400000000],
    ['175.1 billion', 175100000000],
    ['3.799億', 379900000],
    ['30%', 30],
  ])('the scaffolder reads --value %s as %d', (typed, value) => {
    expect(parseAmount(typed)).toBe(value);
  });
});
