/**
 * Word pools for the synthetic benchmark corpus (scripts/bench/corpus.ts). Every
 * pool item is [汉字, pinyin-id] so generated ids read like the real ones
 * (shunzi-shuocha, shipinhao-gmv-2023-zb). Nothing here contains Arabic digits
 * or Chinese quantities, so prose built from it passes the bare-number rule.
 */
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

export type UnitName = 'cny' | 'people' | 'percent' | 'count' | 'times' | 'hours' | 'minutes' | 'days' | 'years' | 'ratio';

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
  ['直播间', 'live-room'], ['私域', 'private'], ['短视频', 'short-video'], ['社群', 'group'], ['门店', 'store'],
  ['小程序', 'mini'], ['公众号', 'oa'], ['企业微信', 'wecom'], ['朋友圈', 'moments'], ['橱窗', 'showcase'],
  ['达人', 'creator'], ['品牌', 'brand'], ['新客', 'new-buyer'], ['老客', 'repeat-buyer'], ['会员', 'member'],
  ['大促', 'promo'], ['店播', 'store-live'], ['投流', 'paid'], ['自然流', 'organic'], ['搜索', 'search'],
];
export const MEASURE_PREFIXES: readonly Word[] = [['', ''], ['日均', 'daily'], ['月均', 'monthly'], ['年度', 'annual'], ['单场', 'per-show'], ['人均', 'per-capita']];
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
  ['顺子', 'shunzi'], ['阿龙', 'along'], ['小鹿', 'xiaolu'], ['老周', 'laozhou'], ['大鱼', 'dayu'], ['三妹', 'sanmei'],
  ['阿芳', 'afang'], ['豆豆', 'doudou'], ['胖虎', 'panghu'], ['小七', 'xiaoqi'], ['木子', 'muzi'], ['阿杰', 'ajie'],
  ['晴天', 'qingtian'], ['青禾', 'qinghe'], ['山野', 'shanye'], ['南风', 'nanfeng'], ['北岸', 'bei-an'], ['橘子', 'juzi'],
  ['米粒', 'mili'], ['麦田', 'maitian'], ['知夏', 'zhixia'], ['听雨', 'tingyu'], ['半亩', 'banmu'], ['拾光', 'shiguang'],
  ['素衣', 'suyi'], ['花间', 'huajian'], ['云朵', 'yunduo'], ['松果', 'songguo'], ['星河', 'xinghe'], ['竹林', 'zhulin'],
  ['溪山', 'xishan'], ['白桦', 'baihua'], ['锦瑟', 'jinse'], ['良辰', 'liangchen'], ['初见', 'chujian'], ['暖阳', 'nuanyang'],
  ['老蔡', 'laocai'], ['小满', 'xiaoman'], ['阿宝', 'abao'], ['东篱', 'dongli'], ['西岭', 'xiling'], ['海棠', 'haitang'],
  ['沐沐', 'mumu'], ['安然', 'anran'], ['若水', 'ruoshui'], ['乐乐', 'lele'], ['糖豆', 'tangdou'], ['布丁', 'buding'],
  ['阿香', 'axiang'], ['老韩', 'laohan'], ['憨叔', 'hanshu'], ['二姐', 'erjie'], ['小林', 'xiaolin'], ['大壮', 'dazhuang'],
  ['甜心', 'tianxin'], ['果果', 'guoguo'], ['一禾', 'yihe'], ['简朴', 'jianpu'], ['慢生活', 'manshenghuo'], ['野人', 'yeren'],
];
export const CASE_ENDINGS: Record<'merchant' | 'brand' | 'creator' | 'media' | 'retailer' | 'service', readonly Word[]> = {
  creator: [['说茶', 'shuocha'], ['聊酒', 'liaojiu'], ['穿搭', 'chuanda'], ['美妆日记', 'meizhuang'], ['读书', 'dushu'], ['的厨房', 'chufang'], ['育儿经', 'yuer'], ['好物', 'haowu'], ['探店', 'tandian'], ['讲堂', 'jiangtang']],
  merchant: [['服饰', 'fushi'], ['家纺', 'jiafang'], ['珠宝', 'zhubao'], ['茶庄', 'chazhuang'], ['果园', 'guoyuan'], ['女装', 'nvzhuang'], ['童装', 'tongzhuang'], ['鞋业', 'xieye'], ['食品', 'shipin'], ['酒坊', 'jiufang']],
  brand: [['优品', 'youpin'], ['生活', 'shenghuo'], ['良品', 'liangpin'], ['工坊', 'gongfang'], ['咖啡', 'kafei'], ['茶饮', 'chayin'], ['美学', 'meixue'], ['研究所', 'yanjiusuo']],
  media: [['传媒', 'chuanmei'], ['财经', 'caijing'], ['商业评论', 'shangye-pinglun'], ['研究院', 'yanjiuyuan']],
  retailer: [['超市', 'chaoshi'], ['百货', 'baihuo'], ['便利店', 'bianlidian'], ['连锁', 'liansuo']],
  service: [['数科', 'shuke'], ['科技', 'keji'], ['咨询', 'zixun'], ['云服务', 'yunfuwu']],
};
export const CITIES: readonly Word[] = [
  ['杭州', 'hangzhou'], ['广州', 'guangzhou'], ['义乌', 'yiwu'], ['深圳', 'shenzhen'], ['成都', 'chengdu'], ['临沂', 'linyi'],
  ['泉州', 'quanzhou'], ['苏州', 'suzhou'], ['武汉', 'wuhan'], ['长沙', 'changsha'], ['厦门', 'xiamen'], ['常熟', 'changshu'],
];

export const CATEGORIES: readonly string[] = [
  '茶叶', '服装', '美妆', '珠宝玉石', '零食', '母婴', '家居', '宠物食品', '教育培训', '图书', '白酒', '生鲜水果',
  '家纺', '鞋包', '个护', '保健品', '数码配件', '童装', '女装', '滋补品', '文创', '农特产',
];

/** Tail platforms: brand-like stems plus a product word, and features of the head platforms. */
export const PLATFORM_STEMS: readonly Word[] = [
  ['星云', 'xingyun'], ['掌柜', 'zhanggui'], ['聚客', 'juke'], ['云集', 'yunji'], ['鲸选', 'jingxuan'], ['蜂巢', 'fengchao'],
  ['橙子', 'chengzi'], ['蓝海', 'lanhai'], ['麦芽', 'maiya'], ['鹿角', 'lujiao'], ['象群', 'xiangqun'], ['蜜柚', 'miyou'],
  ['果仁', 'guoren'], ['小鹅', 'xiaoe'], ['快团', 'kuaituan'], ['接龙', 'jielong'], ['好衣库', 'haoyiku'], ['贝店', 'beidian'],
  ['环球捕手', 'huanqiu-bushou'], ['达令', 'daling'],
];
export const PLATFORM_PRODUCTS: readonly Word[] = [
  ['直播', 'zhibo'], ['小店', 'xiaodian'], ['商城', 'shangcheng'], ['SaaS', 'saas'], ['助手', 'zhushou'],
  ['优选', 'youxuan'], ['联盟', 'lianmeng'], ['云店', 'yundian'], ['分销', 'fenxiao'], ['团购', 'tuangou'],
];
export const PLATFORM_FEATURES: readonly Word[] = [
  ['小店', 'xiaodian'], ['商城', 'shangcheng'], ['橱窗', 'chuchuang'], ['带货联盟', 'daihuo-lianmeng'], ['直播', 'zhibo'],
  ['信息流广告', 'feed-ads'], ['支付', 'zhifu'], ['团购', 'tuangou'], ['超市', 'chaoshi'], ['本地生活', 'bendi-shenghuo'],
  ['搜索', 'sousuo'], ['会员', 'huiyuan'],
];

/** Tail models: 产业带直播电商, 全域会员制私域 … */
export const MODEL_SCOPES: readonly Word[] = [
  ['产业带', 'chanyedai'], ['会员制', 'huiyuanzhi'], ['即时零售', 'jishi-lingshou'], ['跨境', 'kuajing'], ['社区', 'shequ'],
  ['下沉市场', 'xiachen'], ['品牌自播', 'pinpai-zibo'], ['达人分销', 'daren-fenxiao'], ['知识付费', 'zhishi-fufei'], ['县域', 'xianyu'],
  ['二手', 'ershou'], ['订阅制', 'dingyuezhi'], ['团长', 'tuanzhang'], ['门店', 'mendian'], ['搜索', 'sousuo'],
  ['本地', 'bendi'], ['工厂直供', 'gongchang-zhigong'], ['定制', 'dingzhi'], ['短剧', 'duanju'], ['游戏化', 'youxihua'],
];
export const MODEL_KINDS: readonly Word[] = [
  ['直播电商', 'live-commerce'], ['社交电商', 'social-ecommerce'], ['货架电商', 'shelf-ecommerce'], ['内容电商', 'content-ecommerce'],
  ['团购', 'group-buying'], ['分销', 'distribution'], ['零售', 'retail'], ['私域', 'private-domain'],
];
export const MODEL_PREFIXES: readonly Word[] = [['', ''], ['新', 'new'], ['轻', 'light'], ['全域', 'omni']];

/** Glossary: a head of real jargon, then scope × practice × aspect combinations. */
export const HEAD_TERMS: readonly { id: string; term: string; en: string; aliases: string[] }[] = [
  { id: 'gongyu', term: '公域', en: 'Public-domain traffic', aliases: ['公域流量'] },
  { id: 'siyu', term: '私域', en: 'Private-domain traffic', aliases: ['私域流量', '私域资产'] },
  { id: 'touliu', term: '投流', en: 'Paid traffic buying', aliases: ['付费投流', '加热'] },
  { id: 'ziranliu', term: '自然流', en: 'Organic traffic', aliases: ['免费流量'] },
  { id: 'lengqidong', term: '冷启动', en: 'Cold start', aliases: ['起号'] },
  { id: 'changguan', term: '场观', en: 'Live-stream views', aliases: ['观看人次'] },
  { id: 'qianchuan', term: '千川', en: 'Qianchuan ads', aliases: ['巨量千川'] },
  { id: 'daren-daihuo', term: '达人带货', en: 'Creator selling', aliases: ['达播'] },
  { id: 'dianbo', term: '店播', en: 'Store live-streaming', aliases: ['品牌自播', '自播'] },
  { id: 'tuanzhang', term: '团长', en: 'Group leader', aliases: ['招商团长'] },
  { id: 'xuanpin', term: '选品', en: 'Product selection', aliases: [] },
  { id: 'chuchuang', term: '橱窗', en: 'Showcase', aliases: ['商品橱窗'] },
  { id: 'fugou', term: '复购', en: 'Repurchase', aliases: ['回购'] },
  { id: 'shequn', term: '社群', en: 'Community groups', aliases: ['微信群', '粉丝群'] },
  { id: 'liebian', term: '裂变', en: 'Viral referral', aliases: ['社交裂变'] },
  { id: 'zhongcao', term: '种草', en: 'Seeding', aliases: ['内容种草'] },
  { id: 'kol', term: 'KOL', en: 'Key opinion leader', aliases: ['头部达人'] },
  { id: 'koc', term: 'KOC', en: 'Key opinion consumer', aliases: ['素人'] },
  { id: 'baipai', term: '白牌', en: 'Unbranded goods', aliases: ['白牌商品'] },
  { id: 'chanyedai', term: '产业带', en: 'Industrial cluster', aliases: ['产业带商家'] },
  { id: 'dangkou', term: '档口', en: 'Wholesale stall', aliases: [] },
  { id: 'quanyu', term: '全域', en: 'Omni-channel', aliases: ['全域经营'] },
  { id: 'qiepian', term: '直播切片', en: 'Live-stream clips', aliases: ['切片'] },
  { id: 'kengweifei', term: '坑位费', en: 'Slot fee', aliases: [] },
  { id: 'baokuan', term: '爆款', en: 'Hit product', aliases: ['爆品'] },
  { id: 'gmv', term: 'GMV', en: 'Gross merchandise value', aliases: ['成交总额'] },
  { id: 'roi', term: 'ROI', en: 'Return on investment', aliases: ['投产比'] },
  { id: 'dtc', term: 'DTC', en: 'Direct to consumer', aliases: ['品牌直营'] },
  { id: 'sku', term: 'SKU', en: 'Stock keeping unit', aliases: ['单品'] },
  { id: 'qiye-weixin', term: '企业微信', en: 'WeCom', aliases: ['企微'] },
];
export const TERM_SCOPES: readonly Word[] = MEASURE_SCOPES;
export const TERM_PRACTICES: readonly Word[] = [
  ['投流', 'touliu'], ['起号', 'qihao'], ['冷启动', 'lengqidong'], ['裂变', 'liebian'], ['种草', 'zhongcao'], ['复购', 'fugou'],
  ['转化', 'zhuanhua'], ['拉新', 'laxin'], ['留存', 'liucun'], ['选品', 'xuanpin'], ['控价', 'kongjia'], ['铺货', 'puhuo'],
  ['分润', 'fenrun'], ['排品', 'paipin'], ['切片', 'qiepian'],
];
export const TERM_ASPECTS: readonly Word[] = [['', ''], ['策略', 'celue'], ['模型', 'moxing'], ['链路', 'lianlu'], ['矩阵', 'juzhen']];

export const OUTLETS: readonly { name: string; tag: string; original?: string }[] = [
  { name: '窄播', tag: 'zb' }, { name: '晚点LatePost', tag: 'wd' }, { name: '36氪', tag: 'kr' }, { name: '虎嗅', tag: 'hx' },
  { name: '界面新闻', tag: 'jm' }, { name: '人人都是产品经理', tag: 'pm' }, { name: '亿邦动力', tag: 'yb' }, { name: '电商报', tag: 'dsb' },
  { name: '青瓜传媒', tag: 'qg' }, { name: '新熵', tag: 'xs' }, { name: '卡思数据', tag: 'ks' }, { name: '蓝鲸财经', tag: 'lj' },
  { name: '刺猬公社', tag: 'cw' }, { name: '新榜', tag: 'xb' }, { name: '见实', tag: 'js' }, { name: '零售老板内参', tag: 'ls' },
  { name: '电厂', tag: 'dc' }, { name: '井寻', tag: 'jx' }, { name: '鞭牛士', tag: 'bns' }, { name: '深燃', tag: 'sr' },
];
export const ESTIMATORS: readonly string[] = ['卡思数据', 'QuestMobile', '蝉妈妈', '飞瓜数据', '百准', '新榜', '艾瑞咨询', '易观分析', '灰豚数据', '久谦咨询'];
export const SURNAMES: readonly string[] = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '庞', '石', '宋', '韩'];
export const GIVEN: readonly string[] = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '梦圆', '小艺', '亚丹', '宇雷', '浩', '晨', '曦', '思远'];
export const ROLES: readonly string[] = ['创始人', '联合创始人', '运营负责人', '电商总监', '首席执行官', '品牌负责人', '直播负责人', '合伙人'];

export const TOPICS: readonly Word[] = [
  ['私域', 'siyu'], ['直播带货', 'zhibo-daihuo'], ['投流', 'touliu'], ['复购', 'fugou'], ['产业带', 'chanyedai'], ['达人分销', 'daren-fenxiao'],
  ['店播', 'dianbo'], ['货架', 'huojia'], ['品牌自播', 'pinpai-zibo'], ['社群', 'shequn'], ['会员', 'huiyuan'], ['增长', 'zengzhang'],
  ['商业化', 'shangyehua'], ['供应链', 'gongyinglian'], ['退货', 'tuihuo'], ['客单价', 'kedanjia'],
];
export const TITLE_TAILS: readonly string[] = [
  '商家开始抢人了', '红利还剩多少', '一场没有硝烟的流量战', '谁在赚钱', '从野蛮生长到精细运营', '品牌的第二条曲线',
  '中小商家的生存实录', '平台与服务商的博弈', '增长密码', '还值得做吗', '一年复盘', '下半场怎么打',
];

export const EVENT_ACTIONS: readonly { zh: string; id: string }[] = [
  { zh: '上线', id: 'launch' }, { zh: '开放', id: 'open' }, { zh: '调整', id: 'change' }, { zh: '内测', id: 'beta' },
  { zh: '升级', id: 'upgrade' }, { zh: '收紧', id: 'tighten' }, { zh: '关停', id: 'close' },
];
