import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { CHART_PICK_CELL, chartDataBlocks, dashboardChartLayout } from "../layout/charts";
import { HEADER_COLOUR, TOOL_COLOUR } from "../layout/colours";
import { DASHBOARD_COLUMNS, DASHBOARD_HEADER_ROW, DASHBOARD_TEXT } from "../layout/dashboard";
import { HEADER_CELL_FONT, HELP_CELL_FONT, TITLE_CELL_FONT } from "../layout/fonts";
import { AS_OF_FORMAT } from "../layout/formats";
import { structuredTableRefs } from "../layout/table-refs";
import { dashboardFrame } from "./dashboard-frame";
import { placeWorkbook } from "./placement";

describe("the Dashboard's frame", () => {
  it("is placed on the Dashboard sheet only, in the workbook's language", () => {
    const placed = placeWorkbook(Plan.parse({ brand: { id: "d", name: "D" }, year: 2027 }), "zh-CN");
    const dashboards = placed.sheets.filter((s) => s.dashboard);
    expect(dashboards.map((s) => s.spec.kind)).toEqual(["dashboard"]);
    expect(dashboards[0]?.dashboard).toEqual(dashboardFrame("zh-CN"));
  });

  it("titles, notes and heads the roll-ups in the layout's fonts and colours", () => {
    const frame = dashboardFrame("en");
    const text = DASHBOARD_TEXT.en;
    expect(frame.title).toEqual({ row: 1, column: 1, text: text.title, font: TITLE_CELL_FONT });
    expect(frame.note).toEqual({ row: 3, column: 1, text: text.note, font: HELP_CELL_FONT });
    expect(frame.asOf).toEqual({
      label: { row: 2, column: 1, text: text.asOf },
      value: { row: 2, column: 2, format: AS_OF_FORMAT.en, fill: TOOL_COLOUR },
    });
    expect(frame.headers).toMatchObject({
      row: DASHBOARD_HEADER_ROW,
      firstColumn: 1,
      font: HEADER_CELL_FONT,
      fill: HEADER_COLOUR,
    });
    expect(frame.headers.texts).toHaveLength(DASHBOARD_COLUMNS);
  });

  it("leaves the chart's goal picker unlocked, with the goal IDs to pick from", () => {
    expect(dashboardFrame("zh-CN").pick).toEqual({
      cell: CHART_PICK_CELL,
      unlocked: true,
      list: "lstGoalIds",
    });
  });

  it("gives every chart data block's header row the help font", () => {
    const blocks = chartDataBlocks(dashboardChartLayout(2), structuredTableRefs("en"), "en");
    expect(blocks.length).toBeGreaterThan(2);
    for (const block of blocks) expect(block.headerFont).toBe(HELP_CELL_FONT);
  });
});
