import type { Finding } from "../model/finding";
import type { BudgetLine } from "../model/plan";
import { RULES, type RuleParams } from "../model/rules";

/** A budget line's plan: Planned if set, else the sum of its quarters; null when all blank. */
export function plannedOf(line: BudgetLine): number | null {
  if (line.planned !== null) return line.planned;
  const quarters = line.quarters.filter((q): q is number => q !== null);
  return quarters.length === 0 ? null : quarters.reduce((a, b) => a + b, 0);
}

export interface BudgetExecution {
  /** Σ of each line's plan (plannedOf). */
  planned: number;
  /** Σ Spent, or Σ Actual where no line has a Spent value (see `spentFrom`). */
  spent: number;
  /** planned − spent. */
  remaining: number;
  /** spent / planned; null when nothing is planned. */
  rate: number | null;
  /**
   * `spent` while any line has a Spent value; `actual` otherwise — a workbook from before the
   * Spent column (or one where no payment is recorded yet) keeps the summary it had, Actual as
   * spent (docs/design.md#budget).
   */
  spentFrom: "spent" | "actual";
}

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

/** The Budget sheet's execution summary, as its formulas compute it (workbook/layout/budget.ts). */
export function budgetExecution(budget: readonly BudgetLine[]): BudgetExecution {
  const planned = sum(budget.map(plannedOf));
  const spentFrom = budget.some((line) => line.spent !== null) ? "spent" : "actual";
  const spent = sum(budget.map((line) => line[spentFrom]));
  return {
    planned,
    spent,
    remaining: planned - spent,
    rate: planned === 0 ? null : spent / planned,
    spentFrom,
  };
}

/**
 * `budget.line.overspent`: a line that has paid out more than it planned (Planned, else its
 * quarters). Blank plans are not judged: there is nothing to compare with.
 */
export function budgetLineFindings(budget: readonly BudgetLine[], currency: string): Finding[] {
  const rule = "budget.line.overspent";
  return budget.flatMap((line, index) => {
    const planned = plannedOf(line);
    if (line.spent === null || planned === null) return [];
    // Money in floating point: ignore an excess that is only rounding noise.
    if (line.spent <= planned + 1e-9 * Math.max(1, Math.abs(planned))) return [];
    const item = line.item?.trim() || line.category?.trim() || "";
    const params: RuleParams<typeof rule> = {
      item,
      spent: line.spent,
      planned,
      over: line.spent - planned,
      currency,
    };
    return [
      {
        rule,
        severity: RULES[rule].severity,
        smart: RULES[rule].smart,
        ref: item === "" ? null : item,
        at: { collection: "budget", index, field: "spent" },
        params,
      },
    ];
  });
}
