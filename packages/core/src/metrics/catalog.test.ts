import { describe, expect, it } from "vitest";
import { foldMetricName } from "../text/fold";
import { findMetric, METRIC_CATALOG, MetricCatalog, metricName } from "./catalog";

describe("metric catalog", () => {
  it("is valid by its schema (it is not parsed at import)", () => {
    expect(MetricCatalog.parse(METRIC_CATALOG)).toEqual(METRIC_CATALOG);
    expect(MetricCatalog.safeParse([{ ...METRIC_CATALOG[0], key: "Not A Key" }]).success).toBe(false);
  });

  it("holds at least 25 metrics with unique keys", () => {
    expect(METRIC_CATALOG.length).toBeGreaterThanOrEqual(25);
    const keys = METRIC_CATALOG.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never lets one name stand for two metrics", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const def of METRIC_CATALOG) {
      for (const name of [def.key, def.names.en, def.names["zh-CN"], ...def.aliases]) {
        const folded = foldMetricName(name);
        const prev = owner.get(folded);
        if (prev !== undefined && prev !== def.key) clashes.push(`${name}: ${prev} / ${def.key}`);
        owner.set(folded, def.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["粉丝数", "followers", "growth", "last", "count", "increase"],
    ["新增粉丝", "new_followers", "growth", "sum", "count", "increase"],
    ["阅读量", "reads", "content", "sum", "count", "increase"],
    ["播放量", "views", "content", "sum", "count", "increase"],
    ["互动量", "interactions", "content", "sum", "count", "increase"],
    ["互动率", "engagement_rate", "content", "ratio", "percent", "increase"],
    ["原创占比", "original_content_ratio", "content", "ratio", "percent", "increase"],
    ["优质内容数", "quality_posts", "content", "sum", "count", "increase"],
    ["爆款数", "viral_posts", "content", "sum", "count", "increase"],
    ["话题提及量", "topic_mentions", "brand", "sum", "count", "increase"],
    ["官网访问量", "site_visits", "conversion", "sum", "count", "increase"],
    ["注册数", "registrations", "conversion", "sum", "count", "increase"],
    ["线索数", "leads", "conversion", "sum", "count", "increase"],
    ["试用转化数", "trial_conversions", "conversion", "sum", "count", "increase"],
    ["销售额", "sales", "conversion", "sum", "currency", "increase"],
    ["订单数", "orders", "conversion", "sum", "count", "increase"],
    ["获客成本", "cost_per_lead", "conversion", "average", "currency", "decrease"],
    ["转化率", "conversion_rate", "conversion", "ratio", "percent", "increase"],
    ["正面声量占比", "positive_sentiment_share", "brand", "average", "percent", "increase"],
    ["负面舆情数", "negative_mentions", "brand", "sum", "count", "decrease"],
    ["品牌搜索指数", "brand_search_index", "brand", "average", "index", "increase"],
    ["媒体曝光量", "media_exposure", "brand", "sum", "count", "increase"],
    ["达人合作数", "kol_collaborations", "brand", "sum", "count", "increase"],
    ["私域用户数", "private_domain_members", "growth", "last", "count", "increase"],
    ["社群活跃率", "community_active_rate", "growth", "average", "percent", "increase"],
    ["直播销售额", "live_gmv", "conversion", "sum", "currency", "increase"],
    ["留存率", "retention_rate", "growth", "average", "percent", "increase"],
  ])("%s is %s: %s, %s, %s, %s", (name, key, dimension, aggregation, unit, direction) => {
    expect(findMetric(name)).toMatchObject({ key, dimension, aggregation, unit, direction });
  });

  it("finds a metric by key, English name or alias regardless of case, width and spacing", () => {
    expect(findMetric("engagement_rate")?.key).toBe("engagement_rate");
    expect(findMetric("  Engagement   RATE ")?.key).toBe("engagement_rate");
    expect(findMetric("engagement-rate")?.key).toBe("engagement_rate");
    // Full-width letters as a Chinese IME types them.
    expect(findMetric("ＧＭＶ")?.key).toBe("sales");
    expect(findMetric("gmv")?.key).toBe("sales");
    expect(findMetric("涨粉")?.key).toBe("new_followers");
    expect(findMetric("Plays")?.key).toBe("views");
    expect(findMetric("１０万＋")?.key).toBe("viral_posts");
  });

  it("returns null for names it does not know and for blank names", () => {
    expect(findMetric("公众号阅读完成度")).toBeNull();
    expect(findMetric("")).toBeNull();
    expect(findMetric("   ")).toBeNull();
  });

  it("names each metric in both languages", () => {
    const reads = findMetric("reads")!;
    expect(metricName(reads, "zh-CN")).toBe("阅读量");
    expect(metricName(reads, "en")).toBe("Reads");
    for (const def of METRIC_CATALOG) {
      expect(def.names.en).toMatch(/[A-Za-z]/);
      expect(def.names["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
