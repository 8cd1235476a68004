import type { Language } from "@planbook/core";
import {
  type CellRange,
  CHART_PICK_CELL,
  columnLetters,
  parseSheetRange,
  type RawCell,
  type RawTable,
  type RawWorkbook,
  SHEETS,
} from "@planbook/workbook";
import { cellKey } from "./address";
import { guardedSync } from "./guarded-sync";
import { EMPTY_MARKS, MARKS_SETTING, type Mark, parseMarks, type SavedMarks } from "./marks";

/** The hidden sheet where the generator keeps schemaVersion, generator, brandId, year, language. */
const META_SHEET = "_planbook";

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
]);

/**
 * An Office.js cell value as RawCell: "" is blank, Excel error strings are errors (Excel turns a
 * typed `#N/A` into the error itself, so such text cannot be a user's string).
 */
export function rawCellOf(v: unknown): RawCell {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return ERROR_VALUES.has(s) ? { error: s } : s;
}

export interface ReadOptions {
  lang: Language;
  timeoutMs?: number;
  /**
   * Read the workbook's notes (ExcelApi 1.18) so marks never replace a user's note. Default: whether
   * the host supports ExcelApi 1.18 (true where no Office global says otherwise, e.g. in tests).
   */
  notes?: boolean;
}

/** What a command needs beyond the RawWorkbook to write safely. */
export interface WorkbookSnapshot {
  raw: RawWorkbook;
  /** Sheet names as they are (for skipping marks on deleted sheets). */
  sheets: string[];
  /** Marks of the previous Validate goals. */
  marks: SavedMarks;
  /** Old marks whose cell still has the fill we wrote (only those fills are cleared). */
  marksStillFilled: Set<string>;
  /** Old marks whose fill the user has changed since (never filled again). */
  marksRecoloured: Set<string>;
  /** Notes present: cellKey → content. */
  notes: Map<string, string>;
  /** The Dashboard sheet (either language's name) with its used range and chart names, if present. */
  /** `chartGoal`: the goal picked for the monthly chart (its cell's text, trimmed; "" when blank). */
  dashboard: { sheet: string; used: string | null; charts: string[]; chartGoal: string } | null;
}

/**
 * Reads every table, the defined names, the meta sheet and the add-in's marks in two syncs,
 * whatever the plan's size: sync 1 lists tables, sheets, names, notes and the marks setting;
 * sync 2 loads each table's header and body values (and the cells the marks need).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  opts: ReadOptions,
): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  const useNotes = opts.notes ?? notesSupported();
  const guard = { lang: opts.lang, timeoutMs: opts.timeoutMs };

  const tables = wb.tables.load("items/name,items/showTotals");
  const sheets = wb.worksheets.load("items/name");
  const names = wb.names.load("items/name,items/type,items/value");
  const metaRange = wb.worksheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
  metaRange.load("values,address");
  const markSetting = wb.settings.getItemOrNullObject(MARKS_SETTING);
  markSetting.load("value");
  const notes = useNotes ? wb.notes.load("items/content") : null;
  await guardedSync(context, { ...guard, what: "read.structure" });

  const sheetNames = sheets.items.map((s) => s.name);
  const marks = markSetting.isNullObject ? EMPTY_MARKS : parseMarks(markSetting.value);

  // Sync 2: table contents, named cells, note locations, fills of the old marks.
  const tableRanges = tables.items.map((t) => ({
    name: t.name,
    header: t.getHeaderRowRange().load("values,address"),
    body: t.getDataBodyRange().load("values,address"),
    // rows typed under a table that did not grow are read too (docs/design.md#reading); not under a totals row
    below: t.showTotals
      ? null
      : t
          .getRange()
          .getLastRow()
          .getOffsetRange(1, 0)
          .getResizedRange(ROWS_BELOW - 1, 0)
          .load("values"),
  }));
  const namedRanges = names.items
    .filter((n) => n.type === "Range")
    .map((n) => ({ name: n.name, range: n.getRangeOrNullObject().load("values,address") }));
  const noteLocations = (notes?.items ?? []).map((n) => ({
    content: n.content,
    location: n.getLocation().load("address"),
  }));
  const sheetSet = new Set(sheetNames.map((s) => s.toLowerCase()));
  const liveMarks = marks.marks.filter((m) => sheetSet.has(m.sheet.toLowerCase()) && m.fill !== null);
  const markFills = liveMarks.map((m) => ({
    mark: m,
    fill: wb.worksheets.getItem(m.sheet).getRange(m.cell).format.fill.load("color"),
  }));
  const dashboardName = sheetNames.find((n) => DASHBOARD_NAMES.has(n.toLowerCase()));
  const dashboardSheet = dashboardName === undefined ? null : wb.worksheets.getItem(dashboardName);
  const dashboardUsed = dashboardSheet?.getUsedRangeOrNullObject(true).load("address") ?? null;
  const dashboardCharts = dashboardSheet?.charts.load("items/name") ?? null;
  const dashboardPick = dashboardSheet?.getRange(CHART_PICK_CELL).load("values") ?? null;
  await guardedSync(context, { ...guard, what: "read.tables" });

  const rawTables: RawTable[] = [];
  const spans = tableRanges.flatMap((t) => {
    const head = parseSheetRange(t.header.address);
    const body = parseSheetRange(t.body.address);
    return head && body
      ? [
          {
            sheet: head.sheet.toLowerCase(),
            row: head.row,
            lastRow: body.lastRow,
            column: head.column,
            lastColumn: head.lastColumn,
          },
        ]
      : [];
  });
  for (const t of tableRanges) {
    const raw = rawTableOf(t.name, t.header, t.body);
    const body = parseSheetRange(t.body.address);
    if (!raw || !body) continue;
    const others = spans.filter(
      (o) =>
        o.sheet === raw.sheet.toLowerCase() &&
        o.row !== raw.headerRow &&
        o.column <= body.lastColumn &&
        body.column <= o.lastColumn,
    );
    const below = t.below ? filledRowsBelow(t.below.values, body.lastRow, others) : [];
    if (below.length > 0) raw.below = below;
    rawTables.push(raw);
  }

  const rawNames: RawWorkbook["names"] = {};
  for (const n of namedRanges) {
    if (n.range.isNullObject) continue;
    const where = parseSheetRange(n.range.address);
    if (!where) continue;
    rawNames[n.name] = {
      value: rawCellOf(n.range.values[0]?.[0]),
      sheet: where.sheet,
      cell: `${where.column ? columnLetters(where.column) : "A"}${where.row}`,
    };
  }

  const noteMap = new Map<string, string>();
  for (const n of noteLocations) {
    const where = parseSheetRange(n.location.address);
    if (where) noteMap.set(cellKey(where.sheet, `${columnLetters(where.column)}${where.row}`), n.content);
  }

  const stillFilled = new Set<string>();
  const recoloured = new Set<string>();
  for (const { mark, fill } of markFills) {
    if (mark.fill !== null && sameColor(fill.color, mark.fill)) stillFilled.add(markKey(mark));
    else recoloured.add(markKey(mark));
  }
  for (const mark of marks.marks) if (mark.fill === null) recoloured.add(markKey(mark));

  return {
    raw: {
      tables: rawTables,
      names: rawNames,
      meta: metaRange.isNullObject ? {} : metaOf(metaRange.values, metaRange.address),
      sheetNames,
    },
    sheets: sheetNames,
    dashboard:
      dashboardName === undefined
        ? null
        : {
            sheet: dashboardName,
            used: dashboardUsed && !dashboardUsed.isNullObject ? dashboardUsed.address : null,
            charts: (dashboardCharts?.items ?? []).map((c) => c.name),
            chartGoal: String(dashboardPick?.values[0]?.[0] ?? "").trim(),
          },
    marks,
    marksStillFilled: stillFilled,
    marksRecoloured: recoloured,
    notes: noteMap,
  };
}

/** How many rows under each table are read for values typed below it (one range per table, same sync). */
export const ROWS_BELOW = 200;

/**
 * The rows loaded under a table, up to the first entirely blank row or the first row of another
 * table on the sheet, as RawCells (docs/design.md#reading).
 */
export function filledRowsBelow(
  values: unknown[][],
  lastRow: number,
  others: readonly CellRange[],
): RawCell[][] {
  const rows: RawCell[][] = [];
  for (const [i, line] of values.entries()) {
    const row = lastRow + 1 + i;
    if (others.some((o) => o.row <= row && row <= o.lastRow)) break;
    const cells = line.map(rawCellOf);
    if (cells.every((c) => c === null || (typeof c === "string" && c.trim() === ""))) break;
    rows.push(cells);
  }
  return rows;
}

/** A table as the engine reads it, from its loaded header and body ranges (values, address). */
export function rawTableOf(
  name: string,
  header: { values: unknown[][]; address: string },
  body: { values: unknown[][] },
): RawTable | null {
  const head = parseSheetRange(header.address);
  if (!head) return null;
  return {
    name,
    sheet: head.sheet,
    headerRow: head.row,
    firstColumn: head.column,
    headers: (header.values[0] ?? []).map((h) => String(h ?? "")),
    rows: body.values.map((line) => line.map(rawCellOf)),
  };
}

const DASHBOARD_NAMES = new Set(
  SHEETS.filter((s) => s.kind === "dashboard").flatMap((s) => [
    s.name.en.toLowerCase(),
    s.name["zh-CN"].toLowerCase(),
  ]),
);

/** Notes need ExcelApi 1.18; ask Office when it is there (the only global this binding reads). */
export function notesSupported(): boolean {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported?: (s: string, v: string) => boolean } } };
    }
  ).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return typeof check === "function" ? check("ExcelApi", "1.18") : true;
}

export function markKey(m: Pick<Mark, "sheet" | "cell">): string {
  return cellKey(m.sheet, m.cell);
}

function sameColor(a: string | null | undefined, b: string): boolean {
  return typeof a === "string" && a.toUpperCase() === b.toUpperCase();
}

/** Key/value pairs in columns A and B of the meta sheet (the used range may start elsewhere). */
function metaOf(values: unknown[][], address: string): Record<string, string> {
  const where = parseSheetRange(address);
  if (!where) return {};
  const keyCol = 1 - where.column;
  const meta: Record<string, string> = {};
  for (const line of values) {
    const key = keyCol >= 0 ? String(line[keyCol] ?? "").trim() : "";
    const value = keyCol + 1 >= 0 ? line[keyCol + 1] : undefined;
    if (key !== "") meta[key] = value === undefined || value === null ? "" : String(value);
  }
  return meta;
}

/** The RawWorkbook of the open workbook, in two syncs (see readSnapshot). */
export async function readRawWorkbook(
  context: Excel.RequestContext,
  opts: ReadOptions = { lang: "zh-CN" },
): Promise<RawWorkbook> {
  return (await readSnapshot(context, { ...opts, notes: false })).raw;
}
