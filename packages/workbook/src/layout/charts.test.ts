import { Dimension, enumLabel, Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import {
  CHART_BANDS,
  CHART_DATA_COLUMN,
  CHART_NAMES,
  CHART_PICK_CELL,
  chartDataBlocks,
  dashboardChartLayout,
  dashboardCharts,
  monthlyTitle,
  monthlyTitleFormula,
} from "./charts";
import { DASHBOARD_HEADER_ROW, dashboardRows } from "./dashboard";
import { structuredTableRefs } from "./table-refs";

const plan = Plan.parse({
  brand: { id: "lumen", name: "Lumen" },
  year: 2027,
  objectives: [{ id: "O1" }],
  goals: [
    { id: "G1", channel: "抖音" },
    { id: "G2", channel: null },
  ],
});
const channels = ["抖音", null];
const refs = structuredTableRefs("en");

/** Cell (row, column) of the blocks, or undefined. */
function blockCell(row: number, column: number) {
  for (const b of chartDataBlocks(dashboardChartLayout(channels.length), refs, "en")) {
    const r = b.rows[row - b.row];
    if (r && column >= b.column && column < b.column + r.length) return r[column - b.column];
  }
  return undefined;
}
const rangeRows = (range: string) => {
  const m = /^\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(range);
  if (!m) throw new Error(range);
  return { first: Number(m[2]), last: Number(m[4]), column: m[1] };
};

describe("dashboard charts", () => {
  const layout = dashboardChartLayout(channels.length);
  const rows = dashboardRows(plan, channels, refs, "en");
  const charts = dashboardCharts(layout, "en");

  it("puts the dimension and channel roll-ups where the chart layout says they are", () => {
    layout.dimensionRows.forEach((r, i) => {
      expect(rows[r - DASHBOARD_HEADER_ROW - 1]?.[1]).toBe(
        enumLabel("dimension", Dimension.options[i]!, "en"),
      );
    });
    expect(layout.channelRows.map((r) => rows[r - DASHBOARD_HEADER_ROW - 1]?.[1])).toEqual([
      "抖音",
      "(all channels)",
    ]);
  });

  it("draws three charts with their stable names, the channel chart only when there are channels", () => {
    expect(charts.map((c) => c.name)).toEqual([
      CHART_NAMES.byDimension,
      CHART_NAMES.byChannel,
      CHART_NAMES.monthly,
    ]);
    expect(dashboardCharts(dashboardChartLayout(0), "en").map((c) => c.key)).toEqual([
      "byDimension",
      "monthly",
    ]);
  });

  it("feeds each status band from the roll-up row's attainment: one band per category holds the value", () => {
    for (const chart of charts.filter((c) => c.key !== "monthly")) {
      const rollupRows = chart.key === "byDimension" ? layout.dimensionRows : layout.channelRows;
      const cats = rangeRows(chart.categories);
      expect(cats.last - cats.first + 1).toBe(rollupRows.length);
      expect(chart.series).toHaveLength(CHART_BANDS.length);
      rollupRows.forEach((r, i) => {
        expect(blockCell(cats.first + i, CHART_DATA_COLUMN)).toEqual({ formula: `IF(B${r}="","",B${r})` });
        chart.series.forEach((s, k) => {
          const values = rangeRows(s.values);
          expect(values.first).toBe(cats.first);
          const cell = blockCell(values.first + i, CHART_DATA_COLUMN + 1 + k) as { formula: string };
          expect(cell.formula).toContain(`ISNUMBER(E${r})`);
        });
      });
      expect(chart.stacked).toBe(true);
    }
  });

  it("reads the monthly chart's goal from the picker cell and its actuals from tblActuals", () => {
    const monthly = charts.find((c) => c.key === "monthly")!;
    expect(monthly.series.map((s) => s.kind)).toEqual(["column", "line"]);
    const actual = rangeRows(monthly.series[0]!.values);
    expect(actual.last - actual.first).toBe(11);
    const goalRow = blockCell(layout.goalBlockRow + 1, CHART_DATA_COLUMN + 1) as { formula: string };
    expect(goalRow.formula).toContain(`TRIM($${CHART_PICK_CELL.replace(/(\d)/, "$$$1")})`);
    const jan = blockCell(actual.first, CHART_DATA_COLUMN + 1) as { formula: string };
    expect(jan.formula).toContain("INDEX(tblActuals[[Jan]:[Dec]]");
    const target = blockCell(actual.first + 1, CHART_DATA_COLUMN + 2) as { formula: string };
    // February's sum target is T·(s_Feb − s_Jan)
    expect(target.formula).toMatch(/\*\(\$V\$\d+-IF\(ISNUMBER\(\$V\$\d+\)/);
  });

  it("titles the monthly chart from a title cell over the picker, its text the picked goal's", () => {
    const monthly = charts.find((c) => c.key === "monthly")!;
    const [, , row] = /^\$([A-Z]+)\$(\d+)$/.exec(monthly.titleCell!)!;
    expect(blockCell(Number(row), CHART_DATA_COLUMN + 2)).toEqual({ formula: monthlyTitleFormula("en") });
    expect(monthlyTitleFormula("en")).toContain(`TRIM(${CHART_PICK_CELL})`);
    expect(charts.filter((c) => c.titleCell).map((c) => c.key)).toEqual(["monthly"]);
    expect(monthly.title).toBe("Monthly actual vs phased target");
    const picked = dashboardCharts(layout, "zh-CN", " G3 ").find((c) => c.key === "monthly")!;
    expect(picked.title).toBe("G3：月度实际 vs 分解目标");
    expect(monthlyTitle("  ", "en")).toBe("Monthly actual vs phased target");
  });
});
