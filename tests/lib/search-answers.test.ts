/** Query understanding: which queries name a subject and a measure, and which fall through to Pagefind. */
import { describe, expect, it } from 'vitest';
import { answerClaims, buildDictionary, claimsWithValue, numberQuery, understandQuery } from '../../src/lib/view/search-answers.ts';

const dict = buildDictionary({
  subjects: [
    { key: 'platform/shipinhao', file: 'platform-shipinhao', names: ['视频号', 'WeChat Channels', 'Channels'] },
    { key: 'platform/wechat', file: 'platform-wechat', names: ['微信', 'WeChat'] },
    { key: 'platform/wechat-shop', file: 'platform-wechat-shop', names: ['微信小店'] },
    { key: 'platform/douyin', file: 'platform-douyin', names: ['抖音', 'Douyin'] },
    { key: 'platform/taobao-tmall', file: 'platform-taobao-tmall', names: ['淘宝天猫', '淘天'] },
    { key: 'platform/tencent', file: 'platform-tencent', names: ['腾讯'] },
    { key: 'company/tencent', file: 'company-tencent', names: ['腾讯控股', '腾讯'] },
    { key: 'market/china-online-retail', file: 'market-china-online-retail', names: ['中国网络零售市场'] },
  ],
  measures: [
    { id: 'repurchase-rate', names: ['复购率', 'Repurchase rate'] },
    { id: 'gmv', names: ['成交总额', 'GMV'] },
    { id: 'dau', names: ['日活跃用户数', '日活', 'DAU'] },
    { id: 'mau', names: ['月活跃用户数', '月活', 'MAU', '活跃用户'] },
    { id: 'revenue', names: ['营收', '收入'] },
    { id: 'online-retail-sales', names: ['全国网上零售额', '网上零售额', '网络零售'] },
    { id: 'growth-rate', names: ['增长率'] },
  ],
  pairs: [
    { subject: 'platform/shipinhao', measure: 'repurchase-rate' },
    { subject: 'platform/shipinhao', measure: 'dau' },
    { subject: 'platform/wechat', measure: 'mau' },
    { subject: 'platform/wechat-shop', measure: 'gmv' },
    { subject: 'platform/douyin', measure: 'dau' },
    { subject: 'platform/douyin', measure: 'gmv' },
    { subject: 'platform/taobao-tmall', measure: 'gmv' },
    { subject: 'company/tencent', measure: 'revenue' },
    { subject: 'market/china-online-retail', measure: 'online-retail-sales' },
    { subject: 'market/china-online-retail', measure: 'growth-rate' },
  ],
});

describe('understandQuery', () => {
  it.each([
    ['视频号 复购率', 'platform/shipinhao', 'repurchase-rate', undefined],
    ['视频号的复购率', 'platform/shipinhao', 'repurchase-rate', undefined],
    ['Douyin DAU', 'platform/douyin', 'dau', undefined],
    ['douyin gmv 2023', 'platform/douyin', 'gmv', '2023'],
    ['抖音 2023年 GMV', 'platform/douyin', 'gmv', '2023'],
    ['淘宝 天猫 GMV', 'platform/taobao-tmall', 'gmv', undefined],
    ['微信小店 GMV', 'platform/wechat-shop', 'gmv', undefined],
    ['微信 活跃用户', 'platform/wechat', 'mau', undefined],
    ['腾讯 营收', 'company/tencent', 'revenue', undefined],
    ['全国网上零售额', 'market/china-online-retail', 'online-retail-sales', undefined],
    ['中国网络零售市场 增长率', 'market/china-online-retail', 'growth-rate', undefined],
  ])('reads "%s" as %s × %s', (q, subject, measure, year) => {
    expect(understandQuery(q, dict)).toEqual({ subject, measure, year });
  });

  it.each(['视频号', '复购率', '视频号 直播 复购率', 'Douyin daus', '抖音 复购率', '顺子说茶'])('leaves "%s" to Pagefind', (q) => {
    expect(understandQuery(q, dict)).toBeUndefined();
  });
});

describe('answerClaims', () => {
  it('puts the asked year first and keeps the preferred order otherwise', () => {
    const answers = {
      name: '抖音',
      href: '/platforms/douyin/',
      measures: {
        gmv: {
          name: '成交总额',
          href: '/measures/gmv/',
          claims: [
            { href: '/a/', line: 'a', year: '2024', values: [1] },
            { href: '/b/', line: 'b', year: '2023', values: [2] },
            { href: '/c/', line: 'c', year: '2023', values: [3] },
          ],
        },
      },
    };
    expect(answerClaims(answers, { subject: 'platform/douyin', measure: 'gmv', year: '2023' }).map((c) => c.href)).toEqual(['/b/', '/c/', '/a/']);
    expect(answerClaims(answers, { subject: 'platform/douyin', measure: 'gmv' }).map((c) => c.href)).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('numberQuery and claimsWithValue', () => {
  it.each([
    ['5500万', 55000000],
    ['5500万元', 55000000],
    ['11,844亿', 1184400000000],
    ['30%', 30],
    ['RMB175.1 billion', 175100000000],
  ])('reads "%s" as %d', (q, n) => {
    expect(numberQuery(q)).toBe(n);
  });
  it.each(['视频号', '5G 手机', '快手 GMV 2023'])('does not read "%s" as a number', (q) => expect(numberQuery(q)).toBeUndefined());
  it('finds the claims that state a value, ranges included', () => {
    const answers = {
      name: '爱丽丝',
      href: '/cases/a/',
      measures: {
        gmv: {
          name: '成交总额',
          href: '/measures/gmv/',
          claims: [
            { href: '/x/', line: 'x', values: [55000000] },
            { href: '/y/', line: 'y', values: [1, 2] },
          ],
        },
      },
    };
    expect(claimsWithValue(answers, 55000000).map((c) => c.href)).toEqual(['/x/']);
    expect(claimsWithValue(answers, 2).map((c) => c.href)).toEqual(['/y/']);
  });
});
