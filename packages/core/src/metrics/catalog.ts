import * as z from "zod";
import { Aggregation, Dimension, Direction, Language, Unit } from "../model/enums";
import { foldMetricName } from "../text/fold";

/**
 * The metrics new-media teams plan with, and how each one is tracked. A goal that names one of
 * them (by key, English or Chinese name, or an alias) inherits its dimension, aggregation, unit
 * and direction wherever the goal leaves them blank.
 */
export const MetricDef = z.object({
  /** Stable snake_case key; users may type it instead of a name. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  names: z.record(Language, z.string().min(1)),
  /** Other spellings operators use (platform jargon, abbreviations, the other language's variants). */
  aliases: z.array(z.string().min(1)),
  dimension: Dimension,
  aggregation: Aggregation,
  unit: Unit,
  direction: Direction,
});
export type MetricDef = z.infer<typeof MetricDef>;

export const MetricCatalog = z.array(MetricDef);
export type MetricCatalog = z.infer<typeof MetricCatalog>;

/*
 * Aggregation choices: totals over the year are `sum`; stock figures read at a point in time
 * (followers, members) are `last`; rates that a platform or tool reports per month (search index,
 * retention, cost per lead) are `average`; rates the plan can build from two of its own counts
 * (engagement = interactions / reads, conversion = orders / visits) are `ratio`.
 */
const entries: MetricDef[] = [
  // ── user growth ──────────────────────────────────────────────────────────────────────
  {
    key: "followers",
    names: { en: "Followers", "zh-CN": "粉丝数" },
    aliases: [
      "粉丝",
      "粉丝量",
      "粉丝总数",
      "关注者",
      "关注数",
      "订阅数",
      "订阅者",
      "follower count",
      "fans",
      "subscribers",
    ],
    dimension: "growth",
    aggregation: "last",
    unit: "count",
    direction: "increase",
  },
  {
    key: "new_followers",
    names: { en: "New followers", "zh-CN": "新增粉丝" },
    aliases: [
      "新增粉丝数",
      "新增关注",
      "涨粉",
      "涨粉数",
      "新粉",
      "follower growth",
      "new fans",
      "new subscribers",
    ],
    dimension: "growth",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "net_new_followers",
    names: { en: "Net new followers", "zh-CN": "净增粉丝" },
    aliases: ["净增粉丝数", "净增关注", "净涨粉", "net follower growth", "net adds"],
    dimension: "growth",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "unfollows",
    names: { en: "Unfollows", "zh-CN": "取关数" },
    aliases: ["取关", "取消关注", "掉粉", "掉粉数", "lost followers", "unsubscribes"],
    dimension: "growth",
    aggregation: "sum",
    unit: "count",
    direction: "decrease",
  },
  {
    key: "cost_per_follower",
    names: { en: "Cost per follower", "zh-CN": "涨粉成本" },
    aliases: ["单粉成本", "粉丝获取成本", "CPF", "cost per new follower"],
    dimension: "growth",
    aggregation: "average",
    unit: "currency",
    direction: "decrease",
  },
  {
    key: "private_domain_members",
    names: { en: "Private-domain members", "zh-CN": "私域用户数" },
    aliases: [
      "私域用户",
      "私域用户量",
      "私域粉丝",
      "企微好友数",
      "企业微信好友数",
      "社群人数",
      "private traffic",
      "private domain users",
      "wecom contacts",
    ],
    dimension: "growth",
    aggregation: "last",
    unit: "count",
    direction: "increase",
  },
  {
    key: "community_active_rate",
    names: { en: "Community active rate", "zh-CN": "社群活跃率" },
    aliases: ["社群活跃度", "群活跃率", "community activity rate", "group active rate"],
    dimension: "growth",
    aggregation: "average",
    unit: "percent",
    direction: "increase",
  },
  {
    key: "retention_rate",
    names: { en: "Retention rate", "zh-CN": "留存率" },
    aliases: ["留存", "用户留存率", "次月留存率", "retention", "user retention"],
    dimension: "growth",
    aggregation: "average",
    unit: "percent",
    direction: "increase",
  },
  {
    key: "monthly_active_users",
    names: { en: "Monthly active users", "zh-CN": "月活跃用户数" },
    aliases: ["月活", "月活用户", "MAU"],
    dimension: "growth",
    aggregation: "average",
    unit: "count",
    direction: "increase",
  },
  // ── content influence ────────────────────────────────────────────────────────────────
  {
    key: "posts",
    names: { en: "Posts published", "zh-CN": "发布数" },
    aliases: ["发文量", "发文数", "发布量", "内容发布数", "更新数", "post count", "content output"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "original_posts",
    names: { en: "Original posts", "zh-CN": "原创内容数" },
    aliases: ["原创数", "原创篇数", "原创发文数", "original content"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "original_content_ratio",
    names: { en: "Original-content ratio", "zh-CN": "原创占比" },
    aliases: ["原创率", "原创内容占比", "原创比例", "original ratio", "original content share"],
    dimension: "content",
    aggregation: "ratio",
    unit: "percent",
    direction: "increase",
  },
  {
    key: "reads",
    names: { en: "Reads", "zh-CN": "阅读量" },
    aliases: ["阅读数", "阅读次数", "总阅读量", "文章阅读量", "article reads", "page reads"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "views",
    names: { en: "Video views", "zh-CN": "播放量" },
    aliases: ["播放数", "播放次数", "视频播放量", "观看量", "观看次数", "plays", "video plays"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "completion_rate",
    names: { en: "Completion rate", "zh-CN": "完播率" },
    aliases: ["视频完播率", "完播", "view-through rate", "VTR"],
    dimension: "content",
    aggregation: "average",
    unit: "percent",
    direction: "increase",
  },
  {
    key: "impressions",
    names: { en: "Impressions", "zh-CN": "曝光量" },
    aliases: ["曝光数", "曝光次数", "展现量", "内容曝光量", "reach"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "interactions",
    names: { en: "Interactions", "zh-CN": "互动量" },
    aliases: ["互动数", "互动次数", "总互动量", "点赞评论转发", "engagements", "engagement"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "shares",
    names: { en: "Shares", "zh-CN": "转发量" },
    aliases: ["转发数", "分享量", "分享数", "分享次数", "reposts", "retweets"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "engagement_rate",
    names: { en: "Engagement rate", "zh-CN": "互动率" },
    aliases: ["互动比率", "参与率", "ER", "interaction rate"],
    dimension: "content",
    aggregation: "ratio",
    unit: "percent",
    direction: "increase",
  },
  {
    key: "quality_posts",
    names: { en: "Quality posts", "zh-CN": "优质内容数" },
    aliases: ["优质内容", "精品内容数", "优质内容篇数", "high-quality posts", "quality content"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "viral_posts",
    names: { en: "Viral posts", "zh-CN": "爆款数" },
    aliases: ["爆款", "爆款内容数", "爆文数", "10万+", "10w+", "viral hits", "viral content"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "live_viewers",
    names: { en: "Live-stream viewers", "zh-CN": "直播观看人数" },
    aliases: ["直播观看量", "直播观看人次", "直播场观", "场观", "live views", "livestream viewers"],
    dimension: "content",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  // ── conversion & revenue ─────────────────────────────────────────────────────────────
  {
    key: "site_visits",
    names: { en: "Website visits", "zh-CN": "官网访问量" },
    aliases: [
      "官网流量",
      "官网访问数",
      "官网UV",
      "网站访问量",
      "引流到官网",
      "site visits",
      "website traffic",
    ],
    dimension: "conversion",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "registrations",
    names: { en: "Registrations", "zh-CN": "注册数" },
    aliases: ["注册量", "注册用户数", "新注册用户", "sign-ups", "signups", "new accounts"],
    dimension: "conversion",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "leads",
    names: { en: "Leads", "zh-CN": "线索数" },
    aliases: ["线索量", "销售线索", "留资数", "留资量", "sales leads", "MQL"],
    dimension: "conversion",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "trial_conversions",
    names: { en: "Trial conversions", "zh-CN": "试用转化数" },
    aliases: ["试用转化", "试用数", "试用申请数", "trials", "trial sign-ups"],
    dimension: "conversion",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "orders",
    names: { en: "Orders", "zh-CN": "订单数" },
    aliases: ["订单量", "成交订单数", "成交单数", "order count", "purchases"],
    dimension: "conversion",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "sales",
    names: { en: "Sales (GMV)", "zh-CN": "销售额" },
    aliases: [
      "GMV",
      "成交额",
      "成交总额",
      "营收",
      "销售收入",
      "营业额",
      "revenue",
      "gross merchandise value",
    ],
    dimension: "conversion",
    aggregation: "sum",
    unit: "currency",
    direction: "increase",
  },
  {
    key: "live_gmv",
    names: { en: "Live-stream GMV", "zh-CN": "直播销售额" },
    aliases: [
      "直播GMV",
      "直播成交额",
      "直播带货销售额",
      "直播带货GMV",
      "livestream sales",
      "live commerce GMV",
    ],
    dimension: "conversion",
    aggregation: "sum",
    unit: "currency",
    direction: "increase",
  },
  {
    key: "average_order_value",
    names: { en: "Average order value", "zh-CN": "客单价" },
    aliases: ["平均客单价", "笔单价", "AOV"],
    dimension: "conversion",
    aggregation: "average",
    unit: "currency",
    direction: "increase",
  },
  {
    key: "cost_per_lead",
    names: { en: "Cost per lead", "zh-CN": "获客成本" },
    aliases: ["单条线索成本", "线索成本", "获客单价", "CPL", "CAC", "customer acquisition cost"],
    dimension: "conversion",
    aggregation: "average",
    unit: "currency",
    direction: "decrease",
  },
  {
    key: "conversion_rate",
    names: { en: "Conversion rate", "zh-CN": "转化率" },
    aliases: ["成交转化率", "下单转化率", "CVR"],
    dimension: "conversion",
    aggregation: "ratio",
    unit: "percent",
    direction: "increase",
  },
  {
    key: "repurchase_rate",
    names: { en: "Repurchase rate", "zh-CN": "复购率" },
    aliases: ["复购", "回购率", "repeat purchase rate"],
    dimension: "conversion",
    aggregation: "average",
    unit: "percent",
    direction: "increase",
  },
  // ── brand voice ──────────────────────────────────────────────────────────────────────
  {
    key: "topic_mentions",
    names: { en: "Topic mentions", "zh-CN": "话题提及量" },
    aliases: [
      "话题讨论量",
      "话题声量",
      "品牌提及量",
      "提及量",
      "声量",
      "hashtag mentions",
      "brand mentions",
      "mentions",
    ],
    dimension: "brand",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "media_exposure",
    names: { en: "Media exposure", "zh-CN": "媒体曝光量" },
    aliases: ["媒体曝光", "媒体报道量", "媒体报道数", "PR exposure", "earned media"],
    dimension: "brand",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "kol_collaborations",
    names: { en: "KOL collaborations", "zh-CN": "达人合作数" },
    aliases: [
      "达人合作",
      "KOL合作数",
      "KOC合作数",
      "博主合作数",
      "influencer collaborations",
      "influencer partnerships",
    ],
    dimension: "brand",
    aggregation: "sum",
    unit: "count",
    direction: "increase",
  },
  {
    key: "positive_sentiment_share",
    names: { en: "Positive-sentiment share", "zh-CN": "正面声量占比" },
    aliases: ["正面声量", "正面评价占比", "好评率", "正面舆情占比", "positive sentiment", "positive share"],
    dimension: "brand",
    aggregation: "average",
    unit: "percent",
    direction: "increase",
  },
  {
    key: "negative_mentions",
    names: { en: "Negative mentions", "zh-CN": "负面舆情数" },
    aliases: [
      "负面舆情",
      "负面声量",
      "负面提及量",
      "负面数",
      "negative sentiment mentions",
      "negative posts",
    ],
    dimension: "brand",
    aggregation: "sum",
    unit: "count",
    direction: "decrease",
  },
  {
    key: "complaints",
    names: { en: "Customer complaints", "zh-CN": "客诉数" },
    aliases: ["客诉", "投诉数", "投诉量", "用户投诉", "customer complaint"],
    dimension: "brand",
    aggregation: "sum",
    unit: "count",
    direction: "decrease",
  },
  {
    key: "brand_search_index",
    names: { en: "Brand search index", "zh-CN": "品牌搜索指数" },
    aliases: ["搜索指数", "百度指数", "微信指数", "品牌指数", "search index"],
    dimension: "brand",
    aggregation: "average",
    unit: "index",
    direction: "increase",
  },
  {
    key: "share_of_voice",
    names: { en: "Share of voice", "zh-CN": "声量份额" },
    aliases: ["声量占比", "行业声量占比", "SOV"],
    dimension: "brand",
    aggregation: "average",
    unit: "percent",
    direction: "increase",
  },
];

/**
 * Typed as parsed values, not parsed at import: every CLI run would pay for it (issue #8,
 * start-up); catalog.test.ts checks the entries against MetricCatalog.
 */
export const METRIC_CATALOG: readonly MetricDef[] = entries;

const byFoldedName: ReadonlyMap<string, MetricDef> = (() => {
  const map = new Map<string, MetricDef>();
  for (const def of METRIC_CATALOG) {
    for (const name of [def.key, def.names.en, def.names["zh-CN"], ...def.aliases]) {
      const folded = foldMetricName(name);
      // First entry wins; the catalog test keeps names unambiguous.
      if (!map.has(folded)) map.set(folded, def);
    }
  }
  return map;
})();

/** The catalog entry a metric name (key, en or zh-CN name, alias) stands for; null if none. */
export function findMetric(name: string): MetricDef | null {
  const folded = foldMetricName(name);
  if (folded === "") return null;
  return byFoldedName.get(folded) ?? null;
}

/** The metric's name in a language (for dropdowns and messages). */
export function metricName(def: MetricDef, lang: Language): string {
  return def.names[lang];
}
