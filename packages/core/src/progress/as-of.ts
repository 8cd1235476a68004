import type { MonthlyRow, Plan } from "../model/plan";

/**
 * The latest month with a value in any Actuals row; null when there is none at all. A cell the
 * reader could not read (text, listed in `unreadable`) still counts as filled in: the workbook's
 * own as-of formula counts every non-blank cell, and both must pick the same month.
 */
export function latestActualMonth(
  actuals: readonly (Pick<MonthlyRow, "months"> & { unreadable?: readonly string[] })[],
): number | null {
  let latest = 0;
  for (const row of actuals) {
    const unreadable = row.unreadable ?? [];
    for (let m = 12; m > latest; m--) {
      if (
        isActualValue(row.months[m - 1]) ||
        (unreadable.length > 0 && unreadable.includes(`months.${m - 1}`))
      ) {
        latest = m;
        break;
      }
    }
    if (latest === 12) break;
  }
  return latest === 0 ? null : latest;
}

/** As-of month M: Settings AsOfMonth when set, else the latest month with any actual. */
export function asOfMonth(plan: Plan): number | null {
  return plan.settings.asOfMonth ?? latestActualMonth(plan.actuals);
}

/** A monthly cell holds data: a finite number (blank is no data, never zero). */
export function isActualValue(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
