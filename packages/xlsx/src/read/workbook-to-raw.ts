import { a1, parseCell, type RawCell, type RawTable, type RawWorkbook } from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { parseRangeRef } from "./a1";
import { toRawCell } from "./cell-value";

/** The hidden sheet where the generator keeps schemaVersion, brandId, year, language … */
export const META_SHEET = "_planbook";

/** Shape of a table's model as exceljs keeps it after loading a file (not in its typings). */
interface LoadedTableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

/** Everything the pure reader needs, taken from a loaded exceljs workbook. */
export function rawFromExcelWorkbook(wb: ExcelJS.Workbook): RawWorkbook {
  const tables: RawTable[] = [];
  let meta: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    // loaded tables live in `ws.tables` (name → Table), which exceljs's typings leave out
    const loaded = (ws as unknown as { tables?: Record<string, { model?: LoadedTableModel }> }).tables;
    for (const table of Object.values(loaded ?? {})) {
      const raw = readTable(ws, table.model);
      if (raw) tables.push(raw);
    }
    if (ws.name.toLowerCase() === META_SHEET) meta = readMeta(ws);
  }
  return {
    tables,
    names: readDefinedNames(wb),
    meta,
    sheetNames: wb.worksheets.map((ws) => ws.name),
  };
}

function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): RawCell {
  return toRawCell(ws.findRow(row)?.findCell(col)?.value);
}

function asText(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.error;
  return String(cell);
}

/**
 * A table's header cells and body rows. Excel omits `headerRowCount` when the table has its usual
 * header row, and exceljs then reports `headerRow: false`; a plan table always has a header row,
 * so the first row of the ref is taken as the header whatever that flag says.
 */
function readTable(ws: ExcelJS.Worksheet, model: LoadedTableModel | undefined): RawTable | null {
  if (!model?.name) return null;
  const range = parseRangeRef(model.tableRef ?? model.ref ?? "");
  if (!range) return null;
  const headers: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const fromCell = asText(cellAt(ws, range.top, c)).trim();
    headers.push(fromCell !== "" ? fromCell : (model.columns?.[c - range.left]?.name ?? ""));
  }
  const lastBodyRow = range.bottom - (model.totalsRow ? 1 : 0);
  const rows: RawCell[][] = [];
  for (let r = range.top + 1; r <= lastBodyRow; r++) {
    const row = ws.findRow(r);
    const cells: RawCell[] = [];
    for (let c = range.left; c <= range.right; c++) cells.push(toRawCell(row?.findCell(c)?.value));
    rows.push(cells);
  }
  return { name: model.name, sheet: ws.name, headerRow: range.top, firstColumn: range.left, headers, rows };
}

/** `'My Sheet'!$B$3` → sheet and cell. */
function splitSheetRef(ref: string): { sheet: string; cell: string } | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const first = ref.slice(bang + 1).split(":")[0] ?? "";
  const at = parseCell(first);
  return at ? { sheet, cell: a1(at.row, at.column) } : null;
}

function readDefinedNames(wb: ExcelJS.Workbook): RawWorkbook["names"] {
  const names: RawWorkbook["names"] = {};
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model ?? []) {
    if (name.startsWith("_xlnm.") || names[name]) continue;
    const where = ranges[0] ? splitSheetRef(ranges[0]) : null;
    if (!where) continue;
    const ws = wb.getWorksheet(where.sheet);
    const at = parseCell(where.cell);
    const value = ws && at ? cellAt(ws, at.row, at.column) : null;
    names[name] = { value, sheet: where.sheet, cell: where.cell };
  }
  return names;
}

function readMeta(ws: ExcelJS.Worksheet): Record<string, string> {
  const meta: Record<string, string> = {};
  ws.eachRow((row) => {
    const key = asText(toRawCell(row.findCell(1)?.value)).trim();
    if (key !== "") meta[key] = asText(toRawCell(row.findCell(2)?.value));
  });
  return meta;
}
