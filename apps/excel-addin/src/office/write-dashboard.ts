import type { Language } from "@planbook/core";
import {
  type DashboardRow,
  dashboardFrame,
  type FormulaRefs,
  parseSheetRange,
  SHEETS,
} from "@planbook/workbook";
import { writeDashboardFrame, writeDashboardRows } from "./dashboard-sheet";
import type { WorkbookSnapshot } from "./read";
import type { WriteBudget } from "./write-budget";

/** The name a new Dashboard sheet gets in `lang`. */
export const dashboardSheetName = (lang: Language): string =>
  SHEETS.find((s) => s.kind === "dashboard")?.name[lang] as string;

/**
 * Refresh progress, step 2: the Dashboard's as-of month and roll-up rows, on the sheet the read
 * found — or on a new Dashboard sheet with the generator's frame. Rows the previous roll-ups used
 * below the new ones are cleared. Returns the sheet, for the charts.
 */
export async function writeDashboard(
  wb: Excel.Workbook,
  found: WorkbookSnapshot["dashboard"],
  rows: readonly DashboardRow[],
  refs: Pick<FormulaRefs, "months">,
  lang: Language,
  budget: WriteBudget,
): Promise<Excel.Worksheet> {
  const frame = dashboardFrame(lang);
  if (found === null) {
    const dash = wb.worksheets.add(dashboardSheetName(lang));
    await writeDashboardFrame(dash, frame, budget);
    await writeDashboardRows(dash, rows, refs, frame.asOf.value, budget);
    return dash;
  }
  const dash = wb.worksheets.getItem(found.sheet);
  const previousLastRow = found.used ? (parseSheetRange(found.used)?.lastRow ?? 0) : 0;
  await writeDashboardRows(dash, rows, refs, frame.asOf.value, budget, previousLastRow);
  return dash;
}
