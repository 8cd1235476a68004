import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { goalsTable, seasonalityTable, TABLES } from "../layout/spec";
import { planToTableRows } from "./rows";

const plan = Plan.parse({
  brand: { id: "demo", name: "Demo" },
  year: 2027,
  settings: { seasonality: [{ profile: "Peaks", months: [1, 2, null, 1, 1, 1, 1, 1, 1, 1, 3, 2] }] },
  goals: [
    {
      id: "G1",
      objectiveId: "O1",
      dimension: "growth",
      metric: "New followers",
      channel: "抖音",
      unit: "count",
      aggregation: "sum",
      direction: "increase",
      baseline: 1000,
      target: 5000,
      start: "2027-03-01",
      deadline: "2027-12-31",
      phasing: "custom",
      owner: "Li",
      strategyIds: ["S1", "S2"],
      weight: 2,
    },
    // Blank tracking fields: the metric catalog's followers entry fills them.
    { id: "G2", metric: "粉丝数", target: 20000, phasing: " peaks " },
  ],
});

const col = (key: string) => goalsTable.columns.findIndex((c) => c.key === key);

describe("planToTableRows", () => {
  it("writes a goal in spec column order with labels, serial dates and joined lists (zh-CN)", () => {
    const row = planToTableRows(plan, "zh-CN").tblGoals![0]!;
    expect(row).toHaveLength(goalsTable.columns.length);
    expect(row[col("id")]).toBe("G1");
    expect(row[col("dimension")]).toBe("用户增长");
    expect(row[col("unit")]).toBe("数量");
    expect(row[col("aggregation")]).toBe("累计");
    expect(row[col("direction")]).toBe("提升");
    // 2027-01-01 is serial 46388 (45658 for 2025-01-01 + 365 + 365); March 1st is 31 + 28 days later.
    expect(row[col("start")]).toBe(46447);
    expect(row[col("phasing")]).toBe("自定义");
    expect(row[col("strategyIds")]).toBe("S1、S2");
    expect(row[col("numeratorGoalId")]).toBeNull();
    expect(row[col("weight")]).toBe(2);
    for (const c of goalsTable.columns.filter((x) => x.toolOwned)) expect(row[col(c.key)]).toBeNull();
  });

  it("uses English labels and a comma list in an English workbook", () => {
    const row = planToTableRows(plan, "en").tblGoals![0]!;
    expect(row[col("dimension")]).toBe("User growth");
    expect(row[col("aggregation")]).toBe("Sum");
    expect(row[col("phasing")]).toBe("Custom");
    expect(row[col("strategyIds")]).toBe("S1, S2");
  });

  it("shows the catalog's aggregation, unit, direction and dimension where the goal leaves them blank", () => {
    const row = planToTableRows(plan, "en").tblGoals![1]!;
    expect(row[col("aggregation")]).toBe("Latest");
    expect(row[col("dimension")]).toBe("User growth");
    expect(row[col("direction")]).toBe("Increase");
    expect(row[col("unit")]).toBe("Count");
    // A profile name is kept as the profile's name, trimmed.
    expect(row[col("phasing")]).toBe("peaks");
    expect(row[col("start")]).toBeNull();
  });

  it("gives every table at least one row, empty where the plan has none", () => {
    const rows = planToTableRows(plan, "en");
    expect(Object.keys(rows).sort()).toEqual(TABLES.map((t) => t.name).sort());
    const risks = TABLES.find((t) => t.name === "tblRisks")!;
    expect(rows.tblRisks).toEqual([risks.columns.map(() => null)]);
  });

  it("writes seasonality profiles from the settings", () => {
    const rows = planToTableRows(plan, "zh-CN").tblSeasonality!;
    expect(rows).toEqual([["Peaks", 1, 2, null, 1, 1, 1, 1, 1, 1, 1, 3, 2]]);
    expect(rows[0]).toHaveLength(seasonalityTable.columns.length);
  });
});
