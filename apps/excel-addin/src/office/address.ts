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

/** Rows and columns of a local address as event args give it: `B5`, `B5:H9`, `5:9` (rows), `B:D`. */
export function parseLocalRange(address: string): Omit<SheetRect, "sheet"> | null {
  const local = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .trim()
    .toUpperCase();
  const [a = "", b = a] = local.split(":");
  const cellA = parseCell(a);
  const cellB = parseCell(b);
  if (cellA && cellB)
    return { row: cellA.row, column: cellA.column, lastRow: cellB.row, lastColumn: cellB.column };
  if (/^\d+$/.test(a) && /^\d+$/.test(b))
    return { row: Number(a), column: 1, lastRow: Number(b), lastColumn: 16_384 };
  if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    const first = parseCell(`${a}1`);
    const last = parseCell(`${b}1`);
    if (first && last) return { row: 1, column: first.column, lastRow: 1_048_576, lastColumn: last.column };
  }
  return null;
}
