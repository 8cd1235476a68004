import type { Language } from "@planbook/core";
import { argb, GUIDE_COLUMN_WIDTHS, guideLines, STATUS_COLOURS } from "@planbook/workbook";
import { wrappedLines } from "@planbook/workbook/write-plan";
import type ExcelJS from "exceljs";
import { CAPTION_FONT, TITLE_FONT } from "./style";

/** Points per line of 11 pt text, as Excel sizes rows. */
const LINE_HEIGHT = 15;

const LABEL_STYLE: Partial<ExcelJS.Style> = { font: { bold: true }, alignment: { vertical: "top" } };
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
      cell.font = line.kind === "title" ? TITLE_FONT : CAPTION_FONT;
      ws.getRow(row).height = line.kind === "title" ? 24 : 20;
    } else if (line.kind === "item") {
      const labelCell = ws.getCell(row, 1);
      labelCell.value = line.label === "" ? null : line.label;
      labelCell.style = line.status
        ? {
            ...LABEL_STYLE,
            fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(STATUS_COLOURS[line.status]) } },
          }
        : LABEL_STYLE;
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
