import {
  argb,
  CAPTION_COLOUR,
  HEADER_COLOUR,
  HELP_COLOUR,
  type RgbHex,
  TOOL_COLOUR,
  TOOL_HEADER_COLOUR,
} from "@planbook/workbook";
import type ExcelJS from "exceljs";

/** A solid fill of one of the layout's colours. */
export const solidFill = (rgb: RgbHex): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(rgb) },
});

/** Tool-owned cells: grey, so operators see at a glance what not to type over. */
export const TOOL_FILL: ExcelJS.Fill = solidFill(TOOL_COLOUR);
export const HEADER_FILL: ExcelJS.Fill = solidFill(HEADER_COLOUR);
const TOOL_HEADER_FILL: ExcelJS.Fill = solidFill(TOOL_HEADER_COLOUR);
export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };
export const CAPTION_FONT: Partial<ExcelJS.Font> = {
  bold: true,
  size: 14,
  color: { argb: argb(CAPTION_COLOUR) },
};
export const HELP_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: argb(HELP_COLOUR) } };
export const TITLE_FONT: Partial<ExcelJS.Font> = {
  bold: true,
  size: 16,
  color: { argb: argb(CAPTION_COLOUR) },
};

/** Header cells of tables: shared style objects (see placeTable). */
export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: HEADER_FONT,
  fill: HEADER_FILL,
  alignment: { vertical: "middle" },
};
export const TOOL_HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: HEADER_FONT,
  fill: TOOL_HEADER_FILL,
  alignment: { vertical: "middle" },
};
