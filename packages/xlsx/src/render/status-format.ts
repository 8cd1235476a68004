import { ENUM_LABELS, GoalStatus } from "@planbook/core";
import { isOneOf } from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { STATUS_COLOURS } from "./style";

/**
 * A fill per status for the range whose top-left cell is `topLeft` (relative: the rule moves
 * with each cell). Labels of both languages match, as a workbook may mix them.
 */
export function statusRules(topLeft: string, priority: number): ExcelJS.ConditionalFormattingRule[] {
  return GoalStatus.options.map((status, i) => {
    const labels = ENUM_LABELS.goalStatus[status];
    return {
      type: "expression",
      priority: priority + i,
      formulae: [isOneOf(topLeft, [labels.en, labels["zh-CN"]])],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: STATUS_COLOURS[status] } } },
    };
  });
}
