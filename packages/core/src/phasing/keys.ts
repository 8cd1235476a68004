/**
 * How ids, channel names and profile names compare: as the workbook's formulas compare them,
 * `MATCH(TRIM(x), TRIM(col), 0)` — Excel's TRIM drops outer spaces and folds inner runs of spaces,
 * MATCH ignores case — so the formulas and the engine pick the same rows.
 */
export function idKey(id: string): string {
  const trimmed = id.trim();
  // Keyed once per goal, row and reference of a plan: skip the regex for the usual id without a
  // double space (it costs several times the rest of this function).
  const folded = trimmed.includes("  ") ? trimmed.replace(/ {2,}/g, " ") : trimmed;
  return folded.toLowerCase();
}
