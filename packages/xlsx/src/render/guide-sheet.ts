import type { Language } from "@planbook/core";
import { SHEETS } from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { GUIDE_TEXT, SHEET_PURPOSE } from "./guide-text";
import { CAPTION_FONT, TITLE_FONT } from "./style";

/** Our own words: what each sheet is for, how to fill the plan, what the buttons do. */
export function writeGuide(ws: ExcelJS.Worksheet, lang: Language): void {
  const text = GUIDE_TEXT[lang];
  let row = 1;
  const line = (value: string, font?: Partial<ExcelJS.Font>) => {
    const cell = ws.getCell(row, 1);
    cell.value = value;
    if (font) cell.font = font;
    row++;
  };
  line(text.title, TITLE_FONT);
  line(text.intro);
  row++;
  line(text.sheets, CAPTION_FONT);
  for (const sheet of SHEETS) {
    const purpose = SHEET_PURPOSE[sheet.key]?.[lang];
    if (!purpose) continue;
    ws.getCell(row, 1).value = sheet.name[lang];
    ws.getCell(row, 1).font = { bold: true };
    ws.getCell(row, 2).value = purpose;
    row++;
  }
  for (const block of [text.fill, text.buttons, text.marks]) {
    row++;
    block.forEach((l, i) => {
      line(l, i === 0 ? CAPTION_FONT : undefined);
    });
  }
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 100;
}
