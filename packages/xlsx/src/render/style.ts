import type ExcelJS from "exceljs";

/** Tool-owned cells: grey, so operators see at a glance what not to type over. */
export const TOOL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
export const TOOL_HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FF595959" },
};
export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };
export const CAPTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14, color: { argb: "FF1F4E79" } };
export const HELP_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FF595959" } };
export const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 16, color: { argb: "FF1F4E79" } };

/** Status colours (conditional formats on Status cells). */
export const STATUS_COLOURS = {
  achieved: "FFC6EFCE",
  on_track: "FFDDEBF7",
  at_risk: "FFFFEB9C",
  off_track: "FFFFC7CE",
  not_started: "FFF2F2F2",
} as const;

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
