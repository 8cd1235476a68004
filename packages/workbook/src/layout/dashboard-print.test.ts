import { describe, expect, it } from "vitest";
import { CHART_DATA_COLUMN, dashboardChartLayout, dashboardCharts } from "./charts";
import { DASHBOARD_HEADER_ROW } from "./dashboard";
import { dashboardPrintArea } from "./dashboard-print";

describe("dashboardPrintArea", () => {
  const charts = dashboardCharts(dashboardChartLayout(4), "en");

  it("covers the roll-ups and every chart, and stops before the chart data blocks", () => {
    const area = dashboardPrintArea(20, charts);
    const [, column, row] = /^A1:([A-Z]+)(\d+)$/.exec(area) ?? [];
    expect(column).toBe("Q");
    // Q is before the data blocks (S); the last chart's bottom is below 20 roll-up rows.
    expect(17).toBeLessThan(CHART_DATA_COLUMN);
    expect(Number(row)).toBe(Math.max(...charts.map((c) => c.to.row)));
  });

  it("grows down with a long roll-up table", () => {
    expect(dashboardPrintArea(200, charts)).toBe(`A1:Q${DASHBOARD_HEADER_ROW + 200}`);
  });
});
