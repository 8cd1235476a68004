import { argb, CHECK_COUNT_FORMAT, isOneOf, statusFormats } from "@planbook/workbook";
import type ExcelJS from "exceljs";

const fill = (rgb: string) =>
  ({ fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rgb) } } }) as const;

/**
 * The status fills (`statusFormats`) for the range whose top-left cell is `topLeft` (relative:
 * the rule moves with each cell). Labels of both languages match, as a workbook may mix them.
 */
export function statusRules(topLeft: string, priority: number): ExcelJS.ConditionalFormattingRule[] {
  return statusFormats().map((f, i) => ({
    type: "expression",
    priority: priority + i,
    formulae: [isOneOf(topLeft, f.texts)],
    style: fill(f.colour),
  }));
}

/** The Dashboard's count of `check` goals, filled with the check colour when above 0. */
export function checkCountRule(topLeft: string, priority: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: "expression",
    priority,
    formulae: [`AND(ISNUMBER(${topLeft}),${topLeft}>${CHECK_COUNT_FORMAT.above})`],
    style: fill(CHECK_COUNT_FORMAT.colour),
  };
}
