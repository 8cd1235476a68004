import type { Language } from "@planbook/core";
import { CHART_PICK_CELL } from "../layout/charts";
import { HEADER_COLOUR, type RgbHex, TOOL_COLOUR } from "../layout/colours";
import { DASHBOARD_HEADER_ROW, DASHBOARD_TEXT } from "../layout/dashboard";
import { type CellFont, HEADER_CELL_FONT, HELP_CELL_FONT, TITLE_CELL_FONT } from "../layout/fonts";
import { AS_OF_FORMAT } from "../layout/formats";
import type { ListName } from "../layout/lists";
import type { CellText, StyledText } from "./texts";

/**
 * What the Dashboard shows above its roll-up rows, and how: title, as-of month, note, the roll-up
 * headers, and the monthly chart's goal picker (the one cell of the sheet the operator changes).
 * The roll-up rows below depend on the plan (dashboardRows); this frame depends only on the language.
 */
export interface DashboardFrame {
  title: StyledText;
  asOf: {
    label: CellText;
    /** The month the roll-ups are as of: a tool-owned formula (dashboardAsOfFormula). */
    value: { row: number; column: number; format: string; fill: RgbHex };
  };
  note: StyledText;
  headers: { row: number; firstColumn: number; texts: readonly string[]; font: CellFont; fill: RgbHex };
  /**
   * The monthly chart's goal picker: unlocked, so the operator picks a goal even on a protected
   * sheet, from a dropdown over the workbook name of the goal IDs (other text only warns).
   */
  pick: { cell: string; unlocked: boolean; list: ListName };
}

export function dashboardFrame(lang: Language): DashboardFrame {
  const text = DASHBOARD_TEXT[lang];
  return {
    title: { row: 1, column: 1, text: text.title, font: TITLE_CELL_FONT },
    asOf: {
      label: { row: 2, column: 1, text: text.asOf },
      value: { row: 2, column: 2, format: AS_OF_FORMAT[lang], fill: TOOL_COLOUR },
    },
    note: { row: 3, column: 1, text: text.note, font: HELP_CELL_FONT },
    headers: {
      row: DASHBOARD_HEADER_ROW,
      firstColumn: 1,
      texts: text.headers,
      font: HEADER_CELL_FONT,
      fill: HEADER_COLOUR,
    },
    pick: { cell: CHART_PICK_CELL, unlocked: true, list: "lstGoalIds" },
  };
}
