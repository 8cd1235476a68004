import type { CellRange } from "./a1";

/**
 * What every workbook adapter (exceljs reader, Office.js add-in, excel-sim) hands to the pure
 * reader: the tables as they are in the file, before any parsing. Adapters normalise cells to
 * RawCell: dates become Excel serial numbers (1900 date system), formula cells their cached
 * result, rich text its plain text, hyperlinks their text, error values `{ error: "#N/A" }`.
 */
export type RawCell = string | number | boolean | null | { error: string };

export interface RawTable {
  /** ListObject name as found (tblGoals …); for a table found by its headers, the spec name. */
  name: string;
  /** Worksheet name as it is in the workbook now (users rename sheets). */
  sheet: string;
  /** 1-based row and column of the table's top-left header cell. */
  headerRow: number;
  firstColumn: number;
  headers: string[];
  /** Body rows, each as long as headers. */
  rows: RawCell[][];
  /**
   * Filled rows directly below the table's range, up to the first entirely blank row, each as long
   * as headers — values typed under a table that did not grow (LibreOffice never grows tables).
   * Adapters that can see them supply them; the reader reads them as rows of the table, with a
   * `sheet.rows.outside-table` warning (docs/design.md#reading).
   */
  below?: RawCell[][];
}

/** One row of a sheet's cells: `cells[0]` is column A (sparse: missing = blank). */
interface RawSheetRow {
  row: number;
  cells: RawCell[];
}

/** The cells of a sheet where a plan table may have lost its table part (for `sheet.table.recovered`). */
export interface RawSheet {
  name: string;
  /** Rows in sheet order; blank rows may be left out. */
  rows: RawSheetRow[];
}

export interface RawWorkbook {
  tables: RawTable[];
  /** Values of workbook-level defined names (PlanYear, Brand, AsOfMonth …) with where they are. */
  names: Record<string, { value: RawCell; sheet: string; cell: string }>;
  /** Key/value pairs of the hidden meta sheet (schemaVersion, generator, brandId, year, language). */
  meta: Record<string, string>;
  sheetNames: string[];
  /**
   * Cells of the plan sheets (by spec sheet name, either language) on which some spec table has no
   * table part: a tool dropped it (SheetJS, gnumeric, openpyxl write-only). Optional: adapters that
   * cannot lose tables (Office.js) leave it out.
   */
  sheets?: RawSheet[];
}

/** The cells a table covers: its header row, body rows and columns (not the rows `below` it). */
export function rawTableRange(t: RawTable): CellRange {
  return {
    row: t.headerRow,
    column: t.firstColumn,
    lastRow: t.headerRow + t.rows.length,
    lastColumn: t.firstColumn + Math.max(0, t.headers.length - 1),
  };
}
