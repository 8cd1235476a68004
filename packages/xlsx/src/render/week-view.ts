import { argb } from "@planbook/workbook";
import {
  KEY_DATE_ROW_HEIGHT,
  WEEK_CELL_FORMAT,
  WEEK_COLUMN_WIDTH,
  WEEK_GRIDLINE,
  WEEK_HEADER_FONT_SIZE,
  WEEK_HEADER_FORMAT,
  WEEK_HEADER_ROTATION,
  WEEK_HEADER_ROW_HEIGHT,
  type WeekView,
} from "@planbook/workbook/write-plan";
import type ExcelJS from "exceljs";
import { excelFont } from "./style";

/** Shared by every grid cell (one style object, see placeTable). */
const GRIDLINE: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(WEEK_GRIDLINE) } };
const HIDDEN_VALUE: Partial<ExcelJS.Style> = {
  numFmt: WEEK_CELL_FORMAT,
  border: { top: GRIDLINE, left: GRIDLINE, bottom: GRIDLINE, right: GRIDLINE },
};

/** The placed week view right of tblCampaigns, cell by cell with exceljs. */
export function writeWeekView(ws: ExcelJS.Worksheet, view: WeekView): void {
  for (const text of [view.caption, view.help]) {
    const cell = ws.getCell(text.row, text.column);
    cell.value = text.text;
    cell.font = excelFont(text.font);
  }
  // Each month's label in its first week, not merged: the add-in draws it the same way, and
  // the workbook keeps no merged cells (sorting and pasting in Excel refuse them).
  for (const month of view.months) {
    const cell = ws.getCell(view.monthRow, month.firstColumn);
    cell.value = month.label;
    cell.font = excelFont(view.monthFont);
    cell.alignment = { horizontal: "center" };
    cell.border = { left: GRIDLINE, right: GRIDLINE, bottom: GRIDLINE };
  }
  ws.getRow(view.headerRow).height = WEEK_HEADER_ROW_HEIGHT;
  view.headerFormulas.forEach((formula, k) => {
    const col = view.firstColumn + k;
    ws.getColumn(col).width = WEEK_COLUMN_WIDTH;
    const head = ws.getCell(view.headerRow, col);
    head.value = { formula };
    head.numFmt = WEEK_HEADER_FORMAT;
    head.alignment = { textRotation: WEEK_HEADER_ROTATION };
    head.font = { size: WEEK_HEADER_FONT_SIZE };
    head.border = { left: GRIDLINE, right: GRIDLINE };
    for (let row = view.firstRow; row <= view.lastRow; row++) {
      const cell = ws.getCell(row, col);
      cell.value = { formula: view.barFormula(row, col) };
      cell.style = HIDDEN_VALUE;
    }
  });
  ws.getRow(view.keyDateRow).height = KEY_DATE_ROW_HEIGHT;
  for (const mark of view.keyDateMarks) {
    const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(mark.fill) } };
    ws.getCell(view.headerRow, mark.column).fill = fill;
    // Named in a cell above the month band, not in a note: a note on a sheet with a table makes
    // exceljs write its legacy drawing after tableParts, which Excel repairs (PITFALLS: ej#1616).
    const name = ws.getCell(view.keyDateRow, mark.column);
    name.value = mark.label;
    name.fill = fill;
    name.font = { size: WEEK_HEADER_FONT_SIZE };
    name.alignment = {
      textRotation: WEEK_HEADER_ROTATION,
      wrapText: true,
      vertical: "bottom",
      horizontal: "center",
    };
    name.border = { left: GRIDLINE, right: GRIDLINE };
  }
  const ref = `${ws.getCell(view.firstRow, view.firstColumn).address}:${ws.getCell(view.lastRow, view.lastColumn).address}`;
  ws.addConditionalFormatting({
    ref,
    rules: view.rules.map(
      (rule, i): ExcelJS.ConditionalFormattingRule => ({
        type: "expression",
        priority: 20 + i,
        formulae: [rule.formula],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } } },
      }),
    ),
  });
}
