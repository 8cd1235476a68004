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
}

export interface RawWorkbook {
  tables: RawTable[];
  /** Values of workbook-level defined names (PlanYear, Brand, AsOfMonth …) with where they are. */
  names: Record<string, { value: RawCell; sheet: string; cell: string }>;
  /** Key/value pairs of the hidden meta sheet (schemaVersion, generator, brandId, year, language). */
  meta: Record<string, string>;
  sheetNames: string[];
}
