import { GoalStatus } from "@planbook/core";
import { argb, isOneOf, STATUS_COLOURS, statusTexts } from "@planbook/workbook";
import type ExcelJS from "exceljs";

/**
 * A fill per status for the range whose top-left cell is `topLeft` (relative: the rule moves
 * with each cell). Labels of both languages match, as a workbook may mix them.
 */
export function statusRules(topLeft: string, priority: number): ExcelJS.ConditionalFormattingRule[] {
  return GoalStatus.options.map((status, i) => ({
    type: "expression",
    priority: priority + i,
    formulae: [isOneOf(topLeft, statusTexts(status))],
    style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(STATUS_COLOURS[status]) } } },
  }));
}
