import { argb } from "@planbook/workbook";
import type { WeekView } from "@planbook/workbook/write-plan";
import type ExcelJS from "exceljs";
import { excelFont } from "./style";

/** The placed week view right of tblCampaigns, cell by cell with exceljs. */
export function writeWeekView(ws: ExcelJS.Worksheet, view: WeekView): void {
  const { look } = view;
  // Shared by every grid cell: exceljs dedupes styles by object identity first.
  const gridline: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(look.gridline) } };
  const hiddenValue: Partial<ExcelJS.Style> = {
    numFmt: look.cellFormat,
    border: { top: gridline, left: gridline, bottom: gridline, right: gridline },
  };
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
    cell.border = { left: gridline, right: gridline, bottom: gridline };
  }
  ws.getRow(view.headerRow).height = look.headerRowHeight;
  view.headerFormulas.forEach((formula, k) => {
    const col = view.firstColumn + k;
    ws.getColumn(col).width = look.columnWidth;
    const head = ws.getCell(view.headerRow, col);
    head.value = { formula };
    head.numFmt = look.headerFormat;
    head.alignment = { textRotation: look.rotation };
    head.font = { size: look.fontSize };
    head.border = { left: gridline, right: gridline };
    for (let row = view.firstRow; row <= view.lastRow; row++) {
      const cell = ws.getCell(row, col);
      cell.value = { formula: view.barFormula(row, col) };
      cell.style = hiddenValue;
    }
  });
  ws.getRow(view.keyDateRow).height = look.keyDateRowHeight;
  for (const mark of view.keyDateMarks) {
    const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(mark.fill) } };
    ws.getCell(view.headerRow, mark.column).fill = fill;
    // Named in a cell above the month band, not in a note: a note on a sheet with a table makes
    // exceljs write its legacy drawing after tableParts, which Excel repairs (PITFALLS: ej#1616).
    const name = ws.getCell(view.keyDateRow, mark.column);
    name.value = mark.label;
    name.fill = fill;
    name.font = { size: look.fontSize };
    name.alignment = {
      textRotation: look.rotation,
      wrapText: true,
      vertical: "bottom",
      horizontal: "center",
    };
    name.border = { left: gridline, right: gridline };
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
