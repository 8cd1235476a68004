import type { SheetSpec } from "./types";

/** Sheets wider than this many columns keep their ID columns in view when scrolled right. */
const WIDE = 12;

/**
 * Columns frozen at the left of a table sheet: a campaign's ID and name (its week grid runs to
 * column BM), the ID column of any other single-table sheet wider than a screen (Goals has 29
 * columns, Actuals 13), none elsewhere. Rows are frozen down to the header row on every table sheet.
 */
export function frozenColumns(sheet: SheetSpec): number {
  const [table, ...others] = sheet.tables;
  if (!table || others.length > 0) return 0;
  if (table.name === "tblCampaigns") return 2;
  return table.columns.length > WIDE ? 1 : 0;
}
