import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { computeProgress, enumLabel, type Plan } from "@planbook/core";
import { goalsTable, SHEETS } from "@planbook/workbook";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DUMP_VALUES,
  python,
  recalculateWithLibreOffice,
  tempDir,
} from "../../../../test-support/libreoffice";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";

/**
 * A plan of one goal: tblActuals and tblPhasing each have a single body row, the case where
 * LibreOffice turns INDEX(TRIM(range),0) over one cell into #VALUE!. The goal (G08: sum, custom
 * phasing from March, actuals Feb–May) must still get the engine's numbers.
 */
function oneGoalPlan(): Plan {
  const plan = progressFixture("en", null);
  const goal = plan.goals.find((g) => g.id === "G08")!;
  return {
    ...plan,
    goals: [goal],
    actuals: plan.actuals.filter((a) => a.goalId.trim().toUpperCase() === "G08"),
    phasing: plan.phasing.filter((p) => p.goalId === "G08"),
  };
}

const col = (key: string) => goalsTable.columns.findIndex((c) => c.key === key);
let row: (string | number | null)[] = [];

beforeAll(async () => {
  const dir = await tempDir("single-row");
  const file = join(dir, "one-goal.xlsx");
  await writeFile(
    file,
    await renderPlanWorkbook(oneGoalPlan(), { lang: "en", generator: { name: "planbook", version: "0" } }),
  );
  const out = join(dir, "out");
  await recalculateWithLibreOffice([file], out);
  const goals = SHEETS.find((s) => s.key === "goals")!.name.en;
  const sheets = await python<Record<string, (string | number | null)[][]>>(DUMP_VALUES, [
    join(out, "one-goal.xlsx"),
    goals,
  ]);
  row = sheets[goals]![4]!;
}, 240_000);

describe("a workbook whose Actuals and Phasing tables have one row each", () => {
  it("computes the goal as the engine does instead of showing the marker", () => {
    const plan = oneGoalPlan();
    expect(plan.actuals).toHaveLength(1);
    expect(plan.phasing).toHaveLength(1);
    const expected = computeProgress(plan).goals[0]!;
    // as of May: actuals 50 + 500 + 600 + 800 = 1950 (Feb counts though the goal starts in March)
    expect(expected.ytdActual).toBe(1950);
    expect(row[col("ytdActual")]).toBe(1950);
    expect(Math.abs((row[col("ytdTarget")] as number) - expected.ytdTarget!)).toBeLessThan(1e-9);
    expect(Math.abs((row[col("attainment")] as number) - expected.attainment!)).toBeLessThan(1e-12);
    expect(row[col("status")]).toBe(enumLabel("goalStatus", expected.status, "en"));
  });
});
