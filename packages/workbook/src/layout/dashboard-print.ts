import { columnLetters } from "../grid/a1";
import type { ChartSpec } from "./charts";
import { DASHBOARD_COLUMNS, DASHBOARD_HEADER_ROW } from "./dashboard";

/**
 * The Dashboard's print area: the roll-up table and the charts beside it, not the chart data
 * blocks right of them (helper formulas the charts read; on paper they are noise and a second
 * page). `rollupRows`: the roll-up rows below the header row.
 */
export function dashboardPrintArea(rollupRows: number, charts: readonly ChartSpec[]): string {
  const lastRow = Math.max(DASHBOARD_HEADER_ROW + rollupRows, ...charts.map((c) => c.to.row));
  const lastColumn = Math.max(DASHBOARD_COLUMNS, ...charts.map((c) => c.to.column));
  return `A1:${columnLetters(lastColumn)}${lastRow}`;
}
