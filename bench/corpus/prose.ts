/**
 * Chinese prose for synthetic MDX bodies, in the style of content/cases/*.mdx:
 * sections 是谁 / 怎么做 / 关键数字 / 品牌可以学什么 / 注意事项, numbers only through
 * <Claim id="…" />, dates written 2022年4月. No Arabic digits other than dates,
 * and no Chinese quantities (三成, 五亿) — the bare-number rule would reject them.
 */
import type { Rng } from './rng.ts';

export interface ClaimRef {
  id: string;
  /** Measure name, e.g. 客单价. */
  measure: string;
}

export interface CaseProse {
  name: string;
  category: string;
  kindLabel: string;
  city?: string;
  platforms: string[];
  models: string[];
  person: string;
  role: string;
  outlet: string;
  year: number;
  month: number;
  depth: 'in-depth' | 'brief';
  /** Claims about this case: every one is cited in the prose and in 关键数字. */
  claims: ClaimRef[];
  /** Claims about one of its platforms, cited once for context. */
  context: ClaimRef[];
}

const claimTag = (c: ClaimRef) => `<Claim id="${c.id}" />`;

const STRATEGIES: readonly [string, string][] = [
  ['内容先行，找到对的平台', '先用讲产品的短视频获得认同，再开直播承接；账号定位是“服务者”而不是单纯的卖货主播，内容围绕选购知识展开。'],
  ['首场长直播打下底盘', '第一场直播刻意拉长时间，把老顾客和朋友圈的熟人都请进直播间，系统再根据互动把直播间推给更多陌生人。'],
  ['私域承接', '直播间来的新客被引导添加企业微信，按购买品类分进不同的社群，由专人在群里答疑、发新品和售后提醒。'],
  ['分层服务大客户', '累计消费较高的顾客由创始人或资深店员一对一服务，节日会收到手写卡片和试用装，复购几乎都来自这批人。'],
  ['矩阵号放大', '主账号之外又开了几个垂直子账号，分别面向不同年龄和风格的顾客，主播轮换，直播间全天不断档。'],
  ['控制退货', '上架前反复试穿试用，直播时讲清楚尺码、材质和不适合的人群，宁可少卖也不制造冲动下单。'],
  ['小步试投', '自然流量稳定后才开始小额投流，只投转化最好的时段和商品，每场复盘投产比后再决定是否加码。'],
  ['借力服务商', '与当地的产业带服务商合作，由服务商负责招商、排品和直播间搭建，自己专注货品和主播。'],
  ['门店导购引流', '门店导购把到店顾客加到企业微信，线上直播时再通过社群和朋友圈通知他们进入直播间。'],
  ['用社群做新品测试', '新品先在老顾客群里小范围预售，根据反馈调整款式和定价，再放到直播间和货架上。'],
  ['会员体系', '按消费额把顾客分成几档，高档会员享受优先发货、专属客服和新品试用，会员的消费占比逐年上升。'],
  ['短视频切片引流', '把直播中讲解效果好的片段剪成短视频持续发布，为下一场直播预热，也让没赶上直播的人能下单。'],
];

const LESSONS: readonly [string, string][] = [
  ['选对平台比硬推内容更重要', '同样的内容换一个用户更成熟、节奏更慢的平台，可能得到完全不同的反馈。先看目标人群在哪里、喜欢什么氛围。'],
  ['非标、高客单品类要靠人和服务', '专业身份本身就是信任来源，把账号定位为“服务者”更容易让高价商品成交。'],
  ['首批种子用户决定长期价值', '早期不要只盯着涨粉数，更要看第一批顾客后续是否持续购买。'],
  ['私域要小而精，分层服务', '控制群规模、按消费额分层、让核心成员亲自对接最重要的顾客，是把流量变成长期关系的具体做法。'],
  ['投流要建立在自然流之上', '先用内容和私域把直播间的基本盘做稳，再用付费流量放大已经被验证的商品和时段。'],
  ['退货率比成交额更值得盯', '冲动下单带来的成交很快会被退货吃掉，讲清楚商品的局限反而让生意更健康。'],
  ['产业带商家的优势在供应链', '离工厂近意味着上新快、价格低、能小批量试款，这是品牌商家很难复制的能力。'],
  ['矩阵号要有分工', '子账号之间按人群和价格带区隔，否则只是互相抢流量。'],
];

const CAVEATS: readonly string[] = [
  '**口径不同于常规指标。** 文中的比例只统计了部分顾客，也没有说明判定标准，不宜与平台公布的同名指标直接比较。',
  '**时间点不一。** 各个数字分别截至不同的月份，不宜把它们当成同一时点的快照。',
  '**单一来源。** 其他文章也提到过这个案例，但没有给出可以交叉验证的数字。',
  '**商家自述。** 多数数字来自创始人在采访中的说法，没有经过独立核实或审计。',
  '**统计范围不明。** 文章没有说明成交额是否包含退货和未支付订单，也没有说明是否只统计了直播渠道。',
  '**机器翻译痕迹。** 转载版本中有几处平台名称译错，本页已按原文改正，改正之处在对应数据的备注里说明。',
];

const WHO: readonly ((c: CaseProse, r: Rng) => string)[] = [
  (c) => `${c.name}是${c.city ? c.city + '的' : ''}一家做${c.category}的${c.kindLabel}，主要在${c.platforms.join('、')}上经营。`,
  (c) =>
    `${c.name}最早靠${c.platforms[0]}起家，${c.year}年前后开始认真经营${c.platforms[c.platforms.length - 1]}，把它当作${c.models[0] ?? '社交电商'}的主阵地。`,
  (c) => `主理人${c.person}是团队的${c.role}，在${c.category}行业做了很多年，熟悉货源，也熟悉老顾客的口味。`,
  (c) => `它卖的是价位偏高的${c.category}，而不是走量的日常款，目标顾客是愿意为品质和服务多花钱的熟客。`,
  (c) => `${c.outlet}在报道中把${c.name}列为${c.platforms[0]}上${c.category}品类的代表商家之一。`,
  (c) => `${c.year}年${c.month}月，${c.name}在${c.platforms[0]}开出第一场直播，此后几乎每天开播。`,
  (c) => `与同行相比，${c.name}不追求爆款，而是把精力放在少数核心商品和长期顾客上。`,
  (_c) => `团队规模不大，主播、客服和选品都由几位老员工兼任，决策很快。`,
  (c) => `他们并不是一开始就选了${c.platforms[0]}。此前在别的平台发过内容，但觉得那里的热闹氛围与自己的品类格格不入。`,
];

const WITH_CLAIM: readonly ((c: CaseProse, claim: ClaimRef) => string)[] = [
  (c, k) => `据${c.outlet}报道，${c.name}的${k.measure}为 ${claimTag(k)}。`,
  (c, k) => `${k.measure}达到 ${claimTag(k)}，在同类商家中并不多见。`,
  (c, k) => `按${c.person}的说法，${k.measure}是 ${claimTag(k)}，这也是团队最看重的指标。`,
  (_c, k) => `文章给出的${k.measure}是 ${claimTag(k)}，但没有说明统计口径。`,
  (c, k) => `到${c.year + 1}年，${k.measure}已经是 ${claimTag(k)}。`,
  (_c, k) => `其中${k.measure}为 ${claimTag(k)}，明显高于行业里常见的水平。`,
];

const CONTEXT: readonly ((c: CaseProse, claim: ClaimRef) => string)[] = [
  (c, k) =>
    `${c.outlet}把这类品类视为当时仍有红利的方向：平台用户画像偏成熟（文中的${k.measure}是 ${claimTag(k)}），而${c.category}内容属性强，可以靠服务把客单价做高。`,
  (c, k) => `平台层面的背景是，${c.platforms[0]}的${k.measure}为 ${claimTag(k)}，流量仍在增长，商家之间的竞争还不算激烈。`,
];

function paragraph(r: Rng, parts: string[]): string {
  return parts.join('');
}

/** The MDX body of a case. */
export function caseBody(c: CaseProse, r: Rng): string {
  const out: string[] = [];
  const claims = [...c.claims];
  const inDepth = c.depth === 'in-depth';
  // 是谁
  out.push('## 是谁', '');
  const who = r.sample(WHO, inDepth ? 6 : 3).map((f) => f(c, r));
  const firstClaims = claims.splice(0, Math.min(claims.length, inDepth ? 2 : 1));
  out.push(paragraph(r, [...who.slice(0, 2), ...firstClaims.map((k) => r.pick(WITH_CLAIM)(c, k))]), '');
  if (who.length > 2) out.push(paragraph(r, who.slice(2)), '');
  if (c.context.length) out.push(r.pick(CONTEXT)(c, c.context[0]), '');
  // 怎么做
  out.push('## 怎么做', '');
  const strategies = r.sample(STRATEGIES, inDepth ? r.int(4, 6) : r.int(2, 3));
  const ordered = r.chance(0.5);
  strategies.forEach(([title, text], i) => {
    const k = claims.shift();
    const extra = k ? r.pick(WITH_CLAIM)(c, k) : '';
    out.push(`${ordered ? `${i + 1}.` : '-'} **${title}。** ${text}${extra}`);
  });
  out.push('');
  if (claims.length) {
    out.push(
      paragraph(
        r,
        claims.map((k) => r.pick(WITH_CLAIM)(c, k)),
      ),
      '',
    );
  }
  // 关键数字
  if (c.claims.length) {
    out.push('## 关键数字', '');
    for (const k of c.claims) out.push(`- ${k.measure}：${claimTag(k)}`);
    out.push('');
  }
  if (inDepth) {
    out.push('## 品牌可以学什么', '');
    for (const [title, text] of r.sample(LESSONS, r.int(3, 4))) out.push(`- **${title}。** ${text}`);
    out.push('', '## 注意事项', '');
    out.push('<Note>', `本页数字都来自${c.outlet}${c.year + 1}年的报道，多数是记者根据采访转述，没有独立核实，应视为商家自述。`, '</Note>', '');
    for (const caveat of r.sample(CAVEATS, r.int(2, 4))) out.push(`- ${caveat}`);
    out.push('');
  }
  return out.join('\n');
}

const PLATFORM_SENTENCES: readonly ((p: { name: string; owner: string; models: string[]; year: number }) => string)[] = [
  (p) => `${p.name}是${p.owner}旗下的产品，流量分发同时依靠算法推荐和社交关系。`,
  (_p) => `作者们普遍认为它最大的特点是能把私域和公域接起来：商家把社群、朋友圈和企业微信里的老用户引进直播间，系统据此推送更多公域流量。`,
  (p) => `它的电商能力是逐步补齐的：${p.year}年开通直播和购物车，此后陆续上线小店、带货联盟和投放工具。`,
  (_p) => `文中列举的成交主力是服装、美妆和食品，此外珠宝玉石、茶叶和知识类带货也表现突出。`,
  (p) => `关于它该被叫作什么电商，作者们看法不一：有人认为核心是${p.models[0] ?? '内容电商'}，也有人认为它仍未找到清晰定位。`,
  (_p) => `平台一边补货，一边要求服务商帮助招商；品牌方也还没想清楚该用它卖折扣白牌、测款还是维护老客户。`,
  (_p) => `多位作者认为它的付费投流能力仍很初级，成功案例大多靠自然流和私域撬动。`,
  (_p) => `商家多是个人IP、档口、产业带和白牌商家，以及转型而来的微商品牌，品牌货相对缺乏。`,
  (p) => `${p.year + 1}年起，平台开始向商家收取技术服务费，并签约了一批产业带服务商。`,
];

/** The MDX body of a platform page (prose only; the page lists its claims itself). */
export function platformBody(p: { name: string; owner: string; models: string[]; year: number; claims: ClaimRef[] }, r: Rng): string {
  const paras: string[] = [];
  const sentences = r.sample(PLATFORM_SENTENCES, r.int(4, 8)).map((f) => f(p));
  for (let i = 0; i < sentences.length; i += 2) paras.push(sentences.slice(i, i + 2).join(''));
  if (p.claims.length) paras.push(`按平台披露，${p.name}的${p.claims[0].measure}为 ${claimTag(p.claims[0])}，但口径与第三方估算不同。`);
  if (r.chance(0.3)) paras.push('<Note>各来源对部分功能的上线月份说法不一，上文只写到较粗的时间；具体日期见事件页。</Note>');
  return paras.join('\n\n') + '\n';
}

const MODEL_SENTENCES: readonly ((m: { name: string; platforms: string[] }) => string)[] = [
  (m) => `${m.name}描述的是一种获客与成交的方式：用户不是带着购物清单来的，而是在内容或关系中被打动，当场产生购买。`,
  (m) => `在这批文章里，${m.name}常被拿来与其他模式作对照，典型平台是${m.platforms.slice(0, 2).join('和') || '多个平台'}。`,
  (_m) => `它的优点是起量快、能在短时间内造出爆款；代价是流量往往归平台所有，商家需要持续投入。`,
  (m) => `也有作者认为，${m.name}更像是一种经营思路而不是独立的业态，很多商家同时在几种模式之间切换。`,
  (_m) => `平台方对这个标签的态度并不一致，有的主动使用，有的只是被媒体和服务商贴上。`,
  (_m) => `从用户角度看，它解决的是“买什么”而不是“去哪里买”的问题，因此复购和留存要靠别的手段。`,
];

export function modelBody(m: { name: string; platforms: string[] }, r: Rng): string {
  const sentences = r.sample(MODEL_SENTENCES, r.int(3, 6)).map((f) => f(m));
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paras.push(sentences.slice(i, i + 2).join(''));
  return paras.join('\n\n') + '\n';
}

export const TRAIT_TEXTS: Record<string, readonly string[]> = {
  'traffic-logic': [
    '算法按用户标签在信息流里推荐商品内容',
    '靠主播与粉丝之间的信任关系成交',
    '用户带着需求主动搜索',
    '好友转发和社群分享带来流量',
    '商家反复触达自己沉淀的用户',
  ],
  'typical-platforms': ['抖音', '快手', '淘宝、京东', '视频号、微信', '企业微信、社群', '小红书'],
  'core-users': ['年轻用户，即买即走', '下沉市场的老铁用户', '目的明确的搜索型买家', '中老年、消费力强、下单理性', '老顾客和熟人'],
  aov: ['客单价偏低，以冲动消费为主', '客单价中等', '客单价较高'],
  'return-rate': ['退货率偏高', '退货率较低', '因品类差异很大'],
  'repurchase-rate': ['复购主要靠主播信任', '复购依赖私域运营', '复购率较高'],
  'paid-traffic': ['冷启动和起量高度依赖付费投流', '付费投流能力仍很初级', '以搜索广告为主'],
  'private-domain': ['流量归平台，沉淀私域难', '可以自然沉淀到私域', '私域是经营核心'],
  'content-form': ['短视频加直播', '直播为主', '图文与搜索', '社群接龙和小程序'],
  'merchant-fit': ['适合借流量快速打造新品牌', '适合有稳定货源的产业带商家', '适合有老顾客基础的品牌', '适合高客单、非标品类'],
};
