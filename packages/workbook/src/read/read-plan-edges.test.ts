import { MONTHS_EN } from "@planbook/core";
import { describe, expect, it } from "vitest";
import type { RawWorkbook } from "../grid/raw";
import { planTables, planWorkbook } from "./fixture-plan";
import { brandSlug, readPlan } from "./read-plan";
import { buildWorkbook, type TableFixture } from "./test-workbook";

function withRows(name: string, rows: TableFixture["rows"], lang: "zh-CN" | "en" = "zh-CN"): TableFixture[] {
  return planTables(lang).map((t) => (t.name === name ? { ...t, rows } : t));
}

describe("goal values take the unit of the goal", () => {
  it("a blank Unit comes from the metric catalog (互动率 is a percent metric)", () => {
    const tables = withRows("tblGoals", [
      { id: "G9", metric: "互动率", baseline: 3, target: "5%" },
      { id: "G8", metric: "自定义指标", baseline: 3, target: 5 },
    ]);
    const actuals = tables.find((t) => t.name === "tblActuals");
    if (actuals)
      actuals.rows = [
        { goalId: " g9 ", "months.0": 4 },
        { goalId: "G8", "months.0": 4 },
        { goalId: "G7", "months.0": 4 },
      ];
    const result = readPlan(planWorkbook("zh-CN", tables));
    expect(result.plan.goals.map((g) => [g.unit, g.baseline, g.target])).toEqual([
      [null, 0.03, 0.05],
      [null, 3, 5],
    ]);
    // The actuals row names its goal with other case and spaces; an unknown goal reads plain numbers.
    expect(result.plan.actuals.map((a) => a.months[0])).toEqual([0.04, 4, 4]);
    expect(
      result.findings.filter((f) => f.rule === "value.percent-scale").map((f) => [f.ref, f.at?.field]),
    ).toEqual([
      ["G9", "baseline"],
      ["g9", "months.0"],
    ]);
  });

  it("the first goal row with an id decides the unit, like MATCH", () => {
    const tables = withRows("tblGoals", [
      { id: "G1", unit: "数量", target: 5 },
      { id: "g1", unit: "百分比", target: 5 },
    ]);
    const actuals = tables.find((t) => t.name === "tblActuals");
    if (actuals) actuals.rows = [{ goalId: "G1", "months.0": 7 }];
    const result = readPlan(planWorkbook("zh-CN", tables));
    expect(result.plan.goals.map((g) => g.target)).toEqual([5, 0.05]);
    expect(result.plan.actuals[0]?.months[0]).toBe(7);
  });
});

describe("other column kinds", () => {
  it("counts must be whole numbers; percent columns take percent points", () => {
    const tables = withRows("tblChannels", [
      { channel: "B站", maxConcurrentCampaigns: 2.5, postsPerWeek: "3.5" },
    ]);
    tables.push({
      name: "tblReview",
      headerRow: 3,
      firstColumn: 1,
      rows: [{ metric: "粉丝数", target: "10万", actual: 95000, attainment: 95 }],
    });
    const result = readPlan(planWorkbook("zh-CN", tables));
    expect(result.plan.channels).toEqual([
      {
        channel: "B站",
        platform: null,
        account: null,
        positioning: null,
        role: null,
        postsPerWeek: 3.5,
        owner: null,
        followersBaseline: null,
        maxConcurrentCampaigns: null,
        unreadable: ["maxConcurrentCampaigns"],
      },
    ]);
    expect(result.plan.review).toEqual([
      {
        metric: "粉丝数",
        channel: null,
        target: 100000,
        actual: 95000,
        attainment: 0.95,
        analysis: null,
        unreadable: [],
      },
    ]);
    const where = (rule: string) =>
      result.findings
        .filter((f) => f.rule === rule && (f.at?.collection === "review" || f.at?.collection === "channels"))
        .map((f) => [result.locate(f)?.cell, f.params.expected ?? f.params.value]);
    expect(where("value.invalid")).toEqual([["I4", "integer"]]);
    expect(where("value.percent-scale")).toEqual([["E4", 0.95]]);
  });

  it("headers match width-, case- and space-insensitively and by alias", () => {
    const tables = planTables("en").map((t) =>
      t.name === "tblGoals"
        ? { ...t, headerOverride: { id: "ＧＯＡＬ　ＩＤ", target: "  target ", objectiveId: "objective id" } }
        : t.name === "tblActuals"
          ? { ...t, headerOverride: { "months.0": "m1", "months.11": "12" } }
          : t,
    );
    const result = readPlan(planWorkbook("en", tables));
    expect(result.findings.filter((f) => f.rule.startsWith("sheet."))).toEqual([]);
    expect(result.plan.goals.map((g) => [g.id, g.objectiveId, g.target])).toEqual([
      ["G1", "O1", 50000],
      ["G2", "O1", 0.05],
    ]);
  });
});

describe("brand, year and language", () => {
  const base = (): RawWorkbook => planWorkbook("zh-CN");

  it("brand id: the meta sheet's, else a slug of the Brand name, else the caller's", () => {
    expect(readPlan({ ...base(), meta: { brandId: "lumen-cn" } }).plan.brand.id).toBe("lumen-cn");
    expect(readPlan(base()).plan.brand).toMatchObject({ id: "lumen-coffee", name: "Lumen Coffee" });
    const chinese = base();
    chinese.names.Brand = { value: "星河咖啡", sheet: "设置", cell: "B3" };
    expect(readPlan(chinese, { brandId: "xinghe" }).plan.brand).toMatchObject({
      id: "xinghe",
      name: "星河咖啡",
    });
    expect(readPlan(chinese).plan.brand).toMatchObject({ id: "brand", name: "星河咖啡" });
  });

  it("slugs brand names to file-name safe ids", () => {
    expect(brandSlug("Lumen Coffee")).toBe("lumen-coffee");
    expect(brandSlug("  ＡＢＣ & Co. 2027 ")).toBe("abc-co-2027");
    expect(brandSlug("星河咖啡")).toBeNull();
    expect(brandSlug("星河 Coffee")).toBe("coffee");
  });

  it("year: PlanYear, else the meta sheet's, else the caller's; none is a finding at PlanYear", () => {
    const noYear = base();
    noYear.names.PlanYear = { value: null, sheet: "设置", cell: "B2" };
    expect(readPlan({ ...noYear, meta: { year: "2028" } }, { planYear: 2029 }).plan.year).toBe(2028);
    expect(readPlan(noYear, { planYear: 2029 }).plan.year).toBe(2029);
    const result = readPlan(noYear);
    const missing = result.findings.filter((f) => f.params.setting === "PlanYear");
    expect(missing.map((f) => [f.rule, f.params.expected, result.locate(f)?.cell])).toEqual([
      ["value.invalid", "year", "B2"],
    ]);
  });

  it("month-day dates take the plan year", () => {
    const raw = base();
    raw.names.PlanYear = { value: 2030, sheet: "设置", cell: "B2" };
    expect(readPlan(raw).plan.campaigns[0]?.start).toBe("2030-06-01");
  });

  it("without meta, the language is the one most headers are in", () => {
    const en = buildWorkbook("en", planTables("en"), {});
    expect(readPlan(en, { planYear: 2027 }).language).toBe("en");
    expect(readPlan(buildWorkbook("zh-CN", planTables("zh-CN"), {}), { planYear: 2027 }).language).toBe(
      "zh-CN",
    );
  });
});

describe("monthly tables without month columns", () => {
  it("keep twelve blank months per row and report every missing month at the header", () => {
    const tables = planTables("en").map((t) => (t.name === "tblActuals" ? { ...t, order: ["goalId"] } : t));
    const result = readPlan(planWorkbook("en", tables));
    expect(result.plan.actuals.map((a) => [a.goalId, a.months])).toEqual([
      ["G1", Array(12).fill(null)],
      ["g2", Array(12).fill(null)],
    ]);
    const missing = result.findings.filter((f) => f.rule === "sheet.column.missing");
    expect(missing.map((f) => f.params.column)).toEqual([...MONTHS_EN]);
    expect(new Set(missing.map((f) => result.locate(f)?.cell))).toEqual(new Set(["A3"]));
  });
});

describe("tblBudget's Spent column (appended in issue #11)", () => {
  const budget = (order: readonly string[], headerOverride?: Record<string, string>): TableFixture => ({
    name: "tblBudget",
    headerRow: 4,
    firstColumn: 1,
    order,
    headerOverride,
    rows: [{ category: "投放", item: "千川", planned: "¥30万", actual: 200000, spent: 150000 }],
  });
  const before = [
    "category",
    "item",
    "quarters.0",
    "quarters.1",
    "quarters.2",
    "quarters.3",
    "planned",
    "actual",
    "owner",
  ];

  it("reads Spent by its header or an alias, apart from Actual", () => {
    for (const fx of [budget([...before, "spent"]), budget(["spent", ...before], { spent: "Paid" })]) {
      const result = readPlan(planWorkbook("zh-CN", [...planTables("zh-CN"), fx]));
      expect(result.plan.budget.map((b) => [b.planned, b.actual, b.spent])).toEqual([
        [300000, 200000, 150000],
      ]);
    }
  });

  it("an older file without the column reads without a finding about it, spent blank", () => {
    const result = readPlan(planWorkbook("zh-CN", [...planTables("zh-CN"), budget(before)]));
    expect(result.plan.budget.map((b) => [b.actual, b.spent])).toEqual([[200000, null]]);
    expect(result.findings.filter((f) => f.rule.startsWith("sheet.") || f.rule === "value.invalid")).toEqual(
      [],
    );
  });
});
