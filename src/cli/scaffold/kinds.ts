/**
 * What `npm run new` can scaffold: for each kind, the collection it belongs to,
 * its fields in the order they are written (the schema's order), which are
 * required, and which must be given as one of several alternatives
 * (value | low + high). tests/scaffold checks these lists against the schemas,
 * so a field added to a schema without being added here fails a test.
 */
import { caseKinds, claimKinds, qualifiers, sourceKinds, units, type CollectionName } from '../../schemas/index.ts';
import type { Bilingual } from '../../lib/check/problems.ts';

export const scaffoldKinds = ['case', 'claim', 'source', 'term'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export type FieldType = 'string' | 'number' | 'list' | 'enum';

export interface FieldSpec {
  /** Field name; nested fields are dotted (text.file). */
  name: string;
  type: FieldType;
  /** Allowed values of an enum field. */
  values?: readonly string[];
  /** Must be given (or have a default). */
  required?: boolean;
  /** Used when the field is not given; reported as a note. */
  default?: string;
  /** Asked for interactively even though optional (commonly wanted). */
  ask?: boolean;
  /** Required, but may be left empty when asked: it is filled in from another field. */
  derived?: boolean;
  /** What to type, for prompts and the "missing fields" message. */
  label: Bilingual;
  /** An example value. */
  example?: string;
}

/** Fields of which at least one option (a set of fields) must be given in full. */
export interface Alternative {
  options: string[][];
  label: Bilingual;
}

export interface KindSpec {
  kind: ScaffoldKind;
  collection: CollectionName;
  /** Human names of the kind. */
  name: Bilingual;
  fields: FieldSpec[];
  alternatives: Alternative[];
}

/** Today's date: a new source is read today unless the contributor says otherwise. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const idField = (example: string): FieldSpec => ({
  name: 'id',
  type: 'string',
  required: true,
  label: {
    zh: 'id：小写英文、数字和连字符，发布后不能再改（它是永久链接）',
    en: 'id: lowercase ASCII kebab-case, never changed once published (it is the permalink)',
  },
  example,
});

const claim: KindSpec = {
  kind: 'claim',
  collection: 'claims',
  name: { zh: '数据条目', en: 'claim' },
  fields: [
    idField('shunzi-shuocha-aov-2022-zb'),
    {
      name: 'subject',
      type: 'string',
      required: true,
      label: {
        zh: '这个数字说的是谁：platform/<id>、case/<id> 或 model/<id>',
        en: 'what the number is about: platform/<id>, case/<id> or model/<id>',
      },
      example: 'case/shunzi-shuocha',
    },
    {
      name: 'measure',
      type: 'string',
      required: true,
      label: { zh: '指标 id（data/measures/*.yaml），如 gmv、aov', en: 'a measure id (data/measures/*.yaml), e.g. gmv, aov' },
      example: 'aov',
    },
    {
      name: 'value',
      type: 'number',
      label: { zh: '数值，基本单位（万、亿换算成完整数字，百分比写 30）', en: 'the number in base units (expand 万 and 亿; 30 for 30%)' },
      example: '30',
    },
    { name: 'low', type: 'number', label: { zh: '区间下限（几万到几十万、七八成……）', en: 'lower end of a range' }, example: '70' },
    { name: 'high', type: 'number', label: { zh: '区间上限', en: 'upper end of a range' }, example: '80' },
    {
      name: 'qualifier',
      type: 'enum',
      values: qualifiers,
      required: true,
      default: 'exact',
      label: { zh: '约 about、超过 more-than、不到 less-than、最高 up-to，或 exact', en: 'about, more-than, less-than, up-to, or exact' },
    },
    {
      name: 'unit',
      type: 'enum',
      values: units,
      required: true,
      derived: true,
      label: {
        zh: '单位，必须与指标的单位相同（不写则取指标的单位）',
        en: "the unit; must equal the measure's unit (taken from the measure when omitted)",
      },
    },
    {
      name: 'period',
      type: 'string',
      label: {
        zh: '时期：2022、2022-06、2022-06-18、2022-Q2、2022-H1 或 2022-01/2022-06',
        en: 'period: 2022, 2022-06, 2022-06-18, 2022-Q2, 2022-H1 or 2022-01/2022-06',
      },
      example: '2022',
    },
    {
      name: 'periodNote',
      type: 'string',
      label: { zh: '时期是怎么读出来的（如 截至发文），或为什么不知道', en: 'how the period was read (e.g. 截至发文), or why it is unknown' },
    },
    {
      name: 'claimant',
      type: 'string',
      required: true,
      label: { zh: '谁说的（人或机构）', en: 'who said it (a person or an organisation)' },
      example: '窄播',
    },
    {
      name: 'claimantRole',
      type: 'string',
      ask: true,
      label: { zh: '说话人的身份（可空）：创始人、商家自述、媒体……', en: "the claimant's role (optional): 创始人, 商家自述, 媒体 …" },
    },
    {
      name: 'kind',
      type: 'enum',
      values: claimKinds,
      required: true,
      label: {
        zh: '谁在说：official 官方、estimate 第三方估算、self-reported 商家自述、media 记者、forecast 预测',
        en: 'who speaks: official, estimate, self-reported, media, forecast',
      },
    },
    {
      name: 'source',
      type: 'string',
      required: true,
      label: { zh: '来源 id（data/sources.yaml）', en: 'a source id (data/sources.yaml)' },
      example: 'zhaibo-2023-04-shipinhao-status',
    },
    {
      name: 'quote',
      type: 'string',
      required: true,
      label: { zh: '原文引文，逐字照抄，含这个数字，最多160字', en: 'the verbatim passage with the number, at most 160 characters' },
    },
    {
      name: 'derivation',
      type: 'string',
      label: { zh: '数字不是原文直接写出时，写推算过程', en: 'how the value follows from the quote when it is not literally in it' },
    },
    {
      name: 'derivedFrom',
      type: 'list',
      label: { zh: '推算所用的数据条目 id，逗号分隔', en: 'ids of the claims the value is computed from, comma-separated' },
    },
    {
      name: 'notComparable',
      type: 'string',
      label: {
        zh: '输入口径或时期不同却仍保留时，说明它能说明什么、不能说明什么',
        en: 'when the inputs differ in 口径 or period length: what the result can and cannot tell',
      },
    },
    { name: 'note', type: 'string', label: { zh: '编者注（自己的话）', en: 'editorial note in your own words' } },
  ],
  alternatives: [
    { options: [['value'], ['low', 'high']], label: { zh: 'value，或区间 low 和 high', en: 'value, or low and high for a range' } },
    {
      options: [['period'], ['periodNote']],
      label: { zh: 'period，或说明时期未知的 periodNote', en: 'period, or periodNote explaining why it is unknown' },
    },
  ],
};

const source: KindSpec = {
  kind: 'source',
  collection: 'sources',
  name: { zh: '来源', en: 'source' },
  fields: [
    idField('zhaibo-2023-04-shipinhao-status'),
    { name: 'title', type: 'string', required: true, label: { zh: '标题（原文标题）', en: 'title as published' } },
    { name: 'outlet', type: 'string', required: true, label: { zh: '在哪里读到的（网站或公众号）', en: 'where we read it' }, example: '青瓜传媒' },
    { name: 'originalOutlet', type: 'string', label: { zh: '转载时的首发媒体', en: 'first publisher when outlet is a repost' } },
    {
      name: 'authors',
      type: 'list',
      ask: true,
      label: { zh: '作者，逗号分隔（原文没写可留空）', en: 'authors, comma-separated (empty when the text names nobody)' },
    },
    { name: 'editors', type: 'list', label: { zh: '编辑，逗号分隔', en: 'editors, comma-separated' } },
    {
      name: 'published',
      type: 'string',
      label: { zh: '发布日期：YYYY、YYYY-MM 或 YYYY-MM-DD', en: 'publication date: YYYY, YYYY-MM or YYYY-MM-DD' },
      example: '2023-04-13',
    },
    {
      name: 'publishedNote',
      type: 'string',
      label: { zh: '日期是怎么推断的，或为什么不知道', en: 'how the date was inferred, or why it is unknown' },
    },
    { name: 'url', type: 'string', ask: true, label: { zh: '原发布者的网址（可空）', en: "the original publisher's URL (optional)" } },
    {
      name: 'readAt',
      type: 'string',
      label: {
        zh: '实际读到的副本的网址（转载、通讯社、存档），与 url 不同时填写',
        en: 'URL of the copy actually read (a repost, newswire, archive), when not url',
      },
    },
    {
      name: 'accessed',
      type: 'string',
      required: true,
      default: today(),
      label: { zh: '读到的日期（引用日期），默认今天', en: 'the day it was read (the access date), today by default' },
    },
    {
      name: 'language',
      type: 'enum',
      values: ['zh-Hans', 'zh-Hant', 'en'],
      required: true,
      default: 'zh-Hans',
      label: { zh: '语言', en: 'language' },
    },
    {
      name: 'kind',
      type: 'enum',
      values: sourceKinds,
      required: true,
      label: {
        zh: '类型：news 新闻、analysis 分析、report 报告、official 官方、interview 访谈',
        en: 'kind: news, analysis, report, official, interview',
      },
    },
    {
      name: 'text.file',
      type: 'string',
      ask: true,
      label: { zh: '原文文本文件名（供 verify:quotes 使用，可空）', en: 'file name of the source text for verify:quotes (optional)' },
    },
    { name: 'text.start', type: 'string', label: { zh: '原文中本篇开始处的标记', en: 'marker where the section begins in the text' } },
    { name: 'text.end', type: 'string', label: { zh: '原文中本篇结束处（之前）的标记', en: 'marker before which the section ends' } },
    { name: 'note', type: 'string', label: { zh: '编者注：重复、机器翻译错误等', en: 'note: duplicates, machine-translation errors …' } },
  ],
  alternatives: [
    {
      options: [['published'], ['publishedNote']],
      label: { zh: 'published，或说明日期未知的 publishedNote', en: 'published, or publishedNote explaining why the date is unknown' },
    },
  ],
};

const term: KindSpec = {
  kind: 'term',
  collection: 'terms',
  name: { zh: '术语', en: 'term' },
  fields: [
    idField('gongyu'),
    { name: 'term', type: 'string', required: true, label: { zh: '中文术语', en: 'the term in Chinese' }, example: '公域' },
    { name: 'en', type: 'string', required: true, label: { zh: '英文译名', en: 'English rendering' }, example: 'Public-domain traffic' },
    { name: 'aliases', type: 'list', ask: true, label: { zh: '别名，逗号分隔（可空）', en: 'aliases, comma-separated (optional)' } },
    { name: 'definition', type: 'string', required: true, label: { zh: '用自己的话写的定义', en: 'definition in your own words' } },
    { name: 'related', type: 'list', ask: true, label: { zh: '相关术语 id，逗号分隔（可空）', en: 'related term ids, comma-separated (optional)' } },
    { name: 'source', type: 'string', ask: true, label: { zh: '使用这个术语的来源 id（可空）', en: 'a source id that uses the term (optional)' } },
  ],
  alternatives: [],
};

const caseSpec: KindSpec = {
  kind: 'case',
  collection: 'cases',
  name: { zh: '案例', en: 'case' },
  fields: [
    idField('shunzi-shuocha'),
    { name: 'name', type: 'string', required: true, label: { zh: '名称（读者熟悉的叫法）', en: 'name as readers know it' }, example: '顺子说茶' },
    {
      name: 'aliases',
      type: 'list',
      ask: true,
      label: { zh: '别名和账号名，逗号分隔（可空）', en: 'other names and handles, comma-separated (optional)' },
    },
    { name: 'en', type: 'string', ask: true, label: { zh: '英文名（可空）', en: 'English name (optional)' } },
    {
      name: 'kind',
      type: 'enum',
      values: caseKinds,
      required: true,
      label: {
        zh: '类型：merchant 商家、brand 品牌、creator 达人、media 媒体、retailer 零售商、service 服务商',
        en: 'kind: merchant, brand, creator, media, retailer, service',
      },
    },
    { name: 'category', type: 'string', required: true, label: { zh: '品类', en: 'product category' }, example: '茶叶' },
    {
      name: 'platforms',
      type: 'list',
      ask: true,
      label: { zh: '平台 id，逗号分隔（content/platforms）', en: 'platform ids, comma-separated (content/platforms)' },
      example: 'shipinhao,wecom',
    },
    {
      name: 'models',
      type: 'list',
      ask: true,
      label: { zh: '电商模式 id，逗号分隔（content/models）', en: 'model ids, comma-separated (content/models)' },
      example: 'private-domain-ecommerce',
    },
    {
      name: 'period',
      type: 'string',
      ask: true,
      label: { zh: '案例覆盖的时期（可空）', en: 'the period the case covers (optional)' },
      example: '2022-04/2023-02',
    },
    {
      name: 'summary',
      type: 'string',
      required: true,
      label: { zh: '一句话概括（用于列表和搜索）', en: 'one sentence for lists and search results' },
    },
    {
      name: 'depth',
      type: 'enum',
      values: ['in-depth', 'brief'],
      required: true,
      default: 'brief',
      label: { zh: '深度：in-depth 深度案例，brief 简短案例', en: 'depth: in-depth or brief' },
    },
  ],
  alternatives: [],
};

export const kindSpecs: Record<ScaffoldKind, KindSpec> = { case: caseSpec, claim, source, term };

export function isScaffoldKind(value: string | undefined): value is ScaffoldKind {
  return (scaffoldKinds as readonly string[]).includes(value ?? '');
}

export function fieldSpec(spec: KindSpec, name: string): FieldSpec | undefined {
  return spec.fields.find((f) => f.name === name);
}
