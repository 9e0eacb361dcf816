/**
 * Word pools for the synthetic corpus, part one (part two: vocab-words.ts): the named
 * heads of each distribution (platforms, models, measures) and the pools of case names.
 * Every item is [汉字, pinyin-id] so ids read like the real ones (shunzi-shuocha), and
 * nothing holds Arabic digits or Chinese quantities (the bare-number rule).
 */
import type { Unit } from '../../src/schemas/measure.ts';

export type Word = readonly [zh: string, id: string];

/** The head of the platform distribution: real names, so queries and hub pages look real. */
export const HEAD_PLATFORMS: readonly { id: string; name: string; en: string; owner: string; aliases: string[] }[] = [
  { id: 'shipinhao', name: '视频号', en: 'WeChat Channels', owner: '腾讯', aliases: ['微信视频号', 'Channels', '視頻號'] },
  { id: 'douyin', name: '抖音', en: 'Douyin', owner: '字节跳动', aliases: ['抖音电商', 'Tik Tok', 'TikTok China'] },
  { id: 'kuaishou', name: '快手', en: 'Kuaishou', owner: '快手科技', aliases: ['快手电商', 'Kwai'] },
  { id: 'taobao', name: '淘宝', en: 'Taobao', owner: '阿里巴巴', aliases: ['手淘', '淘寶'] },
  { id: 'tmall', name: '天猫', en: 'Tmall', owner: '阿里巴巴', aliases: ['天猫商城'] },
  { id: 'jd', name: '京东', en: 'JD.com', owner: '京东集团', aliases: ['京东商城', 'JD'] },
  { id: 'pinduoduo', name: '拼多多', en: 'Pinduoduo', owner: '拼多多', aliases: ['PDD', '拼夕夕'] },
  { id: 'xiaohongshu', name: '小红书', en: 'Xiaohongshu', owner: '行吟信息', aliases: ['RED', '小紅書'] },
  { id: 'wechat', name: '微信', en: 'WeChat', owner: '腾讯', aliases: ['Weixin'] },
  { id: 'wecom', name: '企业微信', en: 'WeCom', owner: '腾讯', aliases: ['企微', 'WeChat Work'] },
  { id: 'meituan', name: '美团', en: 'Meituan', owner: '美团', aliases: ['美团优选'] },
  { id: 'mini-program', name: '微信小程序', en: 'WeChat Mini Programs', owner: '腾讯', aliases: ['小程序'] },
  { id: 'youzan', name: '有赞', en: 'Youzan', owner: '有赞', aliases: ['有赞微商城'] },
  { id: 'weimob', name: '微盟', en: 'Weimob', owner: '微盟集团', aliases: ['魏梦'] },
  { id: 'bilibili', name: '哔哩哔哩', en: 'Bilibili', owner: '哔哩哔哩', aliases: ['B站'] },
  { id: 'dewu', name: '得物', en: 'Dewu', owner: '得物', aliases: ['毒'] },
  { id: 'vipshop', name: '唯品会', en: 'Vipshop', owner: '唯品会', aliases: ['唯品'] },
  { id: 'taote', name: '淘特', en: 'Taote', owner: '阿里巴巴', aliases: ['淘宝特价版'] },
  { id: 'weidian', name: '微店', en: 'Weidian', owner: '微店', aliases: [] },
  { id: 'aikucun', name: '爱库存', en: 'Aikucun', owner: '爱库存', aliases: [] },
];

/** The head of the model distribution; the first five are the ones the comparison page shows. */
export const HEAD_MODELS: readonly { id: string; name: string; en: string }[] = [
  { id: 'interest-ecommerce', name: '兴趣电商', en: 'Interest-based e-commerce' },
  { id: 'trust-ecommerce', name: '信任电商', en: 'Trust-based e-commerce' },
  { id: 'shelf-ecommerce', name: '货架电商', en: 'Shelf e-commerce' },
  { id: 'social-ecommerce', name: '社交电商', en: 'Social e-commerce' },
  { id: 'private-domain-ecommerce', name: '私域电商', en: 'Private-domain e-commerce' },
  { id: 'content-ecommerce', name: '内容电商', en: 'Content e-commerce' },
  { id: 'live-commerce', name: '直播电商', en: 'Live commerce' },
  { id: 'micro-business', name: '微商', en: 'Micro-business' },
  { id: 'community-ecommerce', name: '社区团购', en: 'Community group buying' },
  { id: 'discount-ecommerce', name: '折扣电商', en: 'Discount e-commerce' },
  { id: 'value-ecommerce', name: '价值电商', en: 'Value e-commerce' },
  { id: 'omni-interest-ecommerce', name: '全域兴趣电商', en: 'Omni-channel interest e-commerce' },
  { id: 'new-marketplace-ecommerce', name: '新货架电商', en: 'New shelf e-commerce' },
];

/** The schema's units: a unit the schema drops fails the type check here. */
export type UnitName = Unit;

export interface MeasureSeed {
  id: string;
  name: string;
  en: string;
  abbr?: string;
  unit: UnitName;
  min?: number;
  max?: number;
  /** Counter word after a count: 家, 个, 单. */
  counter?: string;
}

export const HEAD_MEASURES: readonly MeasureSeed[] = [
  { id: 'gmv', name: '成交总额', en: 'Gross merchandise value', abbr: 'GMV', unit: 'cny' },
  { id: 'dau', name: '日活跃用户数', en: 'Daily active users', abbr: 'DAU', unit: 'people' },
  { id: 'mau', name: '月活跃用户数', en: 'Monthly active users', abbr: 'MAU', unit: 'people' },
  { id: 'aov', name: '客单价', en: 'Average order value', abbr: 'AOV', unit: 'cny' },
  { id: 'repurchase-rate', name: '复购率', en: 'Repurchase rate', unit: 'percent' },
  { id: 'return-rate', name: '退货率', en: 'Return rate', unit: 'percent' },
  { id: 'revenue', name: '营业收入', en: 'Revenue', unit: 'cny' },
  { id: 'growth-rate', name: '同比增长率', en: 'Year-on-year growth', unit: 'percent', min: -100, max: 100000 },
  { id: 'followers', name: '粉丝数', en: 'Followers', unit: 'people' },
  { id: 'live-viewers', name: '直播场观', en: 'Live-stream viewers', unit: 'people' },
  { id: 'conversion-rate', name: '转化率', en: 'Conversion rate', unit: 'percent' },
  { id: 'traffic-share', name: '流量占比', en: 'Share of traffic', unit: 'percent' },
  { id: 'merchant-count', name: '商家数', en: 'Number of merchants', unit: 'count', counter: '家' },
  { id: 'company-age', name: '从业年限', en: 'Years in business', unit: 'years' },
  { id: 'live-duration', name: '单场直播时长', en: 'Live-stream duration', unit: 'hours' },
  { id: 'time-spent', name: '人均使用时长', en: 'Time spent per user', unit: 'minutes' },
  { id: 'order-count', name: '订单量', en: 'Orders', unit: 'count', counter: '单' },
  { id: 'roi', name: '投产比', en: 'Return on ad spend', abbr: 'ROI', unit: 'ratio' },
  { id: 'group-count', name: '社群数量', en: 'Number of groups', unit: 'count', counter: '个' },
  { id: 'employees', name: '员工人数', en: 'Employees', unit: 'people' },
  { id: 'store-count', name: '门店数', en: 'Number of stores', unit: 'count', counter: '家' },
  { id: 'ad-spend', name: '投放费用', en: 'Ad spend', unit: 'cny' },
  { id: 'sku-count', name: 'SKU数', en: 'Number of SKUs', abbr: 'SKU', unit: 'count', counter: '个' },
  { id: 'commission-rate', name: '佣金率', en: 'Commission rate', unit: 'percent' },
  { id: 'gmv-multiple', name: '成交增长倍数', en: 'GMV growth multiple', unit: 'times' },
  { id: 'settlement-days', name: '结算周期', en: 'Settlement period', unit: 'days' },
  { id: 'buyer-age', name: '核心用户年龄', en: 'Core buyer age', unit: 'years', min: 10, max: 90 },
  { id: 'buyers', name: '购买用户数', en: 'Buyers', unit: 'people' },
  { id: 'creator-count', name: '带货达人数', en: 'Selling creators', unit: 'count', counter: '位' },
  { id: 'ad-revenue', name: '广告收入', en: 'Advertising revenue', unit: 'cny' },
];

/** Scopes and bases that make the long tail of measures: 直播间客单价, 日均私域成交额 … */
export const MEASURE_SCOPES: readonly Word[] = [
  ['直播间', 'live-room'],
  ['私域', 'private'],
  ['短视频', 'short-video'],
  ['社群', 'group'],
  ['门店', 'store'],
  ['小程序', 'mini'],
  ['公众号', 'oa'],
  ['企业微信', 'wecom'],
  ['朋友圈', 'moments'],
  ['橱窗', 'showcase'],
  ['达人', 'creator'],
  ['品牌', 'brand'],
  ['新客', 'new-buyer'],
  ['老客', 'repeat-buyer'],
  ['会员', 'member'],
  ['大促', 'promo'],
  ['店播', 'store-live'],
  ['投流', 'paid'],
  ['自然流', 'organic'],
  ['搜索', 'search'],
];
export const MEASURE_PREFIXES: readonly Word[] = [
  ['', ''],
  ['日均', 'daily'],
  ['月均', 'monthly'],
  ['年度', 'annual'],
  ['单场', 'per-show'],
  ['人均', 'per-capita'],
];
export const MEASURE_BASE_LIST: readonly { zh: string; id: string; en: string; unit: UnitName; counter?: string }[] = [
  { zh: '客单价', id: 'aov', en: 'average order value', unit: 'cny' },
  { zh: '复购率', id: 'repurchase-rate', en: 'repurchase rate', unit: 'percent' },
  { zh: '转化率', id: 'conversion-rate', en: 'conversion rate', unit: 'percent' },
  { zh: '退货率', id: 'return-rate', en: 'return rate', unit: 'percent' },
  { zh: '成交额', id: 'gmv', en: 'GMV', unit: 'cny' },
  { zh: '用户数', id: 'users', en: 'users', unit: 'people' },
  { zh: '订单量', id: 'orders', en: 'orders', unit: 'count', counter: '单' },
  { zh: '成交占比', id: 'share', en: 'share of sales', unit: 'percent' },
  { zh: '停留时长', id: 'dwell-time', en: 'dwell time', unit: 'minutes' },
  { zh: '观看人数', id: 'viewers', en: 'viewers', unit: 'people' },
];

/** Pools for case names: a nickname or brand stem plus a kind-specific ending. */
export const NAME_STEMS: readonly Word[] = [
  ['顺子', 'shunzi'],
  ['阿龙', 'along'],
  ['小鹿', 'xiaolu'],
  ['老周', 'laozhou'],
  ['大鱼', 'dayu'],
  ['三妹', 'sanmei'],
  ['阿芳', 'afang'],
  ['豆豆', 'doudou'],
  ['胖虎', 'panghu'],
  ['小七', 'xiaoqi'],
  ['木子', 'muzi'],
  ['阿杰', 'ajie'],
  ['晴天', 'qingtian'],
  ['青禾', 'qinghe'],
  ['山野', 'shanye'],
  ['南风', 'nanfeng'],
  ['北岸', 'bei-an'],
  ['橘子', 'juzi'],
  ['米粒', 'mili'],
  ['麦田', 'maitian'],
  ['知夏', 'zhixia'],
  ['听雨', 'tingyu'],
  ['半亩', 'banmu'],
  ['拾光', 'shiguang'],
  ['素衣', 'suyi'],
  ['花间', 'huajian'],
  ['云朵', 'yunduo'],
  ['松果', 'songguo'],
  ['星河', 'xinghe'],
  ['竹林', 'zhulin'],
  ['溪山', 'xishan'],
  ['白桦', 'baihua'],
  ['锦瑟', 'jinse'],
  ['良辰', 'liangchen'],
  ['初见', 'chujian'],
  ['暖阳', 'nuanyang'],
  ['老蔡', 'laocai'],
  ['小满', 'xiaoman'],
  ['阿宝', 'abao'],
  ['东篱', 'dongli'],
  ['西岭', 'xiling'],
  ['海棠', 'haitang'],
  ['沐沐', 'mumu'],
  ['安然', 'anran'],
  ['若水', 'ruoshui'],
  ['乐乐', 'lele'],
  ['糖豆', 'tangdou'],
  ['布丁', 'buding'],
  ['阿香', 'axiang'],
  ['老韩', 'laohan'],
  ['憨叔', 'hanshu'],
  ['二姐', 'erjie'],
  ['小林', 'xiaolin'],
  ['大壮', 'dazhuang'],
  ['甜心', 'tianxin'],
  ['果果', 'guoguo'],
  ['一禾', 'yihe'],
  ['简朴', 'jianpu'],
  ['慢生活', 'manshenghuo'],
  ['野人', 'yeren'],
];
export const CASE_ENDINGS: Record<'merchant' | 'brand' | 'creator' | 'media' | 'retailer' | 'service', readonly Word[]> = {
  creator: [
    ['说茶', 'shuocha'],
    ['聊酒', 'liaojiu'],
    ['穿搭', 'chuanda'],
    ['美妆日记', 'meizhuang'],
    ['读书', 'dushu'],
    ['的厨房', 'chufang'],
    ['育儿经', 'yuer'],
    ['好物', 'haowu'],
    ['探店', 'tandian'],
    ['讲堂', 'jiangtang'],
  ],
  merchant: [
    ['服饰', 'fushi'],
    ['家纺', 'jiafang'],
    ['珠宝', 'zhubao'],
    ['茶庄', 'chazhuang'],
    ['果园', 'guoyuan'],
    ['女装', 'nvzhuang'],
    ['童装', 'tongzhuang'],
    ['鞋业', 'xieye'],
    ['食品', 'shipin'],
    ['酒坊', 'jiufang'],
  ],
  brand: [
    ['优品', 'youpin'],
    ['生活', 'shenghuo'],
    ['良品', 'liangpin'],
    ['工坊', 'gongfang'],
    ['咖啡', 'kafei'],
    ['茶饮', 'chayin'],
    ['美学', 'meixue'],
    ['研究所', 'yanjiusuo'],
  ],
  media: [
    ['传媒', 'chuanmei'],
    ['财经', 'caijing'],
    ['商业评论', 'shangye-pinglun'],
    ['研究院', 'yanjiuyuan'],
  ],
  retailer: [
    ['超市', 'chaoshi'],
    ['百货', 'baihuo'],
    ['便利店', 'bianlidian'],
    ['连锁', 'liansuo'],
  ],
  service: [
    ['数科', 'shuke'],
    ['科技', 'keji'],
    ['咨询', 'zixun'],
    ['云服务', 'yunfuwu'],
  ],
};
export const CITIES: readonly Word[] = [
  ['杭州', 'hangzhou'],
  ['广州', 'guangzhou'],
  ['义乌', 'yiwu'],
  ['深圳', 'shenzhen'],
  ['成都', 'chengdu'],
  ['临沂', 'linyi'],
  ['泉州', 'quanzhou'],
  ['苏州', 'suzhou'],
  ['武汉', 'wuhan'],
  ['长沙', 'changsha'],
  ['厦门', 'xiamen'],
  ['常熟', 'changshu'],
];

export const CATEGORIES: readonly string[] = [
  '茶叶',
  '服装',
  '美妆',
  '珠宝玉石',
  '零食',
  '母婴',
  '家居',
  '宠物食品',
  '教育培训',
  '图书',
  '白酒',
  '生鲜水果',
  '家纺',
  '鞋包',
  '个护',
  '保健品',
  '数码配件',
  '童装',
  '女装',
  '滋补品',
  '文创',
  '农特产',
];
