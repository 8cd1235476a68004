import { type CellFont, cssHex, HEADER_CELL_FONT, HEADER_COLOUR, TOOL_COLOUR } from "@planbook/workbook";

/** Office.js column widths are points; the layout's widths are characters of about 7 points. */
export const POINTS_PER_CHARACTER = 7;
/** The generator's grey for tool-owned cells. */
export const TOOL_FILL = cssHex(TOOL_COLOUR);

/** Header cells of the Dashboard (not placed: the placement colours the tables', Settings' and the budget summary's): white bold text on the header blue. */
export function styleHeader(range: Excel.Range): void {
  range.format.fill.color = cssHex(HEADER_COLOUR);
  applyFont(range, HEADER_CELL_FONT);
}

/** A layout font (captions, help) on every cell of `range`; what the font leaves unset stays as it is. */
export function applyFont(range: Excel.Range, font: CellFont): void {
  if (font.bold) range.format.font.bold = true;
  if (font.italic) range.format.font.italic = true;
  if (font.size) range.format.font.size = font.size;
  if (font.colour) range.format.font.color = cssHex(font.colour);
}
