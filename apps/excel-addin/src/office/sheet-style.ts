import { cssHex, HEADER_COLOUR, TOOL_COLOUR } from "@planbook/workbook";

/** Office.js column widths are points; the layout's widths are characters of about 7 points. */
export const POINTS_PER_CHARACTER = 7;
/** The generator's grey for tool-owned cells. */
export const TOOL_FILL = cssHex(TOOL_COLOUR);

/** Header cells outside tables (Settings, Dashboard): white bold text on the header blue. */
export function styleHeader(range: Excel.Range): void {
  range.format.fill.color = cssHex(HEADER_COLOUR);
  range.format.font.bold = true;
  range.format.font.color = "#FFFFFF";
}
