import { goalsTable, rangeA1, type ToolFormulaId } from "@planbook/workbook";
import type { GoalsPlacement } from "./goals-placement";
import { setEveryCell, type WriteBudget } from "./write-budget";

/** The Check column belongs to Validate goals; Refresh writes every other tool-owned formula. */
const REFRESH_FORMULA_KEYS = goalsTable.columns
  .filter((c) => c.toolOwned && c.key !== "check")
  .map((c) => c.key);

/**
 * Refresh progress, step 1: the tool-owned tblGoals formula columns (not Check), one R1C1 formula
 * for each whole column (`formulas`: R1C1 text with `=` by formula id). A column the table lacks
 * is skipped; nothing is written when the table has no body row.
 */
export async function writeGoalFormulas(
  wb: Excel.Workbook,
  goals: GoalsPlacement,
  formulas: Partial<Record<ToolFormulaId, string>>,
  budget: WriteBudget,
): Promise<void> {
  const rows = goals.raw.rows.length;
  if (rows === 0) return;
  const sheet = wb.worksheets.getItem(goals.raw.sheet);
  const first = goals.raw.headerRow + 1;
  const last = goals.raw.headerRow + rows;
  for (const key of REFRESH_FORMULA_KEYS) {
    const i = goals.columns.get(key);
    const formula = formulas[key as ToolFormulaId];
    if (i === undefined || formula === undefined) continue;
    const col = goals.raw.firstColumn + i;
    await budget.add(formula, () => {
      setEveryCell(sheet.getRange(rangeA1(first, col, last, col)), "formulasR1C1", formula);
    });
  }
}
