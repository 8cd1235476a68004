/** A1 addresses: the one implementation the generator, the readers, the add-in and the simulator share. */

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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Row and column of one cell's address (`B3`, `$B$3`; no sheet, no range); null if it is not one. */
export function parseCell(address: string): { row: number; column: number } | null {
  const m = CELL.exec(address.trim());
  return m ? { row: Number(m[2]), column: columnNumber(m[1] ?? "") } : null;
}

/**
 * Row and column of an A1 address (`$B$3`, `B3`, the first cell of `B3:B4`, or with a sheet
 * prefix as Office.js gives it: `'设置'!$B$3`); null if none.
 */
export function parseA1(address: string): { row: number; column: number } | null {
  const local = address.slice(address.lastIndexOf("!") + 1).trim();
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::|$)/.exec(local);
  if (!m) return null;
  return { row: Number(m[2]), column: columnNumber(m[1] ?? "") };
}
