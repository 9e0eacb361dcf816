/**
 * A synthetic but realistic Commerce Atlas corpus for the build benchmark.
 *
 *   tsx scripts/bench/corpus.ts --size 1000 --out /tmp/atlas-corpus [--seed 7] [--no-verify]
 *
 * Writes data/**\/*.yaml and content/**\/*.mdx into --out (never into the project's
 * own data/ or content/; the script refuses). Entries are split like the real site
 * (≈45% claims, 10% cases, then events, terms, sources, measures, platforms,
 * models, disagreements), every entry is valid for src/schemas and the integrity
 * rules (quotes contain their values, references resolve, periods are not after
 * their sources), and the output depends only on --size and --seed.
 *
 * Realism choices (see docs/benchmarks.md): claim subjects, measures and sources are
 * drawn with Zipf-like skew, so a few hub pages (视频号, 成交总额, 窄播 …) grow with the
 * corpus as they do on the real site; case bodies follow content/cases/*.mdx.
 */
import { mkdirSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { Rng, Zipf } from './rng.ts';
import { caseBody, modelBody, platformBody, TRAIT_TEXTS, type ClaimRef } from './prose.ts';
import * as V from './vocab.ts';

export const COLLECTION_SHARES = {
  claims: 0.45,
  cases: 0.1,
  events: 0.12,
  terms: 0.11,
  sources: 0.08,
  measures: 0.06,
  platforms: 0.04,
  models: 0.03,
  disagreements: 0.01,
} as const;
export type CollectionKey = keyof typeof COLLECTION_SHARES;
const MINIMUM: Record<CollectionKey, number> = {
  claims: 10,
  cases: 3,
  events: 2,
  terms: 3,
  sources: 3,
  measures: 8,
  platforms: 6,
  models: 5,
  disagreements: 1,
};

/** How many entries of each collection a corpus of `size` entries has (they sum to `size`). */
export function countsFor(size: number): Record<CollectionKey, number> {
  const counts = {} as Record<CollectionKey, number>;
  let rest = size;
  for (const key of Object.keys(COLLECTION_SHARES) as CollectionKey[]) {
    if (key === 'claims') continue;
    counts[key] = Math.max(MINIMUM[key], Math.round(size * COLLECTION_SHARES[key]));
    rest -= counts[key];
  }
  counts.claims = rest;
  if (rest < MINIMUM.claims) throw new Error(`size ${size} is too small for a corpus`);
  return counts;
}

// ---------------------------------------------------------------- output shapes

type Unit = V.UnitName;
interface MeasureOut extends V.MeasureSeed {
  definition: string;
  definitionNotes?: string;
  staleAfterMonths: number;
}
interface PlatformOut {
  id: string;
  name: string;
  en: string;
  aliases: string[];
  owner: string;
  kind: 'platform' | 'feature' | 'service';
  parent?: string;
  models: string[];
  launched?: string;
  summary: string;
  year: number;
}
interface ModelOut {
  id: string;
  name: string;
  en: string;
  aliases: string[];
  definition: string;
  broader?: string;
  platforms: string[];
}
interface SourceOut {
  id: string;
  tag: string;
  title: string;
  outlet: string;
  originalOutlet?: string;
  authors: string[];
  editors: string[];
  published?: string;
  publishedNote?: string;
  url?: string;
  language: 'zh-Hans' | 'zh-Hant' | 'en';
  accessed: string;
  kind: string;
  text: { file: string };
  note?: string;
  pubEnd: string;
  year: number;
  month: number;
}
interface CaseOut {
  id: string;
  name: string;
  aliases: string[];
  en?: string;
  kind: keyof typeof V.CASE_ENDINGS;
  category: string;
  platforms: string[];
  models: string[];
  period?: string;
  summary: string;
  depth: 'in-depth' | 'brief';
  city?: string;
  person: string;
  role: string;
  year: number;
  month: number;
}
interface ClaimOut {
  id: string;
  subject: string;
  measure: string;
  value?: number;
  low?: number;
  high?: number;
  qualifier: string;
  unit: Unit;
  period?: string;
  periodNote?: string;
  claimant: string;
  claimantRole?: string;
  kind: string;
  source: string;
  quote: string;
  derivation?: string;
  note?: string;
  valueText: string;
}

export interface CorpusResult {
  size: number;
  seed: number;
  counts: Record<CollectionKey, number>;
  files: number;
  bytes: number;
  /** Claims on the busiest subject, measure and source: how big the hub pages get. */
  hubs: { subject: [string, number]; measure: [string, number]; source: [string, number] };
}

// ---------------------------------------------------------------- helpers

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const joinId = (...parts: string[]) => parts.filter(Boolean).join('-').replace(/-+/g, '-');
const titleCase = (id: string) =>
  id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
const CN_DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

class IdSet {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let i = 2; this.used.has(id); i++) id = `${base}-${i}`;
    this.used.add(id);
    return id;
  }
}

/** Every combination of the pools, in a seeded order. */
function combinations<T extends readonly unknown[]>(rng: Rng, pools: { [K in keyof T]: readonly T[K][] }): T[] {
  let out: unknown[][] = [[]];
  for (const pool of pools as readonly (readonly unknown[])[]) out = out.flatMap((prefix) => pool.map((item) => [...prefix, item]));
  return rng.shuffle(out) as unknown as T[];
}

function personName(r: Rng): string {
  return r.pick(V.SURNAMES) + r.pick(V.GIVEN);
}

function partialDateBetween(r: Rng, fromYear: number, toYear: number): { y: number; m: number; d: number } {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { y, m, d };
}

/** A value the quote can state exactly, with the text that states it. */
function makeNumber(
  r: Rng,
  unit: Unit,
  subjectType: 'platform' | 'case' | 'model',
  measure: V.MeasureSeed,
): { value: number; text: string; cheng?: boolean } {
  const exact = (x: number) => Number(x.toPrecision(12));
  switch (unit) {
    case 'cny':
    case 'people': {
      const suffix = unit === 'cny' ? '元' : '人';
      const [lo, hi] = measure.id.endsWith('aov')
        ? [1, 3]
        : subjectType === 'case'
          ? unit === 'cny'
            ? [2, 9]
            : [2, 7]
          : unit === 'cny'
            ? [7, 12]
            : [5, 9];
      const exp = r.int(lo, hi);
      if (exp >= 8 && r.chance(0.15)) {
        // Chinese numerals: 两亿, 三千万 …
        const d = r.int(2, 9);
        return exp >= 9 ? { value: d * 1e8, text: `${CN_DIGIT[d]}亿${suffix}` } : { value: d * 1e7, text: `${CN_DIGIT[d]}千万${suffix}` };
      }
      const mant = r.chance(0.3) ? r.int(11, 99) / 10 : r.int(1, 999);
      const raw = mant * Math.pow(10, Math.max(0, exp - Math.floor(Math.log10(Math.max(1, mant)))));
      if (raw >= 1e8) {
        const m = Number((raw / 1e8).toFixed(raw >= 1e10 ? 0 : 1));
        return { value: exact(m * 1e8), text: `${m}亿${suffix}` };
      }
      if (raw >= 1e4) {
        const m = Number((raw / 1e4).toFixed(raw >= 1e6 ? 0 : 1));
        return { value: exact(m * 1e4), text: `${m}万${suffix}` };
      }
      const v = Math.max(1, Math.round(raw));
      return { value: v, text: `${v}${suffix}` };
    }
    case 'percent': {
      const max = Math.min(measure.max ?? 100, 99);
      if (r.chance(0.12)) {
        const d = r.int(1, Math.min(9, Math.floor(max / 10)));
        return { value: d * 10, text: `${CN_DIGIT[d]}成`, cheng: true };
      }
      const v = r.chance(0.25) ? r.int(10, max * 10 - 1) / 10 : r.int(1, max);
      return { value: v, text: `${v}%` };
    }
    case 'count': {
      const exp = subjectType === 'case' ? r.int(0, 4) : r.int(2, 7);
      const v = Math.max(2, Math.round(r.int(1, 9) * Math.pow(10, exp) * (r.chance(0.5) ? 1 : r.int(10, 99) / 10)));
      const c = measure.counter ?? '个';
      if (v >= 1e4 && v % 1e3 === 0) return { value: v, text: `${v / 1e4}万${c}` };
      return { value: v, text: `${v}${c}` };
    }
    case 'times': {
      const v = r.chance(0.3) ? r.int(15, 95) / 10 : r.int(2, 30);
      return { value: v, text: `${v}倍` };
    }
    case 'hours': {
      const v = r.int(1, 24);
      return { value: v, text: `${v}个小时` };
    }
    case 'minutes': {
      const v = r.int(1, 180);
      return { value: v, text: `${v}分钟` };
    }
    case 'days': {
      const v = r.int(1, 90);
      return { value: v, text: `${v}天` };
    }
    case 'years': {
      const lo = measure.min ?? 1;
      const hi = Math.min(measure.max ?? 40, 60);
      const v = r.int(lo, hi);
      return { value: v, text: measure.id === 'buyer-age' ? `${v}岁` : `${v}年` };
    }
    case 'ratio': {
      const v = r.int(2, 20);
      return { value: v, text: `1:${v}` };
    }
  }
}

function formatPeriodZh(period: string): string {
  return period
    .split('/')
    .map((p) => {
      const q = /^(\d{4})-Q([1-4])$/.exec(p);
      if (q) return `${q[1]}年第${CN_DIGIT[Number(q[2])]}季度`;
      const h = /^(\d{4})-H([12])$/.exec(p);
      if (h) return `${h[1]}年${h[2] === '1' ? '上' : '下'}半年`;
      const [y, m, d] = p.split('-');
      return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
    })
    .join('至');
}

// ---------------------------------------------------------------- generator

export function generateCorpus(
  size: number,
  seed = 20240601,
): {
  measures: MeasureOut[];
  platforms: PlatformOut[];
  models: (ModelOut & { labels: unknown[]; traits: unknown[]; body: string })[];
  sources: SourceOut[];
  cases: (CaseOut & { body: string })[];
  claims: ClaimOut[];
  events: Record<string, unknown>[];
  terms: Record<string, unknown>[];
  disagreements: Record<string, unknown>[];
  platformBodies: Map<string, string>;
} {
  const counts = countsFor(size);
  const root = new Rng(seed);

  // -- measures
  const rM = root.fork('measures');
  const measureIds = new IdSet();
  const measures: MeasureOut[] = [];
  const tailMeasures = combinations<[V.Word, V.Word, (typeof V.MEASURE_BASE_LIST)[number]]>(rM, [
    V.MEASURE_PREFIXES,
    V.MEASURE_SCOPES,
    V.MEASURE_BASE_LIST,
  ]);
  for (let i = 0; measures.length < counts.measures; i++) {
    let seedM: V.MeasureSeed;
    if (i < V.HEAD_MEASURES.length) seedM = V.HEAD_MEASURES[i];
    else {
      const [prefix, scope, base] = tailMeasures[(i - V.HEAD_MEASURES.length) % tailMeasures.length];
      seedM = {
        id: joinId(prefix[1], scope[1], base.id),
        name: `${prefix[0]}${scope[0]}${base.zh}`,
        en: `${prefix[1] ? titleCase(prefix[1]) + ' ' : ''}${titleCase(scope[1])} ${base.en}`,
        unit: base.unit,
        counter: base.counter,
      };
    }
    measures.push({
      ...seedM,
      id: measureIds.take(seedM.id),
      definition: `${seedM.name}：一段时间内${rM.pick(['按平台口径统计的', '按商家或第三方口径统计的', '文章所述范围内的'])}${seedM.name.replace(/^(日均|月均|年度|单场|人均)/, '')}，单位为${{ cny: '元', people: '人', percent: '百分比', count: '个', times: '倍', hours: '小时', minutes: '分钟', days: '天', years: '年', ratio: '比值' }[seedM.unit]}。`,
      definitionNotes: rM.chance(0.3) ? '平台口径常不扣除退货与取消；第三方估算多按可见的直播或橱窗成交推算，彼此不可直接相加。' : undefined,
      staleAfterMonths: rM.pick([12, 12, 18, 24]),
    });
  }
  const measureById = new Map(measures.map((m) => [m.id, m]));

  // -- model names first (platforms point at them)
  const rMo = root.fork('models');
  const modelIds = new IdSet();
  const models: ModelOut[] = [];
  const tailModels = combinations<[V.Word, V.Word, V.Word]>(rMo, [V.MODEL_PREFIXES, V.MODEL_SCOPES, V.MODEL_KINDS]);
  for (let i = 0; models.length < counts.models; i++) {
    if (i < V.HEAD_MODELS.length) {
      const h = V.HEAD_MODELS[i];
      models.push({ id: modelIds.take(h.id), name: h.name, en: h.en, aliases: [`${h.name}模式`], definition: '', platforms: [] });
    } else {
      const [prefix, scope, kind] = tailModels[(i - V.HEAD_MODELS.length) % tailModels.length];
      const name = `${prefix[0]}${scope[0]}${kind[0]}`;
      models.push({
        id: modelIds.take(joinId(prefix[1], scope[1], kind[1])),
        name,
        en: `${prefix[1] ? titleCase(prefix[1]) + ' ' : ''}${titleCase(scope[1])} ${titleCase(kind[1])}`,
        aliases: rMo.chance(0.4) ? [`${name}模式`] : [],
        definition: '',
        platforms: [],
      });
    }
  }
  const modelZipf = new Zipf(models.length, 1);

  // -- platforms
  const rP = root.fork('platforms');
  const platformIds = new IdSet();
  const platforms: PlatformOut[] = [];
  const headCount = Math.min(V.HEAD_PLATFORMS.length, counts.platforms);
  const tailPlatforms = rP.shuffle([
    ...combinations<[V.Word, V.Word]>(rP, [V.PLATFORM_STEMS, V.PLATFORM_PRODUCTS]).map((c) => ({ type: 'service' as const, c })),
    ...combinations<[(typeof V.HEAD_PLATFORMS)[number], V.Word]>(rP, [V.HEAD_PLATFORMS.slice(0, headCount), V.PLATFORM_FEATURES]).map((c) => ({
      type: 'feature' as const,
      c,
    })),
  ]);
  for (let i = 0; platforms.length < counts.platforms; i++) {
    const year = rP.int(2012, 2022);
    const modelIdsFor = modelZipf.drawDistinct(rP, rP.int(1, 3)).map((k) => models[k].id);
    if (i < headCount) {
      const h = V.HEAD_PLATFORMS[i];
      platforms.push({
        id: platformIds.take(h.id),
        name: h.name,
        en: h.en,
        aliases: [...h.aliases],
        owner: h.owner,
        kind: 'platform',
        parent: h.id === 'shipinhao' || h.id === 'mini-program' ? 'wechat' : undefined,
        models: modelIdsFor,
        launched: rP.chance(0.6) ? `${year}-${pad(rP.int(1, 12))}` : undefined,
        summary: `${h.owner}旗下的${rP.pick(['内容平台', '电商平台', '社交产品', '本地生活平台'])}，文章讨论它${rP.pick(['如何把私域与公域接起来', '的流量分配与商家结构', '从内容到交易的闭环', '的商业化节奏'])}。`,
        year,
      });
      continue;
    }
    const t = tailPlatforms[(i - headCount) % tailPlatforms.length];
    if (t.type === 'feature') {
      const [head, feature] = t.c;
      const name = `${head.name}${feature[0]}`;
      platforms.push({
        id: platformIds.take(joinId(head.id, feature[1])),
        name,
        en: `${head.en} ${titleCase(feature[1])}`,
        aliases: rP.chance(0.3) ? [`${head.name}的${feature[0]}`] : [],
        owner: head.owner,
        kind: 'feature',
        parent: head.id,
        models: modelIdsFor,
        launched: rP.chance(0.5) ? `${year}-${pad(rP.int(1, 12))}` : undefined,
        summary: `${head.name}里的${feature[0]}功能，商家用它${rP.pick(['承接直播间的成交', '做私域复购', '找达人带货', '投放广告'])}。`,
        year,
      });
    } else {
      const [stem, product] = t.c;
      const name = `${stem[0]}${product[0]}`;
      platforms.push({
        id: platformIds.take(joinId(stem[1], product[1])),
        name,
        en: titleCase(joinId(stem[1], product[1])),
        aliases: rP.chance(0.3) ? [`${stem[0]}`] : [],
        owner: `${stem[0]}科技`,
        kind: rP.chance(0.7) ? 'service' : 'platform',
        models: modelIdsFor,
        launched: rP.chance(0.4) ? `${year}` : undefined,
        summary: `为商家提供${product[0]}能力的${rP.pick(['服务商', 'SaaS 工具', '分销平台'])}，多见于${rP.pick(['产业带', '微商转型', '品牌私域', '社区团购'])}商家。`,
        year,
      });
    }
  }
  const platformZipf = new Zipf(platforms.length, 1);
  for (const m of models) {
    m.platforms = platformZipf.drawDistinct(rMo, rMo.int(1, 3)).map((k) => platforms[k].id);
    const head = V.HEAD_MODELS.findIndex((h) => h.id === m.id);
    if (head >= 5 && head < V.HEAD_MODELS.length) m.broader = V.HEAD_MODELS[rMo.int(0, 4)].id;
    else if (head === -1 && rMo.chance(0.7)) m.broader = V.HEAD_MODELS[rMo.int(0, Math.min(V.HEAD_MODELS.length, models.length) - 1)].id;
    const platNames = m.platforms.map((id) => platforms.find((p) => p.id === id)!.name);
    m.definition = `${rMo.pick(['平台依据用户兴趣', '商家依靠信任关系', '用户带着明确需求', '借助社交分享'])}${rMo.pick(['把商品推到用户面前', '完成从种草到成交', '反复触达老顾客'])}的电商形态，典型平台是${platNames.join('、')}。`;
  }

  // -- sources
  const rS = root.fork('sources');
  const sourceIds = new IdSet();
  const outletZipf = new Zipf(V.OUTLETS.length, 0.8);
  const sources: SourceOut[] = [];
  for (let i = 0; i < counts.sources; i++) {
    const outlet = V.OUTLETS[outletZipf.draw(rS)];
    const d = partialDateBetween(rS, 2019, 2024);
    const precision = rS.next();
    const published = precision < 0.05 ? undefined : precision < 0.3 ? `${d.y}-${pad(d.m)}` : `${d.y}-${pad(d.m)}-${pad(d.d)}`;
    const topic = rS.pick(V.TOPICS);
    const plat = platforms[platformZipf.draw(rS)];
    const id = sourceIds.take(joinId(outlet.tag, String(d.y), pad(d.m), topic[1]));
    const lang = rS.weighted(['zh-Hans', 'zh-Hant', 'en'] as const, [0.92, 0.04, 0.04]);
    sources.push({
      id,
      tag: `${outlet.tag}${i.toString(36)}`,
      title: lang === 'en' ? `${plat.en}: ${titleCase(topic[1])} and the next phase` : `${plat.name}${topic[0]}：${rS.pick(V.TITLE_TAILS)}`,
      outlet: outlet.name,
      originalOutlet: rS.chance(0.15) ? rS.pick(V.OUTLETS).name : undefined,
      authors: Array.from({ length: rS.int(0, 2) }, () => personName(rS)),
      editors: rS.chance(0.2) ? [personName(rS)] : [],
      published,
      publishedNote:
        published === undefined
          ? '原文没有日期；按正文提到的事件推定为发文当年。'
          : precision < 0.3 && rS.chance(0.5)
            ? '正文提到的最晚事件在当月，推定为该月发布。'
            : undefined,
      url: rS.chance(0.85) ? `https://www.${outlet.tag}.example.com/${d.y}/${pad(d.m)}/${100000 + i}.html` : undefined,
      language: lang,
      // A fixed day, so the corpus is the same on every run.
      accessed: '2026-11-22',
      kind: rS.weighted(['news', 'analysis', 'report', 'official', 'interview'], [0.25, 0.45, 0.12, 0.08, 0.1]),
      text: { file: `${pad(i, 4)}_${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}.txt` },
      note: rS.chance(0.15) ? '转载版本有机器翻译痕迹：Tik Tok=抖音，魏梦=微盟；各条数据的备注写明了改正。' : undefined,
      // For date rules: without `published` the rules do not apply; use the year end.
      pubEnd: published ?? `${d.y}-12-31`,
      year: d.y,
      month: published ? d.m : 12,
    });
  }
  const sourceZipf = new Zipf(sources.length, 0.7);

  // -- cases
  const rC = root.fork('cases');
  const caseIds = new IdSet();
  const caseNames = new Set<string>();
  const kindLabels: Record<CaseOut['kind'], string> = {
    merchant: '商家',
    brand: '品牌',
    creator: '达人',
    media: '媒体',
    retailer: '零售商',
    service: '服务商',
  };
  const cases: CaseOut[] = [];
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
    if (caseNames.has(name)) name = `${name}（${kindLabels[kind]}）`;
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
      summary: `${city ? city[0] : ''}${kindLabels[kind]}，${rC.pick(['靠首场长直播积累种子用户，再用企业微信群做精细化服务', '以产业带货源做低价爆款，再用矩阵号放大', '门店导购把顾客连接到私域，直播只在一个平台做', '用短视频讲专业知识建立信任，高客单、高复购', '借平台早期红利快速起量，随后转向品牌自播'])}。`,
      depth: rC.chance(0.25) ? 'in-depth' : 'brief',
      city: city?.[0],
      person: personName(rC),
      role: rC.pick(V.ROLES),
      year: d.y,
      month: d.m,
    });
  }

  // -- claims
  const rK = root.fork('claims');
  const claimIds = new IdSet();
  const claims: ClaimOut[] = [];
  const nCase = Math.round(counts.claims * 0.5);
  const nPlatform = Math.round(counts.claims * 0.42);
  const caseWeights = cases.map((c) => (c.depth === 'in-depth' ? 3 : 1));
  const measureZipf = new Zipf(measures.length, 0.9);
  const sourceOrder = rK.shuffle(sources.map((_, i) => i));
  const platformById = new Map(platforms.map((p) => [p.id, p]));
  const modelById = new Map(models.map((m) => [m.id, m]));
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
    let kind = rK.weighted(['official', 'estimate', 'self-reported', 'media', 'forecast'], [0.18, 0.16, 0.12, 0.5, 0.04]);
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
    const qualifier = rK.weighted(['exact', 'about', 'more-than', 'less-than', 'up-to'], [0.37, 0.3, 0.28, 0.02, 0.03]);
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
  const claimsBySubject = new Map<string, ClaimOut[]>();
  for (const c of claims) {
    const list = claimsBySubject.get(c.subject);
    if (list) list.push(c);
    else claimsBySubject.set(c.subject, [c]);
  }
  // Outlet names with digits (36氪) would be bare numbers in prose.
  const PROSE_OUTLETS = V.OUTLETS.filter((o) => !/\d/.test(o.name));
  const refOf = (c: ClaimOut): ClaimRef => ({ id: c.id, measure: measureById.get(c.measure)!.name });

  // -- case bodies
  const rB = root.fork('bodies');
  const caseOut = cases.map((c) => {
    const own = (claimsBySubject.get(`case/${c.id}`) ?? []).map(refOf);
    const platformClaims = claimsBySubject.get(`platform/${c.platforms[0]}`) ?? [];
    const context = platformClaims.length && rB.chance(0.3) ? [refOf(rB.pick(platformClaims))] : [];
    const body = caseBody(
      {
        name: c.name,
        category: c.category,
        kindLabel: kindLabels[c.kind],
        city: c.city,
        platforms: c.platforms.map((id) => platformById.get(id)!.name),
        models: c.models.map((id) => modelById.get(id)!.name),
        person: c.person,
        role: c.role,
        outlet: rB.pick(PROSE_OUTLETS).name,
        year: c.year,
        month: c.month,
        depth: c.depth,
        claims: own,
        context,
      },
      rB,
    );
    return { ...c, body };
  });
  const platformBodies = new Map<string, string>();
  for (const p of platforms) {
    const own = (claimsBySubject.get(`platform/${p.id}`) ?? []).map(refOf);
    platformBodies.set(
      p.id,
      platformBody(
        {
          name: p.name,
          owner: p.owner,
          models: p.models.map((id) => modelById.get(id)!.name),
          year: p.year,
          claims: rB.chance(0.15) ? own.slice(0, 1) : [],
        },
        rB,
      ),
    );
  }

  // -- models: labels and traits
  const rL = root.fork('labels');
  const modelOut = models.map((m, index) => {
    const labels = Array.from({ length: rL.int(1, index < 5 ? 4 : 2) }, () => {
      const s = sources[sourceZipf.draw(rL)];
      const platform = rL.chance(0.7) ? rL.pick(m.platforms) : undefined;
      return {
        by: rL.chance(0.5) ? `${s.outlet}（${s.authors[0] ?? '编辑部'}）` : rL.pick(V.ESTIMATORS),
        platform,
        date: s.published?.slice(0, 7),
        source: s.id,
        quote: `${platform ? platformById.get(platform)!.name : '这类商家'}是${m.name}`,
      };
    });
    const dims = index < 5 ? Object.keys(TRAIT_TEXTS) : rL.sample(Object.keys(TRAIT_TEXTS), rL.int(2, 6));
    const modelClaims = claimsBySubject.get(`model/${m.id}`) ?? [];
    const traits = dims.map((dimension) => {
      const text = rL.pick(TRAIT_TEXTS[dimension]);
      const s = rL.chance(0.7) ? sources[sourceZipf.draw(rL)] : undefined;
      const related = ['aov', 'return-rate', 'repurchase-rate'].includes(dimension)
        ? modelClaims
            .filter((c) => c.measure === dimension)
            .map((c) => c.id)
            .slice(0, 2)
        : [];
      return {
        dimension,
        text,
        source: s?.id,
        quote: s && rL.chance(0.6) ? `${m.name}${text}` : undefined,
        claims: related.length ? related : undefined,
      };
    });
    return { ...m, labels, traits, body: modelBody({ name: m.name, platforms: m.platforms.map((id) => platformById.get(id)!.name) }, rL) };
  });

  // -- events
  const rE = root.fork('events');
  const eventIds = new IdSet();
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < counts.events; i++) {
    const s = sources[sourceZipf.draw(rE)];
    const plats = platformZipf.drawDistinct(rE, rE.int(1, 2)).map((k) => platforms[k]);
    const action = rE.pick(V.EVENT_ACTIONS);
    const feature = rE.pick(V.PLATFORM_FEATURES);
    const planned = rE.chance(0.05);
    const y = planned ? s.year + 1 : rE.int(s.year - 3, s.year);
    const m = rE.int(1, !planned && y === s.year ? s.month : 12);
    const precision = rE.next();
    let date = precision < 0.2 ? `${y}` : precision < 0.6 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(rE.int(1, 28))}`;
    if (!planned && date > s.pubEnd) date = `${y}-${pad(m)}`;
    const title = `${plats[0].name}${action.zh}${feature[0]}`;
    events.push({
      id: eventIds.take(joinId(plats[0].id, feature[1], action.id, date.slice(0, 7), s.tag)),
      date,
      title,
      summary: `${plats.map((p) => p.name).join('与')}${action.zh}${feature[0]}，${rE.pick(['文章把它看作平台补齐交易闭环的一步。', '商家普遍认为这会改变流量分配。', '各来源对具体月份说法不一。', '服务商随后推出了配套工具。'])}`,
      platforms: plats.map((p) => p.id),
      source: s.id,
      status: planned ? 'planned' : undefined,
      quote: rE.chance(0.5) ? `${plats[0].name}${feature[0]}于${formatPeriodZh(date)}${action.zh}` : undefined,
    });
  }

  // -- terms
  const rT = root.fork('terms');
  const termIds = new IdSet();
  const termSeeds: { id: string; term: string; en: string; aliases: string[] }[] = [];
  const tailTerms = combinations<[V.Word, V.Word, V.Word]>(rT, [V.TERM_SCOPES, V.TERM_PRACTICES, V.TERM_ASPECTS]);
  for (let i = 0; termSeeds.length < counts.terms; i++) {
    if (i < V.HEAD_TERMS.length) termSeeds.push({ ...V.HEAD_TERMS[i], id: termIds.take(V.HEAD_TERMS[i].id), aliases: [...V.HEAD_TERMS[i].aliases] });
    else {
      const [scope, practice, aspect] = tailTerms[(i - V.HEAD_TERMS.length) % tailTerms.length];
      const id = termIds.take(joinId(scope[1], practice[1], aspect[1]));
      termSeeds.push({
        id,
        term: `${scope[0]}${practice[0]}${aspect[0]}`,
        en: titleCase(id),
        aliases: rT.chance(0.3) ? [`${scope[0]}${practice[0]}${aspect[0] || '方法'}`] : [],
      });
    }
  }
  const termZipf = new Zipf(termSeeds.length, 0.8);
  const terms = termSeeds.map((t) => ({
    ...t,
    definition: `${rT.pick(['商家', '平台', '主播', '服务商'])}${rT.pick(['为了提升成交', '在冷启动阶段', '在大促期间', '经营老顾客时'])}采用的做法：${t.term}${rT.pick(['强调先建立信任，再谈转化。', '把流量和货品按人群拆开运营。', '依赖数据复盘和持续测试。', '常与私域运营配合使用。'])}`,
    related: [...new Set(termZipf.drawDistinct(rT, rT.int(0, 4)).map((k) => termSeeds[k].id))].filter((id) => id !== t.id),
    source: rT.chance(0.7) ? sources[sourceZipf.draw(rT)].id : undefined,
  }));

  // -- disagreements: claims on the same subject and measure
  const rD = root.fork('disagreements');
  const groups = new Map<string, ClaimOut[]>();
  for (const c of claims) {
    const key = `${c.subject}|${c.measure}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  let candidates = rD.shuffle([...groups.values()].filter((g) => g.length >= 2));
  if (candidates.length < counts.disagreements) {
    const byMeasure = new Map<string, ClaimOut[]>();
    for (const c of claims) byMeasure.set(c.measure, [...(byMeasure.get(c.measure) ?? []), c]);
    candidates = [...candidates, ...rD.shuffle([...byMeasure.values()].filter((g) => g.length >= 2))];
  }
  const disagreementIds = new IdSet();
  const disagreements = candidates.slice(0, counts.disagreements).map((g) => {
    const picked = g.slice(0, rD.int(2, 3));
    const measure = measureById.get(picked[0].measure)!;
    const subject = picked[0].subject.split('/')[1];
    return {
      id: disagreementIds.take(joinId(subject, measure.id, 'dispute')),
      title: `${measure.name}：${picked[0].valueText}还是${picked[1].valueText}？`,
      claims: picked.map((c) => c.id),
      events: [],
      why: rD.pick([
        '口径不同：一方按下单金额，一方按实际支付计算。',
        '时间点不同：两篇文章相隔数月。',
        '说话人不同：平台披露与第三方估算。',
        '统计范围不同：是否包含退货与取消订单。',
      ]),
    };
  });
  if (disagreements.length < counts.disagreements) throw new Error(`only ${disagreements.length} disagreements possible`);

  return { measures, platforms, models: modelOut, sources, cases: caseOut, claims, events, terms, disagreements, platformBodies };
}

// ---------------------------------------------------------------- writing

/** Drop undefined fields so YAML stays clean. */
function clean<T extends Record<string, unknown>>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function yamlList(header: string, items: Record<string, unknown>[]): string {
  return `# ${header}\n` + stringify(items.map(clean), { lineWidth: 0 });
}

function frontMatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(clean(data), { lineWidth: 0 })}---\n\n${body}`;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = dirBytes(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** Generate and write a corpus of `size` entries into `outDir` (data/ and content/). */
export function writeCorpus(size: number, outDir: string, seed = 20240601): CorpusResult {
  const out = resolve(outDir);
  if (
    out === PROJECT_ROOT ||
    out.startsWith(join(PROJECT_ROOT, 'data')) ||
    out.startsWith(join(PROJECT_ROOT, 'content')) ||
    out.startsWith(join(PROJECT_ROOT, 'src'))
  ) {
    throw new Error(`refusing to write a synthetic corpus into the project itself (${out})`);
  }
  if (existsSync(join(out, 'data')) || existsSync(join(out, 'content')))
    throw new Error(`${out} already holds data/ or content/: use an empty folder`);
  const g = generateCorpus(size, seed);
  for (const d of ['data/measures', 'data/claims', 'data/events', 'content/cases', 'content/platforms', 'content/models'])
    mkdirSync(join(out, d), { recursive: true });

  const sourceRows = g.sources.map(({ tag: _t, pubEnd: _p, year: _y, month: _m, ...s }) => s);
  writeFileSync(join(out, 'data/sources.yaml'), yamlList('Synthetic benchmark corpus (scripts/bench/corpus.ts): sources.', sourceRows));
  // Stored evidence: every quote is its own passage, as a contributor's sentence would hold it.
  const passages = new Map<string, Set<string>>();
  const keep = (source: unknown, quote: unknown) =>
    typeof source === 'string' && typeof quote === 'string' && (passages.get(source) ?? passages.set(source, new Set()).get(source)!).add(quote);
  for (const c of g.claims) keep(c.source, c.quote);
  for (const e of g.events) keep(e.source, e.quote);
  for (const m of g.models) {
    for (const l of m.labels as { source?: string; quote?: string }[]) keep(l.source, l.quote);
    for (const t of m.traits as { source?: string; quote?: string }[]) keep(t.source, t.quote);
  }
  mkdirSync(join(out, 'data/evidence'), { recursive: true });
  for (const [source, quotes] of passages)
    writeFileSync(join(out, `data/evidence/${source}.yaml`), `# Synthetic evidence.\n${[...quotes].map((q) => `- ${JSON.stringify(q)}\n`).join('')}`);
  chunks(
    g.measures.map(({ counter: _c, ...m }) => m),
    40,
  ).forEach((list, i) => writeFileSync(join(out, `data/measures/m${pad(i, 3)}.yaml`), yamlList('Synthetic measures.', list)));
  // Claims grouped by source, like the real per-article helper files.
  const bySource = [...g.claims].sort((a, b) => a.source.localeCompare(b.source));
  chunks(
    bySource.map(({ valueText: _v, ...c }) => c),
    60,
  ).forEach((list, i) => writeFileSync(join(out, `data/claims/c${pad(i, 3)}.yaml`), yamlList('Synthetic claims, grouped by source.', list)));
  chunks(g.events, 60).forEach((list, i) => writeFileSync(join(out, `data/events/e${pad(i, 3)}.yaml`), yamlList('Synthetic events.', list)));
  writeFileSync(join(out, 'data/terms.yaml'), yamlList('Synthetic glossary.', g.terms));
  writeFileSync(join(out, 'data/disagreements.yaml'), yamlList('Synthetic disagreements.', g.disagreements));
  for (const c of g.cases) {
    const { body, id, city: _c, person: _p, role: _r, year: _y, month: _m, ...data } = c;
    writeFileSync(join(out, `content/cases/${id}.mdx`), frontMatter(data, body));
  }
  for (const p of g.platforms) {
    const { id, year: _y, ...data } = p;
    writeFileSync(join(out, `content/platforms/${id}.mdx`), frontMatter(data, g.platformBodies.get(id)!));
  }
  for (const m of g.models) {
    const { id, body, ...data } = m;
    writeFileSync(
      join(out, `content/models/${id}.mdx`),
      frontMatter(
        {
          ...data,
          labels: data.labels.map((l) => clean(l as Record<string, unknown>)),
          traits: data.traits.map((t) => clean(t as Record<string, unknown>)),
        },
        body,
      ),
    );
  }

  const top = (key: (c: ClaimOut) => string): [string, number] => {
    const n = new Map<string, number>();
    for (const c of g.claims) n.set(key(c), (n.get(key(c)) ?? 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1])[0];
  };
  const { files, bytes } = dirBytes(out);
  const result: CorpusResult = {
    size,
    seed,
    counts: {
      claims: g.claims.length,
      cases: g.cases.length,
      events: g.events.length,
      terms: g.terms.length,
      sources: g.sources.length,
      measures: g.measures.length,
      platforms: g.platforms.length,
      models: g.models.length,
      disagreements: g.disagreements.length,
    },
    files,
    bytes,
    hubs: { subject: top((c) => c.subject), measure: top((c) => c.measure), source: top((c) => c.source) },
  };
  writeFileSync(join(out, 'corpus.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}

/** Run the project's own checker over a corpus folder; returns error and warning counts. */
export async function verifyCorpus(dir: string): Promise<{ errors: number; warnings: number; ms: number; first: string[] }> {
  const { checkProject } = await import('../../src/lib/check/integrity/index.ts');
  const { formatProblem } = await import('../../src/lib/check/problems.ts');
  const started = performance.now();
  const { problems } = checkProject(resolve(dir));
  const errors = problems.filter((p) => p.severity === 'error');
  return {
    errors: errors.length,
    warnings: problems.length - errors.length,
    ms: performance.now() - started,
    first: errors.slice(0, 5).map(formatProblem),
  };
}

// ---------------------------------------------------------------- CLI

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const size = Number(opt('--size') ?? 1000);
  const outDir = opt('--out');
  if (!outDir || !Number.isFinite(size)) {
    console.error('usage: tsx scripts/bench/corpus.ts --size 1000 --out <empty folder> [--seed N] [--no-verify]');
    process.exit(2);
  }
  const result = writeCorpus(size, outDir, Number(opt('--seed') ?? 20240601));
  console.log(JSON.stringify(result));
  if (!args.includes('--no-verify')) {
    const v = await verifyCorpus(outDir);
    console.log(`check: ${v.errors} error(s), ${v.warnings} warning(s) in ${Math.round(v.ms)} ms`);
    if (v.errors) {
      console.error(v.first.join('\n\n'));
      process.exit(1);
    }
  }
}
