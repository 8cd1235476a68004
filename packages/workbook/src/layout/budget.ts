import type { Language } from "@planbook/core";
import type { FormulaRefs } from "../formulas/refs";
import { MARKER, str } from "../formulas/words";

/**
 * The Budget sheet's execution summary beside tblBudget: planned total, spent (the Spent
 * column: paid out to date), remaining and execution rate — formulas over the table columns, so
 * rows added later count. They compute what core's `budgetExecution` computes.
 */
export const BUDGET_SUMMARY_TEXT: Record<
  Language,
  { title: string; planned: string; spent: string; remaining: string; rate: string }
> = {
  "zh-CN": {
    title: "预算执行",
    planned: "计划合计",
    spent: "已支出",
    remaining: "剩余",
    rate: "执行率",
  },
  en: {
    title: "Budget execution",
    planned: "Planned total",
    spent: "Spent",
    remaining: "Remaining",
    rate: "Execution rate",
  },
};

export interface BudgetSummaryRow {
  label: string;
  formula: string;
  kind: "money" | "ratio";
}

/** Number of cells of a column that hold something other than a number (text the engine may read differently). */
const textIn = (range: string) => `SUMPRODUCT((${range}<>"")*(1-ISNUMBER(${range})))`;

/** Rows of the summary, top to bottom; `cellOf(i)` is the A1 address where row i's value goes. */
export function budgetSummaryRows(
  refs: Pick<FormulaRefs, "column">,
  lang: Language,
  cellOf: (i: number) => string,
): BudgetSummaryRow[] {
  const t = BUDGET_SUMMARY_TEXT[lang];
  const col = (key: string) => refs.column("tblBudget", key);
  const marker = str(MARKER);
  const quarters = [0, 1, 2, 3].map((q) => col(`quarters.${q}`));
  const plannedCol = col("planned");
  // A line's plan is Planned, else the sum of its quarters (as budget.exceeded reads it).
  const planned =
    `IF(${[plannedCol, ...quarters].map(textIn).join("+")}>0,${marker},` +
    `SUM(${plannedCol})+SUMPRODUCT((${plannedCol}="")*(${quarters.join("+")})))`;
  const sumOf = (range: string) => `IF(${textIn(range)}>0,${marker},SUM(${range}))`;
  // No Spent value on any line (nothing paid recorded yet): Actual, as before the column existed.
  const spentCol = col("spent");
  const spent = `IF(SUMPRODUCT(--(${spentCol}<>""))=0,${sumOf(col("actual"))},${sumOf(spentCol)})`;
  const [p, s] = [cellOf(0), cellOf(1)];
  const both = `AND(ISNUMBER(${p}),ISNUMBER(${s}))`;
  return [
    { label: t.planned, formula: planned, kind: "money" },
    { label: t.spent, formula: spent, kind: "money" },
    { label: t.remaining, formula: `IF(${both},${p}-${s},${marker})`, kind: "money" },
    { label: t.rate, formula: `IF(${both},IF(${p}=0,"",${s}/${p}),${marker})`, kind: "ratio" },
  ];
}
