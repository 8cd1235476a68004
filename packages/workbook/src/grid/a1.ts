/**
 * A1 addresses and cell ranges: the one parser and the one rectangle type the generator, the
 * readers (exceljs, OOXML, Office.js) and the add-in share. (excel-sim keeps a private copy: it
 * is the add-in's test oracle and imports no package of the repository.)
 */

/** Excel's grid: rows 1…1,048,576, columns A…XFD. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** A rectangle of cells, 1-based and inclusive; one cell has `lastRow === row`, `lastColumn === column`. */
export interface CellRange {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

/** A range on a named sheet, as Office.js's `Range.address` gives it (`'My plan'!B2:C9`). */
export interface SheetRange extends CellRange {
  sheet: string;
}

/** Whether two ranges share a cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.row <= b.lastRow && b.row <= a.lastRow && a.column <= b.lastColumn && b.column <= a.lastColumn;
}

/** Whether every cell of `inner` is in `outer`. */
export function rangeContains(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.row >= outer.row &&
    inner.lastRow <= outer.lastRow &&
    inner.column >= outer.column &&
    inner.lastColumn <= outer.lastColumn
  );
}

/** 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A → 1, AA → 27 (either case); the inverse of `columnLetters`. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `B3`, or `B3:D9` when the range has more than one cell. */
export function rangeA1(row: number, column: number, lastRow: number, lastColumn: number): string {
  return row === lastRow && column === lastColumn
    ? a1(row, column)
    : `${a1(row, column)}:${a1(lastRow, lastColumn)}`;
}

const DOLLAR = 36;

/**
 * Row and column of one cell's address (`B3`, `$B$3`, `b3`; no sheet, no range, no spaces,
 * inside Excel's grid); null if it is not one. Scans characters rather than matching a regular
 * expression: the OOXML reader calls it for every cell of a sheet.
 */
export function parseCell(address: string): { row: number; column: number } | null {
  let i = 0;
  const end = address.length;
  if (address.charCodeAt(0) === DOLLAR) i++;
  let column = 0;
  const letters = i;
  for (; i < end; i++) {
    const c = address.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  if (i === letters || i - letters > 3 || column > MAX_COLUMN) return null;
  if (address.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const digits = i;
  for (; i < end; i++) {
    const d = address.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i === digits || row < 1 || row > MAX_ROW) return null;
  return { row, column };
}

const ROWS = /^\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3})$/;

/** The address after its sheet prefix (`'My plan'!B2` → `B2`), trimmed. */
function localPart(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).trim();
}

/**
 * The range of a local address in any of Excel's forms — `B5`, `B5:H9` (corners in either
 * order), whole rows `5:9`, whole columns `B:D`, with or without `$` — as its top-left and
 * bottom-right cells; a sheet prefix is skipped (`parseSheetRange` keeps it). Null if unreadable.
 */
export function parseRange(address: string): CellRange | null {
  const parts = localPart(address).split(":");
  if (parts.length > 2) return null;
  const a = parts[0] ?? "";
  const b = parts[1] ?? a;
  const p = parseCell(a);
  const q = parseCell(b);
  if (p && q) return corners(p.row, p.column, q.row, q.column);
  if (parts.length !== 2) return null;
  const rowA = ROWS.exec(a);
  const rowB = ROWS.exec(b);
  if (rowA && rowB) {
    const from = Number(rowA[1]);
    const to = Number(rowB[1]);
    if (Math.min(from, to) < 1 || Math.max(from, to) > MAX_ROW) return null;
    return corners(from, 1, to, MAX_COLUMN);
  }
  const colA = COLUMNS.exec(a);
  const colB = COLUMNS.exec(b);
  if (colA && colB) {
    const from = columnNumber(colA[1] ?? "");
    const to = columnNumber(colB[1] ?? "");
    if (Math.max(from, to) > MAX_COLUMN) return null;
    return corners(1, from, MAX_ROW, to);
  }
  return null;
}

function corners(r1: number, c1: number, r2: number, c2: number): CellRange {
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    lastRow: Math.max(r1, r2),
    lastColumn: Math.max(c1, c2),
  };
}

/**
 * A sheet-qualified address as Office.js's `Range.address` returns it (`Goals!A5:C9`,
 * `'My plan'!B2`, quotes doubled inside a quoted name); null without a sheet or when the range
 * is unreadable.
 */
export function parseSheetRange(address: string): SheetRange | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = parseRange(address.slice(bang + 1));
  return range ? { sheet, ...range } : null;
}

/**
 * Row and column of the first cell of an A1 address (`$B$3`, `B3`, `B3:B4`, or with a sheet
 * prefix as Office.js gives it: `'设置'!$B$3`); null if none.
 */
export function parseA1(address: string): { row: number; column: number } | null {
  const local = localPart(address);
  const colon = local.indexOf(":");
  return parseCell(colon < 0 ? local : local.slice(0, colon));
}
