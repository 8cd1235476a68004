import { ENUM_LABELS, GoalStatus, type Language } from "@planbook/core";
import { SHEETS } from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { GUIDE_TEXT, type GuideBlock, SHEET_PURPOSE } from "./guide-text";
import { CAPTION_FONT, STATUS_COLOURS, TITLE_FONT } from "./style";
import { wrappedLines } from "./widths";

const LABEL_WIDTH = 20;
const TEXT_WIDTH = 96;
/** Points per line of 11 pt text, as Excel sizes rows. */
const LINE_HEIGHT = 15;

const LABEL_STYLE: Partial<ExcelJS.Style> = { font: { bold: true }, alignment: { vertical: "top" } };
const TEXT_STYLE: Partial<ExcelJS.Style> = { alignment: { vertical: "top", wrapText: true } };

/**
 * Our own words: what each sheet is for, how to fill the plan, what the buttons, marks and
 * statuses mean. Two columns — a short label and its text, wrapped — so nothing runs off the
 * screen or the printed page; row heights are set because Excel does not fit wrapped rows on open.
 */
export function writeGuide(ws: ExcelJS.Worksheet, lang: Language): void {
  const text = GUIDE_TEXT[lang];
  let row = 1;
  const heading = (value: string, font: Partial<ExcelJS.Font>) => {
    const cell = ws.getCell(row, 1);
    cell.value = value;
    cell.font = font;
    ws.getRow(row).height = font === TITLE_FONT ? 24 : 20;
    row++;
  };
  const item = (label: string, value: string, labelFill?: string) => {
    const labelCell = ws.getCell(row, 1);
    labelCell.value = label === "" ? null : label;
    labelCell.style = labelFill
      ? { ...LABEL_STYLE, fill: { type: "pattern", pattern: "solid", fgColor: { argb: labelFill } } }
      : LABEL_STYLE;
    const textCell = ws.getCell(row, 2);
    textCell.value = value;
    textCell.style = TEXT_STYLE;
    const lines = wrappedLines(value, TEXT_WIDTH);
    if (lines > 1) ws.getRow(row).height = lines * LINE_HEIGHT;
    row++;
  };
  const block = (b: GuideBlock) => {
    row++;
    heading(b.heading, CAPTION_FONT);
    for (const [label, value] of b.items) item(label, value);
  };

  heading(text.title, TITLE_FONT);
  item("", text.intro);
  row++;
  heading(text.sheets, CAPTION_FONT);
  for (const sheet of SHEETS) {
    const purpose = SHEET_PURPOSE[sheet.key]?.[lang];
    if (purpose) item(sheet.name[lang], purpose);
  }
  block(text.fill);
  block(text.buttons);
  block(text.marks);
  row++;
  heading(text.statuses.heading, CAPTION_FONT);
  for (const status of GoalStatus.options) {
    item(ENUM_LABELS.goalStatus[status][lang], text.statuses.meaning[status], STATUS_COLOURS[status]);
  }
  ws.getColumn(1).width = LABEL_WIDTH;
  ws.getColumn(2).width = TEXT_WIDTH;
  ws.views = [{ showGridLines: false }];
}
