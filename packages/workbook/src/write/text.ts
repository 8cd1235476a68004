import type { RawCell } from "../grid/raw";

/** A leading character that makes spreadsheet software treat typed text as a formula. */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/**
 * Text as a writer that interprets what it writes (Office.js `Range.values`, CSV) must receive it
 * so that it stays text: a leading = + - @ gets Excel's text prefix `'` (not shown in the cell).
 * The exceljs renderer does not need it: it writes strings as string cells, never as formulas.
 */
export function sanitizeText(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

/** `sanitizeText` over every string of a block of rows. */
export function sanitizeRows(rows: readonly (readonly RawCell[])[]): RawCell[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === "string" ? sanitizeText(cell) : cell)));
}
