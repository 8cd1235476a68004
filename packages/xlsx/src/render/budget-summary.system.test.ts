import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { budgetExecution, Plan, type PlanInput } from "@planbook/core";
import { BUDGET_SUMMARY_TEXT, budgetTable, MARKER, SHEETS, TABLE_HEADER_ROW } from "@planbook/workbook";
import { planAsRendered } from "@planbook/workbook/write-plan";
import { expect, it } from "vitest";
import {
  DUMP_VALUES,
  python,
  recalculateWithLibreOffice,
  tempDir,
} from "../../../../test-support/libreoffice";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";

const lang = "en";
type Budget = NonNullable<PlanInput["budget"]>;

/** Spent differs from Actual on every line, so a summary that sums the wrong column fails. */
const WITH_SPENT: Budget = [
  { category: "Content", item: "Video", planned: 120000, actual: 45000, spent: 30000 },
  { category: "Ads", item: "Douyin", planned: 80000, actual: 61500.5, spent: 70250.25 },
  // No Planned: its plan is the sum of its quarters, as budget.exceeded reads it.
  { category: "Events", item: "Double 11", quarters: [10000, null, 15000, 5000], actual: 9000, spent: null },
];
/** A file from before the Spent column, or one with no payment recorded yet: spent is Actual. */
const WITHOUT_SPENT: Budget = WITH_SPENT.map(({ spent: _, ...line }) => line);
/** A Spent typed as text: the formula shows the marker rather than a number the engine reads differently. */
const TEXT_SPENT: Budget = [{ ...WITH_SPENT[0]!, spent: null }, WITH_SPENT[1]!];

it("sums planned and Spent beside tblBudget, with remaining and execution rate, as the engine does, in LibreOffice", async () => {
  const dir = await tempDir("budget");
  const cases = { spent: WITH_SPENT, actual: WITHOUT_SPENT, text: TEXT_SPENT };
  for (const [name, budget] of Object.entries(cases)) {
    const input = Plan.parse({ ...progressFixture(lang, 6), budget });
    const bytes = await renderPlanWorkbook(input, { lang, generator: { name: "t", version: "0" } });
    await writeFile(join(dir, `${name}.xlsx`), bytes);
  }
  // The text case: write "30k" into the Spent cell of its first line before recalculation.
  const sheet = SHEETS.find((s) => s.key === "budget")!.name[lang];
  const spentColumn = budgetTable.columns.findIndex((c) => c.key === "spent") + 1;
  await python(
    `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb[sys.argv[2]].cell(row=int(sys.argv[3]), column=int(sys.argv[4])).value = "30k"
wb.save(sys.argv[1])
print("null")`,
    [join(dir, "text.xlsx"), sheet, String(TABLE_HEADER_ROW + 1), String(spentColumn)],
  );
  await recalculateWithLibreOffice(
    Object.keys(cases).map((n) => join(dir, `${n}.xlsx`)),
    join(dir, "out"),
  );
  const summary = async (name: string) => {
    const rows = (
      await python<Record<string, (string | number | null)[][]>>(DUMP_VALUES, [
        join(dir, "out", `${name}.xlsx`),
        sheet,
      ])
    )[sheet]!;
    const column = budgetTable.columns.length + 1; // 0-based index of the label column
    expect(rows[TABLE_HEADER_ROW - 1]![column]).toBe(BUDGET_SUMMARY_TEXT[lang].title);
    const t = BUDGET_SUMMARY_TEXT[lang];
    expect([0, 1, 2, 3].map((i) => rows[TABLE_HEADER_ROW + i]![column])).toEqual([
      t.planned,
      t.spent,
      t.remaining,
      t.rate,
    ]);
    return [0, 1, 2, 3].map((i) => rows[TABLE_HEADER_ROW + i]![column + 1]);
  };
  const engine = (budget: Budget) =>
    budgetExecution(planAsRendered(Plan.parse({ ...progressFixture(lang, 6), budget }), lang).budget);

  const withSpent = engine(WITH_SPENT);
  expect(withSpent).toMatchObject({ planned: 230000, spent: 100250.25, spentFrom: "spent" });
  const [planned, spent, remaining, rate] = await summary("spent");
  expect([planned, spent, remaining]).toEqual([withSpent.planned, withSpent.spent, withSpent.remaining]);
  expect(rate).toBeCloseTo(withSpent.rate!, 12);

  const fallback = engine(WITHOUT_SPENT);
  expect(fallback).toMatchObject({ spent: 115500.5, spentFrom: "actual" });
  const old = await summary("actual");
  expect(old.slice(0, 3)).toEqual([fallback.planned, fallback.spent, fallback.remaining]);
  expect(old[3]).toBeCloseTo(fallback.rate!, 12);

  const text = await summary("text");
  expect(text[0]).toBe(200000);
  expect(text.slice(1)).toEqual([MARKER, MARKER, MARKER]);
}, 180_000);
