import type { Language, Plan } from "@planbook/core";
import {
  argb,
  CHART_DATA_COLUMN,
  CHART_DATA_COLUMN_WIDTH,
  CHART_PICK_LABEL,
  CHART_TEXT,
  type ChartSpec,
  chartDataBlocks,
  DASHBOARD_ATTAINMENT_BAR,
  DASHBOARD_CHECK_COLUMN,
  DASHBOARD_COLUMN_WIDTHS,
  DASHBOARD_HEADER_ROW,
  type DashboardFrame,
  dashboardAsOfFormula,
  dashboardChartLayout,
  dashboardCharts,
  dashboardPrintArea,
  dashboardRows,
  goalChannels,
  PERCENT_FORMAT,
  structuredTableRefs,
} from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { checkCountRule, statusRules } from "./status-format";
import { excelFill, excelFont } from "./style";

/** The goal the monthly chart starts with: the first with any actual, else the first goal. */
function defaultChartGoal(plan: Plan): string | null {
  const withData = new Set(
    plan.actuals.filter((a) => a.months.some((m) => m !== null)).map((a) => a.goalId.trim().toLowerCase()),
  );
  const goal = plan.goals.find((g) => withData.has(g.id.trim().toLowerCase())) ?? plan.goals[0];
  return goal?.id ?? null;
}

/**
 * Formula summaries of progress by brand, dimension, objective and channel (the engine's roll-ups).
 * Objective rows follow tblObjectives by position (plus spare rows); channel rows are the goal
 * channels of the plan at generation (Refresh progress in the add-in rewrites them).
 */
export function writeDashboard(
  ws: ExcelJS.Worksheet,
  plan: Plan,
  lang: Language,
  frame: DashboardFrame,
): { charts: ChartSpec[]; printArea: string } {
  const refs = structuredTableRefs(lang);
  for (const text of [frame.title, frame.note]) {
    const cell = ws.getCell(text.row, text.column);
    cell.value = text.text;
    cell.font = excelFont(text.font);
  }
  const { label, value } = frame.asOf;
  ws.getCell(label.row, label.column).value = label.text;
  const asOf = ws.getCell(value.row, value.column);
  asOf.value = { formula: dashboardAsOfFormula(refs) };
  asOf.fill = excelFill(value.fill);
  asOf.numFmt = value.format;
  asOf.alignment = { horizontal: "left" };
  const { headers } = frame;
  headers.texts.forEach((h, i) => {
    const cell = ws.getCell(headers.row, headers.firstColumn + i);
    cell.value = h;
    cell.font = excelFont(headers.font);
    cell.fill = excelFill(headers.fill);
  });

  const channels = goalChannels(plan);
  const rows = dashboardRows(plan, channels, refs, lang);
  rows.forEach((cells, i) => {
    const row = DASHBOARD_HEADER_ROW + 1 + i;
    cells.forEach((cell, c) => {
      ws.getCell(row, c + 1).value = cell;
    });
    ws.getCell(row, 5).numFmt = PERCENT_FORMAT;
    ws.getCell(row, 6).alignment = { horizontal: "center" };
  });
  const last = DASHBOARD_HEADER_ROW + rows.length;

  const bar = DASHBOARD_ATTAINMENT_BAR;
  const barColumn = ws.getColumn(bar.column).letter;
  ws.addConditionalFormatting({
    ref: `${barColumn}${DASHBOARD_HEADER_ROW + 1}:${barColumn}${last}`,
    rules: [
      {
        type: "dataBar",
        priority: 1,
        cfvo: [
          { type: "num", value: bar.min },
          { type: "num", value: bar.max },
        ],
        color: { argb: argb(bar.colour) },
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
  ws.addConditionalFormatting({
    ref: `F${DASHBOARD_HEADER_ROW + 1}:F${last}`,
    rules: statusRules(`F${DASHBOARD_HEADER_ROW + 1}`, 2),
  });
  const checkColumn = ws.getColumn(DASHBOARD_CHECK_COLUMN).letter;
  ws.addConditionalFormatting({
    ref: `${checkColumn}${DASHBOARD_HEADER_ROW + 1}:${checkColumn}${last}`,
    rules: [checkCountRule(`${checkColumn}${DASHBOARD_HEADER_ROW + 1}`, 2 + statusRules("A1", 0).length)],
  });
  DASHBOARD_COLUMN_WIDTHS.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.views = [{ state: "frozen", ySplit: DASHBOARD_HEADER_ROW }];
  const charts = writeChartData(ws, plan, channels.length, lang, frame.pick);
  return { charts, printArea: dashboardPrintArea(rows.length, charts) };
}

/** The goal picker beside the as-of month and the formula blocks the charts read (columns S–V). */
function writeChartData(
  ws: ExcelJS.Worksheet,
  plan: Plan,
  channelCount: number,
  lang: Language,
  picker: DashboardFrame["pick"],
): ChartSpec[] {
  const text = CHART_TEXT[lang];
  const layout = dashboardChartLayout(channelCount);
  ws.getCell(CHART_PICK_LABEL).value = text.pick;
  const pick = ws.getCell(picker.cell);
  const goal = defaultChartGoal(plan);
  pick.value = goal;
  if (picker.unlocked) pick.protection = { locked: false };
  pick.dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [picker.list],
    showErrorMessage: true,
    errorStyle: "warning",
  } as ExcelJS.DataValidation;
  for (const block of chartDataBlocks(layout, structuredTableRefs(lang), lang)) {
    block.rows.forEach((cells, i) => {
      cells.forEach((value, j) => {
        const cell = ws.getCell(block.row + i, block.column + j);
        cell.value = value;
        if (i === 0) cell.font = excelFont(block.headerFont);
        else if (block.formats[j]) cell.numFmt = block.formats[j] as string;
      });
    });
  }
  ws.getColumn(CHART_DATA_COLUMN).width = CHART_DATA_COLUMN_WIDTH;
  return dashboardCharts(layout, lang, goal);
}
