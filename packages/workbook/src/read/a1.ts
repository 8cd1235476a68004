/** 1 → A, 27 → AA. */
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

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * Row and column of an A1 address (`$B$3`, `B3`, the first cell of `B3:B4`, or with a sheet
 * prefix as Office.js gives it: `'设置'!$B$3`); null if none.
 */
export function parseA1(address: string): { row: number; column: number } | null {
  const local = address.slice(address.lastIndexOf("!") + 1).trim();
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::|$)/.exec(local);
  if (!m) return null;
  let column = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
