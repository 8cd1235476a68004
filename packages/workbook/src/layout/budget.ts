import type { Language } from "@planbook/core";
import type { FormulaRefs } from "../formulas/refs";

/**
 * The Budget sheet's execution summary beside tblBudget: planned total, spent (the Actual
 * column), remaining and execution rate — formulas over the table columns, so rows added later
 * count. (A separate Spent column, issue #11, is not part of tblBudget yet: Actual is what was spent.)
 */
export const BUDGET_SUMMARY_TEXT: Record<
  Language,
  { title: string; planned: string; spent: string; remaining: string; rate: string }
> = {
  "zh-CN": {
    title: "预算执行",
    planned: "计划合计",
    spent: "已支出（实际）",
    remaining: "剩余",
    rate: "执行率",
  },
  en: {
    title: "Budget execution",
    planned: "Planned total",
    spent: "Spent (actual)",
    remaining: "Remaining",
    rate: "Execution rate",
  },
};

export interface BudgetSummaryRow {
  label: string;
  formula: string;
  kind: "money" | "ratio";
}

/** Rows of the summary, top to bottom; `cellOf(i)` is the A1 address where row i's value goes. */
export function budgetSummaryRows(
  refs: Pick<FormulaRefs, "column">,
  lang: Language,
  cellOf: (i: number) => string,
): BudgetSummaryRow[] {
  const t = BUDGET_SUMMARY_TEXT[lang];
  const planned = `SUM(${refs.column("tblBudget", "planned")})`;
  const spent = `SUM(${refs.column("tblBudget", "actual")})`;
  return [
    { label: t.planned, formula: planned, kind: "money" },
    { label: t.spent, formula: spent, kind: "money" },
    { label: t.remaining, formula: `${cellOf(0)}-${cellOf(1)}`, kind: "money" },
    { label: t.rate, formula: `IF(${cellOf(0)}=0,"",${cellOf(1)}/${cellOf(0)})`, kind: "ratio" },
  ];
}
