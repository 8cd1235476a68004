import type { Language } from "@planbook/core";
import { GUIDE_COLUMN_WIDTHS, guideLines } from "@planbook/workbook";
import { wrappedLines } from "@planbook/workbook/write-plan";
import type ExcelJS from "exceljs";
import { excelFill, excelFont } from "./style";

/** Points per line of 11 pt text, as Excel sizes rows. */
const LINE_HEIGHT = 15;

const TEXT_STYLE: Partial<ExcelJS.Style> = { alignment: { vertical: "top", wrapText: true } };

/**
 * The Guide of the layout (guideLines): what each sheet is for, how to fill the plan, what the
 * buttons, marks and statuses mean. Two columns — a short label and its text, wrapped — so nothing
 * runs off the screen or the printed page; row heights are set because Excel does not fit
 * wrapped rows on open.
 */
export function writeGuide(ws: ExcelJS.Worksheet, lang: Language): void {
  let row = 1;
  for (const line of guideLines(lang)) {
    if (line.kind === "title" || line.kind === "heading") {
      const cell = ws.getCell(row, 1);
      cell.value = line.text;
      cell.font = excelFont(line.font);
      ws.getRow(row).height = line.kind === "title" ? 24 : 20;
    } else if (line.kind === "item") {
      const labelCell = ws.getCell(row, 1);
      labelCell.value = line.label === "" ? null : line.label;
      const label: Partial<ExcelJS.Style> = {
        font: excelFont(line.labelFont),
        alignment: { vertical: "top" },
      };
      labelCell.style = line.fill ? { ...label, fill: excelFill(line.fill) } : label;
      const textCell = ws.getCell(row, 2);
      textCell.value = line.text;
      textCell.style = TEXT_STYLE;
      const lines = wrappedLines(line.text, GUIDE_COLUMN_WIDTHS.text);
      if (lines > 1) ws.getRow(row).height = lines * LINE_HEIGHT;
    }
    row++;
  }
  ws.getColumn(1).width = GUIDE_COLUMN_WIDTHS.label;
  ws.getColumn(2).width = GUIDE_COLUMN_WIDTHS.text;
  ws.views = [{ showGridLines: false }];
}
