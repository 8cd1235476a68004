import {
  argb,
  CAPTION_CELL_FONT,
  type CellFont,
  HEADER_CELL_FONT,
  HEADER_COLOUR,
  HELP_CELL_FONT,
  type RgbHex,
  TITLE_CELL_FONT,
} from "@planbook/workbook";
import type ExcelJS from "exceljs";

/** A solid fill of one of the layout's colours. */
export const solidFill = (rgb: RgbHex): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(rgb) },
});

const excelFills = new Map<RgbHex, ExcelJS.Fill>();

/**
 * The solid fill of a placed colour, one object per colour: exceljs dedupes styles by object
 * identity first, so a new object per cell costs a serialisation each.
 */
export function excelFill(rgb: RgbHex): ExcelJS.Fill {
  let out = excelFills.get(rgb);
  if (!out) {
    out = solidFill(rgb);
    excelFills.set(rgb, out);
  }
  return out;
}

const excelFonts = new WeakMap<CellFont, Partial<ExcelJS.Font>>();

/**
 * The exceljs font of a layout font, one object per layout font: exceljs dedupes styles by
 * object identity first, so a new object per cell costs a serialisation each.
 */
export function excelFont(font: CellFont): Partial<ExcelJS.Font> {
  let out = excelFonts.get(font);
  if (!out) {
    out = {
      ...(font.bold ? { bold: true } : {}),
      ...(font.italic ? { italic: true } : {}),
      ...(font.size ? { size: font.size } : {}),
      ...(font.colour ? { color: { argb: argb(font.colour) } } : {}),
    };
    excelFonts.set(font, out);
  }
  return out;
}

const HEADER_FONT: Partial<ExcelJS.Font> = excelFont(HEADER_CELL_FONT);
export const CAPTION_FONT: Partial<ExcelJS.Font> = excelFont(CAPTION_CELL_FONT);
export const HELP_FONT: Partial<ExcelJS.Font> = excelFont(HELP_CELL_FONT);
export const TITLE_FONT: Partial<ExcelJS.Font> = excelFont(TITLE_CELL_FONT);

/** Header cells outside tables (the budget summary, roll-ups): one shared style object. */
export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: HEADER_FONT,
  fill: excelFill(HEADER_COLOUR),
  alignment: { vertical: "middle" },
};
