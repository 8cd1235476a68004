/**
 * How typed text is matched against the names Planbook knows (headers, sheet and list labels,
 * metric names and aliases, key-date names): NFKC first, so full-width letters, digits and
 * punctuation typed with a Chinese input method compare equal to their ASCII forms; then lower
 * case; then the characters that do not matter for that kind of name are dropped. Ids in a plan
 * are not folded this way (see workbook `sameId`): Excel's MATCH is not width-insensitive, and the
 * formulas must agree with the engine.
 */
function foldDropping(text: string, ignored: RegExp): string {
  return text.normalize("NFKC").toLowerCase().replace(ignored, "");
}

/** Headers, sheet names and list labels: white space does not matter. */
export function foldLabel(text: string): string {
  return foldDropping(text, /\s+/g);
}

/** Metric names and aliases: white space, `_` and `-` do not matter (`new_followers` = `New Followers`). */
export function foldMetricName(text: string): string {
  return foldDropping(text, /[\s_-]+/g);
}

/** Key-date names: white space and the dots of `11.11` / `双·11` do not matter. */
export function foldKeyDateName(text: string): string {
  return foldDropping(text, /[\s·・.]/g);
}
