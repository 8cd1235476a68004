/** A1 helpers for table refs such as `B4:H40` or `$B$4:$H$40`. */

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCellRef(a1: string): CellRef | null {
  const m = CELL.exec(a1.trim());
  if (!m?.[1] || !m[2]) return null;
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** `B4:H40` → its corners; a single cell is a 1×1 range; null when unreadable. */
export function parseRangeRef(ref: string): RangeRef | null {
  const [a = "", b = a] = ref.split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
