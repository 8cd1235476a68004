import { Dimension, enumLabel, idKey, type Language, type Plan } from "@planbook/core";
import {
  asOfMonthExpr,
  channelMask,
  dimensionMask,
  type GroupMask,
  nthOfColumn,
  objectiveMask,
  rollupAttainment,
  rollupGoalCount,
  rollupStatus,
  structuredTableRefs,
} from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { PERCENT_FORMAT } from "./formats";
import { DASHBOARD_TEXT } from "./guide-text";
import { statusRules } from "./status-format";
import { HEADER_FILL, HEADER_FONT, HELP_FONT, TITLE_FONT, TOOL_FILL } from "./style";

/** Objective rows on the Dashboard beyond the plan's own, for objectives added later. */
const SPARE_OBJECTIVE_ROWS = 10;
export const DASHBOARD_HEADER_ROW = 5;
const HEADER_ROW = DASHBOARD_HEADER_ROW;

/** Distinct goal channels in first-appearance order; blank channel = the `null` group. */
export function goalChannels(plan: Plan): (string | null)[] {
  const seen = new Map<string, string | null>();
  for (const goal of plan.goals) {
    const name = goal.channel === null || goal.channel.trim() === "" ? null : goal.channel.trim();
    const key = name === null ? "" : idKey(name);
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

/**
 * Formula summaries of progress by brand, dimension, objective and channel (the engine's roll-ups).
 * Objective rows follow tblObjectives by position (plus spare rows); channel rows are the goal
 * channels of the plan at generation (Refresh progress in the add-in rewrites them).
 */
export function writeDashboard(ws: ExcelJS.Worksheet, plan: Plan, lang: Language): void {
  const text = DASHBOARD_TEXT[lang];
  const refs = structuredTableRefs(lang);
  ws.getCell(1, 1).value = text.title;
  ws.getCell(1, 1).font = TITLE_FONT;
  ws.getCell(2, 1).value = text.asOf;
  ws.getCell(2, 2).value = { formula: `IF(${asOfMonthExpr(refs)}<1,"",${asOfMonthExpr(refs)})` };
  ws.getCell(2, 2).fill = TOOL_FILL;
  ws.getCell(2, 2).numFmt = lang === "zh-CN" ? '0"月"' : '"Month "0';
  ws.getCell(2, 2).alignment = { horizontal: "left" };
  ws.getCell(3, 1).value = text.note;
  ws.getCell(3, 1).font = HELP_FONT;
  text.headers.forEach((h, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = h;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });

  let row = HEADER_ROW + 1;
  /** `onlyWith`: a cell that must be non-blank for the row to show anything (spare objective rows). */
  const put = (
    group: string,
    name: ExcelJS.CellValue,
    description: ExcelJS.CellValue,
    mask: GroupMask,
    onlyWith?: string,
  ) => {
    const when = (f: string) => ({ formula: onlyWith ? `IF(TRIM(${onlyWith})="","",${f})` : f });
    // Spare objective rows stay fully blank (group label too) until an objective fills them.
    ws.getCell(row, 1).value = onlyWith ? when(`"${group.replace(/"/g, '""')}"`) : group;
    ws.getCell(row, 2).value = name;
    ws.getCell(row, 3).value = description;
    ws.getCell(row, 4).value = when(rollupGoalCount(refs, mask));
    ws.getCell(row, 5).value = when(rollupAttainment(refs, mask));
    ws.getCell(row, 5).numFmt = PERCENT_FORMAT;
    ws.getCell(row, 6).value = when(rollupStatus(`E${row}`, lang));
    ws.getCell(row, 6).alignment = { horizontal: "center" };
    row++;
  };

  put(text.brand, { formula: "Brand" }, null, null);
  for (const d of Dimension.options) {
    put(text.dimension, enumLabel("dimension", d, lang), null, dimensionMask(refs, d));
  }
  const objectiveRows = Math.max(plan.objectives.length + SPARE_OBJECTIVE_ROWS, 15);
  for (let i = 1; i <= objectiveRows; i++) {
    put(
      text.objective,
      { formula: nthOfColumn(refs, "tblObjectives", "id", i) },
      { formula: nthOfColumn(refs, "tblObjectives", "objective", i) },
      objectiveMask(refs, `B${row}`),
      `B${row}`,
    );
  }
  for (const channel of goalChannels(plan)) {
    put(text.channel, channel ?? text.allChannels, null, channelMask(refs, channel));
  }
  const last = row - 1;

  ws.addConditionalFormatting({
    ref: `E${HEADER_ROW + 1}:E${last}`,
    rules: [
      {
        type: "dataBar",
        priority: 1,
        cfvo: [
          { type: "num", value: 0 },
          { type: "num", value: 1 },
        ],
        color: { argb: "FF5B9BD5" },
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
  ws.addConditionalFormatting({
    ref: `F${HEADER_ROW + 1}:F${last}`,
    rules: statusRules(`F${HEADER_ROW + 1}`, 2),
  });
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 22;
  ws.getColumn(3).width = 30;
  ws.getColumn(4).width = 14;
  ws.getColumn(5).width = 14;
  ws.getColumn(6).width = 12;
  ws.views = [{ state: "frozen", ySplit: HEADER_ROW }];
}
