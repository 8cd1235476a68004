import type { Finding, Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { planTables, planWorkbook } from "./fixture-plan";
import { readPlan } from "./read-plan";
import type { TableFixture } from "./test-workbook";

const NULLS10 = Array(10).fill(null);

/** What the small fixture plan must read as, worked out from fixture-plan.ts by hand. */
function expectFixturePlan(plan: Plan) {
  expect(plan.brand).toEqual({ id: "lumen-coffee", name: "Lumen Coffee", industry: null });
  expect(plan.year).toBe(2027);
  expect(plan.settings).toEqual({
    asOfMonth: null,
    onTrackThreshold: 0.95,
    atRiskThreshold: 0.8,
    maxGrowth: 3,
    currency: "CNY",
    seasonality: [{ profile: "电商大促", months: [1, 1, 1, 1, 2, 3, 1, 1, 1, 2, 3, 2], unreadable: [] }],
  });
  expect(plan.objectives).toEqual([
    { id: "O1", objective: "提升品牌影响力 Grow brand influence", role: null, weight: 2, unreadable: [] },
  ]);
  expect(plan.goals).toEqual([
    {
      id: "G1",
      objectiveId: "O1",
      dimension: "growth",
      metric: "粉丝数",
      channel: "小红书",
      unit: "count",
      aggregation: "last",
      direction: "increase",
      baseline: 12000,
      target: 50000,
      start: "2027-01-01",
      deadline: "2027-12-31",
      phasing: "linear",
      owner: "张三",
      strategyIds: ["S1"],
      numeratorGoalId: null,
      denominatorGoalId: null,
      weight: null,
      notes: null,
      unreadable: [],
    },
    {
      id: "G2",
      objectiveId: "O1",
      dimension: "content",
      metric: "互动率",
      channel: "小红书",
      unit: "percent",
      aggregation: "average",
      direction: "increase",
      baseline: 0.03,
      target: 0.05,
      start: null,
      deadline: null,
      phasing: "电商大促",
      owner: "李四",
      strategyIds: ["S1", "S2"],
      numeratorGoalId: null,
      denominatorGoalId: null,
      weight: 1.5,
      notes: null,
      unreadable: [],
    },
  ]);
  expect(plan.actuals).toEqual([
    { goalId: "G1", months: [13000, 14000, ...NULLS10], unreadable: [] },
    { goalId: "g2", months: [0.04, 0.045, ...NULLS10], unreadable: [] },
  ]);
  expect(plan.strategies.map((s) => [s.id, s.area, s.goalIds])).toEqual([
    ["S1", "content", ["G1", "G2"]],
    ["S2", "private", ["G2"]],
  ]);
  expect(
    plan.channels.map((c) => [
      c.channel,
      c.role,
      c.postsPerWeek,
      c.followersBaseline,
      c.maxConcurrentCampaigns,
    ]),
  ).toEqual([
    ["小红书", "core", 5, 12000, null],
    ["抖音", "growth", null, null, 3],
  ]);
  expect(plan.campaigns).toEqual([
    {
      id: "C1",
      name: "618",
      type: null,
      keyDate: null,
      start: "2027-06-01",
      end: "2027-06-18",
      channels: ["小红书", "抖音"],
      goalIds: ["G1"],
      budget: 50000,
      owner: null,
      status: "planned",
      unreadable: [],
    },
  ]);
  expect(plan.phasing).toEqual([]);
  expect(plan.content).toEqual([]);
}

/** Rule, sheet!cell, ref and params of each finding, for exact comparison. */
function placed(result: ReturnType<typeof readPlan>) {
  return result.findings.map((f) => {
    const at = result.locate(f);
    return [f.rule, at ? `${at.sheet}!${at.cell}` : null, f.ref, f.params];
  });
}

/** The en workbook: columns reordered, a user column, month headers by alias, another position. */
function englishTables(): TableFixture[] {
  return planTables("en").map((t) => {
    if (t.name === "tblGoals") {
      const order = [
        "check",
        "forecast",
        "status",
        "progress",
        "attainment",
        "ytdActual",
        "ytdTarget",
        "notes",
        "weight",
        "denominatorGoalId",
        "numeratorGoalId",
        "strategyIds",
        "owner",
        "phasing",
        "deadline",
        "start",
        "target",
        "baseline",
        "direction",
        "aggregation",
        "unit",
        "channel",
        "metric",
        "dimension",
        "objectiveId",
        "id",
      ];
      return {
        ...t,
        headerRow: 6,
        firstColumn: 3,
        order,
        extra: [{ header: "Comment", before: "target", values: ["ask Li", "", "new metric"] }],
      };
    }
    if (t.name === "tblActuals") return { ...t, headerOverride: { "months.0": "M1", "months.1": "2" } };
    return t;
  });
}

describe("readPlan reads the same plan from a zh-CN and an en workbook", () => {
  it("zh-CN, spec layout", () => {
    const result = readPlan(planWorkbook("zh-CN"));
    expect(result.language).toBe("zh-CN");
    expect(result.plan.language).toBe("zh-CN");
    expectFixturePlan(result.plan);
  });

  it("en, reordered columns, a user column, aliases; identical plan apart from the language", () => {
    const zh = readPlan(planWorkbook("zh-CN")).plan;
    const en = readPlan(planWorkbook("en", englishTables()));
    expect(en.language).toBe("en");
    expectFixturePlan(en.plan);
    expect({ ...en.plan, language: "zh-CN" }).toEqual(zh);
  });

  it("takes the language from the meta sheet over the headers", () => {
    const raw = planWorkbook("zh-CN");
    expect(readPlan({ ...raw, meta: { language: "en" } }).language).toBe("en");
  });
});

describe("reader findings carry the real cell", () => {
  it("zh-CN: text numbers and percent points (in reading order: goals first), blank row skipped without shifting addresses", () => {
    expect(placed(readPlan(planWorkbook("zh-CN")))).toEqual([
      ["value.text-number", "目标!J5", "G1", { text: "1.2万", value: 12000, column: "基线值" }],
      ["value.text-number", "目标!K7", "G2", { text: "5%", value: 0.05, column: "目标值" }],
      [
        "value.text-number",
        "月度数据!C4",
        "G1",
        { goal: "G1", text: "1.4万", value: 14000, column: "2月", month: 2 },
      ],
      [
        "value.percent-scale",
        "月度数据!B5",
        "g2",
        { goal: "g2", text: "4", value: 0.04, column: "1月", month: 1 },
      ],
      ["value.text-number", "渠道矩阵!H4", "小红书", { text: "1.2万", value: 12000, column: "粉丝基数" }],
      ["value.text-number", "活动日历!I3", "C1", { text: "¥5万", value: 50000, column: "预算" }],
    ]);
  });

  it("en: the same findings under the moved columns", () => {
    const found = placed(readPlan(planWorkbook("en", englishTables())));
    expect(found.slice(0, 2)).toEqual([
      ["value.text-number", "Goals!U7", "G1", { text: "1.2万", value: 12000, column: "Baseline" }],
      ["value.text-number", "Goals!T9", "G2", { text: "5%", value: 0.05, column: "Target" }],
    ]);
    expect(found[2]).toEqual([
      "value.text-number",
      "Actuals!C4",
      "G1",
      { goal: "G1", text: "1.4万", value: 14000, column: "2", month: 2 },
    ]);
  });

  it("unreadable cells: the column's rule, the expected kind, and the field in `unreadable`", () => {
    const tables = planTables("zh-CN");
    const goals = tables.find((t) => t.name === "tblGoals");
    const actuals = tables.find((t) => t.name === "tblActuals");
    if (!goals?.rows[0] || !actuals?.rows[0] || !actuals.rows[1]) throw new Error("fixture changed");
    Object.assign(goals.rows[0], {
      dimension: "增长",
      target: "很多",
      start: "2027-02-30",
      owner: { error: "#N/A" },
      baseline: "1.2万",
    });
    Object.assign(actuals.rows[0], { "months.2": "n/a" });
    Object.assign(actuals.rows[1], {
      "months.2": "12%",
      "months.3": "abc",
      "months.4": { error: "#DIV/0!" },
    });
    const result = readPlan(planWorkbook("zh-CN", tables));
    const goal = result.plan.goals[0];
    expect(goal?.unreadable).toEqual(["dimension", "start", "owner", "target"]);
    expect([goal?.dimension, goal?.start, goal?.owner, goal?.target, goal?.baseline]).toEqual([
      null,
      null,
      null,
      null,
      12000,
    ]);
    expect(result.plan.actuals[1]?.months.slice(0, 5)).toEqual([0.04, 0.045, 0.12, null, null]);
    expect(result.plan.actuals[1]?.unreadable).toEqual(["months.3", "months.4"]);
    expect(
      placed(result).filter(([rule]) => rule !== "value.text-number" && rule !== "value.percent-scale"),
    ).toEqual([
      [
        "goal.dimension.invalid",
        "目标!D5",
        "G1",
        { text: "增长", expected: "list", list: "dimension", column: "维度" },
      ],
      ["value.invalid", "目标!L5", "G1", { text: "2027-02-30", expected: "date", column: "开始日期" }],
      ["value.error", "目标!O5", "G1", { text: "#N/A", column: "负责人" }],
      ["goal.target.invalid", "目标!K5", "G1", { text: "很多", expected: "number", column: "目标值" }],
      [
        "actual.invalid",
        "月度数据!D4",
        "G1",
        { goal: "G1", text: "n/a", expected: "number", column: "3月", month: 3 },
      ],
      [
        "actual.invalid",
        "月度数据!E5",
        "g2",
        { goal: "g2", text: "abc", expected: "percent", column: "4月", month: 4 },
      ],
      ["value.error", "月度数据!F5", "g2", { goal: "g2", text: "#DIV/0!", column: "5月", month: 5 }],
    ]);
  });

  it("settings: findings at the named cells, defaults where a value cannot be read", () => {
    const raw = planWorkbook("zh-CN");
    raw.names.AsOfMonth = { value: "13", sheet: "设置", cell: "$B$5" };
    raw.names.OnTrackThreshold = { value: 95, sheet: "设置", cell: "B6" };
    raw.names.AtRiskThreshold = { value: { error: "#REF!" }, sheet: "设置", cell: "B7" };
    raw.names.MaxGrowth = { value: "300%", sheet: "设置", cell: "B8" };
    const result = readPlan(raw);
    expect(result.plan.settings).toMatchObject({
      asOfMonth: null,
      onTrackThreshold: 0.95,
      atRiskThreshold: 0.8,
      maxGrowth: 3,
    });
    expect(placed(result).filter(([, where]) => String(where).startsWith("设置"))).toEqual([
      ["value.invalid", "设置!B5", null, { text: "13", expected: "month", setting: "AsOfMonth" }],
      ["value.percent-scale", "设置!B6", null, { text: "95", value: 0.95, setting: "OnTrackThreshold" }],
      ["value.error", "设置!B7", null, { text: "#REF!", setting: "AtRiskThreshold" }],
      ["value.text-number", "设置!B8", null, { text: "300%", value: 3, setting: "MaxGrowth" }],
    ]);
  });

  it("reads AsOfMonth typed as 3月 or Mar, and PlanYear typed as 2027年", () => {
    const raw = planWorkbook("zh-CN");
    raw.names.AsOfMonth = { value: "3月", sheet: "设置", cell: "B5" };
    raw.names.PlanYear = { value: "2027年", sheet: "设置", cell: "B2" };
    expect(readPlan(raw).plan).toMatchObject({ year: 2027, settings: { asOfMonth: 3 } });
    raw.names.AsOfMonth = { value: "Mar", sheet: "设置", cell: "B5" };
    expect(readPlan(raw).plan.settings.asOfMonth).toBe(3);
  });
});

describe("missing and renamed tables and columns", () => {
  it("a missing required table and a missing required column", () => {
    const tables = planTables("zh-CN").filter((t) => t.name !== "tblChannels");
    const goals = tables.find((t) => t.name === "tblGoals");
    if (!goals) throw new Error("fixture changed");
    goals.order = [
      "id",
      "objectiveId",
      "dimension",
      "metric",
      "channel",
      "unit",
      "aggregation",
      "direction",
      "baseline",
    ];
    const result = readPlan(planWorkbook("zh-CN", tables));
    const structural = placed(result).filter(([rule]) => String(rule).startsWith("sheet."));
    expect(structural).toEqual([
      ["sheet.column.missing", "目标!B4", null, { table: "tblGoals", column: "目标值", sheet: "目标" }],
      ["sheet.column.missing", "目标!B4", null, { table: "tblGoals", column: "开始日期", sheet: "目标" }],
      ["sheet.column.missing", "目标!B4", null, { table: "tblGoals", column: "截止日期", sheet: "目标" }],
      ["sheet.column.missing", "目标!B4", null, { table: "tblGoals", column: "分解方式", sheet: "目标" }],
      ["sheet.column.missing", "目标!B4", null, { table: "tblGoals", column: "负责人", sheet: "目标" }],
      ["sheet.column.missing", "目标!B4", null, { table: "tblGoals", column: "支撑策略", sheet: "目标" }],
      ["sheet.table.missing", null, null, { table: "tblChannels", sheet: "渠道矩阵" }],
    ]);
    expect(result.plan.channels).toEqual([]);
    expect(result.plan.goals.map((g) => [g.id, g.baseline, g.target])).toEqual([
      ["G1", 12000, null],
      ["G2", 0.03, null],
    ]);
  });

  it("names the missing column in the workbook's language", () => {
    const tables = planTables("en");
    const objectives = tables.find((t) => t.name === "tblObjectives");
    if (!objectives) throw new Error("fixture changed");
    objectives.order = ["id", "role"];
    const result = readPlan(planWorkbook("en", tables));
    expect(placed(result).filter(([rule]) => rule === "sheet.column.missing")).toEqual([
      [
        "sheet.column.missing",
        "Objectives!A3",
        null,
        { table: "tblObjectives", column: "Objective", sheet: "Objectives" },
      ],
    ]);
  });

  it("a table with another name is recognised by its headers and reported", () => {
    const tables = planTables("zh-CN").map((t) =>
      t.name === "tblActuals" ? { ...t, listObjectName: "表3" } : t,
    );
    const result = readPlan(planWorkbook("zh-CN", tables));
    expect(result.plan.actuals.map((a) => a.goalId)).toEqual(["G1", "g2"]);
    expect(result.tables.find((t) => t.table === "tblActuals")).toEqual({
      table: "tblActuals",
      foundAs: "表3",
      sheet: "月度数据",
      matchedBy: "headers",
    });
    expect(placed(result).filter(([rule]) => String(rule).startsWith("sheet."))).toEqual([
      ["sheet.table.renamed", "月度数据!A3", null, { table: "tblActuals", found: "表3", sheet: "月度数据" }],
    ]);
  });

  it("does not guess between Actuals and Phasing when the sheet name cannot tell", () => {
    const tables = planTables("zh-CN").map((t) =>
      t.name === "tblActuals" ? { ...t, listObjectName: "Table3", sheet: "Data" } : t,
    );
    const result = readPlan(planWorkbook("zh-CN", tables));
    expect(result.plan.actuals).toEqual([]);
    expect(result.findings.map((f) => [f.rule, f.params.table])).toContainEqual([
      "sheet.table.missing",
      "tblActuals",
    ]);
  });

  it("matches table names case-insensitively, like Excel", () => {
    const tables = planTables("zh-CN").map((t) =>
      t.name === "tblGoals" ? { ...t, listObjectName: "TBLGOALS" } : t,
    );
    const result = readPlan(planWorkbook("zh-CN", tables));
    expect(result.plan.goals).toHaveLength(2);
    expect(result.findings.some((f) => f.rule.startsWith("sheet."))).toBe(false);
  });
});

describe("locate() for core findings", () => {
  const result = readPlan(planWorkbook("zh-CN"));
  const at = (collection: string, index: number, field: string | null): Finding => ({
    rule: "goal.target.not-ambitious",
    severity: "warning",
    smart: "A",
    ref: null,
    at: { collection, index, field },
    params: {},
  });
  const where = (f: Finding) => {
    const r = result.locate(f);
    return r ? `${r.sheet}!${r.cell}` : null;
  };

  it.each([
    ["goals", 0, "target", "目标!K5"],
    ["goals", 1, "target", "目标!K7"],
    ["goals", 1, null, "目标!B7"],
    ["goals", 0, "strategyIds", "目标!P5"],
    ["goals", 0, "strategyIds.1", "目标!P5"],
    ["goals", 1, "noSuchField", "目标!B7"],
    ["goals", 2, "target", null],
    ["actuals", 0, "months.0", "月度数据!B4"],
    ["actuals", 1, "months.11", "月度数据!M5"],
    ["actuals", 1, "goalId", "月度数据!A5"],
    ["campaigns", 0, "channels", "活动日历!G3"],
    ["campaigns", 0, "end", "活动日历!F3"],
    ["seasonality", 0, "months.5", "设置!G11"],
    ["settings", 0, "asOfMonth", "设置!B5"],
    ["settings", 0, "OnTrackThreshold", "设置!B6"],
    ["phasing", 0, null, null],
    ["budget", 0, null, null],
  ])("%s[%d].%s → %s", (collection, index, field, cell) => {
    expect(where(at(collection, index, field))).toBe(cell);
  });

  it("gives row, column and table too", () => {
    expect(result.locate(at("goals", 1, "months.0"))).toEqual({
      sheet: "目标",
      table: "tblGoals",
      cell: "B7",
      row: 7,
      column: 2,
    });
  });
});
