import { rangeA1 } from "@planbook/workbook";
import type { GoalsPlacement } from "./goals-placement";
import type { WriteBudget } from "./write-budget";

/**
 * Validate goals, step 2: the Check column of tblGoals, one text per body row (`check`, in row
 * order), as one block. Nothing when the table has no Check column or no body row.
 */
export async function writeCheckColumn(
  wb: Excel.Workbook,
  goals: GoalsPlacement,
  check: readonly string[],
  budget: WriteBudget,
): Promise<void> {
  const checkIndex = goals.columns.get("check");
  const rows = goals.raw.rows.length;
  if (checkIndex === undefined || rows === 0) return;
  const first = goals.raw.headerRow + 1;
  const col = goals.raw.firstColumn + checkIndex;
  const address = rangeA1(first, col, first + rows - 1, col);
  const values = check.map((text) => [text]);
  await budget.add(values, () => {
    wb.worksheets.getItem(goals.raw.sheet).getRange(address).values = values;
  });
}
