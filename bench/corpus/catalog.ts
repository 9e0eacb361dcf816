/**
 * The catalogue the claims are drawn over: measures, models, platforms and sources,
 * the head of each from real names (vocab.ts) and the tail combined from word pools,
 * with Zipf-like weights so a few hubs (视频号, 成交总额 …) collect most claims.
 */
import { Rng, Zipf } from './rng.ts';
import * as V from './vocab.ts';
import { IdSet, combinations, joinId, pad, partialDateBetween, personName, titleCase } from './helpers.ts';
import type { CollectionKey, MeasureGen, ModelGen, PlatformGen, SourceGen } from './types.ts';

export interface Catalog {
  measures: MeasureGen[];
  measureById: Map<string, MeasureGen>;
  models: ModelGen[];
  modelById: Map<string, ModelGen>;
  modelZipf: Zipf;
  platforms: PlatformGen[];
  platformById: Map<string, PlatformGen>;
  platformZipf: Zipf;
  sources: SourceGen[];
  sourceZipf: Zipf;
}

export function generateCatalog(root: Rng, counts: Record<CollectionKey, number>): Catalog {
  // -- measures
  const rM = root.fork('measures');
  const measureIds = new IdSet();
  const measures: MeasureGen[] = [];
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
  const models: ModelGen[] = [];
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
  const platforms: PlatformGen[] = [];
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
  const sources: SourceGen[] = [];
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
      kind: rS.weighted(['news', 'analysis', 'report', 'official', 'interview'] as const, [0.25, 0.45, 0.12, 0.08, 0.1]),
      text: { file: `${pad(i, 4)}_${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}.txt` },
      note: rS.chance(0.15) ? '转载版本有机器翻译痕迹：Tik Tok=抖音，魏梦=微盟；各条数据的备注写明了改正。' : undefined,
      // For date rules: without `published` the rules do not apply; use the year end.
      pubEnd: published ?? `${d.y}-12-31`,
      year: d.y,
      month: published ? d.m : 12,
    });
  }
  const sourceZipf = new Zipf(sources.length, 0.7);
  return {
    measures,
    measureById,
    models,
    modelById: new Map(models.map((m) => [m.id, m])),
    modelZipf,
    platforms,
    platformById: new Map(platforms.map((p) => [p.id, p])),
    platformZipf,
    sources,
    sourceZipf,
  };
}
