/**
 * How ids, channel names and profile names compare: as the workbook's formulas compare them,
 * `MATCH(TRIM(x), TRIM(col), 0)` — Excel's TRIM drops outer spaces and folds inner runs of spaces,
 * MATCH ignores case — so the formulas and the engine pick the same rows.
 */
export function idKey(id: string): string {
  return id.trim().replace(/ {2,}/g, " ").toLowerCase();
}
