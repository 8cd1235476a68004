import { ENUM_LABELS, type Language, PHASING_LABELS, type Plan } from "@planbook/core";
import type { ColumnSpec } from "./types";

/** Dropdown values of an enum-like column in the workbook language; undefined for other columns. */
export function columnListItems(column: ColumnSpec, plan: Plan, lang: Language): string[] | undefined {
  if (column.kind.type === "enum") {
    return Object.values(ENUM_LABELS[column.kind.list] as Record<string, Record<Language, string>>).map(
      (l) => l[lang],
    );
  }
  if (column.kind.type === "phasing") {
    return [
      PHASING_LABELS.linear[lang],
      PHASING_LABELS.custom[lang],
      ...plan.settings.seasonality.map((p) => p.profile.trim()),
    ];
  }
  return undefined;
}

/** Longest inline list Excel accepts is 255 characters, including the quotes around it. */
const MAX_INLINE_LIST = 253;

/**
 * An inline list source (without quotes): items joined by commas, leaving out items that contain
 * commas or quotes (they would split or break the list) and cutting before the length limit.
 * Null when nothing is usable.
 */
export function inlineListSource(items: readonly string[]): string | null {
  const usable = items.filter((i) => i !== "" && !i.includes(",") && !i.includes('"'));
  let joined = "";
  for (const item of usable) {
    const next = joined === "" ? item : `${joined},${item}`;
    if (next.length > MAX_INLINE_LIST) break;
    joined = next;
  }
  return joined === "" ? null : joined;
}
