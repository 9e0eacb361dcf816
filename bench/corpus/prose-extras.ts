/**
 * Prose and the smaller collections: case, platform and model bodies (prose.ts)
 * citing their claims with <Claim id>, model labels and comparison traits, events,
 * glossary terms, and disagreements between claims on the same subject and measure.
 */
import type { Rng } from './rng.ts';
import { Zipf } from './rng.ts';
import * as V from './vocab.ts';
import { caseBody, modelBody, platformBody, TRAIT_TEXTS, type ClaimRef } from './prose.ts';
import { IdSet, combinations, formatPeriodZh, joinId, pad, titleCase } from './helpers.ts';
import { KIND_LABELS } from './claims.ts';
import type { Catalog } from './catalog.ts';
import type { CaseGen, ClaimGen, CollectionKey, Corpus, DisagreementIn, EventIn, ModelIn, TermIn } from './types.ts';

type Labels = NonNullable<ModelIn['labels']>;
type Traits = NonNullable<ModelIn['traits']>;

/** Bodies of cases and platforms, and each model's labels, traits and body. */
export function generateProse(
  root: Rng,
  catalog: Catalog,
  cases: CaseGen[],
  claims: ClaimGen[],
): Pick<Corpus, 'cases' | 'platformBodies' | 'models'> {
  const { measureById, platforms, platformById, models, modelById, sources, sourceZipf } = catalog;
  const claimsBySubject = new Map<string, ClaimGen[]>();
  for (const c of claims) {
    const list = claimsBySubject.get(c.subject);
    if (list) list.push(c);
    else claimsBySubject.set(c.subject, [c]);
  }
  // Outlet names with digits (36氪) would be bare numbers in prose.
  const PROSE_OUTLETS = V.OUTLETS.filter((o) => !/\d/.test(o.name));
  const refOf = (c: ClaimGen): ClaimRef => ({ id: c.id, measure: measureById.get(c.measure)!.name });

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
        kindLabel: KIND_LABELS[c.kind],
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
    const labels: Labels = Array.from({ length: rL.int(1, index < 5 ? 4 : 2) }, () => {
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
    const dims = (index < 5 ? Object.keys(TRAIT_TEXTS) : rL.sample(Object.keys(TRAIT_TEXTS), rL.int(2, 6))) as Traits[number]['dimension'][];
    const modelClaims = claimsBySubject.get(`model/${m.id}`) ?? [];
    const traits: Traits = dims.map((dimension) => {
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
  return { cases: caseOut, platformBodies, models: modelOut };
}

/** Events, terms and disagreements. */
export function generateExtras(
  root: Rng,
  counts: Record<CollectionKey, number>,
  catalog: Catalog,
  claims: ClaimGen[],
): { events: EventIn[]; terms: TermIn[]; disagreements: DisagreementIn[] } {
  const { measureById, platforms, platformZipf, sources, sourceZipf } = catalog;
  // -- events
  const rE = root.fork('events');
  const eventIds = new IdSet();
  const events: EventIn[] = [];
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
  const groups = new Map<string, ClaimGen[]>();
  for (const c of claims) {
    const key = `${c.subject}|${c.measure}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  let candidates = rD.shuffle([...groups.values()].filter((g) => g.length >= 2));
  if (candidates.length < counts.disagreements) {
    const byMeasure = new Map<string, ClaimGen[]>();
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
  return { events, terms, disagreements };
}
