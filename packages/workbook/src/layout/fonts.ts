import type { Language } from "@planbook/core";
import { CAPTION_COLOUR, HELP_COLOUR, type RgbHex } from "./colours";

/**
 * The workbook's typeface, named on every cell style and chart text so no application falls back
 * to its default serif. zh-CN: Microsoft YaHei (微软雅黑), on every Windows and Office for Mac;
 * where it is missing (Linux LibreOffice) the application substitutes its own CJK sans. en:
 * Calibri, Office's body font since 2007 (Aptos replaces it in new Office documents but is not
 * installed with older Office, WPS or LibreOffice, which do map Calibri to a metric twin).
 */
export interface WorkbookFont {
  /** Font name stored on cells (the name Excel shows). */
  name: string;
  /** East Asian typeface for DrawingML text (charts); equals `name` in zh-CN. */
  eastAsian: string;
  /** Latin typeface for DrawingML text. */
  latin: string;
  /** OOXML font family: 2 = swiss (sans serif), the fallback class when the name is unknown. */
  family: 2;
  /** OOXML charset of the name (134 = GB2312) so a substitute covers Chinese; undefined for Latin. */
  charset?: number;
}

export const WORKBOOK_FONT: Record<Language, WorkbookFont> = {
  "zh-CN": { name: "微软雅黑", eastAsian: "微软雅黑", latin: "微软雅黑", family: 2, charset: 134 },
  en: { name: "Calibri", eastAsian: "Calibri", latin: "Calibri", family: 2 },
};

/**
 * How a cell's text looks beyond the workbook typeface (unset: regular, 11 pt, black), for both
 * renderers to spell (exceljs in packages/xlsx, Office.js in the add-in).
 */
export interface CellFont {
  bold?: true;
  italic?: true;
  /** Points. */
  size?: number;
  colour?: RgbHex;
}

/** Titles of the Guide and the Dashboard: bold, larger than captions, in the header blue. */
export const TITLE_CELL_FONT: CellFont = { bold: true, size: 16, colour: CAPTION_COLOUR };
/** Captions of tables and sheets: bold and large, in the header blue. */
export const CAPTION_CELL_FONT: CellFont = { bold: true, size: 14, colour: CAPTION_COLOUR };
/** How-to text (under captions, beside settings): italic, in the tool-header grey. */
export const HELP_CELL_FONT: CellFont = { italic: true, colour: HELP_COLOUR };
/** Header cells outside tables (Settings, Dashboard): bold white on the header blue. */
export const HEADER_CELL_FONT: CellFont = { bold: true, colour: "FFFFFF" };
