/**
 * Cases and claims. Half the claims are about cases (every case gets at least one),
 * 42% about platforms and the rest about models; each quote states its number the
 * way articles do (约5500万, 七八成, 1:8), and periods are never after the source.
 */
import { Zipf, type Rng } from './rng.ts';
import * as V from './vocab.ts';
import { CN_DIGIT, IdSet, formatPeriodZh, joinId, makeNumber, pad, partialDateBetween, personName, titleCase } from './helpers.ts';
import type { Catalog } from './catalog.ts';
import type { CaseGen, CaseKind, ClaimGen, CollectionKey } from './types.ts';

export const KIND_LABELS: Record<CaseKind, string> = {
  merchant: '商家',
  brand: '品牌',
  creator: '达人',
  media: '媒体',
  retailer: '零售商',
  service: '服务商',
};

export function generateCases(root: Rng, counts: Record<CollectionKey, number>, catalog: Catalog): CaseGen[] {
  const { platforms, platformZipf, models, modelZipf } = catalog;
  // -- cases
  const rC = root.fork('cases');
  const caseIds = new IdSet();
  const caseNames = new Set<string>();
  const cases: CaseGen[] = [];
  for (let i = 0; i < counts.cases; i++) {
    const kind = rC.weighted(['merchant', 'brand', 'creator', 'media', 'retailer', 'service'] as const, [0.35, 0.2, 0.25, 0.05, 0.08, 0.07]);
    let name = '';
    let id = '';
    let city: V.Word | undefined;
    for (let tries = 0; tries < 50; tries++) {
      city = rC.chance(tries > 5 ? 0.9 : 0.25) ? rC.pick(V.CITIES) : undefined;
      const stem = rC.pick(V.NAME_STEMS);
      const ending = rC.pick(V.CASE_ENDINGS[kind]);
      name = `${city?.[0] ?? ''}${stem[0]}${ending[0]}`;
      id = joinId(city?.[1] ?? '', stem[1], ending[1]);
      if (!caseNames.has(name)) break;
    }
    if (caseNames.has(name)) name = `${name}（${KIND_LABELS[kind]}）`;
    caseNames.add(name);
    const d = partialDateBetween(rC, 2019, 2023);
    const plats = platformZipf.drawDistinct(rC, rC.int(1, 3)).map((k) => platforms[k].id);
    const mods = modelZipf.drawDistinct(rC, rC.int(1, 3)).map((k) => models[k].id);
    const category = rC.pick(V.CATEGORIES);
    cases.push({
      id: caseIds.take(id),
      name,
      aliases: rC.chance(0.6) ? [`@${name}`] : [],
      en: rC.chance(0.5) ? titleCase(id) : undefined,
      kind,
      category,
      platforms: plats,
      models: mods,
      period: rC.chance(0.75) ? (rC.chance(0.6) ? `${d.y}-${pad(d.m)}/${d.y + 1}-${pad(rC.int(1, 12))}` : `${d.y}`) : undefined,
      summary: `${city ? city[0] : ''}${KIND_LABELS[kind]}，${rC.pick(['靠首场长直播积累种子用户，再用企业微信群做精细化服务', '以产业带货源做低价爆款，再用矩阵号放大', '门店导购把顾客连接到私域，直播只在一个平台做', '用短视频讲专业知识建立信任，高客单、高复购', '借平台早期红利快速起量，随后转向品牌自播'])}。`,
      depth: rC.chance(0.25) ? 'in-depth' : 'brief',
      city: city?.[0],
      person: personName(rC),
      role: rC.pick(V.ROLES),
      year: d.y,
      month: d.m,
    });
  }
  return cases;
}

export function generateClaims(root: Rng, counts: Record<CollectionKey, number>, catalog: Catalog, cases: CaseGen[]): ClaimGen[] {
  const { measures, platforms, platformById, platformZipf, models, modelById, modelZipf, sources, sourceZipf } = catalog;
  // -- claims
  const rK = root.fork('claims');
  const claimIds = new IdSet();
  const claims: ClaimGen[] = [];
  const nCase = Math.round(counts.claims * 0.5);
  const nPlatform = Math.round(counts.claims * 0.42);
  const caseWeights = cases.map((c) => (c.depth === 'in-depth' ? 3 : 1));
  const measureZipf = new Zipf(measures.length, 0.9);
  const sourceOrder = rK.shuffle(sources.map((_, i) => i));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  for (let i = 0; i < counts.claims; i++) {
    let subjectType: 'case' | 'platform' | 'model';
    let subjectId: string;
    if (i < nCase) {
      subjectType = 'case';
      subjectId = (i < cases.length ? cases[i] : rK.weighted(cases, caseWeights)).id;
    } else if (i < nCase + nPlatform) {
      subjectType = 'platform';
      subjectId = platforms[platformZipf.draw(rK)].id;
    } else {
      subjectType = 'model';
      subjectId = models[modelZipf.draw(rK)].id;
    }
    const subjectName =
      subjectType === 'case'
        ? caseById.get(subjectId)!.name
        : subjectType === 'platform'
          ? platformById.get(subjectId)!.name
          : modelById.get(subjectId)!.name;
    const measure = measures[measureZipf.draw(rK)];
    const source = sources[i < sources.length ? sourceOrder[i] : sourceZipf.draw(rK)];
    let kind = rK.weighted(['official', 'estimate', 'self-reported', 'media', 'forecast'] as const, [0.18, 0.16, 0.12, 0.5, 0.04]);
    if (kind === 'self-reported' && subjectType !== 'case') kind = 'official';
    // Period: not after the source for reported figures; after it for forecasts.
    let period: string | undefined;
    let periodNote: string | undefined;
    const pubY = source.year;
    const pubM = source.month;
    const shape = rK.next();
    if (kind === 'forecast') {
      period = `${pubY + rK.int(0, 2)}`;
    } else if (shape < 0.03) {
      periodNote = '原文没有说明时期。';
    } else if (shape < 0.4) {
      period = `${rK.int(pubY - 3, pubY)}`;
    } else if (shape < 0.7) {
      const y = rK.int(pubY - 2, pubY);
      period = `${y}-${pad(rK.int(1, y === pubY ? pubM : 12))}`;
      if (y === pubY && rK.chance(0.3)) {
        period = `${pubY}-${pad(pubM)}`;
        periodNote = '截至发文';
      }
    } else if (shape < 0.8) {
      const y = rK.int(pubY - 2, pubY);
      const maxQ = y === pubY ? Math.ceil(pubM / 3) : 4;
      period = `${y}-Q${rK.int(1, maxQ)}`;
    } else if (shape < 0.85) {
      const y = rK.int(pubY - 2, pubY - 1);
      period = `${y}-H${rK.int(1, 2)}`;
    } else {
      const y1 = rK.int(pubY - 3, pubY - 1);
      const m1 = rK.int(1, 12);
      const y2 = rK.int(y1 + 1, pubY);
      const m2 = rK.int(1, y2 === pubY ? pubM : 12);
      period = `${y1}-${pad(m1)}/${y2}-${pad(m2)}`;
    }
    const qualifier = rK.weighted(['exact', 'about', 'more-than', 'less-than', 'up-to'] as const, [0.37, 0.3, 0.28, 0.02, 0.03]);
    const isRange = rK.chance(0.15);
    const a = makeNumber(rK, measure.unit, subjectType, measure);
    let value: number | undefined = a.value;
    let low: number | undefined;
    let high: number | undefined;
    let numText = a.text;
    if (isRange) {
      if (a.cheng && a.value < 90) {
        // 七八成
        low = a.value;
        high = a.value + 10;
        numText = `${CN_DIGIT[low / 10]}${CN_DIGIT[high / 10]}成`;
      } else {
        const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(a.text);
        const bump = m ? Math.max(1, Math.round(Number(m[1]) * 0.2)) : 0;
        const upper = m ? Number(m[1]) + bump : 0;
        const scale = m && Number(m[1]) ? a.value / Number(m[1]) : 1;
        const hi = Number((upper * scale).toPrecision(12));
        if (m && measure.unit !== 'ratio' && hi <= (measure.max ?? (measure.unit === 'percent' ? 100 : Infinity))) {
          low = a.value;
          high = hi;
          numText = `${m[1]}-${upper}${m[2]}`;
        }
      }
      if (low !== undefined) value = undefined;
    }
    const verbs: Record<string, readonly string[]> = {
      exact: ['为', '达到', '是'],
      about: ['约为', '接近', '大约'],
      'more-than': ['超过', '突破', '已超'],
      'less-than': ['不到', '不足'],
      'up-to': ['最高达到', '最多'],
    };
    const claimant =
      kind === 'official'
        ? subjectType === 'platform'
          ? platformById.get(subjectId)!.owner
          : subjectName
        : kind === 'estimate' || kind === 'forecast'
          ? rK.pick(V.ESTIMATORS)
          : kind === 'self-reported'
            ? caseById.get(subjectId)!.person
            : source.outlet;
    const claimantRole =
      kind === 'media'
        ? '媒体'
        : kind === 'self-reported'
          ? `${subjectName}${caseById.get(subjectId)!.role}`
          : kind === 'official'
            ? rK.chance(0.5)
              ? '官方披露'
              : undefined
            : rK.chance(0.6)
              ? '第三方数据机构'
              : undefined;
    const lead =
      kind === 'official'
        ? rK.pick([`${claimant}披露，`, '财报显示，', '官方数据显示，'])
        : kind === 'estimate'
          ? rK.pick([`据${claimant}统计，`, `${claimant}的数据显示，`])
          : kind === 'forecast'
            ? `${claimant}预测，`
            : kind === 'self-reported'
              ? rK.pick([`${claimant}介绍，`, `据${subjectName}自己的说法，`])
              : rK.pick(['', '记者了解到，', '文章称，']);
    const when = period ? formatPeriodZh(period) : '';
    let quote = `${lead}${subjectName}${when}的${measure.name}${rK.pick(verbs[qualifier])}${numText}`;
    let derivation: string | undefined;
    if (!isRange && rK.chance(0.06) && value !== undefined && measure.unit !== 'ratio') {
      // The number is derived: the quote states the parts, the derivation says how.
      const half = Number((value / 2).toPrecision(12));
      quote = `${lead}${subjectName}${when}的${measure.name}是上一期的两倍，上一期为${half}（按${measure.unit === 'cny' ? '元' : '原单位'}计）`;
      derivation = `原文说是上一期（${half}）的两倍，按 ${half} × 2 = ${value} 推算。`;
    }
    if (quote.length > 160) quote = quote.slice(quote.length - 160);
    const year = period?.slice(0, 4) ?? '';
    const id = claimIds.take(joinId(subjectId, measure.id, year, source.tag));
    claims.push({
      id,
      subject: `${subjectType}/${subjectId}`,
      measure: measure.id,
      value,
      low,
      high,
      qualifier,
      unit: measure.unit,
      period,
      periodNote,
      claimant,
      claimantRole,
      kind,
      source: source.id,
      quote,
      derivation,
      note: rK.chance(0.1) ? '原文把这一数字放在括号里，作为补充说明；口径见指标页。' : undefined,
      valueText: numText,
    });
  }
  return claims;
}
