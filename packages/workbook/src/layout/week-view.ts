import { ENUM_LABELS, type KeyDate, type Language } from "@planbook/core";
import { keyDates } from "@planbook/core/key-dates";
import { isOneOf } from "../formulas/words";
import { columnLetters } from "../grid/a1";
import type { RgbHex } from "./colours";
import { CAPTION_CELL_FONT, type CellFont, HELP_CELL_FONT } from "./fonts";
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
/** Week columns between the caption and the help text beside it (room for the bold caption). */
const WEEK_HELP_OFFSET = 5;
/** Week column width in characters. */
export const WEEK_COLUMN_WIDTH = 4;
/** Rotated week dates need a taller header row than the table's headers (points); Excel does not grow it. */
export const WEEK_HEADER_ROW_HEIGHT = 32;
export const WEEK_HEADER_ROTATION = 90;
export const WEEK_HEADER_FONT_SIZE = 8;
export const WEEK_HEADER_FORMAT = "m/d";
/** Light lines between week cells, so a bar can be read against its week (the sheet's own gridlines are faint). */
export const WEEK_GRIDLINE: RgbHex = "D9D9D9";
/** The row naming key dates above the month band: names run up the narrow week columns, wrapped. */
export const KEY_DATE_ROW_HEIGHT = 84;
/** Week-header fills marking key dates: major festivals stronger than seasonal or minor ones. */
export const KEY_DATE_MARK_FILL: Record<KeyDate["tier"], RgbHex> = { 1: "F4B183", 2: "FBE5D6", 3: "FBE5D6" };

const MONTH_LABELS: Record<Language, readonly string[]> = {
  "zh-CN": Array.from({ length: 12 }, (_, m) => `${m + 1}月`),
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
const MONTH_FONT: CellFont = { bold: true, size: WEEK_HEADER_FONT_SIZE };

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

interface WeekViewRule {
  /** Condition for the grid's top-left cell (relative refs move with each cell), without `=`. */
  formula: string;
  fill: RgbHex;
}

export interface WeekView {
  /** Caption and help beside it, in the row above the key-date names. */
  caption: { row: number; column: number; text: string; font: CellFont };
  help: { row: number; column: number; text: string; font: CellFont };
  /** The row above the month band: each marked week's key dates named (`label`), in the workbook's language. */
  keyDateRow: number;
  /** The row above the week dates: each month's label in its first week (not merged). */
  monthRow: number;
  months: WeekViewMonth[];
  /** Font of the month labels. */
  monthFont: CellFont;
  /** Weeks holding the plan year's key dates: the week date filled, its name above the month band. */
  keyDateMarks: WeekViewKeyDateMark[];
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
  /** How both renderers draw it: sizes, rotation, formats and gridlines. */
  look: WeekViewLook;
}

interface WeekViewLook {
  /** Week column width in characters. */
  columnWidth: number;
  /** Heights (points) of the week-date row and the key-date names row. */
  headerRowHeight: number;
  keyDateRowHeight: number;
  /** Rotation (degrees) and font size of the week dates and key-date names. */
  rotation: number;
  fontSize: number;
  headerFormat: string;
  /** Of the grid cells: hides the 1 behind a bar. */
  cellFormat: string;
  gridline: RgbHex;
}

const LOOK: WeekViewLook = {
  columnWidth: WEEK_COLUMN_WIDTH,
  headerRowHeight: WEEK_HEADER_ROW_HEIGHT,
  keyDateRowHeight: KEY_DATE_ROW_HEIGHT,
  rotation: WEEK_HEADER_ROTATION,
  fontSize: WEEK_HEADER_FONT_SIZE,
  headerFormat: WEEK_HEADER_FORMAT,
  cellFormat: WEEK_CELL_FORMAT,
  gridline: WEEK_GRIDLINE,
};

interface WeekViewMonth {
  label: string;
  firstColumn: number;
  lastColumn: number;
}

interface WeekViewKeyDateMark {
  column: number;
  fill: RgbHex;
  /** One line per key date in the week, e.g. `双11 11/11`. */
  note: string;
  /** The week's key-date names for the key-date row, most important first, one a line (`中秋节`, `Mid-Autumn Festival`). */
  label: string;
}

/** A key date's name without its gloss in brackets: `Spring Festival (Chinese New Year)` → `Spring Festival`. */
function shortName(name: string): string {
  return name.replace(/\s*[(（][^)）]*[)）]\s*$/, "").trim() || name;
}

/** Day of the year (0-based) of an ISO date in `year`. */
function dayOfYear(iso: string, year: number): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y ?? year, (m ?? 1) - 1, d ?? 1) - Date.UTC(year, 0, 1)) / 86_400_000);
}

/**
 * Months over the week columns: week k starts on Jan 1 + 7k (as headerFormulas), and belongs to
 * the month its first day falls in. Labels follow the plan year at generation, like the key dates.
 */
function monthBand(year: number, firstColumn: number, lang: Language): WeekViewMonth[] {
  const months: WeekViewMonth[] = [];
  for (let k = 0; k < WEEK_COUNT; k++) {
    const month = new Date(Date.UTC(year, 0, 1 + 7 * k)).getUTCMonth();
    const label = MONTH_LABELS[lang][month] ?? "";
    const last = months[months.length - 1];
    if (last && last.label === label) last.lastColumn = firstColumn + k;
    else months.push({ label, firstColumn: firstColumn + k, lastColumn: firstColumn + k });
  }
  return months;
}

/** Core's key dates of `year`, grouped into the week columns they fall in. */
function keyDateMarks(year: number, firstColumn: number, lang: Language): WeekViewKeyDateMark[] {
  const byWeek = new Map<number, KeyDate[]>();
  for (const kd of keyDates(year)) {
    const day = dayOfYear(kd.date, year);
    if (day < 0 || day >= 366) continue;
    const week = Math.min(Math.floor(day / 7), WEEK_COUNT - 1);
    byWeek.set(week, [...(byWeek.get(week) ?? []), kd]);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, dates]) => ({
      column: firstColumn + week,
      fill: KEY_DATE_MARK_FILL[Math.min(...dates.map((d) => d.tier)) as KeyDate["tier"]],
      note: dates
        .map((d) => `${d.names[lang]} ${Number(d.date.slice(5, 7))}/${Number(d.date.slice(8, 10))}`)
        .join("\n"),
      label: [...dates]
        .sort((a, b) => a.tier - b.tier)
        .map((d) => shortName(d.names[lang]))
        .join("\n"),
    }));
}

/** Where tblCampaigns sits (header row, first column, body rows) and where the grid starts (../placement). */
export interface CampaignsPlacement {
  headerRow: number;
  firstColumn: number;
  rowCount: number;
  gridColumn: number;
}

/** The plan year the month band and key-date marks are drawn for. */
export interface WeekViewOptions {
  year: number;
}

/** The week view of tblCampaigns placed at `at`, its grid from `at.gridColumn`. */
export function weekView(at: CampaignsPlacement, lang: Language, opts: WeekViewOptions): WeekView {
  const columnOf = (key: string) => {
    const i = campaignsTable.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key} in ${campaignsTable.name}`);
    return at.firstColumn + i;
  };
  const start = columnOf("start");
  const end = columnOf("end");
  const status = columnLetters(columnOf("status"));
  const first = at.gridColumn;
  const header = at.headerRow;
  const firstRow = header + 1;
  const topLeft = `${columnLetters(first)}${firstRow}`;
  const statusCell = `$${status}${firstRow}`;
  // Caption, key-date names and month band take the three rows above the week dates.
  if (header < 4) throw new Error(`the week view needs three rows above its header row (${header})`);
  return {
    caption: { row: header - 3, column: first, text: WEEK_VIEW_TEXT[lang].caption, font: CAPTION_CELL_FONT },
    help: {
      row: header - 3,
      column: first + WEEK_HELP_OFFSET,
      text: WEEK_VIEW_TEXT[lang].help,
      font: HELP_CELL_FONT,
    },
    keyDateRow: header - 2,
    monthRow: header - 1,
    months: monthBand(opts.year, first, lang),
    monthFont: MONTH_FONT,
    keyDateMarks: keyDateMarks(opts.year, first, lang),
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
    look: LOOK,
    rules: [
      { formula: `AND(${topLeft}=1,${isOneOf(statusCell, statusWords("cancelled"))})`, fill: "D9D9D9" },
      { formula: `AND(${topLeft}=1,${isOneOf(statusCell, statusWords("idea"))})`, fill: "BDD7EE" },
      { formula: `${topLeft}=1`, fill: "2E75B6" },
    ],
  };
}
