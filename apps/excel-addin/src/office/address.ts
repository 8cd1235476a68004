/** A1 helpers for the addresses Office.js hands back (`Goals!A5:C9`, `'My plan'!B2`). */
import { a1, columnLetters, parseCell } from "@planbook/workbook";

export interface SheetRect {
  sheet: string;
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

export { a1, columnLetters, parseCell };

/** Parses a sheet-qualified address as Range.address returns it. */
export function parseAddress(address: string): SheetRect | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [a = "", b = a] = address.slice(bang + 1).split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return { sheet, row: p.row, column: p.column, lastRow: q.row, lastColumn: q.column };
}

export function rangeA1(row: number, column: number, lastRow: number, lastColumn: number): string {
  return row === lastRow && column === lastColumn
    ? a1(row, column)
    : `${a1(row, column)}:${a1(lastRow, lastColumn)}`;
}

/** Key for comparing cell locations: sheet case-insensitive, cell upper-case without `$`. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}!${cell.replace(/\$/g, "").toUpperCase()}`;
}
