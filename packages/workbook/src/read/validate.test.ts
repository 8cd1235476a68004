import { describe, expect, it } from "vitest";
import { planTables, planWorkbook } from "./fixture-plan";
import { progressWorkbook, validateWorkbook } from "./validate";

const brief = (
  fs: { rule: string; sheet: string | null; table: string | null; cell: string | null; ref: string | null }[],
) => fs.map((f) => [f.rule, f.sheet, f.table, f.cell, f.ref]);

describe("validateWorkbook", () => {
  it("merges reader and core findings, located, worded, in the workbook's order", () => {
    const result = validateWorkbook(planWorkbook("zh-CN"));
    expect(brief(result.findings)).toEqual([
      ["value.text-number", "目标", "tblGoals", "J5", "G1"],
      // |50000 − 12000| / 12000 = 3.17 > MaxGrowth 3
      ["goal.target.implausible", "目标", "tblGoals", "K5", "G1"],
      ["value.text-number", "目标", "tblGoals", "K7", "G2"],
      ["value.text-number", "月度数据", "tblActuals", "C4", "G1"],
      ["value.percent-scale", "月度数据", "tblActuals", "B5", "g2"],
      ["value.text-number", "渠道矩阵", "tblChannels", "H4", "小红书"],
      ["value.text-number", "活动日历", "tblCampaigns", "I3", "C1"],
    ]);
    expect(result.findings[0]?.message).toContain("1.2万");
    expect(result.findings[0]?.message).toContain("12,000");
    expect(result.language).toBe("zh-CN");
  });

  it("words the messages in the language asked for", () => {
    const result = validateWorkbook(planWorkbook("zh-CN"), { lang: "en" });
    expect(result.findings[4]?.message).toMatch(/^“4” was read as 4%/);
  });

  it("puts a missing table on its sheet, before the sheets after it, without a cell", () => {
    const tables = planTables("en").filter((t) => t.name !== "tblChannels");
    const result = validateWorkbook(planWorkbook("en", tables));
    const missing = result.findings.findIndex((f) => f.rule === "sheet.table.missing");
    expect(result.findings[missing]).toMatchObject({
      sheet: "Channels",
      table: "tblChannels",
      cell: null,
      severity: "error",
    });
    expect(result.findings[missing]?.message).toContain("tblChannels");
    const sheets = result.findings.map((f) => f.sheet);
    expect(sheets.slice(missing + 1).every((s) => s === "Campaigns")).toBe(true);
    expect(sheets.slice(0, missing).every((s) => s === "Goals" || s === "Actuals")).toBe(true);
    // Without the channel matrix every goal's channel is unknown: core's findings, at the Channel cells.
    expect(brief(result.findings.filter((f) => f.rule === "goal.channel.unknown"))).toEqual([
      ["goal.channel.unknown", "Goals", "tblGoals", "F5", "G1"],
      ["goal.channel.unknown", "Goals", "tblGoals", "F7", "G2"],
    ]);
  });
});

describe("progressWorkbook", () => {
  it("computes progress of the plan as read (hand-checked)", () => {
    const { progress, findings } = progressWorkbook(planWorkbook("en"));
    // Latest month with an actual: February.
    expect(progress.asOfMonth).toBe(2);
    const [g1, g2] = progress.goals;
    // G1 last, b 12000, T 50000, linear: s = 2/12; YTDT = 12000 + 38000/6; YTDA = 14000 (Feb).
    expect(g1?.ytdTarget).toBeCloseTo(18333.3333, 3);
    expect(g1?.ytdActual).toBe(14000);
    expect(g1?.attainment).toBeCloseTo(2000 / 6333.3333, 6);
    expect(g1?.forecast).toBeCloseTo(24000, 6);
    expect(g1?.status).toBe("off_track");
    // G2 average percent: Jan 4 → 0.04 (percent points), Feb 0.045; mean 0.0425 / 0.05 = 0.85.
    expect(g2?.ytdActual).toBeCloseTo(0.0425, 12);
    expect(g2?.attainment).toBeCloseTo(0.85, 12);
    expect(g2?.status).toBe("at_risk");
    expect(findings).toHaveLength(7);
  });

  it("takes an as-of month and reports one outside 1–12 instead of failing", () => {
    expect(
      progressWorkbook(planWorkbook("zh-CN"), { asOfMonth: 1 }).progress.goals[1]?.attainment,
    ).toBeCloseTo(0.8, 12);
    const bad = progressWorkbook(planWorkbook("zh-CN"), { asOfMonth: 13 });
    expect(bad.progress.asOfMonth).toBe(2);
    expect(bad.findings.filter((f) => f.rule === "value.invalid")).toEqual([
      expect.objectContaining({ sheet: null, cell: null, severity: "error" }),
    ]);
  });

  it("makes every goal check when Actuals has no January column, naming its table, instead of summing fewer months", () => {
    const tables = planTables("en").map((t) =>
      t.name === "tblActuals"
        ? { ...t, order: ["goalId", ...Array.from({ length: 11 }, (_, i) => `months.${i + 1}`)] }
        : t,
    );
    const result = progressWorkbook(planWorkbook("en", tables));
    expect(result.plan.missingColumns).toEqual({ actuals: ["months.0"] });
    expect(result.findings.map((f) => f.rule)).toContain("sheet.column.missing");
    for (const g of result.progress.goals) {
      expect(g).toMatchObject({ status: "check", ytdActual: null, attainment: null, forecast: null });
      expect(g.fix?.map((f) => result.cellOf(f))).toEqual([{ sheet: "Actuals", cell: "A3" }]);
    }
    expect(result.progress.brand).toMatchObject({ attainment: null, goals: 0, leftOut: 2 });
  });

  it("makes every goal check when the January header is renamed to something the reader does not know", () => {
    const tables = planTables("zh-CN").map((t) =>
      t.name === "tblActuals" ? { ...t, headerOverride: { "months.0": "一月份（估）" } } : t,
    );
    const result = progressWorkbook(planWorkbook("zh-CN", tables));
    // The renamed column is a user column now; its values are not summed as if January were blank.
    expect(result.plan.missingColumns.actuals).toEqual(["months.0"]);
    expect(result.progress.goals.map((g) => g.status)).toEqual(["check", "check"]);
    expect(result.progress.brand).toMatchObject({ attainment: null, leftOut: 2 });
  });

  it("makes every goal check when the Actuals table is missing altogether", () => {
    const result = progressWorkbook(
      planWorkbook(
        "en",
        planTables("en").filter((t) => t.name !== "tblActuals"),
      ),
    );
    expect(result.plan.missingColumns.actuals?.filter((f) => f.startsWith("months."))).toHaveLength(12);
    expect(result.progress.goals.map((g) => g.status)).toEqual(["check", "check"]);
  });

  it("names the Target cell of a goal whose Target is not a number", () => {
    const tables = planTables("zh-CN").map((t) =>
      t.name === "tblGoals"
        ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? { ...r, target: "lots" } : r)) }
        : t,
    );
    const result = progressWorkbook(planWorkbook("zh-CN", tables));
    const g1 = result.progress.goals[0]!;
    expect(g1).toMatchObject({ id: "G1", status: "check", attainment: null, forecast: null });
    // The reader's finding and the goal's fix point at the same cell.
    const finding = result.findings.find((f) => f.rule === "goal.target.invalid");
    expect(g1.fix?.map((f) => result.cellOf(f))).toEqual([{ sheet: "目标", cell: finding?.cell }]);
    expect(finding?.cell).toBe("K5");
  });
});
