import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Plan } from "@planbook/core";
import {
  BUDGET_SUMMARY_TEXT,
  budgetTable,
  planAsRendered,
  SHEETS,
  TABLE_HEADER_ROW,
} from "@planbook/workbook";
import { expect, it } from "vitest";
import { renderPlanWorkbook } from "./render-plan";
import { DUMP_VALUES, python, recalculateWithLibreOffice, tempDir } from "./test-support/external";
import { progressFixture } from "./test-support/fixture";

it("sums planned and spent budget beside tblBudget, with remaining and execution rate, in LibreOffice", async () => {
  const lang = "en";
  const input = Plan.parse({
    ...progressFixture(lang, 6),
    budget: [
      { category: "Content", item: "Video", planned: 120000, actual: 45000 },
      { category: "Ads", item: "Douyin", planned: 80000, actual: 61500.5 },
      { category: "Events", item: "Double 11", planned: 50000, actual: null },
    ],
  });
  const plan = planAsRendered(input, lang, {});
  const dir = await tempDir("budget");
  const file = join(dir, "budget.xlsx");
  await writeFile(file, await renderPlanWorkbook(input, { lang, generator: { name: "t", version: "0" } }));
  await recalculateWithLibreOffice([file], join(dir, "out"));
  const name = SHEETS.find((s) => s.key === "budget")!.name[lang];
  const rows = (
    await python<Record<string, (string | number | null)[][]>>(DUMP_VALUES, [
      join(dir, "out", "budget.xlsx"),
      name,
    ])
  )[name]!;
  const column = budgetTable.columns.length + 1; // 0-based index of the label column
  const planned = plan.budget.reduce((s, b) => s + (b.planned ?? 0), 0);
  const spent = plan.budget.reduce((s, b) => s + (b.actual ?? 0), 0);
  expect(planned).toBeGreaterThan(0);
  const at = (i: number) => rows[TABLE_HEADER_ROW + i]!;
  expect(rows[TABLE_HEADER_ROW - 1]![column]).toBe(BUDGET_SUMMARY_TEXT[lang].title);
  expect(at(0).slice(column, column + 2)).toEqual([BUDGET_SUMMARY_TEXT[lang].planned, planned]);
  expect(at(1)[column + 1]).toBe(spent);
  expect(at(2)[column + 1]).toBe(planned - spent);
  expect(at(3)[column + 1]).toBeCloseTo(spent / planned, 12);
}, 120_000);
