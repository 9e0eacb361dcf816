/**
 * How pages name the values of our enums, in one place: claim kinds, units and
 * qualifiers, comparison dimensions, platform and source kinds, languages. The
 * schemas define the values; this file is what readers see for each.
 */
import type { ClaimKind, Qualifier } from '../../schemas/claim.ts';
import type { Unit } from '../../schemas/measure.ts';
import type { TraitDimension } from '../../schemas/model.ts';
import type { platformKinds } from '../../schemas/platform.ts';
import type { Source } from '../../schemas/source.ts';

export const CLAIM_KIND_LABEL: Record<ClaimKind, string> = {
  official: '官方披露',
  estimate: '第三方估算',
  'self-reported': '自述',
  media: '媒体报道',
  forecast: '预测',
};

/** Units as readers name them. */
export const UNIT_LABEL: Record<Unit, string> = {
  cny: '元',
  people: '人',
  percent: '%',
  count: '个',
  times: '倍',
  hours: '小时',
  minutes: '分钟',
  days: '天',
  years: '年',
  ratio: '比值（1:N 记为 N）',
};

/** How each qualifier is said before a number: 约, 超过, 不到, 最高. */
export const QUALIFIER_PREFIX: Record<Qualifier, string> = { exact: '', about: '约', 'more-than': '超过', 'less-than': '不到', 'up-to': '最高' };

export const DIMENSION_LABEL: Record<TraitDimension, string> = {
  'traffic-logic': '流量逻辑',
  'typical-platforms': '典型平台',
  'core-users': '核心用户',
  aov: '客单价',
  'return-rate': '退货率',
  'repurchase-rate': '复购率',
  'paid-traffic': '付费流量工具',
  'private-domain': '私域能力',
  'content-form': '内容形式',
  'merchant-fit': '适合的商家',
};

/** How pages name each kind. */
export const PLATFORM_KIND_LABEL: Record<(typeof platformKinds)[number], string> = { platform: '平台', feature: '平台功能', service: '服务商' };

/** How pages name a source's kind. */
export const SOURCE_KIND_LABEL: Record<Source['kind'], string> = {
  news: '新闻',
  analysis: '分析文章',
  report: '报告',
  official: '官方披露',
  interview: '访谈',
};

/** How pages name a source's language. */
export const LANGUAGE_LABEL: Record<Source['language'], string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁体中文', en: '英文' };
