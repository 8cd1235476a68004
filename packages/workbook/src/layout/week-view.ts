import { ENUM_LABELS, type Language } from "@planbook/core";
import { isOneOf } from "../formulas/words";
import { columnLetters } from "../read/a1";
import type { RgbHex } from "./colours";
import { campaignsTable } from "./spec";

/**
 * The week view (a Gantt of campaigns) right of tblCampaigns: one bar per campaign row, drawn by
 * formulas (1 where the campaign's Start–End overlaps the week, a number format hiding the 1) and
 * coloured by conditional formats — so it follows edits and needs no add-in. Renderer-neutral:
 * the exceljs generator and the add-in's Create plan sheets both draw it from here.
 */

export const WEEK_VIEW_TEXT: Record<Language, { caption: string; help: string }> = {
  "zh-CN": {
    caption: "周视图",
    help: "按周显示每个活动的起止（按左侧表格同一行的开始/结束日期自动绘制；浅色为创意，灰色为已取消）。",
  },
  en: {
    caption: "Week view",
    help: "Each campaign drawn by week from the Start and End in the same row of the table (light: idea, grey: cancelled).",
  },
};

/** Week columns: 53 starts cover every day of any year (Jan 1 + 7k, k = 0..52). */
export const WEEK_COUNT = 53;
/** Rows below the table's campaigns that already carry the bar formulas. */
export const WEEK_VIEW_SPARE_ROWS = 50;
/** Week column width in characters. */
export const WEEK_COLUMN_WIDTH = 4;
/** Rotated week dates need a taller header row than the table's headers (points); Excel does not grow it. */
export const WEEK_HEADER_ROW_HEIGHT = 32;
export const WEEK_HEADER_ROTATION = 90;
export const WEEK_HEADER_FONT_SIZE = 8;
export const WEEK_HEADER_FORMAT = "m/d";
/** The 1 behind a bar stays unseen; only the fill shows. */
export const WEEK_CELL_FORMAT = ";;;";

/** A week cell's bar, from references in either notation (A1 for the generator, R1C1 for the add-in). */
function bar(start: string, end: string, weekStart: string): string {
  return `IF(AND(ISNUMBER(${start}),ISNUMBER(${end})),IF(AND(${start}<=${weekStart}+6,${end}>=${weekStart}),1,""),"")`;
}

/** Texts a Status cell holds for `status`: key and both labels (a workbook may mix languages). */
function statusWords(status: "idea" | "cancelled"): string[] {
  const l = ENUM_LABELS.campaignStatus[status];
  return [status, l.en, l["zh-CN"]];
}

export interface WeekViewRule {
  /** Condition for the grid's top-left cell (relative refs move with each cell), without `=`. */
  formula: string;
  fill: RgbHex;
}

export interface WeekView {
  caption: { row: number; column: number; text: string };
  help: { row: number; column: number; text: string };
  headerRow: number;
  /** Grid columns (one per week) and body rows (the campaigns plus spare rows). */
  firstColumn: number;
  lastColumn: number;
  firstRow: number;
  lastRow: number;
  /** Week k's start date (k = 0..WEEK_COUNT-1), one per grid column, without `=`. */
  headerFormulas: string[];
  /** The bar formula of a grid cell in A1 notation, without `=`. */
  barFormula(row: number, column: number): string;
  /** The same bar formula in R1C1 notation: one text for every cell of the grid. */
  barFormulaR1C1: string;
  /** Conditional fills of the grid, highest priority first (a cancelled idea shows grey). */
  rules: WeekViewRule[];
}

/** Where tblCampaigns sits: its header row, first column and number of body rows. */
export interface CampaignsPlacement {
  headerRow: number;
  firstColumn: number;
  rowCount: number;
}

/** The week view of tblCampaigns placed at `at`: it starts one empty column right of the table. */
export function weekView(at: CampaignsPlacement, lang: Language): WeekView {
  const columnOf = (key: string) => {
    const i = campaignsTable.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key} in ${campaignsTable.name}`);
    return at.firstColumn + i;
  };
  const start = columnOf("start");
  const end = columnOf("end");
  const status = columnLetters(columnOf("status"));
  const first = at.firstColumn + campaignsTable.columns.length + 1;
  const header = at.headerRow;
  const firstRow = header + 1;
  const topLeft = `${columnLetters(first)}${firstRow}`;
  const statusCell = `$${status}${firstRow}`;
  return {
    caption: { row: header - 2, column: first, text: WEEK_VIEW_TEXT[lang].caption },
    help: { row: header - 1, column: first, text: WEEK_VIEW_TEXT[lang].help },
    headerRow: header,
    firstColumn: first,
    lastColumn: first + WEEK_COUNT - 1,
    firstRow,
    lastRow: header + at.rowCount + WEEK_VIEW_SPARE_ROWS,
    headerFormulas: Array.from({ length: WEEK_COUNT }, (_, k) => `DATE(PlanYear,1,1)+${7 * k}`),
    barFormula: (row, column) => {
      const s = `$${columnLetters(start)}${row}`;
      const e = `$${columnLetters(end)}${row}`;
      return bar(s, e, `${columnLetters(column)}$${header}`);
    },
    barFormulaR1C1: bar(`RC${start}`, `RC${end}`, `R${header}C`),
    rules: [
      { formula: `AND(${topLeft}=1,${isOneOf(statusCell, statusWords("cancelled"))})`, fill: "D9D9D9" },
      { formula: `AND(${topLeft}=1,${isOneOf(statusCell, statusWords("idea"))})`, fill: "BDD7EE" },
      { formula: `${topLeft}=1`, fill: "2E75B6" },
    ],
  };
}
