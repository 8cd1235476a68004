import { a1, type CellFont, cssHex, type StyledText } from "@planbook/workbook";

/** Office.js column widths are points; the layout's widths are characters of about 7 points. */
export const POINTS_PER_CHARACTER = 7;

/** A layout font (captions, help) on every cell of `range`; what the font leaves unset stays as it is. */
export function applyFont(range: Excel.Range, font: CellFont): void {
  if (font.bold) range.format.font.bold = true;
  if (font.italic) range.format.font.italic = true;
  if (font.size) range.format.font.size = font.size;
  if (font.colour) range.format.font.color = cssHex(font.colour);
}

/** Placed texts (captions, help, titles, notes), each in its cell and its own font. */
export function writeStyledTexts(ws: Excel.Worksheet, texts: readonly StyledText[]): void {
  for (const text of texts) {
    const cell = ws.getRange(a1(text.row, text.column));
    cell.values = [[text.text]];
    applyFont(cell, text.font);
  }
}
