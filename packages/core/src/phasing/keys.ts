/**
 * How ids, channel names and profile names compare: as the workbook's formulas compare them,
 * `MATCH(TRIM(x), TRIM(col), 0)` — Excel's TRIM drops outer spaces and folds inner runs of spaces,
 * MATCH ignores case — so the formulas and the engine pick the same rows.
 *
 * Two texts get the same key exactly when their trimmed, space-folded, lower-cased forms are
 * equal. The key itself is upper case for ASCII text, because the usual id (`G12`, `O3`, `UG-01`)
 * then is its own key: it is returned as it is, with no new string, and its hash stays cached in
 * the string. Every goal, Actuals and Phasing row is keyed on every run; at 100k goals the new
 * lower-case copies were megabytes of fresh memory per call.
 */
export function idKey(id: string): string {
  if (isOwnKey(id)) return id;
  const trimmed = id.trim();
  const folded = trimmed.includes("  ") ? trimmed.replace(/ {2,}/g, " ") : trimmed;
  const lower = folded.toLowerCase();
  // ASCII after lower-casing (also e.g. the Kelvin sign K → k): upper-case it, so it meets the
  // fast path's keys. Other text keeps its lower-case form, which no ASCII text can have.
  return isAscii(lower) ? lower.toUpperCase() : lower;
}

/**
 * Printable ASCII with no lower-case letter, no space at either end and no two spaces in a row:
 * idKey would give it back unchanged.
 */
function isOwnKey(id: string): boolean {
  const n = id.length;
  if (n === 0) return true;
  if (id.charCodeAt(0) === 32 || id.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    if (c < 32 || c > 126 || (c >= 97 && c <= 122) || (c === 32 && previous === 32)) return false;
    previous = c;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
