import { describe, expect, it } from "vitest";
import { CALENDAR_MESSAGES } from "../calendar/messages";
import type { Finding } from "../model/finding";
import { RULE_IDS, type RuleId, type RuleParams } from "../model/rules";
import { formatNumber, formatPercent, formatValue } from "./format";
import { formatFinding, MESSAGES } from "./messages";

const finding = (rule: string, params: Finding["params"] = {}, ref: string | null = null): Finding => ({
  rule,
  severity: "error",
  smart: null,
  ref,
  at: null,
  params,
});

/** Params of the shape each rule's producer sends (validation, reader, calendar). */
const SAMPLE_PARAMS: { [R in RuleId]?: RuleParams<R> } = {
  "goal.id.missing": { id: null, metric: "Reads" },
  "goal.id.duplicate": { id: "G1" },
  "goal.dimension.invalid": { id: "G1", metric: "Coffee tastings" },
  "goal.channel.unknown": { id: "G1", channel: "Douyin" },
  "goal.target.invalid": { id: "G1", target: -5, unit: "count" },
  "goal.percent.range": { id: "G1", field: "target", value: 1.2 },
  "goal.baseline.missing": { id: "G1", aggregation: "last" },
  "goal.target.not-ambitious": {
    id: "G3",
    target: 0.12,
    baseline: 0.15,
    direction: "increase",
    unit: "percent",
  },
  "goal.target.implausible": {
    id: "G1",
    target: 50000,
    baseline: 10000,
    growth: 4,
    maxGrowth: 3,
    unit: "count",
  },
  "goal.objective.unknown": { id: "G1", objective: "O9" },
  "goal.strategy.unknown": { id: "G1", strategy: "S9" },
  "goal.period.invalid": { id: "G1", start: "2027-06-01", deadline: "2027-03-31" },
  "goal.period.outside-year": { id: "G1", field: "deadline", date: "2028-03-31", year: 2027 },
  "goal.ratio.components": { id: "G4", problem: "unknown", field: "denominatorGoalId", goal: "G9" },
  "goal.aggregation.missing": { id: "G1", metric: "Coffee tastings" },
  "phasing.invalid": { id: "G1", phasing: "custom", method: "custom", problem: "custom-missing" },
  "value.percent-scale": { text: "5", value: 0.05 },
  "value.text-number": { text: "12万", value: 120000 },
  "value.error": { text: "#N/A" },
  "value.invalid": { text: "soon", expected: "date" },
  "actual.invalid": { goal: "G1", month: 3, text: "abc" },
  "actual.unknown-goal": { goal: "G9" },
  "actual.duplicate": { goal: "G1" },
  "objective.no-goals": { id: "O2" },
  "strategy.no-goals": { id: "S2" },
  "sheet.table.missing": { table: "tblGoals", sheet: "Goals" },
  "sheet.column.missing": { table: "tblGoals", column: "Target", sheet: "Goals" },
  "sheet.table.renamed": { table: "tblActuals", found: "表3", sheet: "月度数据" },
  "sheet.table.recovered": { table: "tblActuals", sheet: "月度数据" },
  "sheet.rows.outside-table": { table: "tblActuals", sheet: "月度数据", first: 12, last: 14 },
};

describe("MESSAGES", () => {
  it.each(RULE_IDS)("%s has different, non-empty en and zh-CN messages", (rule) => {
    for (const params of [{}, SAMPLE_PARAMS[rule] ?? {}]) {
      const en = MESSAGES.en[rule](params);
      const zh = MESSAGES["zh-CN"][rule](params);
      expect(en.trim().length).toBeGreaterThan(20);
      expect(zh.trim().length).toBeGreaterThan(10);
      expect(zh).not.toBe(en);
      // Missing params never leak as JavaScript words.
      for (const text of [en, zh]) expect(text).not.toMatch(/undefined|\[object|NaN/);
      // Chinese text is Chinese, English text has none.
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("covers exactly the rule ids, taking the calendar's own messages", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...RULE_IDS].sort());
      const calendarRules = RULE_IDS.filter((r) => /^(campaign|budget)\./.test(r));
      expect(Object.keys(CALENDAR_MESSAGES[lang]).sort()).toEqual(calendarRules.sort());
      for (const rule of calendarRules) {
        expect(MESSAGES[lang][rule]).toBe((CALENDAR_MESSAGES[lang] as Record<string, unknown>)[rule]);
      }
    }
  });
});

describe("formatFinding", () => {
  it("says what is wrong, naming the values, and what to do", () => {
    const f = finding("goal.target.not-ambitious", SAMPLE_PARAMS["goal.target.not-ambitious"], "G3");
    expect(formatFinding(f, "zh-CN")).toBe(
      "目标 G3 的目标值 12% 不高于基线 15%（方向为提升）。请提高目标值或把方向改为降低。",
    );
    expect(formatFinding(f, "en")).toBe(
      "Goal G3: Target 12% is not above Baseline 15% although the direction is Increase. Raise the target or set Direction to Decrease.",
    );
  });

  it("words a decrease goal the other way round", () => {
    const params = { id: "G5", target: 300, baseline: 200, direction: "decrease", unit: "count" };
    expect(formatFinding(finding("goal.target.not-ambitious", params), "zh-CN")).toBe(
      "目标 G5 的目标值 300 不低于基线 200（方向为降低）。请降低目标值或把方向改为提升。",
    );
  });

  it("formats counts with 万 in zh-CN and growth as a percentage", () => {
    const f = finding("goal.target.implausible", SAMPLE_PARAMS["goal.target.implausible"]);
    expect(formatFinding(f, "zh-CN")).toContain("目标值 5万 与基线 1万 相差 400%");
    expect(formatFinding(f, "en")).toContain("Target 50,000 differs from Baseline 10,000 by 400%");
    expect(formatFinding(f, "en")).toContain("MaxGrowth (300%)");
  });

  it("uses the row's ref when the params carry no id", () => {
    expect(formatFinding(finding("goal.owner.missing", {}, "G7"), "en")).toBe(
      "Goal G7 has no Owner. Name the person accountable for it.",
    );
    expect(formatFinding(finding("goal.owner.missing"), "zh-CN")).toBe(
      "该目标没有负责人。请填写对该目标负责的人。",
    );
  });

  it("supports the reader's params", () => {
    expect(formatFinding(finding("value.text-number", { text: "12万", value: 120000 }), "zh-CN")).toBe(
      "“12万”是文本，已按 120,000 读取。请直接输入数字，以便 Excel 公式也能使用（显示方式由单元格格式负责）。",
    );
    expect(formatFinding(finding("value.text-number", { text: "５%", value: 0.05 }), "en")).toContain(
      "it was read as 5%.",
    );
    expect(formatFinding(finding("value.percent-scale", { text: "5", value: 0.05 }), "en")).toContain(
      "“5” was read as 5%",
    );
    expect(formatFinding(finding("value.error", { text: "#DIV/0!" }), "en")).toContain("Excel error #DIV/0!");
    expect(formatFinding(finding("value.invalid", { text: "soon", expected: "date" }), "zh-CN")).toBe(
      "“soon”不是有效的日期，已按空白处理。请填写日期，如 2027-03-01 或 2027年3月1日。",
    );
    expect(formatFinding(finding("value.invalid", { text: "x", expected: "list" }), "en")).toContain(
      "Pick a value from the cell's dropdown list.",
    );
    expect(
      formatFinding(finding("sheet.table.missing", { table: "tblGoals", sheet: "目标" }), "zh-CN"),
    ).toContain("找不到表格 tblGoals（应在工作表“目标”中）");
    expect(
      formatFinding(finding("sheet.column.missing", { table: "tblGoals", column: "Target" }), "en"),
    ).toContain("Table tblGoals has no column “Target”.");
    expect(formatFinding(finding("goal.target.invalid", { text: "lots" }, "G2"), "en")).toBe(
      "Goal G2: Target “lots” is not a number. Enter a number such as 12000, 1.2万 or 5%.",
    );
    expect(formatFinding(finding("goal.dimension.invalid", { text: "Fans" }, "G2"), "zh-CN")).toBe(
      "目标 G2 的维度“Fans”不是用户增长、内容影响力、转化与营收、品牌声量之一。请从列表中选择。",
    );
    expect(formatFinding(finding("actual.invalid", { goal: "G1", month: 3, text: "abc" }), "en")).toBe(
      "Actual for goal G1 in Mar: “abc” is not a number. Enter a number, or leave the cell blank while there is no data.",
    );
  });

  it("names the month in zh-CN and blanks visibly", () => {
    expect(formatFinding(finding("actual.invalid", { goal: "G1", month: 12, text: "?" }), "zh-CN")).toContain(
      "12月实际值",
    );
    expect(formatFinding(finding("goal.channel.unknown", { id: "G1" }), "en")).toContain("channel “(blank)”");
  });

  it("varies ratio and phasing messages with the problem", () => {
    const ratio = (problem: string, field: string) =>
      formatFinding(finding("goal.ratio.components", { id: "G4", problem, field, goal: "G4" }), "en");
    expect(ratio("one-missing", "denominatorGoalId")).toBe(
      "Ratio goal G4 has a Numerator Goal but no Denominator Goal. Enter both (goals whose monthly actuals are divided), or clear both to track the goal's own monthly rates.",
    );
    expect(ratio("self", "numeratorGoalId")).toContain("names itself as its Numerator Goal");
    const phasing = (problem: string, method: string, text: string) =>
      formatFinding(finding("phasing.invalid", { id: "G1", problem, method, phasing: text }), "zh-CN");
    expect(phasing("negative", "custom", "custom")).toBe(
      "目标 G1 的分解权重（自定义）中有负数。请使用大于或等于零的权重。在此之前按平均分解计算。",
    );
    expect(phasing("profile-unknown", "profile", "旺季")).toContain("分解方式“旺季”既不是");
  });

  it("keeps years as years", () => {
    const f = finding("goal.period.outside-year", SAMPLE_PARAMS["goal.period.outside-year"], "G1");
    expect(formatFinding(f, "en")).toBe(
      "Goal G1: Deadline 2028-03-31 is outside the plan year 2027. Use a date in 2027 (for a goal that spans years, set this year's milestone).",
    );
    expect(formatFinding(f, "zh-CN")).toContain("不在计划年度 2027 年内");
  });

  it("still produces a line for a rule it does not know", () => {
    expect(formatFinding(finding("goal.future-rule", {}, "G1"), "en")).toBe(
      "Check goal.future-rule on G1: this version has no description for it.",
    );
    expect(formatFinding(finding("goal.future-rule"), "zh-CN")).toBe(
      "检查项 goal.future-rule：当前版本没有该检查项的说明。",
    );
  });
});

describe("number formatting", () => {
  it("formats counts for each language", () => {
    expect(formatNumber(120000, "zh-CN")).toBe("12万");
    expect(formatNumber(125000, "zh-CN")).toBe("12.5万");
    expect(formatNumber(123456, "zh-CN")).toBe("123,456");
    expect(formatNumber(350_000_000, "zh-CN")).toBe("3.5亿");
    expect(formatNumber(123_456_789, "zh-CN")).toBe("123,456,789");
    expect(formatNumber(9999, "zh-CN")).toBe("9,999");
    expect(formatNumber(120000, "zh-CN", { chineseUnits: false })).toBe("120,000");
    expect(formatNumber(1234567.891, "en")).toBe("1,234,567.89");
    expect(formatNumber(-2500, "en")).toBe("-2,500");
    expect(formatNumber(2.71234, "en")).toBe("2.712");
    expect(formatNumber(0.000123456, "en")).toBe("0.000123");
    expect(formatNumber(0, "en")).toBe("0");
    expect(formatNumber(Number.POSITIVE_INFINITY, "en")).toBe("∞");
    expect(formatNumber(Number.NaN, "zh-CN")).toBe("非数字");
  });

  it("formats fractions as percentages", () => {
    expect(formatPercent(0.125, "en")).toBe("12.5%");
    expect(formatPercent(0.07, "en")).toBe("7%");
    expect(formatPercent(-0.1, "zh-CN")).toBe("-10%");
    expect(formatValue(0.35, "percent", "en")).toBe("35%");
    expect(formatValue(0.35, "count", "en")).toBe("0.35");
    expect(formatValue(null, "count", "zh-CN")).toBe("（空）");
  });
});
